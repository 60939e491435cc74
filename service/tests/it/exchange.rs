//! ClusterXchange on the server: who may open cohorts, and members' applications and offers
//! through draft, submission, rejection, change and withdrawal, with the event log behind them.

use crate::support::Fixture;
use chrono::NaiveDate;
use model::exchange::{ApplicationForm, CohortForm, OfferForm, Status};
use service::ServiceError;
use service::Viewer;
use service::exchange::entries::{self, Action, Side};
use service::exchange::{cohorts, events};

pub(crate) fn day(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

/// Inside the call's application window.
pub(crate) const OPEN_DAY: &str = "2027-02-01";

pub(crate) fn cohort_form() -> CohortForm {
    CohortForm {
        name: "Spring 2027".into(),
        applications_open: "2027-01-10".into(),
        applications_close: "2027-02-28".into(),
        exchanges_start: "2027-03-15".into(),
        exchanges_end: "2027-06-30".into(),
        ..CohortForm::default()
    }
}

pub(crate) fn application() -> ApplicationForm {
    ApplicationForm {
        topics_wanted: vec!["knitting".into()],
        value_chains: vec!["fashion-textile".into()],
        preferred_countries: vec!["DK".into()],
        languages: vec!["en".into()],
        available_from: "2027-04-01".into(),
        available_to: "2027-04-30".into(),
        stay_days: "5".into(),
        motivation: "Circular knitwear.".into(),
    }
}

pub(crate) fn offer() -> OfferForm {
    OfferForm {
        topics_offered: vec!["knitting".into()],
        topics_wanted: vec![],
        capacity: "2".into(),
        windows: vec![model::exchange::WindowForm::new("2027-04-01", "2027-04-20")],
        languages: vec!["en".into()],
        includes: "A week in the knitting hall.".into(),
    }
}

pub(crate) async fn open_cohort(t: &Fixture) -> String {
    let organiser = t.viewer_of_email("organiser@cloth.example").await.organiser().unwrap();
    cohorts::create(&t.db, &organiser, &cohort_form()).await.unwrap().slug
}

#[tokio::test]
async fn only_organisers_open_cohorts_and_everyone_reads_them() {
    let t = Fixture::with_demo(10).await;
    let member = t.viewer_of_email("member@cloth.example").await;
    assert!(matches!(member.organiser(), Err(ServiceError::Forbidden)));
    assert!(matches!(Viewer::default().organiser(), Err(ServiceError::Unauthenticated)));
    let slug = open_cohort(&t).await;
    assert_eq!(slug, "spring-2027");
    let (_, cohort) = cohorts::find(&t.db, &slug).await.unwrap();
    assert_eq!(cohort.quotas.total(), 100, "the alliance's 75/10/5/5/5 by default");
    assert!(cohorts::list(&t.db).await.unwrap().iter().any(|c| c.slug == slug));
    let organiser = t.viewer_of_email("organiser@cloth.example").await.organiser().unwrap();
    let mut bad = cohort_form();
    bad.exchanges_end = "2027-03-01".into();
    let Err(ServiceError::Invalid(errors)) = cohorts::update(&t.db, &organiser, &slug, &bad).await else {
        panic!("an end before the start is refused")
    };
    assert_eq!(errors.get("exchanges_end"), Some("error-ends-before-starts"));
    assert_eq!(cohorts::find(&t.db, &slug).await.unwrap().1, cohort, "nothing saved changed");
}

#[tokio::test]
async fn an_application_goes_from_draft_to_submitted_to_withdrawn() {
    let t = Fixture::with_demo(10).await;
    let slug = open_cohort(&t).await;
    let member = t.viewer_of_email("member@cloth.example").await;
    let today = day(OPEN_DAY);
    assert_eq!(entries::application(&t.db, &member, &slug).await.unwrap(), None);

    let mut draft = application();
    draft.motivation = String::new();
    let status = entries::save_application(&t.db, &member, &slug, &draft, Action::Draft, today).await.unwrap();
    assert_eq!(status, Status::Draft, "a draft may be unfinished");
    let saved = entries::application(&t.db, &member, &slug).await.unwrap().unwrap();
    assert_eq!(saved.form, draft);

    let Err(ServiceError::Invalid(errors)) =
        entries::save_application(&t.db, &member, &slug, &draft, Action::Submit, today).await
    else {
        panic!("an unfinished application is not submitted")
    };
    assert_eq!(errors.get("motivation"), Some("error-required"));

    entries::save_application(&t.db, &member, &slug, &application(), Action::Submit, today).await.unwrap();
    let submitted = entries::application(&t.db, &member, &slug).await.unwrap().unwrap();
    assert_eq!((submitted.status, submitted.form), (Status::Submitted, application()));
    let refused = entries::save_application(&t.db, &member, &slug, &draft, Action::Draft, today).await;
    assert!(matches!(refused, Err(ServiceError::Conflict("error-already-submitted"))));
    let mut changed = application();
    changed.stay_days = "10".into();
    let Err(ServiceError::Invalid(_)) = entries::save_application(
        &t.db,
        &member,
        &slug,
        &ApplicationForm { stay_days: "99".into(), ..changed.clone() },
        Action::Submit,
        today,
    )
    .await
    else {
        panic!("a stay longer than the scheme allows is refused")
    };
    assert_eq!(entries::application(&t.db, &member, &slug).await.unwrap().unwrap().form, application(), "kept");

    entries::withdraw(&t.db, &member, &slug, Side::Visitor, today).await.unwrap();
    let withdrawn = entries::application(&t.db, &member, &slug).await.unwrap().unwrap();
    assert_eq!(withdrawn.status, Status::Withdrawn);

    let (cohort_id, _) = cohorts::find(&t.db, &slug).await.unwrap();
    let log: Vec<String> = events::since(&t.db, cohort_id, 0).await.unwrap().into_iter().map(|e| e.kind).collect();
    assert_eq!(log, ["visitor-submitted", "visitor-withdrawn"], "drafts and rejections leave no event");
}

#[tokio::test]
async fn entries_follow_the_calls_window_and_the_schemes_rules() {
    let t = Fixture::with_demo(10).await;
    let slug = open_cohort(&t).await;
    let member = t.viewer_of_email("member@cloth.example").await;
    let closed =
        entries::save_application(&t.db, &member, &slug, &application(), Action::Submit, day("2027-03-01")).await;
    assert!(matches!(closed, Err(ServiceError::Conflict("error-cohort-closed"))));
    let anonymous =
        entries::save_application(&t.db, &Viewer::default(), &slug, &application(), Action::Submit, day(OPEN_DAY))
            .await;
    assert!(matches!(anonymous, Err(ServiceError::Unauthenticated)));
    // The administrator acts for no organisation.
    let admin = t.viewer_of_email("admin@cloth.example").await;
    let no_org = entries::save_offer(&t.db, &admin, &slug, &offer(), Action::Submit, day(OPEN_DAY)).await;
    assert!(matches!(no_org, Err(ServiceError::Conflict("error-no-organisation"))));
    // A host offer from the member's organisation sits beside its application.
    entries::save_application(&t.db, &member, &slug, &application(), Action::Submit, day(OPEN_DAY)).await.unwrap();
    entries::save_offer(&t.db, &member, &slug, &offer(), Action::Submit, day(OPEN_DAY)).await.unwrap();
    assert_eq!(entries::offer(&t.db, &member, &slug).await.unwrap().unwrap().status, Status::Submitted);
    // Another member's organisation has its own, separate entries.
    let other = t.viewer_of_email("member2@cloth.example").await;
    assert_eq!(entries::application(&t.db, &other, &slug).await.unwrap(), None);
}

/// Signs up an SME in `country` and returns its person as a viewer.
pub(crate) async fn member_in(t: &Fixture, email: &str, org: &str, country: &str) -> Viewer {
    let account = t.sign_up(email, org, country).await;
    t.viewer(&account).await
}

#[tokio::test]
async fn the_board_matches_across_borders_within_quotas_and_explains_the_rest() {
    use model::exchange::{ParticipantType, UnmatchedReason};
    let t = Fixture::with_demo(10).await;
    let organiser = t.viewer_of_email("organiser@cloth.example").await.organiser().unwrap();
    let mut form = cohort_form();
    form.quotas = form.quotas.keys().map(|k| (k.clone(), if k == "sme" { "1" } else { "0" }.into())).collect();
    let slug = cohorts::create(&t.db, &organiser, &form).await.unwrap().slug;
    let today = day(OPEN_DAY);
    let visitor_es = member_in(&t, "v1@example.es", "Punto Sabadell", "ES").await;
    let visitor_fr = member_in(&t, "v2@example.fr", "Maille Lyon", "FR").await;
    let host_dk = member_in(&t, "h1@example.dk", "Strik Herning", "DK").await;
    let host_es = member_in(&t, "h2@example.es", "Teixits Terrassa", "ES").await;
    for visitor in [&visitor_es, &visitor_fr] {
        entries::save_application(&t.db, visitor, &slug, &application(), Action::Submit, today).await.unwrap();
    }
    for host in [&host_dk, &host_es] {
        entries::save_offer(&t.db, host, &slug, &offer(), Action::Submit, today).await.unwrap();
    }

    let board = service::exchange::programme::board(&t.db, &organiser, &slug, today).await.unwrap();
    assert_eq!((board.applications, board.offers), (2, 2));
    assert_eq!(board.pairs.len(), 1, "the SME quota of one is the limit");
    let pair = &board.pairs[0];
    assert_ne!(pair.visitor.country, pair.host.country, "exchanges cross a border");
    assert!(pair.reasons.topics_met.contains(&model::taxonomy::Topic::Knitting));
    assert!(pair.score >= 300);
    let sme = board.gauges.iter().find(|g| g.participant == ParticipantType::Sme).unwrap();
    assert_eq!((sme.matched, sme.target), (1, 1));
    assert_eq!(board.unmatched.len(), 1);
    assert_eq!(board.unmatched[0].reason, UnmatchedReason::QuotaReached);
    let idle: u32 = board.idle.iter().map(|i| i.places).sum();
    assert_eq!(idle, 3, "two hosts of two places each, one taken");

    // A withdrawal frees the quota for the other visitor at once.
    let matched_visitor = if pair.visitor.country == model::taxonomy::Country::Es { &visitor_es } else { &visitor_fr };
    entries::withdraw(&t.db, matched_visitor, &slug, Side::Visitor, today).await.unwrap();
    let after = service::exchange::programme::board(&t.db, &organiser, &slug, today).await.unwrap();
    assert_eq!(after.pairs.len(), 1);
    assert_ne!(after.pairs[0].visitor.entry, pair.visitor.entry);
    assert!(after.unmatched.is_empty());
}

#[tokio::test]
async fn organisers_lock_forbid_and_clear_pairs_and_the_board_follows() {
    use service::exchange::pairs::{Decision, decide};
    use service::exchange::programme::board;
    let t = Fixture::with_demo(10).await;
    let organiser = t.viewer_of_email("organiser@cloth.example").await.organiser().unwrap();
    let slug = open_cohort(&t).await;
    let today = day(OPEN_DAY);
    let visitor = member_in(&t, "v1@example.es", "Punto Sabadell", "ES").await;
    let host_dk = member_in(&t, "h1@example.dk", "Strik Herning", "DK").await;
    let host_fr = member_in(&t, "h2@example.fr", "Maille Lyon", "FR").await;
    let host_es = member_in(&t, "h3@example.es", "Teixits Terrassa", "ES").await;
    entries::save_application(&t.db, &visitor, &slug, &application(), Action::Submit, today).await.unwrap();
    for host in [&host_dk, &host_fr, &host_es] {
        entries::save_offer(&t.db, host, &slug, &offer(), Action::Submit, today).await.unwrap();
    }
    let first = board(&t.db, &organiser, &slug, today).await.unwrap();
    let chosen = first.pairs[0].clone();
    let application_id = chosen.visitor.entry;
    // Forbidding the engine's choice moves the visitor to the other host abroad.
    decide(&t.db, &organiser, &slug, (application_id, chosen.host.entry), Decision::Forbid, today).await.unwrap();
    let after = board(&t.db, &organiser, &slug, today).await.unwrap();
    assert_eq!(after.pairs.len(), 1);
    assert_ne!(after.pairs[0].host.entry, chosen.host.entry);
    assert_ne!(after.pairs[0].host.country, model::taxonomy::Country::Es);
    // Clearing it, then locking the other host abroad: the lock holds and shows as locked.
    decide(&t.db, &organiser, &slug, (application_id, chosen.host.entry), Decision::Clear, today).await.unwrap();
    let other = after.pairs[0].host.entry;
    decide(&t.db, &organiser, &slug, (application_id, other), Decision::Lock, today).await.unwrap();
    let locked = board(&t.db, &organiser, &slug, today).await.unwrap();
    assert_eq!((locked.pairs[0].host.entry, locked.pairs[0].locked), (other, true));
    // A lock to a host in the visitor's own country breaks a rule that always holds.
    let es_host = entry_of(&t, &slug, "Teixits Terrassa").await;
    let refused = decide(&t.db, &organiser, &slug, (application_id, es_host), Decision::Lock, today).await;
    assert!(matches!(refused, Err(ServiceError::Conflict("error-lock-same-country"))));
    let (cohort_id, _) = cohorts::find(&t.db, &slug).await.unwrap();
    let log: Vec<String> = events::since(&t.db, cohort_id, 0).await.unwrap().into_iter().map(|e| e.kind).collect();
    assert_eq!(&log[log.len() - 3..], ["pair-forbidden", "pair-cleared", "pair-locked"]);
}

/// The entry id of the organisation called `name` in the cohort at `slug`.
async fn entry_of(t: &Fixture, slug: &str, name: &str) -> uuid::Uuid {
    use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
    use service::entities::{exchange_entries, organisations};
    let (cohort_id, _) = cohorts::find(&t.db, slug).await.unwrap();
    let org =
        organisations::Entity::find().filter(organisations::Column::Name.eq(name)).one(&t.db).await.unwrap().unwrap();
    exchange_entries::Entity::find()
        .filter(exchange_entries::Column::CohortId.eq(cohort_id))
        .filter(exchange_entries::Column::OrganisationId.eq(org.id))
        .one(&t.db)
        .await
        .unwrap()
        .unwrap()
        .id
}

#[tokio::test]
async fn the_demo_cohort_is_running_with_valid_entries_and_a_live_board() {
    use sea_orm::EntityTrait;
    use service::entities::{exchange_entries, organisations};
    let t = Fixture::with_demo(300).await;
    let (_, cohort) = cohorts::find(&t.db, "clusterxchange-2026-27").await.unwrap();
    assert!(cohort.is_open_on(chrono::Utc::now().date_naive()), "applications are open on first start");
    let orgs: std::collections::HashMap<model::OrgId, organisations::Model> =
        organisations::Entity::find().all(&t.db).await.unwrap().into_iter().map(|o| (o.id, o)).collect();
    let rows = exchange_entries::Entity::find().all(&t.db).await.unwrap();
    let (visitors, hosts) = rows.iter().partition::<Vec<_>, _>(|r| r.side == model::exchange::Side::Visitor);
    assert!(visitors.len() >= 100 && hosts.len() >= 60, "{} applications, {} offers", visitors.len(), hosts.len());
    for row in &visitors {
        let form: ApplicationForm = serde_json::from_value(row.form.clone()).unwrap();
        let home = orgs[&row.organisation_id].country;
        let valid = form.validate(&cohort, home).unwrap_or_else(|e| panic!("{}: {e:?}", row.id));
        assert_eq!(serde_json::to_value(&valid).unwrap(), row.submitted.clone().unwrap());
    }
    for row in &hosts {
        let form: OfferForm = serde_json::from_value(row.form.clone()).unwrap();
        form.validate(&cohort).unwrap_or_else(|e| panic!("{}: {e:?}", row.id));
    }
    for email in ["member@cloth.example", "member2@cloth.example"] {
        let member = t.viewer_of_email(email).await;
        assert_eq!(entries::application(&t.db, &member, &cohort.slug).await.unwrap(), None, "{email} applies itself");
    }
    let organiser = t.viewer_of_email("organiser@cloth.example").await.organiser().unwrap();
    let board = service::exchange::programme::board(&t.db, &organiser, &cohort.slug, chrono::Utc::now().date_naive())
        .await
        .unwrap();
    assert!(board.pairs.len() >= 50, "{} pairs", board.pairs.len());
    assert!(board.pairs.iter().all(|p| p.visitor.country != p.host.country));
}

#[tokio::test]
async fn live_subscribers_get_each_change_once_and_a_reconnect_misses_nothing() {
    use service::exchange::live::LiveHub;
    use std::time::Duration;
    let t = Fixture::with_demo(10).await;
    let slug = open_cohort(&t).await;
    let (cohort_id, _) = cohorts::find(&t.db, &slug).await.unwrap();
    let hub = LiveHub::new(t.db.clone(), Duration::from_millis(50));
    let member = t.viewer_of_email("member@cloth.example").await;
    let today = day(OPEN_DAY);

    let mut board_a = Box::pin(hub.subscribe(cohort_id, Some(0)).await.unwrap());
    let mut board_b = Box::pin(hub.subscribe(cohort_id, Some(0)).await.unwrap());
    entries::save_application(&t.db, &member, &slug, &application(), Action::Submit, today).await.unwrap();
    hub.nudge();
    let first_a = next(&mut board_a).await;
    let first_b = next(&mut board_b).await;
    assert_eq!((first_a.kind.as_str(), first_a.seq), ("visitor-submitted", first_b.seq));

    // Board B drops; a withdrawal happens while it is away; it reconnects with the last number
    // it saw and gets exactly what it missed, then live events again.
    drop(board_b);
    entries::withdraw(&t.db, &member, &slug, Side::Visitor, today).await.unwrap();
    hub.nudge();
    assert_eq!(next(&mut board_a).await.kind, "visitor-withdrawn");
    let mut board_b = Box::pin(hub.subscribe(cohort_id, Some(first_b.seq)).await.unwrap());
    assert_eq!(next(&mut board_b).await.kind, "visitor-withdrawn");
    entries::save_application(&t.db, &member, &slug, &application(), Action::Submit, today).await.unwrap();
    // No nudge: the tailer's own polling picks it up (as for a write on another instance).
    for board in [&mut board_a, &mut board_b] {
        assert_eq!(next(board).await.kind, "visitor-submitted");
    }
}

/// The next event of a live stream, failing the test if none comes within ten seconds.
async fn next<S: futures::Stream<Item = events::Event> + Unpin>(stream: &mut S) -> events::Event {
    use futures::StreamExt;
    let waited = tokio::time::timeout(std::time::Duration::from_secs(10), stream.next()).await;
    waited.expect("an event arrives in time").expect("the stream stays open")
}

//! One row through every entity on the backend under test: catches drift between the
//! hand-kept entities and the migrations.

use crate::support::Fixture;
use chrono::{NaiveDate, Utc};
use model::exchange::{MatchingMode, PairReasons, PairRule, ProposalState, Quotas, Side, Status};
use model::taxonomy::{Country, Language, OrgKind, Role, SizeBand, Topic, TopicDirection, ValueChain, Visibility};
use model::{OrgId, UserId};
use sea_orm::{ActiveModelTrait, EntityTrait, Set};
use service::entities::*;
use uuid::Uuid;

#[tokio::test]
async fn every_entity_writes_and_reads_back() {
    let t = Fixture::new().await;
    let db = &t.db;
    let org_id = OrgId::new();
    let cluster_id = OrgId::new();
    let now = Utc::now();
    let day = NaiveDate::from_ymd_opt(2024, 5, 17).unwrap();
    for (id, slug, kind) in [(org_id, "atelier", OrgKind::Sme), (cluster_id, "cluster", OrgKind::Cluster)] {
        organisations::ActiveModel {
            id: Set(id),
            slug: Set(slug.into()),
            name: Set(format!("Name of {slug} — Ålborg")),
            kind: Set(kind),
            country: Set(Country::Dk),
            region: Set(Some("DK05".into())),
            city: Set("Aalborg".into()),
            latitude: Set(Some(57.0488)),
            longitude: Set(Some(9.9217)),
            size_band: Set(Some(SizeBand::Small)),
            languages: Set("da,en".into()),
            certifications: Set("GOTS\nISO 14001".into()),
            website: Set(Some("https://www.atelier.example/".into())),
            description: Set("Line one\n\nLine two".into()),
            visibility: Set(Visibility::Public),
            joined_on: Set(day),
            search_text: Set("atelier aalborg".into()),
            value_chains_bits: Set(0b1000),
            topics_offered_bits: Set(1 << 33),
            topics_needed_bits: Set(0),
            memberships: Set(0),
            search_key: sea_orm::ActiveValue::NotSet,
            created_at: Set(now),
            updated_at: Set(now),
        }
        .insert(db)
        .await
        .unwrap();
    }
    let org = organisations::Entity::find_by_id(org_id).one(db).await.unwrap().unwrap();
    assert_eq!((org.latitude, org.joined_on, org.certifications.as_str()), (Some(57.0488), day, "GOTS\nISO 14001"));
    assert_eq!(org.created_at.timestamp(), now.timestamp());

    organisation_value_chains::ActiveModel { organisation_id: Set(org_id), value_chain: Set(ValueChain::Digital) }
        .insert(db)
        .await
        .unwrap();
    organisation_topics::ActiveModel {
        organisation_id: Set(org_id),
        direction: Set(TopicDirection::Offered),
        topic: Set(Topic::Knitting),
    }
    .insert(db)
    .await
    .unwrap();
    cluster_memberships::ActiveModel { cluster_id: Set(cluster_id), member_id: Set(org_id), since: Set(day) }
        .insert(db)
        .await
        .unwrap();
    let org = organisations::Entity::find_by_id(org_id).one(db).await.unwrap().unwrap();
    assert_eq!((org.value_chains_bits, org.topics_offered_bits), (0b1000, 1 << 33), "64-bit sets round-trip");
    assert_eq!(org.memberships, 1, "the membership trigger counted");
    let alliance_id = Uuid::now_v7();
    alliances::ActiveModel {
        id: Set(alliance_id),
        slug: Set("cloth".into()),
        name: Set("CLOTH".into()),
        description: Set("Alliance".into()),
        founded_on: Set(day),
    }
    .insert(db)
    .await
    .unwrap();
    alliance_clusters::ActiveModel { alliance_id: Set(alliance_id), cluster_id: Set(cluster_id) }
        .insert(db)
        .await
        .unwrap();
    let user_id = UserId::new();
    users::ActiveModel {
        id: Set(user_id),
        email: Set("ana@example.dk".into()),
        name: Set("Ana".into()),
        password_hash: Set("$argon2id$v=19$...".into()),
        role: Set(Role::Member),
        organisation_id: Set(Some(org_id)),
        created_at: Set(now),
    }
    .insert(db)
    .await
    .unwrap();
    sessions::ActiveModel { id: Set("abc".into()), data: Set("{}".into()), expires_at: Set(now) }
        .insert(db)
        .await
        .unwrap();

    let challenge_id = Uuid::now_v7();
    challenges::ActiveModel {
        id: Set(challenge_id),
        slug: Set("energy-costs".into()),
        name: Set("Energy costs".into()),
        description: Set("Gas and power for dyeing and finishing".into()),
        position: Set(2),
        active: Set(true),
        created_at: Set(now),
    }
    .insert(db)
    .await
    .unwrap();
    challenge_topics::ActiveModel { challenge_id: Set(challenge_id), topic: Set(Topic::EnergyEfficiency) }
        .insert(db)
        .await
        .unwrap();
    let round_id = Uuid::now_v7();
    survey_rounds::ActiveModel {
        id: Set(round_id),
        title: Set("Autumn 2026".into()),
        opens_on: Set(day),
        closes_on: Set(day),
        created_at: Set(now),
    }
    .insert(db)
    .await
    .unwrap();
    survey_answers::ActiveModel {
        round_id: Set(round_id),
        organisation_id: Set(org_id),
        challenge_id: Set(challenge_id),
        rating: Set(4),
        updated_at: Set(now),
        updated_by: Set(Some(user_id)),
    }
    .insert(db)
    .await
    .unwrap();
    assert_eq!(survey_answers::Entity::find().all(db).await.unwrap()[0].rating, 4);
    assert_eq!(challenge_topics::Entity::find().all(db).await.unwrap()[0].topic, Topic::EnergyEfficiency);
    assert_eq!(survey_rounds::Entity::find_by_id(round_id).one(db).await.unwrap().unwrap().closes_on, day);

    assert_eq!(organisation_value_chains::Entity::find().all(db).await.unwrap().len(), 1);
    assert_eq!(organisation_topics::Entity::find().all(db).await.unwrap()[0].topic, Topic::Knitting);
    assert_eq!(cluster_memberships::Entity::find().all(db).await.unwrap()[0].member_id, org_id);
    assert_eq!(alliance_clusters::Entity::find().all(db).await.unwrap()[0].cluster_id, cluster_id);
    assert_eq!(users::Entity::find_by_id(user_id).one(db).await.unwrap().unwrap().organisation_id, Some(org_id));
    assert_eq!(sessions::Entity::find_by_id("abc".to_owned()).one(db).await.unwrap().unwrap().data, "{}");

    // Deleting an organisation takes its facets and memberships with it.
    organisations::Entity::delete_by_id(org_id).exec(db).await.unwrap();
    assert!(organisation_topics::Entity::find().all(db).await.unwrap().is_empty());
    assert!(cluster_memberships::Entity::find().all(db).await.unwrap().is_empty());
    assert!(survey_answers::Entity::find().all(db).await.unwrap().is_empty(), "its answers go too");
    assert_eq!(users::Entity::find_by_id(user_id).one(db).await.unwrap().unwrap().organisation_id, None);
}

/// The two newest migrations roll back and apply again on the backend under test, keeping the
/// demo data's search and facet summaries whole.
#[tokio::test]
async fn the_latest_migrations_roll_back_and_reapply() {
    use migration::MigratorTrait;
    let t = Fixture::with_demo(30).await;
    migration::Migrator::down(&t.db, Some(2)).await.expect("rolls back");
    migration::Migrator::up(&t.db, None).await.expect("applies again");
    let everything = crate::directory::query(&[]).filter();
    let member = t.viewer_of_email("member@cloth.example").await;
    let all = service::directory::search(&t.db, &member, &everything).await.unwrap().total;
    let one = organisations::Entity::find().one(&t.db).await.unwrap().unwrap();
    let word = one.search_text.split_whitespace().find(|w| w.len() >= 4).unwrap().to_owned();
    let by_text = crate::directory::query(&[("q", word.as_str())]).filter();
    assert!(service::directory::search(&t.db, &member, &by_text).await.unwrap().total >= 1, "{word}");
    let knitting = crate::directory::query(&[("topic", "knitting")]).filter();
    let with_topic = service::directory::search(&t.db, &member, &knitting).await.unwrap().total;
    assert!(with_topic > 0 && with_topic < all);
}

/// The exchange tables: a cohort, an application and an offer, a rule, a proposal and an event.
#[tokio::test]
async fn exchange_entities_write_and_read_back() {
    use sea_orm::{ColumnTrait, QueryFilter};
    let t = Fixture::with_demo(10).await;
    let db = &t.db;
    let now = Utc::now();
    let day = NaiveDate::from_ymd_opt(2027, 4, 1).unwrap();
    let orgs = organisations::Entity::find().all(db).await.unwrap();
    let cohort_id = Uuid::now_v7();
    cohorts::ActiveModel {
        id: Set(cohort_id),
        slug: Set("spring-2027".into()),
        name: Set("Spring 2027".into()),
        applications_open: Set(day),
        applications_close: Set(day),
        exchanges_start: Set(day),
        exchanges_end: Set(day),
        quotas: Set(Quotas::default()),
        stay_min_days: Set(3),
        stay_max_days: Set(31),
        mode: Set(MatchingMode::BestTotal),
        created_by: Set(None),
        created_at: Set(now),
    }
    .insert(db)
    .await
    .unwrap();
    let (application_id, offer_id) = (Uuid::now_v7(), Uuid::now_v7());
    entry(application_id, cohort_id, orgs[0].id, Side::Visitor, Status::Submitted).insert(db).await.unwrap();
    let second = entry(Uuid::now_v7(), cohort_id, orgs[0].id, Side::Visitor, Status::Draft);
    assert!(second.insert(db).await.is_err(), "one application per organisation per cohort");
    entry(offer_id, cohort_id, orgs[1].id, Side::Host, Status::Submitted).insert(db).await.unwrap();
    exchange_pair_rules::ActiveModel {
        cohort_id: Set(cohort_id),
        application_id: Set(application_id),
        offer_id: Set(offer_id),
        rule: Set(PairRule::Lock),
        set_by: Set(None),
        set_at: Set(now),
    }
    .insert(db)
    .await
    .unwrap();
    let reasons = PairReasons {
        topics_met: vec![Topic::Knitting],
        interests_met: Vec::new(),
        shared_value_chains: vec![ValueChain::Digital],
        shared_languages: vec![Language::En],
        overlap_days: 12,
        preferred_country: true,
    };
    exchange_proposals::ActiveModel {
        id: Set(Uuid::now_v7()),
        cohort_id: Set(cohort_id),
        application_id: Set(application_id),
        offer_id: Set(offer_id),
        score: Set(724),
        reasons: Set(reasons.clone()),
        state: Set(ProposalState::Open),
        expires_on: Set(day),
        visitor_answer: Set(None),
        host_answer: Set(None),
        visitor_committed: Set(false),
        host_committed: Set(false),
        proposed_at: Set(now),
        updated_at: Set(now),
    }
    .insert(db)
    .await
    .unwrap();
    for kind in ["application-submitted", "pair-locked"] {
        exchange_events::ActiveModel {
            seq: sea_orm::ActiveValue::NotSet,
            cohort_id: Set(cohort_id),
            kind: Set(kind.into()),
            detail: Set(serde_json::json!({ "entry": application_id, "kind": kind })),
            at: Set(now),
        }
        .insert(db)
        .await
        .unwrap();
    }
    let events =
        exchange_events::Entity::find().filter(exchange_events::Column::CohortId.eq(cohort_id)).all(db).await.unwrap();
    assert_eq!(events.len(), 2);
    assert!(events[0].seq < events[1].seq, "events are numbered in order");
    let proposal = exchange_proposals::Entity::find().one(db).await.unwrap().unwrap();
    assert_eq!((proposal.score, proposal.expires_on), (724, day));
    // The JSON columns come back as the values written, on both databases.
    assert_eq!(proposal.reasons, reasons);
    assert_eq!(events[1].detail["kind"], "pair-locked");
    let cohort = cohorts::Entity::find_by_id(cohort_id).one(db).await.unwrap().unwrap();
    assert_eq!(cohort.quotas, Quotas::default());
    let application = exchange_entries::Entity::find_by_id(application_id).one(db).await.unwrap().unwrap();
    assert_eq!((application.side, application.form["motivation"].as_str()), (Side::Visitor, Some("Wool")));

    // Deleting the cohort takes everything in it.
    cohorts::Entity::delete_by_id(cohort_id).exec(db).await.unwrap();
    let in_cohort = exchange_entries::Entity::find().filter(exchange_entries::Column::CohortId.eq(cohort_id));
    assert!(in_cohort.all(db).await.unwrap().is_empty());
    assert!(exchange_proposals::Entity::find().all(db).await.unwrap().is_empty());
    assert!(exchange_events::Entity::find().all(db).await.unwrap().is_empty());
}

/// An application or offer row with an empty form (a submitted one also fills the submitted
/// copy).
fn entry(id: Uuid, cohort: Uuid, org: OrgId, side: Side, status: Status) -> exchange_entries::ActiveModel {
    let submitted = status == Status::Submitted;
    exchange_entries::ActiveModel {
        id: Set(id),
        cohort_id: Set(cohort),
        organisation_id: Set(org),
        side: Set(side),
        status: Set(status),
        form: Set(serde_json::json!({ "motivation": "Wool" })),
        submitted: Set(submitted.then(|| serde_json::json!({}))),
        submitted_at: Set(submitted.then(Utc::now)),
        updated_at: Set(Utc::now()),
        updated_by: Set(None),
    }
}

//! The demo's running ClusterXchange cohort: applications open for a few more weeks, and a few
//! hundred applications and offers drawn from the generated organisations' own profiles (what
//! they need, they want to learn; what they offer, they show), so the board is alive on first
//! start.

use super::{BATCH, DEMO_ACCOUNTS};
use crate::entities::exchange_entries as entries;
use crate::error::ServiceError;
use chrono::{Days, NaiveDate, Utc};
use demo::DemoAlliance;
use model::OrgId;
use model::exchange::{Application, ApplicationForm, Offer, OfferForm, ParticipantType, Quotas, Side, Status};
use model::taxonomy::{Country, Topic};
use rand::seq::SliceRandom;
use rand::{Rng, SeedableRng};
use sea_orm::{ConnectionTrait, EntityTrait, Set};
use uuid::Uuid;

/// Applications and offers at most: a call draws hundreds, not a 100,000-organisation load.
const APPLICATIONS_MAX: usize = 300;
const OFFERS_MAX: usize = 200;

const ALLIANCE_COUNTRIES: [Country; 5] = [Country::Es, Country::Bg, Country::Fr, Country::Ro, Country::Dk];

const MOTIVATIONS: [&str; 4] = [
    "We want to see how a peer abroad runs this in production before we invest.",
    "Our team needs hands-on time with these techniques to win new customers.",
    "We are moving to circular materials and want to learn from those who already did.",
    "A short stay would help us find a partner for a joint EU project.",
];

const VISITS: [&str; 3] = [
    "A guided tour of our workshop, two days alongside our team and a meeting with our clients.",
    "Hands-on sessions in our studio and an introduction to our suppliers.",
    "Time in our lab, a seminar with our designers and visits to two partner companies.",
];

/// The cohort and its entries.
pub(super) async fn insert(
    db: &impl ConnectionTrait,
    alliance: &DemoAlliance,
    ids: &[OrgId],
    seed: u64,
) -> Result<(), ServiceError> {
    let today = Utc::now().date_naive();
    let cohort = model::exchange::Cohort {
        slug: "clusterxchange-2026-27".into(),
        name: "Fashion ClusterXchange 2026–27".into(),
        applications_open: today - Days::new(20),
        applications_close: today + Days::new(40),
        exchanges_start: today + Days::new(60),
        exchanges_end: today + Days::new(240),
        quotas: Quotas::default(),
        stay_min_days: model::exchange::STAY_MIN_DAYS,
        stay_max_days: model::exchange::STAY_MAX_DAYS,
        mode: model::exchange::MatchingMode::BestTotal,
    };
    let cohort_id = crate::exchange::cohorts::insert(db, &cohort, None).await?;
    // The demo accounts' organisations start with nothing, so people trying the demo (and
    // the browser tests) apply themselves.
    let reserved: Vec<usize> = DEMO_ACCOUNTS.iter().filter_map(|a| a.3).collect();
    let mut rng = rand_chacha::ChaCha8Rng::seed_from_u64(seed ^ 0x00ec_5c4a_u64);
    let (mut rows, mut applications, mut offers) = (Vec::new(), 0, 0);
    for (key, (org, id)) in alliance.orgs.iter().zip(ids).enumerate() {
        if reserved.contains(&key) {
            continue;
        }
        let p = &org.profile;
        if applications < APPLICATIONS_MAX && ParticipantType::of(p.kind).is_some() && rng.gen_bool(0.55) {
            let app = application(&mut rng, &cohort, p);
            rows.push(entry(cohort_id, id, Side::Visitor, &ApplicationForm::from(&app), &app)?);
            applications += 1;
        }
        if offers < OFFERS_MAX && !p.topics_offered.is_empty() && rng.gen_bool(0.35) {
            let offer = offer(&mut rng, &cohort, p);
            rows.push(entry(cohort_id, id, Side::Host, &OfferForm::from(&offer), &offer)?);
            offers += 1;
        }
    }
    for chunk in rows.chunks(BATCH) {
        entries::Entity::insert_many(chunk.to_vec()).exec(db).await?;
    }
    Ok(())
}

fn entry(
    cohort: Uuid,
    org: &OrgId,
    side: Side,
    form: &impl serde::Serialize,
    valid: &impl serde::Serialize,
) -> Result<entries::ActiveModel, ServiceError> {
    let now = Utc::now();
    Ok(entries::ActiveModel {
        id: Set(Uuid::now_v7()),
        cohort_id: Set(cohort),
        organisation_id: Set(*org),
        side: Set(side),
        status: Set(Status::Submitted),
        form: Set(crate::stored::to_json(form)?),
        submitted: Set(Some(crate::stored::to_json(valid)?)),
        submitted_at: Set(Some(now)),
        updated_at: Set(now),
        updated_by: Set(None),
    })
}

fn days(from: NaiveDate, n: u64) -> NaiveDate {
    from + Days::new(n)
}

fn application(rng: &mut impl Rng, c: &model::exchange::Cohort, p: &model::organisation::OrgUpdate) -> Application {
    let mut wanted: Vec<Topic> = p.topics_needed.clone();
    if wanted.is_empty() {
        wanted = Topic::ALL.choose_multiple(rng, 2).copied().collect();
    }
    wanted.truncate(model::exchange::application::TOPICS_WANTED_MAX);
    let span = (c.exchanges_end - c.exchanges_start).num_days().max(1) as u64;
    let from = days(c.exchanges_start, rng.gen_range(0..span * 2 / 3));
    let to = days(from, rng.gen_range(14..60)).min(c.exchanges_end);
    let window = (to - from).num_days() as u32 + 1;
    let mut preferred: Vec<Country> =
        ALLIANCE_COUNTRIES.iter().copied().filter(|&k| k != p.country).collect::<Vec<_>>();
    preferred.shuffle(rng);
    preferred.truncate(rng.gen_range(0..=2));
    preferred.sort();
    Application {
        topics_wanted: wanted,
        value_chains: p.value_chains.clone(),
        preferred_countries: preferred,
        languages: p.languages.clone(),
        available_from: from,
        available_to: to,
        stay_days: rng.gen_range(c.stay_min_days..=window.clamp(c.stay_min_days, 14)),
        motivation: MOTIVATIONS[rng.gen_range(0..MOTIVATIONS.len())].to_owned(),
    }
}

fn offer(rng: &mut impl Rng, c: &model::exchange::Cohort, p: &model::organisation::OrgUpdate) -> Offer {
    let span = (c.exchanges_end - c.exchanges_start).num_days().max(1) as u64;
    let mut windows = Vec::new();
    let mut start = days(c.exchanges_start, rng.gen_range(0..30));
    for _ in 0..rng.gen_range(1..=2) {
        let end = days(start, rng.gen_range(20..70)).min(c.exchanges_end);
        if (end - start).num_days() + 1 >= i64::from(c.stay_min_days) {
            windows.push((start, end));
        }
        start = days(end, rng.gen_range(10..40));
        if start >= c.exchanges_end {
            break;
        }
    }
    if windows.is_empty() {
        windows.push((c.exchanges_start, days(c.exchanges_start, span.min(30))));
    }
    let mut wanted = p.topics_needed.clone();
    wanted.truncate(4);
    Offer {
        topics_offered: p.topics_offered.clone(),
        topics_wanted: wanted,
        capacity: rng.gen_range(1..=3),
        windows,
        languages: p.languages.clone(),
        includes: VISITS[rng.gen_range(0..VISITS.len())].to_owned(),
    }
}

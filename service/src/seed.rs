//! Loads the demo alliance from the `demo` generator into an empty database: the five
//! CLOTH clusters, their members, the alliance, and one demo account per role. Runs on
//! first start of the embedded database and from `cloth seed --orgs N` for load work.

mod exchange;

use crate::accounts::{create_user, hash_password};
use crate::entities::{
    alliance_clusters, alliances, challenges, cluster_memberships, organisation_topics, organisation_value_chains,
    organisations, survey_answers, survey_rounds,
};
use crate::error::ServiceError;
use crate::organisations::{facet_rows, new_row};
use demo::DemoAlliance;
use model::OrgId;
use model::taxonomy::{OrgKind, Role};
use sea_orm::{ActiveModelTrait, ConnectionTrait, EntityTrait, QueryOrder, Set, TransactionSession, TransactionTrait};

/// The password of every demo account (documented in the README; demo databases only).
pub const DEMO_PASSWORD: &str = "cloth-demo-2026";

/// Rows per INSERT: well under SQLite's 32,766 and Postgres's 65,535 bind parameters.
const BATCH: usize = 500;

/// The demo accounts: (email, name, role, slug of the organisation they act for).
pub const DEMO_ACCOUNTS: &[(&str, &str, Role, Option<usize>)] = &[
    ("admin@cloth.example", "Alba Admin", Role::Admin, None),
    ("organiser@cloth.example", "Oana Organiser", Role::Organiser, Some(3)),
    ("manager@cloth.example", "Marc Manager", Role::ClusterManager, Some(0)),
    ("member@cloth.example", "Mette Member", Role::Member, Some(demo::ALLIANCE_CLUSTERS)),
    ("member2@cloth.example", "Boris Member", Role::Member, Some(demo::ALLIANCE_CLUSTERS + 1)),
];

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SeedReport {
    pub organisations: usize,
    pub memberships: usize,
    pub accounts: usize,
}

/// True when no organisation exists yet (a fresh database).
pub async fn is_empty(db: &impl ConnectionTrait) -> Result<bool, ServiceError> {
    Ok(crate::count::count(db, organisations::Entity::find()).await? == 0)
}

/// Generates `members` organisations beside the five clusters with `seed` and stores them,
/// with the demo accounts when `with_accounts`.
pub async fn seed_demo<C: ConnectionTrait + TransactionTrait>(
    db: &C,
    members: usize,
    seed: u64,
    with_accounts: bool,
) -> Result<SeedReport, ServiceError> {
    let alliance = demo::generate(members, seed);
    let ids: Vec<OrgId> = alliance.orgs.iter().map(|_| OrgId::new()).collect();
    let txn = crate::db::begin_write(db).await?;
    insert_organisations(&txn, &alliance, &ids).await?;
    let memberships = insert_memberships(&txn, &alliance, &ids).await?;
    insert_alliance(&txn, &ids).await?;
    let accounts = if with_accounts { insert_accounts(&txn, &alliance, &ids).await? } else { 0 };
    insert_survey(&txn, &alliance, &ids, seed).await?;
    exchange::insert(&txn, &alliance, &ids, seed).await?;
    txn.commit().await?;
    crate::db::refresh_statistics(db).await?;
    Ok(SeedReport { organisations: alliance.orgs.len(), memberships, accounts })
}

async fn insert_organisations(
    db: &impl ConnectionTrait,
    alliance: &DemoAlliance,
    ids: &[OrgId],
) -> Result<(), ServiceError> {
    for (orgs, ids) in alliance.orgs.chunks(BATCH).zip(ids.chunks(BATCH)) {
        let rows = orgs.iter().zip(ids).map(|(o, id)| new_row(*id, &o.slug, &o.profile, o.joined_on));
        organisations::Entity::insert_many(rows).exec(db).await?;
        let (mut chain_rows, mut topic_rows) = (Vec::new(), Vec::new());
        for (org, id) in orgs.iter().zip(ids) {
            let (c, t) = facet_rows(*id, &org.profile);
            chain_rows.extend(c);
            topic_rows.extend(t);
        }
        organisation_value_chains::Entity::insert_many(chain_rows).exec(db).await?;
        for chunk in topic_rows.chunks(BATCH * 2) {
            organisation_topics::Entity::insert_many(chunk.to_vec()).exec(db).await?;
        }
    }
    Ok(())
}

async fn insert_memberships(
    db: &impl ConnectionTrait,
    alliance: &DemoAlliance,
    ids: &[OrgId],
) -> Result<usize, ServiceError> {
    let rows: Vec<cluster_memberships::ActiveModel> = alliance
        .orgs
        .iter()
        .zip(ids)
        .flat_map(|(org, id)| {
            org.clusters.iter().filter_map(move |&cluster| {
                let cluster_id = ids.get(cluster)?;
                Some(cluster_memberships::ActiveModel {
                    cluster_id: Set(*cluster_id),
                    member_id: Set(*id),
                    since: Set(org.joined_on),
                })
            })
        })
        .collect();
    let count = rows.len();
    for chunk in rows.chunks(BATCH) {
        cluster_memberships::Entity::insert_many(chunk.to_vec()).exec(db).await?;
    }
    Ok(count)
}

/// Organisations that answer the demo survey at most (a survey is answered by hundreds or a
/// few thousand, not by everyone in a 100,000-organisation load test).
const SURVEY_RESPONDENTS_MAX: usize = 3_000;

/// The default challenges and an open round (from a month ago to two months ahead) that about
/// half the organisations have answered, the ratings leaning by country so the heat map has
/// a shape.
async fn insert_survey(
    db: &impl ConnectionTrait,
    alliance: &DemoAlliance,
    ids: &[OrgId],
    seed: u64,
) -> Result<(), ServiceError> {
    use rand::{Rng, SeedableRng};
    crate::survey::ensure_default_challenges(db).await?;
    let today = chrono::Utc::now().date_naive();
    let round_id = uuid::Uuid::now_v7();
    survey_rounds::ActiveModel {
        id: Set(round_id),
        title: Set("Trends and challenges, first round".into()),
        opens_on: Set(today - chrono::Days::new(30)),
        closes_on: Set(today + chrono::Days::new(60)),
        created_at: Set(chrono::Utc::now()),
    }
    .insert(db)
    .await?;
    let challenges: Vec<uuid::Uuid> = challenges::Entity::find()
        .order_by_asc(challenges::Column::Position)
        .all(db)
        .await?
        .into_iter()
        .map(|c| c.id)
        .collect();
    let mut rng = rand_chacha::ChaCha8Rng::seed_from_u64(seed ^ 0x0005_eed5_u64);
    let now = chrono::Utc::now();
    let mut rows = Vec::new();
    let mut respondents = 0;
    for (org, id) in alliance.orgs.iter().zip(ids) {
        if respondents >= SURVEY_RESPONDENTS_MAX || !rng.gen_bool(0.5) {
            continue;
        }
        respondents += 1;
        // A per-country lean (the same for every organisation there) plus each one's own view.
        let country = org.profile.country as u64;
        for (i, challenge) in challenges.iter().enumerate() {
            let lean = ((country * 7 + i as u64 * 3) % 3) as i16 - 1;
            let rating = (rng.gen_range(2..=4) + lean).clamp(1, 5);
            rows.push(survey_answers::ActiveModel {
                round_id: Set(round_id),
                organisation_id: Set(*id),
                challenge_id: Set(*challenge),
                rating: Set(rating),
                updated_at: Set(now),
                updated_by: Set(None),
            });
        }
    }
    for chunk in rows.chunks(BATCH) {
        survey_answers::Entity::insert_many(chunk.to_vec()).exec(db).await?;
    }
    Ok(())
}

async fn insert_alliance(db: &impl ConnectionTrait, ids: &[OrgId]) -> Result<(), ServiceError> {
    let alliance_id = uuid::Uuid::now_v7();
    alliances::ActiveModel {
        id: Set(alliance_id),
        slug: Set("cloth".into()),
        name: Set("CLOTH — CLuster Alliance fOr the Transition to green and digital fasHion".into()),
        description: Set("Five fashion and textile clusters from Spain, Bulgaria, France, Romania and Denmark \
                          supporting SMEs in the green and digital transition."
            .into()),
        founded_on: Set(chrono::NaiveDate::from_ymd_opt(2022, 6, 1).unwrap_or_default()),
    }
    .insert(db)
    .await?;
    let rows = ids[..demo::ALLIANCE_CLUSTERS.min(ids.len())]
        .iter()
        .map(|id| alliance_clusters::ActiveModel { alliance_id: Set(alliance_id), cluster_id: Set(*id) });
    alliance_clusters::Entity::insert_many(rows).exec(db).await?;
    Ok(())
}

async fn insert_accounts(
    db: &impl ConnectionTrait,
    alliance: &DemoAlliance,
    ids: &[OrgId],
) -> Result<usize, ServiceError> {
    // One hash for all: they share the documented password, and hashing is the slow part.
    let hash = hash_password(DEMO_PASSWORD.to_owned()).await?;
    let mut created = 0;
    for (email, name, role, org_key) in DEMO_ACCOUNTS {
        let org = org_key.and_then(|k| ids.get(k).copied());
        debug_assert!(
            org_key.is_none_or(|k| k >= demo::ALLIANCE_CLUSTERS || alliance.orgs[k].profile.kind == OrgKind::Cluster)
        );
        create_user(db, name, email, hash.clone(), *role, org).await?;
        created += 1;
    }
    Ok(created)
}

//! Loads the demo alliance from the `demo` generator into an empty database: the five
//! CLOTH clusters, their members, the alliance, and one demo account per role. Runs on
//! first start of the embedded database and from `cloth seed --orgs N` for load work.

use crate::accounts::{create_user, hash_password};
use crate::entities::{
    alliance_clusters, alliances, cluster_memberships, organisation_topics, organisation_value_chains, organisations,
};
use crate::error::ServiceError;
use crate::organisations::{facet_rows, new_row};
use demo::DemoAlliance;
use model::OrgId;
use model::taxonomy::{OrgKind, Role};
use sea_orm::{ActiveModelTrait, ConnectionTrait, EntityTrait, Set, TransactionSession, TransactionTrait};

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
    let txn = db.begin().await?;
    insert_organisations(&txn, &alliance, &ids).await?;
    let memberships = insert_memberships(&txn, &alliance, &ids).await?;
    insert_alliance(&txn, &ids).await?;
    let accounts = if with_accounts { insert_accounts(&txn, &alliance, &ids).await? } else { 0 };
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
                    cluster_id: Set(cluster_id.0),
                    member_id: Set(id.0),
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
        .map(|id| alliance_clusters::ActiveModel { alliance_id: Set(alliance_id), cluster_id: Set(id.0) });
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

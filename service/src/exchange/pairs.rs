//! Organisers' decisions about pairs: lock one (it is matched whatever the engine would do,
//! replacing any other lock of that visitor: an override), forbid one (never matched), or clear
//! the decision. A lock is checked against the rules that always hold before it is saved. A
//! visitor whose pair is with the members (an open or confirmed proposal) is not decided here:
//! the members answer first.

use super::{Organiser, cohorts, events, participant_of};
use crate::entities::{exchange_entries as entries, exchange_pair_rules as rules, organisations};
use crate::error::ServiceError;
use chrono::{NaiveDate, Utc};
use model::OrgId;
use model::exchange::{Offer, PairRule, Side, Status};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, Set, TransactionSession, TransactionTrait,
};
use uuid::Uuid;

/// What an organiser decides about a pair.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Decision {
    Lock,
    Forbid,
    Clear,
}

/// Records `decision` for the pair of `application` and `offer` in the cohort at `slug`.
pub async fn decide<C: ConnectionTrait + TransactionTrait>(
    db: &C,
    by: &Organiser,
    slug: &str,
    (application, offer): (Uuid, Uuid),
    decision: Decision,
    today: NaiveDate,
) -> Result<(), ServiceError> {
    let (cohort_id, cohort) = cohorts::find(db, slug).await?;
    let txn = crate::db::begin_write(db).await?;
    let visitor = submitted(&txn, cohort_id, application, Side::Visitor).await?;
    let host = submitted(&txn, cohort_id, offer, Side::Host).await?;
    let held = super::proposals::held(&txn, cohort_id, today).await?;
    if held.iter().any(|(a, _)| *a == application) {
        return Err(ServiceError::Conflict("error-pair-proposed"));
    }
    rules::Entity::delete_many()
        .filter(rules::Column::CohortId.eq(cohort_id))
        .filter(rules::Column::ApplicationId.eq(application))
        .filter(rules::Column::OfferId.eq(offer))
        .exec(&txn)
        .await?;
    let kind = match decision {
        Decision::Clear => "pair-cleared",
        Decision::Forbid => {
            insert(&txn, by, cohort_id, application, offer, PairRule::Forbid).await?;
            "pair-forbidden"
        }
        Decision::Lock => {
            check_lock(&txn, cohort_id, &cohort.quotas, &held, &visitor, &host).await?;
            // An override: the visitor's other locks give way.
            rules::Entity::delete_many()
                .filter(rules::Column::CohortId.eq(cohort_id))
                .filter(rules::Column::ApplicationId.eq(application))
                .filter(rules::Column::Rule.eq(PairRule::Lock))
                .exec(&txn)
                .await?;
            insert(&txn, by, cohort_id, application, offer, PairRule::Lock).await?;
            "pair-locked"
        }
    };
    let detail = serde_json::json!({ "application": application, "offer": offer });
    events::record(&txn, cohort_id, kind, detail).await?;
    txn.commit().await?;
    Ok(())
}

async fn submitted(
    db: &impl ConnectionTrait,
    cohort: Uuid,
    id: Uuid,
    side: Side,
) -> Result<entries::Model, ServiceError> {
    entries::Entity::find_by_id(id)
        .filter(entries::Column::CohortId.eq(cohort))
        .filter(entries::Column::Side.eq(side))
        .filter(entries::Column::Status.eq(Status::Submitted.slug()))
        .one(db)
        .await?
        .ok_or(ServiceError::NotFound { what: "entry" })
}

async fn insert(
    db: &impl ConnectionTrait,
    by: &Organiser,
    cohort: Uuid,
    application: Uuid,
    offer: Uuid,
    rule: PairRule,
) -> Result<(), ServiceError> {
    rules::ActiveModel {
        cohort_id: Set(cohort),
        application_id: Set(application),
        offer_id: Set(offer),
        rule: Set(rule),
        set_by: Set(Some(by.by)),
        set_at: Set(Utc::now()),
    }
    .insert(db)
    .await?;
    Ok(())
}

/// The rules that always hold, for a pair the engine did not choose: different countries
/// (and so different organisations), the host's capacity and the visitor type's quota, counting
/// the other visitors' locks and the pairs proposals hold.
async fn check_lock(
    db: &impl ConnectionTrait,
    cohort: Uuid,
    quotas: &model::exchange::Quotas,
    held: &[(Uuid, Uuid)],
    visitor: &entries::Model,
    host: &entries::Model,
) -> Result<(), ServiceError> {
    let orgs = organisations::Entity::find()
        .filter(organisations::Column::Id.is_in([visitor.organisation_id, host.organisation_id]))
        .all(db)
        .await?;
    let org = |id: OrgId| orgs.iter().find(|o| o.id == id).ok_or(ServiceError::NotFound { what: "organisation" });
    let (visitor_org, host_org) = (org(visitor.organisation_id)?, org(host.organisation_id)?);
    if visitor_org.country == host_org.country {
        return Err(ServiceError::Conflict("error-lock-same-country"));
    }
    let mut taken: Vec<(Uuid, Uuid)> = rules::Entity::find()
        .filter(rules::Column::CohortId.eq(cohort))
        .filter(rules::Column::Rule.eq(PairRule::Lock))
        .all(db)
        .await?
        .into_iter()
        .map(|l| (l.application_id, l.offer_id))
        .chain(held.iter().copied())
        .filter(|(a, _)| *a != visitor.id)
        .collect();
    // One place per visitor: a proposal and an older lock of the same visitor count once.
    taken.sort();
    taken.dedup_by_key(|(a, _)| *a);
    let submitted = host
        .submitted
        .as_ref()
        .ok_or_else(|| ServiceError::Internal(format!("offer {} has no submission", host.id)))?;
    let offer: Offer = crate::stored::from_json(format_args!("submitted offer {}", host.id), submitted)?;
    let on_host = taken.iter().filter(|(_, o)| *o == host.id).count();
    if on_host >= usize::try_from(offer.capacity).unwrap_or(usize::MAX) {
        return Err(ServiceError::Conflict("error-lock-host-full"));
    }
    let participant = participant_of(visitor_org).ok_or(ServiceError::Conflict("error-no-visitor-quota"))?;
    let taken_orgs: Vec<OrgId> = entries::Entity::find()
        .filter(entries::Column::Id.is_in(taken.iter().map(|(a, _)| *a)))
        .all(db)
        .await?
        .into_iter()
        .map(|e| e.organisation_id)
        .collect();
    let kinds = organisations::Entity::find().filter(organisations::Column::Id.is_in(taken_orgs)).all(db).await?;
    let same_type = kinds.iter().filter(|o| participant_of(o) == Some(participant)).count();
    if same_type >= usize::try_from(quotas.of(participant)).unwrap_or(usize::MAX) {
        return Err(ServiceError::Conflict("error-lock-quota-full"));
    }
    Ok(())
}

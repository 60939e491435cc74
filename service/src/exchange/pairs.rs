//! Organisers' decisions about pairs: lock one (it is matched whatever the engine would do,
//! replacing any other lock of that visitor: an override), forbid one (never matched), or clear
//! the decision. A lock is checked against the rules that always hold before it is saved.

use super::{Organiser, cohorts, events, participant_of};
use crate::entities::{exchange_entries as entries, exchange_pair_rules as rules, organisations};
use crate::error::ServiceError;
use chrono::Utc;
use model::exchange::{Offer, Status};
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
    application: Uuid,
    offer: Uuid,
    decision: Decision,
) -> Result<(), ServiceError> {
    let (cohort_id, cohort) = cohorts::find(db, slug).await?;
    let txn = db.begin().await?;
    let visitor = submitted(&txn, cohort_id, application, entries::VISITOR).await?;
    let host = submitted(&txn, cohort_id, offer, entries::HOST).await?;
    rules::Entity::delete_many()
        .filter(rules::Column::CohortId.eq(cohort_id))
        .filter(rules::Column::ApplicationId.eq(application))
        .filter(rules::Column::OfferId.eq(offer))
        .exec(&txn)
        .await?;
    let kind = match decision {
        Decision::Clear => "pair-cleared",
        Decision::Forbid => {
            insert(&txn, by, cohort_id, application, offer, rules::FORBID).await?;
            "pair-forbidden"
        }
        Decision::Lock => {
            check_lock(&txn, cohort_id, &cohort.quotas, &visitor, &host).await?;
            // An override: the visitor's other locks give way.
            rules::Entity::delete_many()
                .filter(rules::Column::CohortId.eq(cohort_id))
                .filter(rules::Column::ApplicationId.eq(application))
                .filter(rules::Column::Rule.eq(rules::LOCK))
                .exec(&txn)
                .await?;
            insert(&txn, by, cohort_id, application, offer, rules::LOCK).await?;
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
    side: &str,
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
    rule: &str,
) -> Result<(), ServiceError> {
    rules::ActiveModel {
        cohort_id: Set(cohort),
        application_id: Set(application),
        offer_id: Set(offer),
        rule: Set(rule.to_owned()),
        set_by: Set(Some(by.by.0)),
        set_at: Set(Utc::now()),
    }
    .insert(db)
    .await?;
    Ok(())
}

/// The rules that always hold, for a pair the engine did not choose: different countries
/// (and so different organisations), the host's capacity and the visitor type's quota.
async fn check_lock(
    db: &impl ConnectionTrait,
    cohort: Uuid,
    quotas: &model::exchange::Quotas,
    visitor: &entries::Model,
    host: &entries::Model,
) -> Result<(), ServiceError> {
    let orgs = organisations::Entity::find()
        .filter(organisations::Column::Id.is_in([visitor.organisation_id, host.organisation_id]))
        .all(db)
        .await?;
    let org = |id: Uuid| orgs.iter().find(|o| o.id == id).ok_or(ServiceError::NotFound { what: "organisation" });
    let (visitor_org, host_org) = (org(visitor.organisation_id)?, org(host.organisation_id)?);
    if visitor_org.country == host_org.country {
        return Err(ServiceError::Conflict("error-lock-same-country"));
    }
    let locks = rules::Entity::find()
        .filter(rules::Column::CohortId.eq(cohort))
        .filter(rules::Column::Rule.eq(rules::LOCK))
        .filter(rules::Column::ApplicationId.ne(visitor.id))
        .all(db)
        .await?;
    let offer: Offer = serde_json::from_str(host.submitted.as_deref().unwrap_or_default())
        .map_err(|e| ServiceError::Internal(format!("submitted offer {}: {e}", host.id)))?;
    let on_host = locks.iter().filter(|l| l.offer_id == host.id).count();
    if on_host >= usize::try_from(offer.capacity).unwrap_or(usize::MAX) {
        return Err(ServiceError::Conflict("error-lock-host-full"));
    }
    let participant = participant_of(visitor_org).ok_or(ServiceError::Conflict("error-no-visitor-quota"))?;
    let locked_visitors: Vec<Uuid> = locks.iter().map(|l| l.application_id).collect();
    let locked_of_type = entries::Entity::find()
        .filter(entries::Column::Id.is_in(locked_visitors))
        .all(db)
        .await?
        .into_iter()
        .map(|e| e.organisation_id)
        .collect::<Vec<_>>();
    let kinds = organisations::Entity::find().filter(organisations::Column::Id.is_in(locked_of_type)).all(db).await?;
    let same_type = kinds.iter().filter(|o| participant_of(o) == Some(participant)).count();
    if same_type >= usize::try_from(quotas.of(participant)).unwrap_or(usize::MAX) {
        return Err(ServiceError::Conflict("error-lock-quota-full"));
    }
    Ok(())
}

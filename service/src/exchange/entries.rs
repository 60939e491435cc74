//! Members' entries in a cohort: a visitor's application and a host's offer. Drafts keep the
//! form as typed; submitting validates it against the cohort and records an event; a
//! submitted entry can be submitted again (changed) or withdrawn while the call is open. A
//! rejected submission writes nothing, so what was saved before is kept.

use super::{cohorts, country_of, events, participant_of};
use crate::auth::Viewer;
use crate::entities::{exchange_entries as entries, organisations};
use crate::error::ServiceError;
use crate::stored::to_json;
use chrono::{DateTime, NaiveDate, Utc};
use model::UserId;
use model::exchange::{ApplicationForm, Cohort, OfferForm, Status};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, Set, TransactionSession, TransactionTrait,
};
use serde::de::DeserializeOwned;
use uuid::Uuid;

pub use model::exchange::Side;

/// Save as a draft, or submit for matching.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Action {
    Draft,
    Submit,
}

/// An organisation's entry as its members see it.
#[derive(Clone, Debug, PartialEq)]
pub struct Entry<F> {
    pub status: Status,
    pub form: F,
    pub submitted_at: Option<DateTime<Utc>>,
}

/// Proof that the viewer acts for an organisation, with the cohort it is entering.
pub(super) struct Participant {
    pub(super) organisation: organisations::Model,
    by: UserId,
    pub(super) cohort_id: Uuid,
    pub(super) cohort: Cohort,
}

pub(super) async fn participant(
    db: &impl ConnectionTrait,
    viewer: &Viewer,
    cohort: &str,
) -> Result<Participant, ServiceError> {
    let account = viewer.account()?;
    let org_id = account.organisation_id.ok_or(ServiceError::Conflict("error-no-organisation"))?;
    let organisation = organisations::Entity::find_by_id(org_id)
        .one(db)
        .await?
        .ok_or(ServiceError::Conflict("error-no-organisation"))?;
    let (cohort_id, cohort) = cohorts::find(db, cohort).await?;
    Ok(Participant { organisation, by: account.id, cohort_id, cohort })
}

/// The viewer's organisation's application to `cohort`, if it has started one.
pub async fn application(
    db: &impl ConnectionTrait,
    viewer: &Viewer,
    cohort: &str,
) -> Result<Option<Entry<ApplicationForm>>, ServiceError> {
    let p = participant(db, viewer, cohort).await?;
    load(db, &p, Side::Visitor).await
}

/// The viewer's organisation's offer to host in `cohort`, if it has started one.
pub async fn offer(
    db: &impl ConnectionTrait,
    viewer: &Viewer,
    cohort: &str,
) -> Result<Option<Entry<OfferForm>>, ServiceError> {
    let p = participant(db, viewer, cohort).await?;
    load(db, &p, Side::Host).await
}

/// Saves or submits the viewer's organisation's application on `today`.
pub async fn save_application<C: ConnectionTrait + TransactionTrait>(
    db: &C,
    viewer: &Viewer,
    cohort: &str,
    form: &ApplicationForm,
    action: Action,
    today: NaiveDate,
) -> Result<Status, ServiceError> {
    let p = participant(db, viewer, cohort).await?;
    if participant_of(&p.organisation).is_none() {
        return Err(ServiceError::Conflict("error-no-visitor-quota"));
    }
    let submitted = match action {
        Action::Submit => Some(to_json(&form.validate(&p.cohort, country_of(&p.organisation))?)?),
        Action::Draft => None,
    };
    save(db, &p, Side::Visitor, to_json(form)?, submitted, today).await
}

/// Saves or submits the viewer's organisation's offer to host on `today`.
pub async fn save_offer<C: ConnectionTrait + TransactionTrait>(
    db: &C,
    viewer: &Viewer,
    cohort: &str,
    form: &OfferForm,
    action: Action,
    today: NaiveDate,
) -> Result<Status, ServiceError> {
    let p = participant(db, viewer, cohort).await?;
    let submitted = match action {
        Action::Submit => Some(to_json(&form.validate(&p.cohort)?)?),
        Action::Draft => None,
    };
    save(db, &p, Side::Host, to_json(form)?, submitted, today).await
}

/// Withdraws a submitted entry; matching forgets it and the boards are told.
pub async fn withdraw<C: ConnectionTrait + TransactionTrait>(
    db: &C,
    viewer: &Viewer,
    cohort: &str,
    side: Side,
    today: NaiveDate,
) -> Result<(), ServiceError> {
    let p = participant(db, viewer, cohort).await?;
    ensure_open(&p, today)?;
    let txn = crate::db::begin_write(db).await?;
    let row = find(&txn, &p, side).await?.ok_or(ServiceError::Conflict("error-not-submitted"))?;
    if row.status != Status::Submitted {
        return Err(ServiceError::Conflict("error-not-submitted"));
    }
    let id = row.id;
    let mut row: entries::ActiveModel = row.into();
    row.status = Set(Status::Withdrawn);
    row.updated_at = Set(Utc::now());
    row.updated_by = Set(Some(p.by));
    row.update(&txn).await?;
    // Its proposals end with it; the other side of each is told.
    let mut told = super::proposals::cancel_for_entry(&txn, id).await?;
    told.push(p.organisation.slug.clone());
    told.sort();
    told.dedup();
    let detail = serde_json::json!({ "entry": id, "organisation": p.organisation.slug, "organisations": told });
    events::record(&txn, p.cohort_id, &format!("{}-withdrawn", side.slug()), detail).await?;
    txn.commit().await?;
    Ok(())
}

fn ensure_open(p: &Participant, today: NaiveDate) -> Result<(), ServiceError> {
    if p.cohort.is_open_on(today) { Ok(()) } else { Err(ServiceError::Conflict("error-cohort-closed")) }
}

async fn find(db: &impl ConnectionTrait, p: &Participant, side: Side) -> Result<Option<entries::Model>, ServiceError> {
    Ok(entries::Entity::find()
        .filter(entries::Column::CohortId.eq(p.cohort_id))
        .filter(entries::Column::OrganisationId.eq(p.organisation.id))
        .filter(entries::Column::Side.eq(side))
        .one(db)
        .await?)
}

async fn load<F: DeserializeOwned>(
    db: &impl ConnectionTrait,
    p: &Participant,
    side: Side,
) -> Result<Option<Entry<F>>, ServiceError> {
    let Some(row) = find(db, p, side).await? else { return Ok(None) };
    let form = crate::stored::from_json(format_args!("form of entry {}", row.id), &row.form)?;
    Ok(Some(Entry { status: row.status, form, submitted_at: row.submitted_at }))
}

/// Writes the entry in one transaction with its event. A draft may not replace a submitted
/// entry (it would silently take it out of matching): change it by submitting again.
async fn save<C: ConnectionTrait + TransactionTrait>(
    db: &C,
    p: &Participant,
    side: Side,
    form: serde_json::Value,
    submitted: Option<serde_json::Value>,
    today: NaiveDate,
) -> Result<Status, ServiceError> {
    ensure_open(p, today)?;
    let txn = crate::db::begin_write(db).await?;
    let existing = find(&txn, p, side).await?;
    if submitted.is_none() && existing.as_ref().is_some_and(|e| e.status == Status::Submitted) {
        return Err(ServiceError::Conflict("error-already-submitted"));
    }
    let status = if submitted.is_some() { Status::Submitted } else { Status::Draft };
    let now = Utc::now();
    let was_new = existing.is_none();
    let mut row: entries::ActiveModel = match existing {
        Some(row) => row.into(),
        None => entries::ActiveModel {
            id: Set(Uuid::now_v7()),
            cohort_id: Set(p.cohort_id),
            organisation_id: Set(p.organisation.id),
            side: Set(side),
            submitted: Set(None),
            submitted_at: Set(None),
            ..Default::default()
        },
    };
    row.status = Set(status);
    row.form = Set(form);
    if let Some(valid) = submitted {
        row.submitted = Set(Some(valid));
        row.submitted_at = Set(Some(now));
    }
    row.updated_at = Set(now);
    row.updated_by = Set(Some(p.by));
    let row = if was_new { row.insert(&txn).await? } else { row.update(&txn).await? };
    if status == Status::Submitted {
        events::record(&txn, p.cohort_id, &format!("{}-submitted", side.slug()), detail(p, row.id)).await?;
    }
    txn.commit().await?;
    Ok(status)
}

fn detail(p: &Participant, entry: Uuid) -> serde_json::Value {
    serde_json::json!({ "entry": entry, "organisation": p.organisation.slug })
}

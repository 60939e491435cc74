//! Cohorts: organisers open calls; everyone may read them (a call is public).

use super::Organiser;
use crate::entities::cohorts;
use crate::error::ServiceError;
use crate::organisations::{first_free_slug, slugify};
use chrono::Utc;
use model::UserId;
use model::exchange::{Cohort, CohortForm, ParticipantType, Quotas};
use sea_orm::{ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect, Set};
use uuid::Uuid;

/// Every cohort, the most recent call first.
pub async fn list(db: &impl ConnectionTrait) -> Result<Vec<Cohort>, ServiceError> {
    let rows = cohorts::Entity::find().order_by_desc(cohorts::Column::ApplicationsOpen).all(db).await?;
    rows.into_iter().map(to_cohort).collect()
}

/// The cohort at `slug` with its id.
pub async fn find(db: &impl ConnectionTrait, slug: &str) -> Result<(Uuid, Cohort), ServiceError> {
    let row = cohorts::Entity::find()
        .filter(cohorts::Column::Slug.eq(slug))
        .one(db)
        .await?
        .ok_or(ServiceError::NotFound { what: "cohort" })?;
    Ok((row.id, to_cohort(row)?))
}

/// Opens a new cohort; its slug comes from its name.
pub async fn create(db: &impl ConnectionTrait, by: &Organiser, form: &CohortForm) -> Result<Cohort, ServiceError> {
    let mut cohort = form.validate("")?;
    let base = slugify(&cohort.name);
    let taken: Vec<String> = cohorts::Entity::find()
        .select_only()
        .column(cohorts::Column::Slug)
        .filter(cohorts::Column::Slug.starts_with(&base))
        .into_tuple()
        .all(db)
        .await?;
    cohort.slug = first_free_slug(&base, &taken);
    insert(db, &cohort, Some(by.by)).await?;
    Ok(cohort)
}

/// Stores a new cohort (also the demo's); returns its id.
pub(crate) async fn insert(
    db: &impl ConnectionTrait,
    cohort: &Cohort,
    created_by: Option<UserId>,
) -> Result<Uuid, ServiceError> {
    let id = Uuid::now_v7();
    let mut row = cohorts::ActiveModel {
        id: Set(id),
        created_by: Set(created_by),
        created_at: Set(Utc::now()),
        ..Default::default()
    };
    write(&mut row, cohort);
    row.insert(db).await?;
    Ok(id)
}

/// Changes a cohort's settings; its slug stays, so links keep working.
pub async fn update(
    db: &impl ConnectionTrait,
    _by: &Organiser,
    slug: &str,
    form: &CohortForm,
) -> Result<Cohort, ServiceError> {
    let (id, _) = find(db, slug).await?;
    let cohort = form.validate(slug)?;
    let mut row = cohorts::ActiveModel { id: sea_orm::ActiveValue::Unchanged(id), ..Default::default() };
    write(&mut row, &cohort);
    row.update(db).await?;
    // Quotas, dates or mode changed: open boards re-match (and their cached board is stale).
    super::events::record(db, id, "cohort-changed", serde_json::json!({})).await?;
    Ok(cohort)
}

fn write(row: &mut cohorts::ActiveModel, c: &Cohort) {
    row.slug = Set(c.slug.clone());
    row.name = Set(c.name.clone());
    row.applications_open = Set(c.applications_open);
    row.applications_close = Set(c.applications_close);
    row.exchanges_start = Set(c.exchanges_start);
    row.exchanges_end = Set(c.exchanges_end);
    row.quotas = Set(c.quotas.clone());
    row.stay_min_days = Set(i32::try_from(c.stay_min_days).unwrap_or(i32::MAX));
    row.stay_max_days = Set(i32::try_from(c.stay_max_days).unwrap_or(i32::MAX));
    row.mode = Set(c.mode);
}

pub(crate) fn to_cohort(row: cohorts::Model) -> Result<Cohort, ServiceError> {
    // A type missing from the stored quotas has no places (never a default of 75).
    let quotas = ParticipantType::ALL.iter().map(|&p| (p, row.quotas.of(p))).collect();
    Ok(Cohort {
        slug: row.slug,
        name: row.name,
        applications_open: row.applications_open,
        applications_close: row.applications_close,
        exchanges_start: row.exchanges_start,
        exchanges_end: row.exchanges_end,
        quotas: Quotas(quotas),
        stay_min_days: u32::try_from(row.stay_min_days).unwrap_or(0),
        stay_max_days: u32::try_from(row.stay_max_days).unwrap_or(0),
        mode: row.mode,
    })
}

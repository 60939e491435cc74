//! The cohort's event log: every change that a board or a member's page shows is recorded in
//! the same transaction as the change, numbered in order, so a client that reconnects asks
//! for what came after the last number it saw and misses nothing.

use crate::entities::exchange_events as events;
use crate::error::ServiceError;
use chrono::Utc;
use model::OrgId;
use sea_orm::{
    ActiveModelTrait, ActiveValue::NotSet, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, Set,
};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

/// What changed in a cohort.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Event {
    pub seq: i64,
    pub kind: String,
    pub detail: serde_json::Value,
}

/// The Postgres channel on which every committed event is announced to the other server
/// instances (`live::LiveHub` listens).
pub const CHANNEL: &str = "cloth_events";

/// Appends an event; returns its number. On Postgres the other instances hear of it when the
/// transaction it is part of commits (a `NOTIFY` is delivered then, and dropped on rollback).
pub async fn record(
    db: &impl ConnectionTrait,
    cohort: Uuid,
    kind: &str,
    detail: serde_json::Value,
) -> Result<i64, ServiceError> {
    if db.get_database_backend() == sea_orm::DbBackend::Postgres {
        let notify = sea_orm::Statement::from_sql_and_values(
            sea_orm::DbBackend::Postgres,
            "SELECT pg_notify($1, $2)",
            [CHANNEL.into(), cohort.to_string().into()],
        );
        db.execute_raw(notify).await?;
    }
    let row = events::ActiveModel {
        seq: NotSet,
        cohort_id: Set(cohort),
        kind: Set(kind.to_owned()),
        detail: Set(detail),
        at: Set(Utc::now()),
    }
    .insert(db)
    .await?;
    Ok(row.seq)
}

/// An organisation's profile changed: every cohort it takes part in hears of it, because its
/// board shows (and its matching scores) the organisation's topics, languages and place.
pub async fn organisation_changed(
    db: &impl ConnectionTrait,
    organisation: OrgId,
    slug: &str,
) -> Result<(), ServiceError> {
    use crate::entities::exchange_entries as entries;
    use sea_orm::QuerySelect;
    let cohorts: Vec<Uuid> = entries::Entity::find()
        .select_only()
        .column(entries::Column::CohortId)
        .distinct()
        .filter(entries::Column::OrganisationId.eq(organisation))
        .into_tuple()
        .all(db)
        .await?;
    for cohort in cohorts {
        record(db, cohort, "organisation-changed", serde_json::json!({ "organisation": slug })).await?;
    }
    Ok(())
}

/// The number of the cohort's latest event (0 before any).
pub async fn latest(db: &impl ConnectionTrait, cohort: Uuid) -> Result<i64, ServiceError> {
    use sea_orm::QuerySelect;
    let seq: Option<Option<i64>> = events::Entity::find()
        .select_only()
        .column_as(events::Column::Seq.max(), "seq")
        .filter(events::Column::CohortId.eq(cohort))
        .into_tuple()
        .one(db)
        .await?;
    Ok(seq.flatten().unwrap_or(0))
}

/// The cohort's events after `seq`, in order.
pub async fn since(db: &impl ConnectionTrait, cohort: Uuid, seq: i64) -> Result<Vec<Event>, ServiceError> {
    let rows = events::Entity::find()
        .filter(events::Column::CohortId.eq(cohort))
        .filter(events::Column::Seq.gt(seq))
        .order_by_asc(events::Column::Seq)
        .all(db)
        .await?;
    Ok(rows.into_iter().map(|r| Event { seq: r.seq, kind: r.kind, detail: r.detail }).collect())
}

impl Event {
    /// Whether the event changes what the organisation at `slug` sees on its own pages: its
    /// entries, and the proposals it is part of. Organisers see every event.
    pub fn concerns(&self, slug: &str) -> bool {
        let named = |v: &serde_json::Value| v.as_str() == Some(slug);
        self.detail.get("organisation").is_some_and(named)
            || self.detail.get("organisations").and_then(|v| v.as_array()).is_some_and(|all| all.iter().any(named))
    }
}

#[cfg(test)]
mod tests {
    use super::Event;

    #[test]
    fn an_event_concerns_the_organisations_it_names() {
        let event = |detail| Event { seq: 1, kind: "proposal-declined".into(), detail };
        let proposal = event(serde_json::json!({ "organisations": ["atelier-a", "mill-b"] }));
        assert!(proposal.concerns("mill-b"));
        assert!(!proposal.concerns("someone-else"));
        let entry = event(serde_json::json!({ "entry": "x", "organisation": "atelier-a" }));
        assert!(entry.concerns("atelier-a"));
        assert!(!event(serde_json::json!({ "application": "x", "offer": "y" })).concerns("atelier-a"));
    }
}

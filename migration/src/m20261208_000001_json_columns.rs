//! The exchange's JSON columns become JSON on Postgres (`jsonb`): the entities read and write
//! them as typed JSON values, which Postgres binds as `jsonb` and would refuse into `text`.
//! SQLite keeps them as they are: its JSON is text, which is what the columns already hold.

use sea_orm_migration::prelude::*;
use sea_orm_migration::sea_orm::DbBackend;

/// (table, column) of every JSON column.
const JSON_COLUMNS: &[(&str, &str)] = &[
    ("cohorts", "quotas"),
    ("exchange_entries", "form"),
    ("exchange_entries", "submitted"),
    ("exchange_events", "detail"),
    ("exchange_proposals", "reasons"),
];

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        retype_on_postgres(m, "jsonb").await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        retype_on_postgres(m, "text").await
    }
}

/// Gives every JSON column the type `to` on Postgres; nothing to do on SQLite.
async fn retype_on_postgres(m: &SchemaManager<'_>, to: &str) -> Result<(), DbErr> {
    if m.get_database_backend() != DbBackend::Postgres {
        return Ok(());
    }
    for (table, column) in JSON_COLUMNS {
        let sql = format!("ALTER TABLE {table} ALTER COLUMN {column} TYPE {to} USING {column}::{to}");
        m.get_connection().execute_unprepared(&sql).await?;
    }
    Ok(())
}

//! Schema migrations, applied at start-up on SQLite and Postgres alike. One file per
//! migration, named `mYYYYMMDD_HHMMSS_what.rs`; never rename one that has been applied
//! (SeaORM records migrations by module name). Seed data never goes here.

pub use sea_orm_migration::prelude::*;

mod foreign_keys;
mod m20261125_000001_create_organisations;
mod m20261125_000002_create_accounts;
mod m20261125_000003_directory_indexes;
mod m20261126_000001_map_index;
mod m20261126_000002_create_survey;
mod m20261126_000003_map_facets;
mod m20261126_000004_create_exchange;
mod m20261207_000001_country_topic_tallies;
mod m20261208_000001_json_columns;

pub struct Migrator;

#[async_trait::async_trait]
impl MigratorTrait for Migrator {
    fn migrations() -> Vec<Box<dyn MigrationTrait>> {
        vec![
            Box::new(m20261125_000001_create_organisations::Migration),
            Box::new(m20261125_000002_create_accounts::Migration),
            Box::new(m20261125_000003_directory_indexes::Migration),
            Box::new(m20261126_000001_map_index::Migration),
            Box::new(m20261126_000002_create_survey::Migration),
            Box::new(m20261126_000003_map_facets::Migration),
            Box::new(m20261126_000004_create_exchange::Migration),
            Box::new(m20261207_000001_country_topic_tallies::Migration),
            Box::new(m20261208_000001_json_columns::Migration),
        ]
    }
}

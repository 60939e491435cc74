//! Domain rules and persistence for the CLOTH platform. Knows SeaORM, not Leptos or axum:
//! `app`'s server functions and `server`'s routes call in here with a `Viewer`, and every
//! function that changes something first turns that viewer into a capability.

pub mod accounts;
pub mod auth;
pub mod count;
pub mod db;
pub mod directory;
pub mod entities;
pub mod error;
pub mod exchange;
pub mod export;
pub mod map;
pub mod network;
pub mod organisations;
pub mod region;
pub mod search_text;
pub mod seed;
pub mod session_store;
pub mod stored;
pub mod survey;
pub mod throttle;

pub use auth::Viewer;
pub use error::ServiceError;
pub use sea_orm;

/// Applies every pending migration (start-up does this through `db::connect_and_migrate`).
pub async fn migration_up(db: &sea_orm::DatabaseConnection) -> Result<(), sea_orm::DbErr> {
    use migration::MigratorTrait;
    migration::Migrator::up(db, None).await
}

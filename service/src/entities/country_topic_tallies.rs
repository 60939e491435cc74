//! Organisations offering and needing each topic per (visibility, kind, country), kept by
//! triggers on `organisations` (migration `m20261207_000001_country_topic_tallies`). Read-only
//! here: nothing in Rust writes it.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "country_topic_tallies")]
pub struct Model {
    // Slugs, as text: a primary-key column's type must implement `TryFromU64`, which the
    // vocabularies' value types do not yet. Reads decode them typed (`into_tuple`).
    #[sea_orm(primary_key, auto_increment = false)]
    pub visibility: String,
    #[sea_orm(primary_key, auto_increment = false)]
    pub kind: String,
    #[sea_orm(primary_key, auto_increment = false)]
    pub country: String,
    /// The topic's bit position (`Topic::bit` is `1 << topic_bit`).
    #[sea_orm(primary_key, auto_increment = false)]
    pub topic_bit: i32,
    pub offering: i64,
    pub needing: i64,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

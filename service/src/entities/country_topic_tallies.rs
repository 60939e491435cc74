//! Organisations offering and needing each topic per (visibility, kind, country), kept by
//! triggers on `organisations` (migration `m20261207_000001_country_topic_tallies`). Read-only
//! here: nothing in Rust writes it.

use model::taxonomy::{Country, OrgKind, Visibility};
use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "country_topic_tallies")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub visibility: Visibility,
    #[sea_orm(primary_key, auto_increment = false)]
    pub kind: OrgKind,
    #[sea_orm(primary_key, auto_increment = false)]
    pub country: Country,
    /// The topic's bit position (`Topic::bit` is `1 << topic_bit`).
    #[sea_orm(primary_key, auto_increment = false)]
    pub topic_bit: i32,
    pub offering: i64,
    pub needing: i64,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

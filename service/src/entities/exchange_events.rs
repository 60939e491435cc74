use sea_orm::entity::prelude::*;

/// What happened in a cohort, in order: live boards resume from the last `seq` they saw.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "exchange_events")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub seq: i64,
    pub cohort_id: Uuid,
    pub kind: String,
    /// What changed, as the live stream sends it.
    #[sea_orm(column_type = "JsonBinary")]
    pub detail: Json,
    pub at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

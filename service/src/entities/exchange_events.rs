use sea_orm::entity::prelude::*;

/// What happened in a cohort, in order: live boards resume from the last `seq` they saw.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "exchange_events")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub seq: i64,
    pub cohort_id: Uuid,
    pub kind: String,
    /// JSON detail of the change.
    pub detail: String,
    pub at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

use model::UserId;
use model::exchange::{MatchingMode, Quotas};
use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "cohorts")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    #[sea_orm(unique)]
    pub slug: String,
    pub name: String,
    pub applications_open: Date,
    pub applications_close: Date,
    pub exchanges_start: Date,
    pub exchanges_end: Date,
    /// Participant type slug → quota; a type missing here has no places.
    #[sea_orm(column_type = "JsonBinary")]
    pub quotas: Quotas,
    pub stay_min_days: i32,
    pub stay_max_days: i32,
    pub mode: MatchingMode,
    pub created_by: Option<UserId>,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

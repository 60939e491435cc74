use model::exchange::{Side, Status};
use model::{OrgId, UserId};
use sea_orm::entity::prelude::*;

/// A visitor's application or a host's offer: one of each per organisation per cohort (a
/// unique index says so too).
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "exchange_entries")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub cohort_id: Uuid,
    pub organisation_id: OrgId,
    pub side: Side,
    pub status: Status,
    /// The form as typed (a draft may be unfinished): an `ApplicationForm` or an `OfferForm`
    /// by `side`, decoded where it is read.
    #[sea_orm(column_type = "JsonBinary")]
    pub form: Json,
    /// The validated entry from the last submission, which matching reads: an `Application`
    /// or an `Offer` by `side`.
    #[sea_orm(column_type = "JsonBinary", nullable)]
    pub submitted: Option<Json>,
    pub submitted_at: Option<DateTimeUtc>,
    pub updated_at: DateTimeUtc,
    pub updated_by: Option<UserId>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

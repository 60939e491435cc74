use model::exchange::Status;
use sea_orm::entity::prelude::*;

pub const VISITOR: &str = "visitor";
pub const HOST: &str = "host";

/// A visitor's application or a host's offer: one of each per organisation per cohort (a
/// unique index says so too).
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "exchange_entries")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub cohort_id: Uuid,
    pub organisation_id: Uuid,
    /// `VISITOR` or `HOST`.
    pub side: String,
    pub status: Status,
    /// JSON: the form as typed (a draft may be unfinished).
    pub form: String,
    /// JSON: the validated entry from the last submission, which matching reads.
    pub submitted: Option<String>,
    pub submitted_at: Option<DateTimeUtc>,
    pub updated_at: DateTimeUtc,
    pub updated_by: Option<Uuid>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

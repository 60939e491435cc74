use model::exchange::{Answer, PairReasons, ProposalState};
use sea_orm::entity::prelude::*;

/// A match proposed to a visitor and a host, and what each answered.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "exchange_proposals")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub cohort_id: Uuid,
    pub application_id: Uuid,
    pub offer_id: Uuid,
    pub score: i32,
    #[sea_orm(column_type = "JsonBinary")]
    pub reasons: PairReasons,
    pub state: ProposalState,
    pub expires_on: Date,
    pub visitor_answer: Option<Answer>,
    pub host_answer: Option<Answer>,
    pub visitor_committed: bool,
    pub host_committed: bool,
    pub proposed_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

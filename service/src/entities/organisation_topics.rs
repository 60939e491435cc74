use model::OrgId;
use model::taxonomy::{Topic, TopicDirection};
use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "organisation_topics")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub organisation_id: OrgId,
    #[sea_orm(primary_key, auto_increment = false)]
    pub direction: TopicDirection,
    #[sea_orm(primary_key, auto_increment = false)]
    pub topic: Topic,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

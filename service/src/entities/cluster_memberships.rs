use model::OrgId;
use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "cluster_memberships")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub cluster_id: OrgId,
    #[sea_orm(primary_key, auto_increment = false)]
    pub member_id: OrgId,
    pub since: Date,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

use model::OrgId;
use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "alliance_clusters")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub alliance_id: Uuid,
    #[sea_orm(primary_key, auto_increment = false)]
    pub cluster_id: OrgId,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

use sea_orm::entity::prelude::*;

pub const OFFERED: &str = "offered";
pub const NEEDED: &str = "needed";

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "organisation_topics")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub organisation_id: Uuid,
    /// `OFFERED` or `NEEDED`.
    #[sea_orm(primary_key, auto_increment = false)]
    pub direction: String,
    #[sea_orm(primary_key, auto_increment = false)]
    pub topic: String,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

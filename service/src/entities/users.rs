use model::taxonomy::Role;
use model::{OrgId, UserId};
use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "users")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: UserId,
    /// Trimmed and lower-cased on the way in, so it is unique whatever the spelling.
    #[sea_orm(unique)]
    pub email: String,
    pub name: String,
    /// An argon2id PHC string; never leaves this crate.
    pub password_hash: String,
    pub role: Role,
    pub organisation_id: Option<OrgId>,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

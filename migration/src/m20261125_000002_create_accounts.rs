//! People's accounts and the server-side session store.

use super::m20261125_000001_create_organisations::Organisations;
use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Users {
    Table,
    Id,
    Email,
    Name,
    PasswordHash,
    Role,
    OrganisationId,
    CreatedAt,
}

#[derive(DeriveIden)]
enum Sessions {
    Table,
    Id,
    Data,
    ExpiresAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_table(
            Table::create()
                .table(Users::Table)
                .col(pk_uuid(Users::Id))
                .col(string_len_uniq(Users::Email, 254))
                .col(string_len(Users::Name, 100))
                .col(text(Users::PasswordHash))
                .col(string_len(Users::Role, 32))
                .col(uuid_null(Users::OrganisationId))
                .col(timestamp_with_time_zone(Users::CreatedAt))
                .foreign_key(
                    ForeignKey::create()
                        .name("fk_users_organisation")
                        .from(Users::Table, Users::OrganisationId)
                        .to(Organisations::Table, Organisations::Id)
                        .on_delete(ForeignKeyAction::SetNull),
                )
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create().name("idx_users_organisation").table(Users::Table).col(Users::OrganisationId).to_owned(),
        )
        .await?;

        m.create_table(
            Table::create()
                .table(Sessions::Table)
                .col(string_len(Sessions::Id, 64).primary_key())
                .col(text(Sessions::Data))
                .col(timestamp_with_time_zone(Sessions::ExpiresAt))
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create().name("idx_sessions_expires_at").table(Sessions::Table).col(Sessions::ExpiresAt).to_owned(),
        )
        .await?;
        Ok(())
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.drop_table(Table::drop().table(Sessions::Table).to_owned()).await?;
        m.drop_table(Table::drop().table(Users::Table).to_owned()).await?;
        Ok(())
    }
}

//! Indexes that let the directory page through 100,000 organisations in name order from
//! the index alone: (name, id) for members, (visibility, name, id) for visitors.

use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Organisations {
    Table,
    Name,
    Id,
    Visibility,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.drop_index(Index::drop().name("idx_organisations_name").table(Organisations::Table).to_owned()).await?;
        m.create_index(
            Index::create()
                .name("idx_organisations_name_id")
                .table(Organisations::Table)
                .col(Organisations::Name)
                .col(Organisations::Id)
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("idx_organisations_visibility_name_id")
                .table(Organisations::Table)
                .col(Organisations::Visibility)
                .col(Organisations::Name)
                .col(Organisations::Id)
                .to_owned(),
        )
        .await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        for name in ["idx_organisations_visibility_name_id", "idx_organisations_name_id"] {
            m.drop_index(Index::drop().name(name).table(Organisations::Table).to_owned()).await?;
        }
        m.create_index(
            Index::create()
                .name("idx_organisations_name")
                .table(Organisations::Table)
                .col(Organisations::Name)
                .to_owned(),
        )
        .await
    }
}

//! Indexes that let the directory answer from indexes at 100,000 organisations: paging in
//! name order ((name, id) for members, (visibility, name, id) for visitors) and the kind and
//! country filters and counts (visibility, kind, country, name, id), which the home page's
//! numbers use too.

use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Organisations {
    Table,
    Name,
    Id,
    Visibility,
    Kind,
    Country,
}

const FACETS: &str = "idx_organisations_visibility_kind_country";

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
        .await?;
        m.create_index(
            Index::create()
                .name(FACETS)
                .table(Organisations::Table)
                .col(Organisations::Visibility)
                .col(Organisations::Kind)
                .col(Organisations::Country)
                .col(Organisations::Name)
                .col(Organisations::Id)
                .to_owned(),
        )
        .await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        for name in [FACETS, "idx_organisations_visibility_name_id", "idx_organisations_name_id"] {
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

//! Organisations, their value chains and topics, cluster memberships and the alliance.
//! Multi-valued attributes that people filter by (value chains, topics) get tables of
//! their own so both databases can index them; the ones only shown (languages,
//! certifications) are stored as text.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
pub enum Organisations {
    Table,
    Id,
    Slug,
    Name,
    Kind,
    Country,
    Region,
    City,
    Latitude,
    Longitude,
    SizeBand,
    Languages,
    Certifications,
    Website,
    Description,
    Visibility,
    JoinedOn,
    SearchText,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum OrganisationValueChains {
    Table,
    OrganisationId,
    ValueChain,
}

#[derive(DeriveIden)]
enum OrganisationTopics {
    Table,
    OrganisationId,
    Topic,
    Direction,
}

#[derive(DeriveIden)]
enum ClusterMemberships {
    Table,
    ClusterId,
    MemberId,
    Since,
}

#[derive(DeriveIden)]
enum Alliances {
    Table,
    Id,
    Slug,
    Name,
    Description,
    FoundedOn,
}

#[derive(DeriveIden)]
enum AllianceClusters {
    Table,
    AllianceId,
    ClusterId,
}

fn index(table: impl IntoIden + 'static, name: &str, cols: &[&'static str]) -> IndexCreateStatement {
    let mut stmt = Index::create();
    stmt.name(name).table(table);
    for col in cols {
        stmt.col(Alias::new(*col));
    }
    stmt.to_owned()
}

fn cascade_to_org(from: (impl IntoIden, impl IntoIden), name: &str) -> ForeignKeyCreateStatement {
    ForeignKey::create()
        .name(name)
        .from(from.0, from.1)
        .to(Organisations::Table, Organisations::Id)
        .on_delete(ForeignKeyAction::Cascade)
        .to_owned()
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_table(
            Table::create()
                .table(Organisations::Table)
                .col(pk_uuid(Organisations::Id))
                .col(string_len_uniq(Organisations::Slug, 80))
                .col(string_len(Organisations::Name, 120))
                .col(string_len(Organisations::Kind, 32))
                .col(string_len(Organisations::Country, 2))
                .col(string_len_null(Organisations::Region, 4))
                .col(string_len(Organisations::City, 80))
                .col(double_null(Organisations::Latitude))
                .col(double_null(Organisations::Longitude))
                .col(string_len_null(Organisations::SizeBand, 16))
                .col(text(Organisations::Languages))
                .col(text(Organisations::Certifications))
                .col(string_len_null(Organisations::Website, 200))
                .col(text(Organisations::Description))
                .col(string_len(Organisations::Visibility, 16))
                .col(date(Organisations::JoinedOn))
                .col(text(Organisations::SearchText))
                .col(timestamp_with_time_zone(Organisations::CreatedAt))
                .col(timestamp_with_time_zone(Organisations::UpdatedAt))
                .to_owned(),
        )
        .await?;
        for (name, cols) in [
            ("idx_organisations_country", &["country", "name"][..]),
            ("idx_organisations_kind", &["kind", "name"][..]),
            ("idx_organisations_name", &["name"][..]),
            ("idx_organisations_joined_on", &["joined_on"][..]),
        ] {
            m.create_index(index(Organisations::Table, name, cols)).await?;
        }

        m.create_table(
            Table::create()
                .table(OrganisationValueChains::Table)
                .col(uuid(OrganisationValueChains::OrganisationId))
                .col(string_len(OrganisationValueChains::ValueChain, 32))
                .primary_key(
                    Index::create()
                        .col(OrganisationValueChains::OrganisationId)
                        .col(OrganisationValueChains::ValueChain),
                )
                .foreign_key(&mut cascade_to_org(
                    (OrganisationValueChains::Table, OrganisationValueChains::OrganisationId),
                    "fk_value_chains_organisation",
                ))
                .to_owned(),
        )
        .await?;
        m.create_index(index(
            OrganisationValueChains::Table,
            "idx_value_chains_chain",
            &["value_chain", "organisation_id"],
        ))
        .await?;

        m.create_table(
            Table::create()
                .table(OrganisationTopics::Table)
                .col(uuid(OrganisationTopics::OrganisationId))
                .col(string_len(OrganisationTopics::Topic, 48))
                .col(string_len(OrganisationTopics::Direction, 8))
                .primary_key(
                    Index::create()
                        .col(OrganisationTopics::OrganisationId)
                        .col(OrganisationTopics::Direction)
                        .col(OrganisationTopics::Topic),
                )
                .foreign_key(&mut cascade_to_org(
                    (OrganisationTopics::Table, OrganisationTopics::OrganisationId),
                    "fk_topics_organisation",
                ))
                .to_owned(),
        )
        .await?;
        m.create_index(index(
            OrganisationTopics::Table,
            "idx_topics_topic",
            &["topic", "direction", "organisation_id"],
        ))
        .await?;

        m.create_table(
            Table::create()
                .table(ClusterMemberships::Table)
                .col(uuid(ClusterMemberships::ClusterId))
                .col(uuid(ClusterMemberships::MemberId))
                .col(date(ClusterMemberships::Since))
                .primary_key(Index::create().col(ClusterMemberships::ClusterId).col(ClusterMemberships::MemberId))
                .foreign_key(&mut cascade_to_org(
                    (ClusterMemberships::Table, ClusterMemberships::ClusterId),
                    "fk_memberships_cluster",
                ))
                .foreign_key(&mut cascade_to_org(
                    (ClusterMemberships::Table, ClusterMemberships::MemberId),
                    "fk_memberships_member",
                ))
                .to_owned(),
        )
        .await?;
        m.create_index(index(ClusterMemberships::Table, "idx_memberships_member", &["member_id", "cluster_id"]))
            .await?;

        m.create_table(
            Table::create()
                .table(Alliances::Table)
                .col(pk_uuid(Alliances::Id))
                .col(string_len_uniq(Alliances::Slug, 80))
                .col(string_len(Alliances::Name, 200))
                .col(text(Alliances::Description))
                .col(date(Alliances::FoundedOn))
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table(AllianceClusters::Table)
                .col(uuid(AllianceClusters::AllianceId))
                .col(uuid(AllianceClusters::ClusterId))
                .primary_key(Index::create().col(AllianceClusters::AllianceId).col(AllianceClusters::ClusterId))
                .foreign_key(
                    ForeignKey::create()
                        .name("fk_alliance_clusters_alliance")
                        .from(AllianceClusters::Table, AllianceClusters::AllianceId)
                        .to(Alliances::Table, Alliances::Id)
                        .on_delete(ForeignKeyAction::Cascade),
                )
                .foreign_key(&mut cascade_to_org(
                    (AllianceClusters::Table, AllianceClusters::ClusterId),
                    "fk_alliance_clusters_cluster",
                ))
                .to_owned(),
        )
        .await?;
        Ok(())
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        for table in [
            AllianceClusters::Table.into_iden(),
            Alliances::Table.into_iden(),
            ClusterMemberships::Table.into_iden(),
            OrganisationTopics::Table.into_iden(),
            OrganisationValueChains::Table.into_iden(),
            Organisations::Table.into_iden(),
        ] {
            m.drop_table(Table::drop().table(table).to_owned()).await?;
        }
        Ok(())
    }
}

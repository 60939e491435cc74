//! Fashion ClusterXchange: cohorts, visitor applications and host offers (kept as the form
//! typed, plus the validated copy that matching reads once submitted), the organisers' locked
//! and forbidden pairs, the proposals made to members, and an event log that live boards
//! replay from when they reconnect.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden, Clone, Copy)]
enum Cohorts {
    Table,
    Id,
    Slug,
    Name,
    ApplicationsOpen,
    ApplicationsClose,
    ExchangesStart,
    ExchangesEnd,
    /// JSON: participant type → quota.
    Quotas,
    StayMinDays,
    StayMaxDays,
    Mode,
    CreatedAt,
}

/// Applications and offers share a shape: one per organisation per cohort.
#[derive(DeriveIden, Clone, Copy)]
enum Entry {
    Id,
    CohortId,
    OrganisationId,
    Status,
    /// JSON: the form as typed (drafts may be unfinished).
    Form,
    /// JSON: the validated application or offer, from the last submission.
    Submitted,
    SubmittedAt,
    UpdatedAt,
    UpdatedBy,
}

#[derive(DeriveIden, Clone, Copy)]
enum ExchangeApplications {
    Table,
}

#[derive(DeriveIden, Clone, Copy)]
enum ExchangeOffers {
    Table,
}

#[derive(DeriveIden)]
enum ExchangePairRules {
    Table,
    CohortId,
    ApplicationId,
    OfferId,
    /// `lock` or `forbid`.
    Rule,
    SetBy,
    SetAt,
}

#[derive(DeriveIden)]
enum ExchangeProposals {
    Table,
    Id,
    CohortId,
    ApplicationId,
    OfferId,
    Score,
    /// JSON: why this pair (shared topics, value chain, language, dates, preferred country).
    Reasons,
    State,
    ExpiresOn,
    VisitorAnswer,
    HostAnswer,
    VisitorCommitted,
    HostCommitted,
    ProposedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum ExchangeEvents {
    Table,
    Seq,
    CohortId,
    Kind,
    /// JSON: what changed, enough for a board or a member's page to refresh the right part.
    Detail,
    At,
}

#[derive(DeriveIden, Clone, Copy)]
enum Organisations {
    Table,
    Id,
}

#[derive(DeriveIden, Clone, Copy)]
enum Users {
    Table,
    Id,
}

fn cascade(
    name: &str,
    from: (impl IntoIden, impl IntoIden),
    to: (impl IntoIden, impl IntoIden),
) -> ForeignKeyCreateStatement {
    ForeignKey::create().name(name).from(from.0, from.1).to(to.0, to.1).on_delete(ForeignKeyAction::Cascade).to_owned()
}

fn set_null(
    name: &str,
    from: (impl IntoIden, impl IntoIden),
    to: (impl IntoIden, impl IntoIden),
) -> ForeignKeyCreateStatement {
    ForeignKey::create().name(name).from(from.0, from.1).to(to.0, to.1).on_delete(ForeignKeyAction::SetNull).to_owned()
}

/// The applications or offers table: `prefix` names its constraints.
fn entry_table(table: impl IntoIden + Copy, prefix: &str) -> TableCreateStatement {
    Table::create()
        .table(table)
        .col(pk_uuid(Entry::Id))
        .col(uuid(Entry::CohortId))
        .col(uuid(Entry::OrganisationId))
        .col(string_len(Entry::Status, 16))
        .col(text(Entry::Form))
        .col(text_null(Entry::Submitted))
        .col(timestamp_with_time_zone_null(Entry::SubmittedAt))
        .col(timestamp_with_time_zone(Entry::UpdatedAt))
        .col(uuid_null(Entry::UpdatedBy))
        .foreign_key(&mut cascade(
            &format!("fk_{prefix}_cohort"),
            (table, Entry::CohortId),
            (Cohorts::Table, Cohorts::Id),
        ))
        .foreign_key(&mut cascade(
            &format!("fk_{prefix}_organisation"),
            (table, Entry::OrganisationId),
            (Organisations::Table, Organisations::Id),
        ))
        .foreign_key(&mut set_null(
            &format!("fk_{prefix}_updated_by"),
            (table, Entry::UpdatedBy),
            (Users::Table, Users::Id),
        ))
        .to_owned()
}

/// One application (or offer) per organisation per cohort: "a visitor organisation takes part
/// once per cohort", enforced by the database as well as the service.
fn one_per_organisation(table: impl IntoIden + Copy, name: &str) -> IndexCreateStatement {
    Index::create().name(name).table(table).col(Entry::CohortId).col(Entry::OrganisationId).unique().to_owned()
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_table(
            Table::create()
                .table(Cohorts::Table)
                .col(pk_uuid(Cohorts::Id))
                .col(string_len_uniq(Cohorts::Slug, 80))
                .col(string_len(Cohorts::Name, 120))
                .col(date(Cohorts::ApplicationsOpen))
                .col(date(Cohorts::ApplicationsClose))
                .col(date(Cohorts::ExchangesStart))
                .col(date(Cohorts::ExchangesEnd))
                .col(text(Cohorts::Quotas))
                .col(integer(Cohorts::StayMinDays))
                .col(integer(Cohorts::StayMaxDays))
                .col(string_len(Cohorts::Mode, 16))
                .col(timestamp_with_time_zone(Cohorts::CreatedAt))
                .to_owned(),
        )
        .await?;
        m.create_table(entry_table(ExchangeApplications::Table, "applications")).await?;
        m.create_index(one_per_organisation(ExchangeApplications::Table, "idx_applications_one_per_organisation"))
            .await?;
        m.create_table(entry_table(ExchangeOffers::Table, "offers")).await?;
        m.create_index(one_per_organisation(ExchangeOffers::Table, "idx_offers_one_per_organisation")).await?;
        m.create_table(
            Table::create()
                .table(ExchangePairRules::Table)
                .col(uuid(ExchangePairRules::CohortId))
                .col(uuid(ExchangePairRules::ApplicationId))
                .col(uuid(ExchangePairRules::OfferId))
                .col(string_len(ExchangePairRules::Rule, 8))
                .col(uuid_null(ExchangePairRules::SetBy))
                .col(timestamp_with_time_zone(ExchangePairRules::SetAt))
                .primary_key(
                    Index::create()
                        .col(ExchangePairRules::CohortId)
                        .col(ExchangePairRules::ApplicationId)
                        .col(ExchangePairRules::OfferId),
                )
                .foreign_key(&mut cascade(
                    "fk_pair_rules_cohort",
                    (ExchangePairRules::Table, ExchangePairRules::CohortId),
                    (Cohorts::Table, Cohorts::Id),
                ))
                .foreign_key(&mut cascade(
                    "fk_pair_rules_application",
                    (ExchangePairRules::Table, ExchangePairRules::ApplicationId),
                    (ExchangeApplications::Table, Entry::Id),
                ))
                .foreign_key(&mut cascade(
                    "fk_pair_rules_offer",
                    (ExchangePairRules::Table, ExchangePairRules::OfferId),
                    (ExchangeOffers::Table, Entry::Id),
                ))
                .foreign_key(&mut set_null(
                    "fk_pair_rules_set_by",
                    (ExchangePairRules::Table, ExchangePairRules::SetBy),
                    (Users::Table, Users::Id),
                ))
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table(ExchangeProposals::Table)
                .col(pk_uuid(ExchangeProposals::Id))
                .col(uuid(ExchangeProposals::CohortId))
                .col(uuid(ExchangeProposals::ApplicationId))
                .col(uuid(ExchangeProposals::OfferId))
                .col(integer(ExchangeProposals::Score))
                .col(text(ExchangeProposals::Reasons))
                .col(string_len(ExchangeProposals::State, 16))
                .col(date(ExchangeProposals::ExpiresOn))
                .col(string_len_null(ExchangeProposals::VisitorAnswer, 16))
                .col(string_len_null(ExchangeProposals::HostAnswer, 16))
                .col(boolean(ExchangeProposals::VisitorCommitted).default(false))
                .col(boolean(ExchangeProposals::HostCommitted).default(false))
                .col(timestamp_with_time_zone(ExchangeProposals::ProposedAt))
                .col(timestamp_with_time_zone(ExchangeProposals::UpdatedAt))
                .foreign_key(&mut cascade(
                    "fk_proposals_cohort",
                    (ExchangeProposals::Table, ExchangeProposals::CohortId),
                    (Cohorts::Table, Cohorts::Id),
                ))
                .foreign_key(&mut cascade(
                    "fk_proposals_application",
                    (ExchangeProposals::Table, ExchangeProposals::ApplicationId),
                    (ExchangeApplications::Table, Entry::Id),
                ))
                .foreign_key(&mut cascade(
                    "fk_proposals_offer",
                    (ExchangeProposals::Table, ExchangeProposals::OfferId),
                    (ExchangeOffers::Table, Entry::Id),
                ))
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("idx_proposals_cohort_state")
                .table(ExchangeProposals::Table)
                .col(ExchangeProposals::CohortId)
                .col(ExchangeProposals::State)
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table(ExchangeEvents::Table)
                .col(big_pk_auto(ExchangeEvents::Seq))
                .col(uuid(ExchangeEvents::CohortId))
                .col(string_len(ExchangeEvents::Kind, 32))
                .col(text(ExchangeEvents::Detail))
                .col(timestamp_with_time_zone(ExchangeEvents::At))
                .foreign_key(&mut cascade(
                    "fk_events_cohort",
                    (ExchangeEvents::Table, ExchangeEvents::CohortId),
                    (Cohorts::Table, Cohorts::Id),
                ))
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("idx_events_cohort_seq")
                .table(ExchangeEvents::Table)
                .col(ExchangeEvents::CohortId)
                .col(ExchangeEvents::Seq)
                .to_owned(),
        )
        .await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        for table in [
            ExchangeEvents::Table.into_iden(),
            ExchangeProposals::Table.into_iden(),
            ExchangePairRules::Table.into_iden(),
            ExchangeOffers::Table.into_iden(),
            ExchangeApplications::Table.into_iden(),
            Cohorts::Table.into_iden(),
        ] {
            m.drop_table(Table::drop().table(table).to_owned()).await?;
        }
        Ok(())
    }
}

//! Fashion ClusterXchange: cohorts, entries (a visitor's application or a host's offer, kept
//! as the form typed plus the validated copy that matching reads once submitted), the
//! organisers' locked and forbidden pairs, the proposals made to members, and an event log that
//! live boards replay from when they reconnect.

use crate::foreign_keys::{cascade, set_null};
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
    CreatedBy,
    CreatedAt,
}

/// Applications and offers share a shape: one of each per organisation per cohort.
#[derive(DeriveIden, Clone, Copy)]
enum ExchangeEntries {
    Table,
    Id,
    CohortId,
    OrganisationId,
    /// `visitor` (an application) or `host` (an offer).
    Side,
    Status,
    /// JSON: the form as typed (drafts may be unfinished).
    Form,
    /// JSON: the validated application or offer, from the last submission.
    Submitted,
    SubmittedAt,
    UpdatedAt,
    UpdatedBy,
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

fn entries_table() -> TableCreateStatement {
    use ExchangeEntries as E;
    Table::create()
        .table(E::Table)
        .col(pk_uuid(E::Id))
        .col(uuid(E::CohortId))
        .col(uuid(E::OrganisationId))
        .col(string_len(E::Side, 8))
        .col(string_len(E::Status, 16))
        .col(text(E::Form))
        .col(text_null(E::Submitted))
        .col(timestamp_with_time_zone_null(E::SubmittedAt))
        .col(timestamp_with_time_zone(E::UpdatedAt))
        .col(uuid_null(E::UpdatedBy))
        .foreign_key(&mut cascade("fk_entries_cohort", (E::Table, E::CohortId), (Cohorts::Table, Cohorts::Id)))
        .foreign_key(&mut cascade(
            "fk_entries_organisation",
            (E::Table, E::OrganisationId),
            (Organisations::Table, Organisations::Id),
        ))
        .foreign_key(&mut set_null("fk_entries_updated_by", (E::Table, E::UpdatedBy), (Users::Table, Users::Id)))
        .to_owned()
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
                .col(uuid_null(Cohorts::CreatedBy))
                .col(timestamp_with_time_zone(Cohorts::CreatedAt))
                .foreign_key(&mut set_null(
                    "fk_cohorts_created_by",
                    (Cohorts::Table, Cohorts::CreatedBy),
                    (Users::Table, Users::Id),
                ))
                .to_owned(),
        )
        .await?;
        m.create_table(entries_table()).await?;
        // "A visitor organisation takes part once per cohort" (and hosts once), enforced by
        // the database as well as the service.
        m.create_index(
            Index::create()
                .name("idx_entries_one_per_side")
                .table(ExchangeEntries::Table)
                .col(ExchangeEntries::CohortId)
                .col(ExchangeEntries::OrganisationId)
                .col(ExchangeEntries::Side)
                .unique()
                .to_owned(),
        )
        .await?;
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
                    (ExchangeEntries::Table, ExchangeEntries::Id),
                ))
                .foreign_key(&mut cascade(
                    "fk_pair_rules_offer",
                    (ExchangePairRules::Table, ExchangePairRules::OfferId),
                    (ExchangeEntries::Table, ExchangeEntries::Id),
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
                    (ExchangeEntries::Table, ExchangeEntries::Id),
                ))
                .foreign_key(&mut cascade(
                    "fk_proposals_offer",
                    (ExchangeProposals::Table, ExchangeProposals::OfferId),
                    (ExchangeEntries::Table, ExchangeEntries::Id),
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
            ExchangeEntries::Table.into_iden(),
            Cohorts::Table.into_iden(),
        ] {
            m.drop_table(Table::drop().table(table).to_owned()).await?;
        }
        Ok(())
    }
}

//! The trends and challenges survey: the challenges (editable by administrators, each linked
//! to the topics whose offers address it), survey rounds with their open and close dates, and
//! one rating per organisation, challenge and round.

use crate::foreign_keys::cascade;
use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Challenges {
    Table,
    Id,
    Slug,
    Name,
    Description,
    Position,
    Active,
    CreatedAt,
}

#[derive(DeriveIden)]
enum ChallengeTopics {
    Table,
    ChallengeId,
    Topic,
}

#[derive(DeriveIden)]
enum SurveyRounds {
    Table,
    Id,
    Title,
    OpensOn,
    ClosesOn,
    CreatedAt,
}

#[derive(DeriveIden)]
enum SurveyAnswers {
    Table,
    RoundId,
    OrganisationId,
    ChallengeId,
    Rating,
    UpdatedAt,
    UpdatedBy,
}

#[derive(DeriveIden)]
enum Organisations {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Users {
    Table,
    Id,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_table(
            Table::create()
                .table(Challenges::Table)
                .col(pk_uuid(Challenges::Id))
                .col(string_len_uniq(Challenges::Slug, 80))
                .col(string_len(Challenges::Name, 120))
                .col(text(Challenges::Description))
                .col(integer(Challenges::Position))
                .col(boolean(Challenges::Active))
                .col(timestamp_with_time_zone(Challenges::CreatedAt))
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table(ChallengeTopics::Table)
                .col(uuid(ChallengeTopics::ChallengeId))
                .col(string_len(ChallengeTopics::Topic, 48))
                .primary_key(Index::create().col(ChallengeTopics::ChallengeId).col(ChallengeTopics::Topic))
                .foreign_key(&mut cascade(
                    "fk_challenge_topics_challenge",
                    (ChallengeTopics::Table, ChallengeTopics::ChallengeId),
                    (Challenges::Table, Challenges::Id),
                ))
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table(SurveyRounds::Table)
                .col(pk_uuid(SurveyRounds::Id))
                .col(string_len(SurveyRounds::Title, 120))
                .col(date(SurveyRounds::OpensOn))
                .col(date(SurveyRounds::ClosesOn))
                .col(timestamp_with_time_zone(SurveyRounds::CreatedAt))
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table(SurveyAnswers::Table)
                .col(uuid(SurveyAnswers::RoundId))
                .col(uuid(SurveyAnswers::OrganisationId))
                .col(uuid(SurveyAnswers::ChallengeId))
                .col(small_integer(SurveyAnswers::Rating))
                .col(timestamp_with_time_zone(SurveyAnswers::UpdatedAt))
                .col(uuid_null(SurveyAnswers::UpdatedBy))
                .primary_key(
                    Index::create()
                        .col(SurveyAnswers::RoundId)
                        .col(SurveyAnswers::OrganisationId)
                        .col(SurveyAnswers::ChallengeId),
                )
                .foreign_key(&mut cascade(
                    "fk_answers_round",
                    (SurveyAnswers::Table, SurveyAnswers::RoundId),
                    (SurveyRounds::Table, SurveyRounds::Id),
                ))
                .foreign_key(&mut cascade(
                    "fk_answers_organisation",
                    (SurveyAnswers::Table, SurveyAnswers::OrganisationId),
                    (Organisations::Table, Organisations::Id),
                ))
                .foreign_key(&mut cascade(
                    "fk_answers_challenge",
                    (SurveyAnswers::Table, SurveyAnswers::ChallengeId),
                    (Challenges::Table, Challenges::Id),
                ))
                .foreign_key(
                    ForeignKey::create()
                        .name("fk_answers_user")
                        .from(SurveyAnswers::Table, SurveyAnswers::UpdatedBy)
                        .to(Users::Table, Users::Id)
                        .on_delete(ForeignKeyAction::SetNull),
                )
                .to_owned(),
        )
        .await?;
        // The heat map groups a round's answers by challenge (and the organisation's country).
        m.create_index(
            Index::create()
                .name("idx_answers_round_challenge")
                .table(SurveyAnswers::Table)
                .col(SurveyAnswers::RoundId)
                .col(SurveyAnswers::ChallengeId)
                .col(SurveyAnswers::OrganisationId)
                .col(SurveyAnswers::Rating)
                .to_owned(),
        )
        .await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        for table in [
            SurveyAnswers::Table.into_iden(),
            SurveyRounds::Table.into_iden(),
            ChallengeTopics::Table.into_iden(),
            Challenges::Table.into_iden(),
        ] {
            m.drop_table(Table::drop().table(table).to_owned()).await?;
        }
        Ok(())
    }
}

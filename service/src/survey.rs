//! The trends and challenges survey: the challenge list, rounds, each organisation's answers
//! (one per challenge and round, replaced while the round is open) and the aggregates the
//! heat map and region pages show, counted over organisations the viewer may see.

use crate::auth::{OrgEditor, Viewer};
use crate::entities::{
    challenge_topics, challenges, organisations, survey_answers as answers, survey_rounds as rounds,
};
use crate::error::ServiceError;
use chrono::{NaiveDate, Utc};
use model::FieldErrors;
use model::survey::{Challenge, HeatCell, SurveyForm, SurveyRound};
use model::taxonomy::{Country, Topic};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect, QueryTrait, Set,
    TransactionSession, TransactionTrait,
};
use std::collections::HashMap;
use uuid::Uuid;

/// The challenges in list order; `include_inactive` for the administrators' editor.
pub async fn challenges(db: &impl ConnectionTrait, include_inactive: bool) -> Result<Vec<Challenge>, ServiceError> {
    let mut query = challenges::Entity::find().order_by_asc(challenges::Column::Position);
    if !include_inactive {
        query = query.filter(challenges::Column::Active.eq(true));
    }
    let rows = query.all(db).await?;
    let mut topics_of: HashMap<Uuid, Vec<Topic>> = HashMap::new();
    for row in challenge_topics::Entity::find().all(db).await? {
        topics_of.entry(row.challenge_id).or_default().push(row.topic);
    }
    Ok(rows
        .into_iter()
        .map(|row| {
            let mut topics = topics_of.remove(&row.id).unwrap_or_default();
            topics.sort();
            Challenge { slug: row.slug, name: row.name, description: row.description, topics, active: row.active }
        })
        .collect())
}

/// The round that opened most recently on or before `today` (open or closed), if any.
pub async fn current_round(
    db: &impl ConnectionTrait,
    today: NaiveDate,
) -> Result<Option<(Uuid, SurveyRound)>, ServiceError> {
    Ok(rounds::Entity::find()
        .filter(rounds::Column::OpensOn.lte(today))
        .order_by_desc(rounds::Column::OpensOn)
        .one(db)
        .await?
        .map(|r| (r.id, SurveyRound { title: r.title, opens_on: r.opens_on, closes_on: r.closes_on })))
}

/// An organisation's answers in a round, as the form shows them.
pub async fn answers_of(
    db: &impl ConnectionTrait,
    editor: &OrgEditor,
    round: Uuid,
) -> Result<SurveyForm, ServiceError> {
    let slugs = challenge_slugs(db).await?;
    let rows = answers::Entity::find()
        .filter(answers::Column::RoundId.eq(round))
        .filter(answers::Column::OrganisationId.eq(editor.org_id()))
        .all(db)
        .await?;
    Ok(SurveyForm {
        ratings: rows
            .into_iter()
            .filter_map(|r| Some((slugs.get(&r.challenge_id)?.clone(), r.rating.to_string())))
            .collect(),
    })
}

/// Saves an organisation's answers for a round, replacing its earlier ones. Refused when the
/// round is closed on `today`; a rating out of range rejects the whole form with the field
/// named, and nothing already saved changes.
pub async fn answer<C: ConnectionTrait + TransactionTrait>(
    db: &C,
    editor: &OrgEditor,
    round: Uuid,
    form: &SurveyForm,
    today: NaiveDate,
) -> Result<(), ServiceError> {
    let row =
        rounds::Entity::find_by_id(round).one(db).await?.ok_or(ServiceError::NotFound { what: "survey round" })?;
    let period = SurveyRound { title: row.title, opens_on: row.opens_on, closes_on: row.closes_on };
    if !period.is_open_on(today) {
        let mut errors = FieldErrors::default();
        errors.add("survey", "error-survey-closed");
        return Err(ServiceError::Invalid(errors));
    }
    let list = challenges(db, false).await?;
    let ratings = form.validate(&list).map_err(ServiceError::Invalid)?;
    let ids: HashMap<String, Uuid> =
        challenges::Entity::find().all(db).await?.into_iter().map(|c| (c.slug, c.id)).collect();
    let org = editor.org_id();
    let by = editor.by;
    let txn = crate::db::begin_write(db).await?;
    answers::Entity::delete_many()
        .filter(answers::Column::RoundId.eq(round))
        .filter(answers::Column::OrganisationId.eq(org))
        .exec(&txn)
        .await?;
    let now = Utc::now();
    for (slug, rating) in ratings {
        let Some(&challenge_id) = ids.get(&slug) else { continue };
        answers::ActiveModel {
            round_id: Set(round),
            organisation_id: Set(org),
            challenge_id: Set(challenge_id),
            rating: Set(i16::from(rating)),
            updated_at: Set(now),
            updated_by: Set(Some(by)),
        }
        .insert(&txn)
        .await?;
    }
    txn.commit().await?;
    Ok(())
}

/// Mean rating and number of answers per challenge and country in a round, over the
/// organisations `viewer` may see.
pub async fn heat_map(db: &impl ConnectionTrait, viewer: &Viewer, round: Uuid) -> Result<Vec<HeatCell>, ServiceError> {
    use sea_orm::sea_query::{Alias, Expr, ExprTrait, Query};
    let slugs = challenge_slugs(db).await?;
    let o = Alias::new("o");
    let visible = organisations::Entity::visible_to(viewer.is_signed_in())
        .select_only()
        .column(organisations::Column::Id)
        .into_query();
    // Grouped by the database: one row per challenge and country, however many answered.
    let statement = Query::select()
        .expr(Expr::col((answers::Entity, answers::Column::ChallengeId)))
        .expr(Expr::col((o.clone(), organisations::Column::Country)))
        .expr(Expr::cust("SUM(rating)"))
        .expr(Expr::cust("COUNT(*)"))
        .from(answers::Entity)
        .join_as(
            sea_orm::JoinType::InnerJoin,
            organisations::Entity,
            o.clone(),
            Expr::col((o.clone(), organisations::Column::Id))
                .equals((answers::Entity, answers::Column::OrganisationId)),
        )
        .and_where(Expr::col((answers::Entity, answers::Column::RoundId)).eq(round))
        .and_where(Expr::col((answers::Entity, answers::Column::OrganisationId)).in_subquery(visible))
        .add_group_by([
            Expr::col((answers::Entity, answers::Column::ChallengeId)),
            Expr::col((o, organisations::Column::Country)),
        ])
        .to_owned();
    let mut sums: Vec<((Uuid, Country), (i64, u32))> = Vec::new();
    for row in db.query_all(&statement).await? {
        let (challenge, country, sum, n): (Uuid, Country, i64, i64) =
            (row.try_get_by_index(0)?, row.try_get_by_index(1)?, row.try_get_by_index(2)?, row.try_get_by_index(3)?);
        sums.push(((challenge, country), (sum, u32::try_from(n).unwrap_or(u32::MAX))));
    }
    let mut cells: Vec<HeatCell> = sums
        .into_iter()
        .filter_map(|((challenge, country), (sum, n))| {
            Some(HeatCell {
                challenge: slugs.get(&challenge)?.clone(),
                country,
                mean: sum as f32 / n as f32,
                answers: n,
            })
        })
        .collect();
    cells.sort_by(|a, b| a.challenge.cmp(&b.challenge).then(a.country.cmp(&b.country)));
    Ok(cells)
}

/// Mean rating and number of answers per challenge in `round` among the organisations `ids`
/// selects, in the challenge list's order.
pub async fn means_for(
    db: &impl ConnectionTrait,
    round: Uuid,
    ids: sea_orm::sea_query::SelectStatement,
) -> Result<Vec<model::region::ChallengeMean>, ServiceError> {
    let rows: Vec<(Uuid, i64, i64)> = answers::Entity::find()
        .filter(answers::Column::RoundId.eq(round))
        .filter(answers::Column::OrganisationId.in_subquery(ids))
        .select_only()
        .column(answers::Column::ChallengeId)
        .column_as(sea_orm::sea_query::Expr::cust("SUM(rating)"), "total")
        .column_as(sea_orm::sea_query::Expr::cust("COUNT(*)"), "n")
        .group_by(answers::Column::ChallengeId)
        .into_tuple()
        .all(db)
        .await?;
    let by_id: HashMap<Uuid, (i64, i64)> = rows.into_iter().map(|(id, total, n)| (id, (total, n))).collect();
    let list = challenges::Entity::find()
        .filter(challenges::Column::Active.eq(true))
        .order_by_asc(challenges::Column::Position)
        .all(db)
        .await?;
    Ok(list
        .into_iter()
        .filter_map(|c| {
            let &(total, n) = by_id.get(&c.id)?;
            (n > 0).then(|| model::region::ChallengeMean {
                slug: c.slug,
                name: c.name,
                mean: total as f32 / n as f32,
                answers: u32::try_from(n).unwrap_or(u32::MAX),
            })
        })
        .collect())
}

async fn challenge_slugs(db: &impl ConnectionTrait) -> Result<HashMap<Uuid, String>, ServiceError> {
    Ok(challenges::Entity::find()
        .select_only()
        .columns([challenges::Column::Id, challenges::Column::Slug])
        .into_tuple::<(Uuid, String)>()
        .all(db)
        .await?
        .into_iter()
        .collect())
}

/// The challenges the survey starts with (administrators edit the list later), each with the
/// topics whose offers address it.
pub const DEFAULT_CHALLENGES: &[(&str, &str, &[&str])] = &[
    ("sustainable-materials", "Sustainable materials", &["sustainable-materials", "recycling", "natural-dyeing"]),
    ("energy-costs", "Energy costs", &["energy-efficiency"]),
    ("digital-skills", "Digital skills", &["digital-marketing", "data-analytics", "ecommerce", "skills-training"]),
    (
        "eu-textile-regulation",
        "EU textile regulation and the digital product passport",
        &["digital-product-passport", "traceability", "life-cycle-assessment"],
    ),
    (
        "extended-producer-responsibility",
        "Extended producer responsibility",
        &["extended-producer-responsibility", "recycling", "waste-sorting", "repair-services"],
    ),
    ("finance", "Finance", &["access-to-finance"]),
    ("skills", "Skills", &["skills-training", "garment-manufacturing", "pattern-making"]),
    ("market-access", "Market access", &["export-markets", "ecommerce", "retail-experience"]),
];

/// Creates the default challenges if there are none yet.
pub async fn ensure_default_challenges(db: &impl ConnectionTrait) -> Result<(), ServiceError> {
    if challenges::Entity::find().one(db).await?.is_some() {
        return Ok(());
    }
    let now = Utc::now();
    for (position, (slug, name, topics)) in DEFAULT_CHALLENGES.iter().enumerate() {
        let id = Uuid::now_v7();
        challenges::ActiveModel {
            id: Set(id),
            slug: Set((*slug).to_owned()),
            name: Set((*name).to_owned()),
            description: Set(String::new()),
            position: Set(i32::try_from(position).unwrap_or(i32::MAX)),
            active: Set(true),
            created_at: Set(now),
        }
        .insert(db)
        .await?;
        for topic in topics.iter().map(|t| crate::stored::slug::<Topic>(t)) {
            let topic = topic?;
            challenge_topics::ActiveModel { challenge_id: Set(id), topic: Set(topic) }.insert(db).await?;
        }
    }
    Ok(())
}

/// Saves an administrator's edit of a challenge, or adds one when `form.slug` is empty;
/// returns its slug. Deactivated challenges leave the survey but keep their answers.
pub async fn save_challenge<C: ConnectionTrait + TransactionTrait>(
    conn: &C,
    viewer: &Viewer,
    form: &model::survey::ChallengeForm,
) -> Result<String, ServiceError> {
    viewer.require_admin()?;
    let update = form.validate().map_err(ServiceError::Invalid)?;
    let txn = crate::db::begin_write(conn).await?;
    let db = &txn;
    let (id, slug) = if form.slug.is_empty() {
        let base = crate::organisations::slugify(&update.name);
        let mut slug = base.clone();
        let mut n = 2;
        while challenges::Entity::find().filter(challenges::Column::Slug.eq(&slug)).one(db).await?.is_some() {
            slug = format!("{base}-{n}");
            n += 1;
        }
        let position: Option<i32> = challenges::Entity::find()
            .select_only()
            .column_as(challenges::Column::Position.max(), "p")
            .into_tuple()
            .one(db)
            .await?
            .flatten();
        let id = Uuid::now_v7();
        challenges::ActiveModel {
            id: Set(id),
            slug: Set(slug.clone()),
            name: Set(update.name.clone()),
            description: Set(update.description.clone()),
            position: Set(position.map_or(0, |p| p + 1)),
            active: Set(update.active),
            created_at: Set(Utc::now()),
        }
        .insert(db)
        .await?;
        (id, slug)
    } else {
        let row = challenges::Entity::find()
            .filter(challenges::Column::Slug.eq(&form.slug))
            .one(db)
            .await?
            .ok_or(ServiceError::NotFound { what: "challenge" })?;
        let (id, slug) = (row.id, row.slug.clone());
        let mut active: challenges::ActiveModel = row.into();
        active.name = Set(update.name.clone());
        active.description = Set(update.description.clone());
        active.active = Set(update.active);
        active.update(db).await?;
        (id, slug)
    };
    challenge_topics::Entity::delete_many().filter(challenge_topics::Column::ChallengeId.eq(id)).exec(db).await?;
    for topic in &update.topics {
        challenge_topics::ActiveModel { challenge_id: Set(id), topic: Set(*topic) }.insert(db).await?;
    }
    txn.commit().await?;
    Ok(slug)
}

/// Opens a round (administrators only).
pub async fn create_round(
    db: &impl ConnectionTrait,
    viewer: &Viewer,
    round: &SurveyRound,
) -> Result<Uuid, ServiceError> {
    viewer.require_admin()?;
    let mut errors = FieldErrors::default();
    if round.title.trim().is_empty() {
        errors.add("title", "error-required");
    }
    if round.closes_on < round.opens_on {
        errors.add("closes_on", "error-closes-before-opens");
    }
    if !errors.is_empty() {
        return Err(ServiceError::Invalid(errors));
    }
    let id = Uuid::now_v7();
    rounds::ActiveModel {
        id: Set(id),
        title: Set(round.title.trim().to_owned()),
        opens_on: Set(round.opens_on),
        closes_on: Set(round.closes_on),
        created_at: Set(Utc::now()),
    }
    .insert(db)
    .await?;
    Ok(id)
}

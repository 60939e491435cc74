//! The trends and challenges survey: the overview with its heat map, an organisation's
//! answers, and saving them.

use crate::error::AppError;
use leptos::prelude::*;
use model::survey::{Challenge, MyAnswers, RoundForm, SurveyForm, SurveyOverview};

#[server(prefix = "/api/survey", endpoint = "overview")]
pub async fn load_survey() -> Result<SurveyOverview, AppError> {
    use crate::ssr::{db, viewer};
    let db = db()?;
    let today = chrono::Utc::now().date_naive();
    let challenges = service::survey::challenges(&db, false).await?;
    let Some((id, round)) = service::survey::current_round(&db, today).await? else {
        return Ok(SurveyOverview { round: None, open: false, challenges, heat: Vec::new() });
    };
    let heat = service::survey::heat_map(&db, &viewer(), id).await?;
    Ok(SurveyOverview { open: round.is_open_on(today), round: Some(round), challenges, heat })
}

/// The signed-in person's organisation's answers; `NotFound` without an open round.
#[server(prefix = "/api/survey", endpoint = "mine")]
pub async fn load_my_answers() -> Result<MyAnswers, AppError> {
    use crate::ssr::{db, viewer};
    let db = db()?;
    let viewer = viewer();
    let me = viewer.session_user(&db).await?.ok_or(service::ServiceError::Unauthenticated)?;
    let slug = me.org_slug.ok_or(service::ServiceError::NotFound { what: "organisation" })?;
    let editor = viewer.editor_of(&db, &slug).await?;
    let today = chrono::Utc::now().date_naive();
    let (id, round) = service::survey::current_round(&db, today)
        .await?
        .ok_or(service::ServiceError::NotFound { what: "survey round" })?;
    Ok(MyAnswers {
        org_slug: slug,
        org_name: me.org_name.unwrap_or_default(),
        open: round.is_open_on(today),
        round,
        challenges: service::survey::challenges(&db, false).await?,
        form: service::survey::answers_of(&db, &editor, id).await?,
    })
}

/// Saves an organisation's answers; the server checks again who may answer for it.
#[server(prefix = "/api/survey", endpoint = "answer")]
pub async fn save_answers(org: String, answers: SurveyForm) -> Result<(), AppError> {
    use crate::server_fns::session::echo;
    use crate::ssr::{db, viewer};
    let db = db()?;
    let editor = viewer().editor_of(&db, &org).await?;
    let today = chrono::Utc::now().date_naive();
    let (id, _) = service::survey::current_round(&db, today)
        .await?
        .ok_or(service::ServiceError::NotFound { what: "survey round" })?;
    service::survey::answer(&db, &editor, id, &answers, today).await.map_err(|e| echo(e.into(), &answers))?;
    leptos_axum::redirect("/survey?saved=1");
    Ok(())
}

/// Every challenge, retired ones too, for the administrators' editor.
#[server(prefix = "/api/survey", endpoint = "challenges")]
pub async fn load_challenge_editor() -> Result<Vec<Challenge>, AppError> {
    use crate::ssr::{db, viewer};
    // Through ServiceError, so the page answers 401/403, not 200 with an error panel.
    viewer().require_admin()?;
    Ok(service::survey::challenges(&db()?, true).await?)
}

/// Saves one challenge (administrators only; the service checks again).
#[server(prefix = "/api/survey", endpoint = "save-challenge")]
pub async fn save_challenge(challenge: model::survey::ChallengeForm) -> Result<(), AppError> {
    use crate::server_fns::session::echo;
    use crate::ssr::{db, viewer};
    service::survey::save_challenge(&db()?, &viewer(), &challenge).await.map_err(|e| echo(e.into(), &challenge))?;
    leptos_axum::redirect("/survey/challenges?saved=1");
    Ok(())
}

/// Opens a new survey round (administrators only; the service checks again).
#[server(prefix = "/api/survey", endpoint = "open-round")]
pub async fn open_round(round: RoundForm) -> Result<(), AppError> {
    use crate::server_fns::session::echo;
    use crate::ssr::{db, viewer};
    let parse = |raw: &str| chrono::NaiveDate::parse_from_str(raw.trim(), "%Y-%m-%d").ok();
    let mut errors = model::FieldErrors::default();
    let opens_on = parse(&round.opens_on);
    let closes_on = parse(&round.closes_on);
    if opens_on.is_none() {
        errors.add("opens_on", "error-date");
    }
    if closes_on.is_none() {
        errors.add("closes_on", "error-date");
    }
    let (Some(opens_on), Some(closes_on)) = (opens_on, closes_on) else {
        return Err(echo(service::ServiceError::Invalid(errors).into(), &round));
    };
    let period = model::survey::SurveyRound { title: round.title.clone(), opens_on, closes_on };
    service::survey::create_round(&db()?, &viewer(), &period).await.map_err(|e| echo(e.into(), &round))?;
    leptos_axum::redirect("/survey?saved=round");
    Ok(())
}

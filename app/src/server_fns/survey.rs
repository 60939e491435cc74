//! The trends and challenges survey: the overview with its heat map, an organisation's
//! answers, and saving them.

use crate::error::AppError;
use leptos::prelude::*;
use model::survey::{Challenge, HeatCell, SurveyForm, SurveyRound};
use serde::{Deserialize, Serialize};

/// What `/survey` shows.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SurveyOverview {
    pub round: Option<SurveyRound>,
    pub open: bool,
    pub challenges: Vec<Challenge>,
    pub heat: Vec<HeatCell>,
}

/// An organisation's answers in the current round, for its answer form.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct MyAnswers {
    pub org_slug: String,
    pub org_name: String,
    pub round: SurveyRound,
    pub open: bool,
    pub challenges: Vec<Challenge>,
    pub form: SurveyForm,
}

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
    let me = viewer.session_user(&db).await?.ok_or(AppError::Unauthenticated)?;
    let slug = me.org_slug.ok_or(AppError::NotFound)?;
    let editor = viewer.editor_of(&db, &slug).await?;
    let today = chrono::Utc::now().date_naive();
    let (id, round) = service::survey::current_round(&db, today).await?.ok_or(AppError::NotFound)?;
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
    let (id, _) = service::survey::current_round(&db, today).await?.ok_or(AppError::NotFound)?;
    service::survey::answer(&db, &editor, id, &answers, today).await.map_err(|e| echo(e.into(), &answers))?;
    leptos_axum::redirect("/survey?saved=1");
    Ok(())
}

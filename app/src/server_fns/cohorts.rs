//! ClusterXchange cohorts: everyone reads the list; organisers open and change them.

use crate::error::AppError;
use leptos::prelude::*;
use model::exchange::{CohortForm, CohortList};

#[server(prefix = "/api/exchange", endpoint = "cohorts")]
pub async fn list_cohorts() -> Result<CohortList, AppError> {
    use crate::ssr::{db, viewer};
    Ok(CohortList {
        cohorts: service::exchange::cohorts::list(&db()?).await?,
        organiser: viewer().is_organiser(),
        today: chrono::Utc::now().date_naive(),
    })
}

/// The form to change the cohort at `slug`, or a new one's defaults (`slug` empty).
/// Organisers only.
#[server(prefix = "/api/exchange", endpoint = "cohort-form")]
pub async fn load_cohort_form(slug: String) -> Result<CohortForm, AppError> {
    use crate::ssr::{db, viewer};
    viewer().organiser()?;
    if slug.is_empty() {
        return Ok(CohortForm::default());
    }
    let (_, cohort) = service::exchange::cohorts::find(&db()?, &slug).await?;
    Ok(CohortForm::from(&cohort))
}

/// Opens a cohort (`slug` empty) or changes the one at `slug`; then to its board.
#[server(prefix = "/api/exchange", endpoint = "save-cohort")]
pub async fn save_cohort(slug: String, cohort: CohortForm) -> Result<(), AppError> {
    use crate::server_fns::session::echo;
    use crate::ssr::{db, viewer};
    let organiser = viewer().organiser()?;
    let db = db()?;
    let saved = if slug.is_empty() {
        service::exchange::cohorts::create(&db, &organiser, &cohort).await
    } else {
        service::exchange::cohorts::update(&db, &organiser, &slug, &cohort).await
    }
    .map_err(|e| echo(e.into(), &cohort))?;
    leptos_axum::redirect(&format!("/exchange/{}/board?saved=cohort", saved.slug));
    Ok(())
}

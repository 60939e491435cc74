//! ClusterXchange for members: their organisation's place in a cohort, its application and
//! offer (draft, submit, withdraw), and its answers to proposals. The service checks who acts
//! for which organisation on every call.

use crate::error::AppError;
use leptos::prelude::*;
use model::exchange::{ApplicationForm, EntryPage, MyExchange, OfferForm};

#[server(prefix = "/api/exchange", endpoint = "mine")]
pub async fn load_my_exchange(cohort: String) -> Result<MyExchange, AppError> {
    use crate::ssr::{db, viewer};
    let today = chrono::Utc::now().date_naive();
    Ok(service::exchange::proposals::mine(&db()?, &viewer(), &cohort, today).await?)
}

#[server(prefix = "/api/exchange", endpoint = "application")]
pub async fn load_application(cohort: String) -> Result<EntryPage<ApplicationForm>, AppError> {
    use crate::ssr::{db, viewer};
    let db = db()?;
    let entry = service::exchange::entries::application(&db, &viewer(), &cohort).await?;
    entry_page(&db, &cohort, entry).await
}

#[server(prefix = "/api/exchange", endpoint = "offer")]
pub async fn load_offer(cohort: String) -> Result<EntryPage<OfferForm>, AppError> {
    use crate::ssr::{db, viewer};
    let db = db()?;
    let entry = service::exchange::entries::offer(&db, &viewer(), &cohort).await?;
    entry_page(&db, &cohort, entry).await
}

/// The page of an entry the viewer's organisation has (or has not yet) started.
#[cfg(feature = "ssr")]
async fn entry_page<F: Default>(
    db: &service::sea_orm::DatabaseConnection,
    cohort: &str,
    entry: Option<service::exchange::entries::Entry<F>>,
) -> Result<EntryPage<F>, AppError> {
    let (_, found) = service::exchange::cohorts::find(db, cohort).await?;
    Ok(EntryPage {
        open: found.is_open_on(chrono::Utc::now().date_naive()),
        cohort: found,
        status: entry.as_ref().map(|e| e.status),
        form: entry.map(|e| e.form).unwrap_or_default(),
    })
}

/// `action` is `draft` or `submit`. Back to the cohort page once saved.
#[server(prefix = "/api/exchange", endpoint = "save-application")]
pub async fn save_application(cohort: String, application: ApplicationForm, action: String) -> Result<(), AppError> {
    use crate::server_fns::session::echo;
    use crate::ssr::{db, viewer};
    let action = entry_action(&action)?;
    let today = chrono::Utc::now().date_naive();
    service::exchange::entries::save_application(&db()?, &viewer(), &cohort, &application, action, today)
        .await
        .map_err(|e| echo(e.into(), &application))?;
    leptos_axum::redirect(&format!("/exchange/{cohort}?saved=application"));
    Ok(())
}

#[server(prefix = "/api/exchange", endpoint = "save-offer")]
pub async fn save_offer(cohort: String, offer: OfferForm, action: String) -> Result<(), AppError> {
    use crate::server_fns::session::echo;
    use crate::ssr::{db, viewer};
    let action = entry_action(&action)?;
    let today = chrono::Utc::now().date_naive();
    service::exchange::entries::save_offer(&db()?, &viewer(), &cohort, &offer, action, today)
        .await
        .map_err(|e| echo(e.into(), &offer))?;
    leptos_axum::redirect(&format!("/exchange/{cohort}?saved=offer"));
    Ok(())
}

#[cfg(feature = "ssr")]
fn entry_action(raw: &str) -> Result<service::exchange::entries::Action, AppError> {
    use service::exchange::entries::Action;
    match raw {
        "draft" => Ok(Action::Draft),
        "submit" => Ok(Action::Submit),
        _ => Err(service::ServiceError::invalid("action", "error-unknown-choice").into()),
    }
}

/// `side` is `visitor` (the application) or `host` (the offer). Withdrawing cancels the
/// entry's proposals and tells the other side: only from the form that asked first.
#[server(prefix = "/api/exchange", endpoint = "withdraw")]
pub async fn withdraw_entry(cohort: String, side: String, confirmed: Option<String>) -> Result<(), AppError> {
    use crate::ssr::{db, viewer};
    use service::exchange::entries::Side;
    if confirmed.as_deref() != Some("yes") {
        return Err(service::ServiceError::invalid("confirmed", "error-confirm-first").into());
    }
    let side: Side = side.parse().map_err(|_| service::ServiceError::invalid("side", "error-unknown-choice"))?;
    let today = chrono::Utc::now().date_naive();
    service::exchange::entries::withdraw(&db()?, &viewer(), &cohort, side, today).await?;
    leptos_axum::redirect(&format!("/exchange/{cohort}?saved=withdrawn"));
    Ok(())
}

/// `answer` is `accept` or `decline`; accepting needs the `commitment` box ticked.
#[server(prefix = "/api/exchange", endpoint = "answer")]
pub async fn answer_proposal(
    cohort: String,
    proposal: String,
    answer: String,
    commitment: Option<String>,
) -> Result<(), AppError> {
    use crate::ssr::{db, viewer};
    use model::exchange::Answer;
    use service::ServiceError;
    let id = uuid::Uuid::parse_str(&proposal).map_err(|_| ServiceError::NotFound { what: "proposal" })?;
    let answer = Answer::from_slug(&answer).ok_or_else(|| ServiceError::invalid("answer", "error-unknown-choice"))?;
    let today = chrono::Utc::now().date_naive();
    let committed = commitment.is_some();
    // The proposal's id travels with a rejection, so a page of several shows it on the right one.
    service::exchange::proposals::answer(&db()?, &viewer(), &cohort, id, answer, committed, today)
        .await
        .map_err(|e| crate::server_fns::session::echo(e.into(), &proposal))?;
    leptos_axum::redirect(&format!("/exchange/{cohort}?saved={}", answer.slug()));
    Ok(())
}

//! ClusterXchange: the organisers' board.

use crate::error::AppError;
use leptos::prelude::*;
use model::exchange::{BoardPage, Cohort};

/// The cohort and one page of its board, matched now; organisers only. The pairs are filtered
/// here (`type`, `show`, `q`: see [`model::exchange::PairFilter`]) and only the page asked for is sent.
#[server(prefix = "/api/exchange", endpoint = "board")]
pub async fn load_board(
    cohort: String,
    participant: Option<String>,
    show: Option<String>,
    q: Option<String>,
    page: Option<String>,
) -> Result<(Cohort, BoardPage), AppError> {
    use crate::ssr::{boards, db, viewer};
    use model::exchange::PairFilter;
    let db = db()?;
    let organiser = viewer().organiser()?;
    let today = chrono::Utc::now().date_naive();
    let (found, board) =
        service::exchange::programme::shared_board(&db, &boards()?, &organiser, &cohort, today).await?;
    let asked = |key: &str| match key {
        "type" => participant.clone(),
        "show" => show.clone(),
        "q" => q.clone(),
        "page" => page.clone(),
        _ => None,
    };
    Ok((found, board.page(&PairFilter::from_query(asked))))
}

/// An organiser's decision about one pair: `lock`, `forbid` or `clear`. Without JavaScript the
/// browser comes back to the board.
#[server(prefix = "/api/exchange", endpoint = "decide")]
pub async fn decide_pair(cohort: String, application: String, offer: String, decision: String) -> Result<(), AppError> {
    use crate::ssr::{db, viewer};
    use service::ServiceError;
    use service::exchange::pairs::{Decision, decide};
    let organiser = viewer().organiser()?;
    let id = |raw: &str| uuid::Uuid::parse_str(raw).map_err(|_| ServiceError::NotFound { what: "entry" });
    let decision = match decision.as_str() {
        "lock" => Decision::Lock,
        "forbid" => Decision::Forbid,
        "clear" => Decision::Clear,
        _ => return Err(ServiceError::invalid("decision", "error-unknown-choice").into()),
    };
    let today = chrono::Utc::now().date_naive();
    decide(&db()?, &organiser, &cohort, (id(&application)?, id(&offer)?), decision, today).await?;
    leptos_axum::redirect(&format!("/exchange/{cohort}/board"));
    Ok(())
}

/// Proposes every pair on the board that has no proposal yet to its members, which tells
/// every one of them: only from the form that asked first (`confirmed`).
#[server(prefix = "/api/exchange", endpoint = "publish")]
pub async fn publish_proposals(cohort: String, confirmed: Option<String>) -> Result<u32, AppError> {
    use crate::ssr::{boards, db, viewer};
    let organiser = viewer().organiser()?;
    if confirmed.as_deref() != Some("yes") {
        return Err(service::ServiceError::invalid("confirmed", "error-confirm-first").into());
    }
    let today = chrono::Utc::now().date_naive();
    let made = service::exchange::proposals::publish(&db()?, &boards()?, &organiser, &cohort, today).await?;
    leptos_axum::redirect(&format!("/exchange/{cohort}/board?published={made}"));
    Ok(made)
}

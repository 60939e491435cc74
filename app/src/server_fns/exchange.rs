//! ClusterXchange: the organisers' board.

use crate::error::AppError;
use leptos::prelude::*;
use model::exchange::{Board, Cohort};

/// The cohort and its board, matched now; organisers only.
#[server(prefix = "/api/exchange", endpoint = "board")]
pub async fn load_board(cohort: String) -> Result<(Cohort, Board), AppError> {
    use crate::ssr::{boards, db, viewer};
    let db = db()?;
    let organiser = viewer().organiser()?;
    let today = chrono::Utc::now().date_naive();
    let (found, board) =
        service::exchange::programme::shared_board(&db, &boards()?, &organiser, &cohort, today).await?;
    Ok((found, board.as_ref().clone()))
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
    use crate::ssr::{db, viewer};
    let organiser = viewer().organiser()?;
    if confirmed.as_deref() != Some("yes") {
        return Err(service::ServiceError::invalid("confirmed", "error-confirm-first").into());
    }
    let today = chrono::Utc::now().date_naive();
    let made = service::exchange::proposals::publish(&db()?, &organiser, &cohort, today).await?;
    leptos_axum::redirect(&format!("/exchange/{cohort}/board?published={made}"));
    Ok(made)
}

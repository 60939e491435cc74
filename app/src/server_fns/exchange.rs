//! ClusterXchange: the organisers' board.

use crate::error::AppError;
use leptos::prelude::*;
use model::exchange::{Board, Cohort};

/// The cohort and its board, matched now; organisers only.
#[server(prefix = "/api/exchange", endpoint = "board")]
pub async fn load_board(cohort: String) -> Result<(Cohort, Board), AppError> {
    use crate::ssr::{db, viewer};
    let db = db()?;
    let organiser = viewer().organiser()?;
    let (_, found) = service::exchange::cohorts::find(&db, &cohort).await?;
    let board = service::exchange::programme::board(&db, &organiser, &cohort).await?;
    Ok((found, board))
}

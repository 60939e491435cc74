//! The matched boards of one server process, by cohort: part of the application's state (one
//! per `AppState`, so two instances in one test process keep their own).
//!
//! Every change to what matching reads is an event, so a board matched as of the latest event
//! on the same day is current. When the log has moved on, the cohort is read again and, in
//! best-total mode, the incremental engine absorbs the difference ([`LiveMatching`]); only the
//! first board, a change it cannot absorb and stable mode solve cold. When one change reaches a
//! thousand open boards they all reload at once: the first request brings the matching up to
//! date, the rest of that cohort's requests wait for it and share the result, and other cohorts
//! are not held up (one lock per cohort).

use super::Programme;
use super::live_matching::LiveMatching;
use crate::error::ServiceError;
use crate::exchange::{Organiser, cohorts, events};
use chrono::NaiveDate;
use model::exchange::{Board, Cohort, MatchingMode};
use sea_orm::ConnectionTrait;
use std::collections::HashMap;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use uuid::Uuid;

#[derive(Clone, Default)]
pub struct Boards {
    by_cohort: Arc<std::sync::Mutex<HashMap<Uuid, Slot>>>,
    work: Arc<Work>,
}

/// How boards were brought up to date, for logs and tests.
#[derive(Default)]
struct Work {
    cold: AtomicU64,
    absorbed: AtomicU64,
}

/// A matched board, what it was matched as of (the cohort's last event and the day), and the
/// engine that will absorb the next change.
struct Matched {
    seq: i64,
    today: NaiveDate,
    board: Arc<Board>,
    live: Option<LiveMatching>,
}

/// One cohort's board, behind the lock its requests queue on while it is matched.
type Slot = Arc<tokio::sync::Mutex<Option<Matched>>>;

impl std::fmt::Debug for Boards {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Boards").finish_non_exhaustive()
    }
}

impl Boards {
    fn slot(&self, cohort: Uuid) -> Slot {
        // Held only to find or add the cohort's slot, never across an await.
        let mut all = self.by_cohort.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        all.entry(cohort).or_default().clone()
    }

    /// Boards solved from scratch so far, in every cohort.
    pub fn cold_solves(&self) -> u64 {
        self.work.cold.load(Ordering::Relaxed)
    }

    /// Changes the incremental engine absorbed so far, in every cohort.
    pub fn absorbed(&self) -> u64 {
        self.work.absorbed.load(Ordering::Relaxed)
    }
}

/// The cohort at `slug` and its board as of now, shared by every organiser's request. The
/// matching runs on a blocking thread, off the async runtime that serves every other request.
pub async fn shared_board(
    db: &impl ConnectionTrait,
    boards: &Boards,
    _by: &Organiser,
    slug: &str,
    today: NaiveDate,
) -> Result<(Cohort, Arc<Board>), ServiceError> {
    let (id, cohort) = cohorts::find(db, slug).await?;
    let slot = boards.slot(id);
    let mut matched = slot.lock().await;
    let seq = events::latest(db, id).await?;
    if let Some(m) = matched.as_ref()
        && m.seq == seq
        && m.today == today
    {
        return Ok((cohort, m.board.clone()));
    }
    let programme = Programme::load(db, id, cohort.clone(), today).await?;
    // A failed update leaves no state behind: the next request solves cold.
    let previous = matched.take().and_then(|m| m.live);
    let work = boards.work.clone();
    let (board, live) = tokio::task::spawn_blocking(move || update(programme, previous, &work))
        .await
        .map_err(|e| ServiceError::Internal(format!("matching stopped: {e}")))??;
    let board = Arc::new(board);
    *matched = Some(Matched { seq, today, board: board.clone(), live });
    Ok((cohort, board))
}

/// The board of `programme`: absorbed by the previous engine where it can, cold otherwise.
fn update(
    programme: Programme,
    previous: Option<LiveMatching>,
    work: &Work,
) -> Result<(Board, Option<LiveMatching>), ServiceError> {
    if programme.cohort.mode == MatchingMode::Stable {
        work.cold.fetch_add(1, Ordering::Relaxed);
        return Ok((programme.board()?, None));
    }
    let started = std::time::Instant::now();
    let absorbed = match previous {
        Some(live) => live.absorb(&programme)?,
        None => None,
    };
    let live = match absorbed {
        Some(live) => {
            work.absorbed.fetch_add(1, Ordering::Relaxed);
            live
        }
        None => {
            work.cold.fetch_add(1, Ordering::Relaxed);
            LiveMatching::cold(&programme)?
        }
    };
    let board = live.board(&programme);
    tracing::debug!(cohort = %programme.cohort.slug, elapsed = ?started.elapsed(), "board brought up to date");
    Ok((board, Some(live)))
}

//! Live updates: each watched cohort's event log is tailed once per server process and new
//! events are fanned out to every subscriber (open boards and members' pages). Tailing the
//! database rather than passing events in memory means a change made through any server
//! instance reaches clients connected to any other, and a client that reconnects resumes from
//! the log with the last number it saw, missing nothing.
//!
//! What wakes a tailer: a write through this process (`nudge`, at once); on Postgres, a
//! `NOTIFY` that another instance's event sent when its transaction committed; and, should
//! either be missed, the poll.

use super::events::{self, Event};
use crate::error::ServiceError;
use futures::Stream;
use sea_orm::{ColumnTrait, DatabaseConnection, DbBackend, EntityTrait, QueryFilter, QueryOrder};
use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::Duration;
use tokio::sync::{broadcast, watch};
use uuid::Uuid;

/// How many events a slow subscriber may fall behind before it is asked to reconnect.
const BACKLOG: usize = 1024;

#[derive(Clone)]
pub struct LiveHub {
    db: DatabaseConnection,
    watched: Arc<Mutex<HashMap<Uuid, broadcast::Sender<Event>>>>,
    /// Counts this process's writes; a change wakes every tailer at once. A counter rather
    /// than a notification, so a write that lands while a tailer is reading the log is not
    /// missed until the next poll.
    writes: Arc<watch::Sender<u64>>,
    poll: Duration,
}

impl std::fmt::Debug for LiveHub {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("LiveHub").field("poll", &self.poll).finish_non_exhaustive()
    }
}

impl LiveHub {
    /// `poll` bounds how late a change made through another server instance arrives.
    pub fn new(db: DatabaseConnection, poll: Duration) -> Self {
        let hub = Self { db, watched: Arc::default(), writes: Arc::new(watch::Sender::new(0)), poll };
        if hub.db.get_database_backend() == DbBackend::Postgres {
            tokio::spawn(listen_for_other_instances(hub.db.clone(), Arc::downgrade(&hub.writes)));
        }
        hub
    }

    /// Tells the tailers that this process just committed a write, which may have added
    /// events: they read the log now instead of at their next poll.
    pub fn nudge(&self) {
        self.writes.send_modify(|n| *n = n.wrapping_add(1));
    }

    /// The cohort's events after number `after` (from now when `None`): first the backlog
    /// from the log, then each new one as it is committed. The stream ends if the subscriber
    /// falls too far behind; reconnecting with the last number seen resumes without a gap.
    pub async fn subscribe(
        &self,
        cohort: Uuid,
        after: Option<i64>,
    ) -> Result<impl Stream<Item = Event> + Send + 'static, ServiceError> {
        // Subscribe before reading the backlog: whatever is committed later arrives live, and
        // anything in both is dropped by its number.
        let live = self.watch(cohort).await?;
        let after = match after {
            Some(after) => after,
            None => latest(&self.db, cohort).await?,
        };
        let backlog = events::since(&self.db, cohort, after).await?;
        let last = backlog.last().map_or(after, |e| e.seq);
        let backlog = futures::stream::iter(backlog);
        let live = futures::stream::unfold((live, last), |(mut rx, last)| async move {
            loop {
                match rx.recv().await {
                    Ok(event) if event.seq > last => {
                        let seq = event.seq;
                        return Some((event, (rx, seq)));
                    }
                    Ok(_) => continue,
                    Err(_) => return None,
                }
            }
        });
        Ok(futures::StreamExt::chain(backlog, live))
    }

    async fn watch(&self, cohort: Uuid) -> Result<broadcast::Receiver<Event>, ServiceError> {
        if let Some(tx) = self.lock().get(&cohort) {
            return Ok(tx.subscribe());
        }
        let start = latest(&self.db, cohort).await?;
        let mut watched = self.lock();
        if let Some(tx) = watched.get(&cohort) {
            return Ok(tx.subscribe());
        }
        let (tx, rx) = broadcast::channel(BACKLOG);
        watched.insert(cohort, tx.clone());
        tokio::spawn(self.clone().tail(cohort, tx, start));
        Ok(rx)
    }

    /// Follows one cohort's log while anyone listens.
    async fn tail(self, cohort: Uuid, tx: broadcast::Sender<Event>, mut last: i64) {
        let mut writes = self.writes.subscribe();
        loop {
            tokio::select! {
                () = tokio::time::sleep(self.poll) => {}
                // The sender lives as long as the hub, which this task holds.
                _ = writes.changed() => {}
            }
            {
                let mut watched = self.lock();
                if tx.receiver_count() == 0 {
                    watched.remove(&cohort);
                    return;
                }
            }
            match events::since(&self.db, cohort, last).await {
                Ok(new) => {
                    for event in new {
                        last = event.seq;
                        // No receiver left is fine: the next round notices and stops.
                        let _ = tx.send(event);
                    }
                }
                Err(error) => tracing::warn!(%error, %cohort, "reading the exchange event log"),
            }
        }
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, HashMap<Uuid, broadcast::Sender<Event>>> {
        // A panic while holding this lock cannot leave the map half-changed.
        self.watched.lock().unwrap_or_else(std::sync::PoisonError::into_inner)
    }
}

/// Wakes this process's tailers whenever another instance commits an event (Postgres
/// `LISTEN`; `events::record` sends the `NOTIFY` inside the event's transaction, so it is
/// delivered when, and only if, the event is committed). Ends when the hub is dropped.
async fn listen_for_other_instances(db: DatabaseConnection, writes: std::sync::Weak<watch::Sender<u64>>) {
    use sea_orm::sqlx::postgres::PgListener;
    let pool = db.get_postgres_connection_pool().clone();
    let wake = |writes: &std::sync::Weak<watch::Sender<u64>>| match writes.upgrade() {
        Some(tx) => {
            tx.send_modify(|n| *n = n.wrapping_add(1));
            true
        }
        None => false,
    };
    loop {
        let mut listener = match PgListener::connect_with(&pool).await {
            Ok(l) => l,
            Err(error) => {
                tracing::warn!(%error, "cannot listen for other instances' events; polling only");
                tokio::time::sleep(Duration::from_secs(5)).await;
                continue;
            }
        };
        if let Err(error) = listener.listen(events::CHANNEL).await {
            tracing::warn!(%error, "cannot listen for other instances' events; polling only");
            tokio::time::sleep(Duration::from_secs(5)).await;
            continue;
        }
        // Whatever was committed while nobody listened: the tailers read the log now.
        if !wake(&writes) {
            return;
        }
        loop {
            // A timeout now and then notices a dropped hub on a quiet database.
            match tokio::time::timeout(Duration::from_secs(5), listener.try_recv()).await {
                Ok(Ok(Some(_))) | Ok(Ok(None)) => {
                    // A notification, or a lost connection just re-made (read the log).
                    if !wake(&writes) {
                        return;
                    }
                }
                Ok(Err(error)) => {
                    tracing::warn!(%error, "listening for other instances' events");
                    break;
                }
                Err(_) if writes.strong_count() == 0 => return,
                Err(_) => {}
            }
        }
    }
}

/// The number of the cohort's newest event (0 when it has none).
async fn latest(db: &DatabaseConnection, cohort: Uuid) -> Result<i64, ServiceError> {
    use crate::entities::exchange_events as ev;
    let newest =
        ev::Entity::find().filter(ev::Column::CohortId.eq(cohort)).order_by_desc(ev::Column::Seq).one(db).await?;
    Ok(newest.map_or(0, |e| e.seq))
}

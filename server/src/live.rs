//! `GET /exchange/{cohort}/events`: a cohort's changes as server-sent events, for organisers'
//! boards. Each event carries its log number as the SSE id, so a browser that reconnects sends
//! `Last-Event-ID` and gets exactly what it missed (`?after=N` does the same for scripts;
//! with neither, the stream starts from now).

use crate::router::AppState;
use axum::Extension;
use axum::extract::{Path, Query, State};
use axum::http::HeaderMap;
use axum::response::sse::{Event as SseEvent, KeepAlive, Sse};
use axum::response::{IntoResponse, Response};
use futures::StreamExt;
use serde::Deserialize;
use service::exchange::cohorts;
use service::{ServiceError, Viewer};
use std::convert::Infallible;

#[derive(Debug, Default, Deserialize)]
pub struct After {
    after: Option<i64>,
}

pub async fn cohort_events(
    State(state): State<AppState>,
    Extension(viewer): Extension<Viewer>,
    Path(slug): Path<String>,
    Query(query): Query<After>,
    headers: HeaderMap,
) -> Response {
    if let Err(refused) = viewer.organiser() {
        return refusal(refused);
    }
    let cohort = match cohorts::find(&state.db, &slug).await {
        Ok((id, _)) => id,
        Err(error) => return refusal(error),
    };
    let resumed = headers.get("last-event-id").and_then(|v| v.to_str().ok()?.parse::<i64>().ok());
    // Without either, the stream starts from now: the page already shows the current state.
    let after = resumed.or(query.after).map(|n| n.max(0));
    match state.live.subscribe(cohort, after).await {
        Ok(events) => {
            // Unnamed events, so a browser's `onmessage` sees every kind.
            let events = events.map(|e| {
                let data = serde_json::json!({ "kind": e.kind, "detail": e.detail });
                Ok::<_, Infallible>(SseEvent::default().id(e.seq.to_string()).data(data.to_string()))
            });
            Sse::new(events).keep_alive(KeepAlive::default()).into_response()
        }
        Err(error) => refusal(error),
    }
}

/// The status the rest of the app answers for this error (internal ones logged with a reference).
fn refusal(error: ServiceError) -> Response {
    app::error::AppError::from(error).status().into_response()
}

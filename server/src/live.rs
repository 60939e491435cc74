//! `GET /exchange/{cohort}/events`: a cohort's changes as server-sent events. Organisers'
//! boards get every change; a member's page gets the changes to its own organisation's
//! entries and proposals. Each event carries its log number as the SSE id, so a browser that reconnects sends
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
    // None: every event (organisers); Some(slug): what concerns that organisation.
    let only_for = if viewer.is_organiser() {
        None
    } else {
        match service::exchange::member_organisation(&state.db, &viewer).await {
            Ok(slug) => Some(slug),
            Err(refused) => return refusal(refused),
        }
    };
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
            let events = events.filter(move |e| {
                let shown = only_for.as_deref().is_none_or(|slug| e.concerns(slug));
                std::future::ready(shown)
            });
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

//! Sessions (tower-sessions, stored in our database) and the per-request `Viewer`: who is
//! signed in, loaded fresh for every request so a removed account or changed role counts
//! at once, and the client's address for rate limiting.

use crate::router::AppState;
use app::ssr::ClientIp;
use axum::extract::{ConnectInfo, Request, State};
use axum::middleware::Next;
use axum::response::Response;
use service::Viewer;
use service::session_store::DbSessionStore;
use std::net::{IpAddr, SocketAddr};
use tower_sessions::cookie::SameSite;
use tower_sessions::{Expiry, Session, SessionManagerLayer};

pub const COOKIE_NAME: &str = "cloth_session";

pub fn layer(state: &AppState) -> SessionManagerLayer<DbSessionStore> {
    SessionManagerLayer::new(DbSessionStore::new(state.db.clone()))
        .with_name(COOKIE_NAME)
        .with_http_only(true)
        .with_same_site(SameSite::Lax)
        .with_secure(state.config.secure_cookies())
        .with_expiry(Expiry::OnInactivity(time::Duration::days(state.config.session_days)))
}

/// Puts the `Viewer` and `ClientIp` into the request's extensions for the app to read.
pub async fn attach_viewer(State(state): State<AppState>, session: Session, mut req: Request, next: Next) -> Response {
    let user_id = match session.get::<model::UserId>(app::server_fns::session::USER_KEY).await {
        Ok(id) => id,
        Err(e) => {
            tracing::warn!(error = %e, "unreadable session; treating as signed out");
            None
        }
    };
    let viewer = match Viewer::load(&state.db, user_id).await {
        Ok(v) => v,
        Err(e) => {
            tracing::error!(error = %e, "could not load the signed-in user");
            Viewer::default()
        }
    };
    let ip = client_ip(&req, state.config.trust_proxy);
    req.extensions_mut().insert(viewer);
    req.extensions_mut().insert(ClientIp(ip));
    next.run(req).await
}

fn client_ip(req: &Request, trust_proxy: bool) -> Option<IpAddr> {
    if trust_proxy {
        // The proxy appends the address it saw last; earlier entries are the client's claims.
        let forwarded = req
            .headers()
            .get("x-forwarded-for")
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.rsplit(',').next())
            .and_then(|v| v.trim().parse().ok());
        if forwarded.is_some() {
            return forwarded;
        }
    }
    req.extensions().get::<ConnectInfo<SocketAddr>>().map(|c| c.0.ip())
}

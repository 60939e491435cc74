//! Server-only access to what the router put in context: the database, the viewer (set by
//! the session middleware), the session itself and the client's address.

use crate::error::AppError;
use http::request::Parts;
use leptos::prelude::*;
use sea_orm::DatabaseConnection;
use service::Viewer;
use service::throttle::SignInThrottle;
use std::net::IpAddr;

pub use service::sea_orm;

/// What the server puts in every request's context.
#[derive(Clone, Debug)]
pub struct ServerContext {
    pub db: DatabaseConnection,
    pub throttle: SignInThrottle,
    /// The exchange boards this process has matched (shared by every organiser's request).
    pub boards: service::exchange::programme::Boards,
}

/// The client's address as the server decided it (direct peer, or the proxy's header when
/// the server is configured to trust one).
#[derive(Clone, Copy, Debug)]
pub struct ClientIp(pub Option<IpAddr>);

fn context() -> Result<ServerContext, AppError> {
    use_context::<ServerContext>().ok_or_else(|| AppError::internal("no server context in this request"))
}

pub fn db() -> Result<DatabaseConnection, AppError> {
    Ok(context()?.db)
}

pub fn throttle() -> Result<SignInThrottle, AppError> {
    Ok(context()?.throttle)
}

pub fn boards() -> Result<service::exchange::programme::Boards, AppError> {
    Ok(context()?.boards)
}

fn parts() -> Option<Parts> {
    use_context::<Parts>()
}

/// The person making this request (anonymous when signed out).
pub fn viewer() -> Viewer {
    parts().and_then(|p| p.extensions.get::<Viewer>().cloned()).unwrap_or_default()
}

/// This request's session (the session layer runs on every route).
pub fn session() -> Result<tower_sessions::Session, AppError> {
    parts()
        .and_then(|p| p.extensions.get::<tower_sessions::Session>().cloned())
        .ok_or_else(|| AppError::internal("no session layer on this route"))
}

pub fn client_ip() -> Option<IpAddr> {
    parts().and_then(|p| p.extensions.get::<ClientIp>().copied()).and_then(|c| c.0)
}

/// Sets the HTTP status of the current response (page or server function). A form posted
/// without JavaScript is answered by a redirect back to the form (the error rides in the
/// URL); an error status there would stop the browser from following it.
pub fn set_status(status: http::StatusCode) {
    if is_form_post_without_script() {
        return;
    }
    if let Some(res) = use_context::<leptos_axum::ResponseOptions>() {
        res.set_status(status);
    }
}

/// A short reference that a user can quote and an operator can find in the logs.
pub fn short_ref() -> String {
    use rand::Rng;
    format!("{:08x}", rand::thread_rng().r#gen::<u32>())
}

/// A browser's own form submission: a POST that accepts HTML (scripts ask for JSON).
fn is_form_post_without_script() -> bool {
    parts().is_some_and(|p| {
        p.method == http::Method::POST
            && p.headers
                .get(http::header::ACCEPT)
                .and_then(|v| v.to_str().ok())
                .is_some_and(|a| a.contains("text/html"))
    })
}

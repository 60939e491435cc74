//! Rejected forms stay on the server. When a form posted without a script is refused, the
//! server function answers with a redirect back to the form that carries the error and
//! everything the person typed in the URL (`?__path=…&__err=<base64>`): a long motivation
//! made a 15,000-character address, which lands in the history, in logs and in Referer
//! headers, and draws 414s behind proxies. This middleware moves that payload into the
//! session and leaves a short reference in the address (`?__rejected=<id>`); when the form's
//! page is requested with the reference, the payload is put back into the request the app
//! sees, so the page renders the errors and the typed values as before.

use axum::extract::Request;
use axum::http::{HeaderValue, Method, Uri, header};
use axum::middleware::Next;
use axum::response::Response;
use serde::{Deserialize, Serialize};
use tower_sessions::Session;

const SESSION_KEY: &str = "rejections";
const PARAM: &str = "__rejected";
/// Rejections kept per session (a few tabs' worth); the oldest goes first.
const KEPT: usize = 8;

#[derive(Clone, Debug, Serialize, Deserialize)]
struct Rejection {
    id: String,
    /// The server function's path and its encoded error, as `server_fn` wrote them.
    path: String,
    err: String,
}

pub async fn keep_rejections_server_side(session: Session, mut req: Request, next: Next) -> Response {
    if req.method() == Method::GET {
        restore(&session, &mut req).await;
        return next.run(req).await;
    }
    let mut res = next.run(req).await;
    let location = res.headers().get(header::LOCATION).and_then(|v| v.to_str().ok()).map(str::to_owned);
    if let Some(short) = stash(&session, location).await {
        res.headers_mut().insert(header::LOCATION, short);
    }
    res
}

/// Moves a redirect's error payload into the session; the shorter `Location` to send.
async fn stash(session: &Session, location: Option<String>) -> Option<HeaderValue> {
    let location = location.filter(|l| l.contains("__err="))?;
    let url = url::Url::options().base_url(Some(&url::Url::parse("http://x.invalid").ok()?)).parse(&location).ok()?;
    let (mut path, mut err, mut rest) = (None, None, Vec::new());
    for (k, v) in url.query_pairs() {
        match &*k {
            "__path" => path = Some(v.into_owned()),
            "__err" => err = Some(v.into_owned()),
            _ => rest.push((k.into_owned(), v.into_owned())),
        }
    }
    let id = app::ssr::short_ref();
    let mut kept: Vec<Rejection> = session.get(SESSION_KEY).await.ok().flatten().unwrap_or_default();
    kept.push(Rejection { id: id.clone(), path: path?, err: err? });
    let overflow = kept.len().saturating_sub(KEPT);
    kept.drain(..overflow);
    if let Err(error) = session.insert(SESSION_KEY, kept).await {
        // The long address still works; only its length is lost.
        tracing::warn!(%error, "could not keep a rejected form in the session");
        return None;
    }
    rest.retain(|(k, _)| k != PARAM);
    rest.push((PARAM.to_owned(), id));
    let mut short = url.clone();
    short.query_pairs_mut().clear().extend_pairs(rest);
    // Same site as the form: only the path and query go back.
    let target = match short.query() {
        Some(q) => format!("{}?{q}", short.path()),
        None => short.path().to_owned(),
    };
    HeaderValue::from_str(&target).ok()
}

/// Puts a referenced rejection back into the request, as the app expects to read it.
async fn restore(session: &Session, req: &mut Request) {
    let Some(query) = req.uri().query() else { return };
    let Some(id) = url::form_urlencoded::parse(query.as_bytes()).find(|(k, _)| k == PARAM).map(|(_, v)| v.into_owned())
    else {
        return;
    };
    let kept: Vec<Rejection> = session.get(SESSION_KEY).await.ok().flatten().unwrap_or_default();
    let Some(found) = kept.into_iter().find(|r| r.id == id) else { return };
    let extra: String = url::form_urlencoded::Serializer::new(String::new())
        .append_pair("__path", &found.path)
        .append_pair("__err", &found.err)
        .finish();
    let with = format!("{}?{query}&{extra}", req.uri().path());
    if let Ok(uri) = with.parse::<Uri>() {
        *req.uri_mut() = uri;
    }
}

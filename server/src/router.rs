//! The HTTP surface: Leptos pages and server functions, `/healthz`, `/lang`, static files,
//! and the middleware stack around them.

use crate::config::Config;
use crate::{cross_origin, session};
use app::i18n::{LANG_COOKIE, Lang};
use app::ssr::ServerContext;
use app::{App, shell};
use axum::extract::{FromRef, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use axum::{Form, Router};
use leptos::prelude::*;
use leptos_axum::{LeptosRoutes, generate_route_list};
use sea_orm::DatabaseConnection;
use service::exchange::live::LiveHub;
use service::sea_orm;
use service::throttle::SignInThrottle;
use tower_http::compression::CompressionLayer;
use tower_http::limit::RequestBodyLimitLayer;
use tower_http::services::ServeDir;
use tower_http::set_header::SetResponseHeaderLayer;
use tower_http::trace::TraceLayer;

#[derive(Clone, Debug, FromRef)]
pub struct AppState {
    pub leptos_options: LeptosOptions,
    pub db: DatabaseConnection,
    pub throttle: SignInThrottle,
    pub config: Config,
    pub live: LiveHub,
    pub boards: service::exchange::programme::Boards,
}

/// The largest request body accepted: every form and server function fits in a few
/// kilobytes (a long motivation is 15 KB); a larger body is refused with 413 before it is read.
const MAX_REQUEST_BODY: usize = 1024 * 1024;

impl AppState {
    pub fn new(leptos_options: LeptosOptions, db: DatabaseConnection, config: Config) -> Self {
        let throttle = SignInThrottle::new(config.sign_in_per_email_per_minute, config.sign_in_per_ip_per_minute);
        let live = LiveHub::new(db.clone(), std::time::Duration::from_millis(config.live_poll_ms.max(1)));
        Self { leptos_options, db, throttle, config, live, boards: Default::default() }
    }
}

/// The app's routes, generated once per process. Generation runs the whole app with
/// resource loading globally suppressed (a process-wide flag in leptos_server), so a page
/// rendering concurrently with a second generation would wait forever (leptos#4773).
/// The server builds one router, but tests build many in parallel.
fn route_list() -> Vec<leptos_axum::AxumRouteListing> {
    static ROUTES: std::sync::LazyLock<Vec<leptos_axum::AxumRouteListing>> =
        std::sync::LazyLock::new(|| generate_route_list(App));
    ROUTES.clone()
}

pub fn build_router(state: AppState) -> Router {
    let context =
        ServerContext { db: state.db.clone(), throttle: state.throttle.clone(), boards: state.boards.clone() };
    let provide = move || provide_context(context.clone());
    let options = state.leptos_options.clone();
    let pages = Router::new()
        .route("/lang", post(set_language))
        .route("/exchange/{cohort}/events", get(crate::live::cohort_events))
        .merge(crate::api::routes())
        .leptos_routes_with_context(&state, route_list(), provide.clone(), {
            let options = options.clone();
            move || shell(options.clone())
        })
        .fallback(leptos_axum::file_and_error_handler_with_context::<AppState, _>(provide, shell))
        .layer(axum::middleware::from_fn_with_state(state.live.clone(), wake_live_pages_after_writes))
        .layer(axum::middleware::from_fn_with_state(state.clone(), session::attach_viewer))
        .layer(axum::middleware::from_fn(crate::rejections::keep_rejections_server_side))
        .layer(session::layer(&state));

    let pkg_dir = std::path::Path::new(&*options.site_root).join(&*options.site_pkg_dir);
    // The bundle's names carry their content's hash (`hash-files`), so a name never changes
    // meaning: browsers keep it for a year without asking. The brotli and gzip copies that
    // the release build writes beside each file are served as they are.
    let cache = if options.hash_files { "public, max-age=31536000, immutable" } else { "no-cache" };
    let static_files = Router::new()
        .nest_service(
            &format!("/{}", options.site_pkg_dir),
            ServeDir::new(pkg_dir).precompressed_br().precompressed_gzip(),
        )
        .layer(SetResponseHeaderLayer::overriding(header::CACHE_CONTROL, HeaderValue::from_static(cache)));

    Router::new()
        .route("/healthz", get(healthz))
        .merge(static_files)
        .merge(pages)
        .layer(axum::middleware::from_fn(cross_origin::refuse_cross_origin))
        .layer(RequestBodyLimitLayer::new(MAX_REQUEST_BODY))
        .layer(CompressionLayer::new())
        .layer(SetResponseHeaderLayer::if_not_present(
            header::X_CONTENT_TYPE_OPTIONS,
            HeaderValue::from_static("nosniff"),
        ))
        .layer(SetResponseHeaderLayer::if_not_present(
            header::REFERRER_POLICY,
            HeaderValue::from_static("strict-origin-when-cross-origin"),
        ))
        .layer(SetResponseHeaderLayer::if_not_present(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY")))
        .layer(axum::middleware::from_fn(allow_framing_of_embeds))
        .layer(TraceLayer::new_for_http())
        .with_state(state)
}

/// Every write reaches the server as a POST (a form or a server function) and has committed
/// by the time its response is ready, so waking the live hub here covers every change the
/// app makes, today's and tomorrow's, without each handler having to remember. A refused
/// request (4xx, 5xx) wrote nothing.
async fn wake_live_pages_after_writes(
    State(live): State<LiveHub>,
    req: axum::extract::Request,
    next: axum::middleware::Next,
) -> Response {
    let writes = !req.method().is_safe();
    let res = next.run(req).await;
    if writes && (res.status().is_success() || res.status().is_redirection()) {
        live.nudge();
    }
    res
}

/// `/embed/...` pages are made for partner sites' iframes; every other page refuses framing.
async fn allow_framing_of_embeds(req: axum::extract::Request, next: axum::middleware::Next) -> Response {
    let embed = req.uri().path().starts_with("/embed/");
    let mut res = next.run(req).await;
    if embed {
        res.headers_mut().remove(header::X_FRAME_OPTIONS);
        res.headers_mut().insert(header::CONTENT_SECURITY_POLICY, HeaderValue::from_static("frame-ancestors *"));
    }
    res
}

/// 200 while the database answers, 503 otherwise (for load balancers and orchestrators).
async fn healthz(State(db): State<DatabaseConnection>) -> Response {
    if service::db::ping(&db).await {
        (StatusCode::OK, "ok").into_response()
    } else {
        (StatusCode::SERVICE_UNAVAILABLE, "database unavailable").into_response()
    }
}

#[derive(serde::Deserialize)]
struct LanguageChoice {
    lang: String,
    next: Option<String>,
}

/// Remembers the chosen language for a year and goes back to the page it was chosen on.
async fn set_language(Form(choice): Form<LanguageChoice>) -> Response {
    let lang = Lang::from_code(&choice.lang);
    let cookie = format!("{LANG_COOKIE}={}; Path=/; Max-Age=31536000; SameSite=Lax", lang.0);
    let next = app::server_fns::session::safe_next(choice.next.as_deref());
    let mut res = Redirect::to(&next).into_response();
    if let Ok(value) = HeaderValue::from_str(&cookie) {
        res.headers_mut().insert(header::SET_COOKIE, value);
    }
    res
}

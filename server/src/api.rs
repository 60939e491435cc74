//! Open data: the JSON API (`/api/v1/...`, described by `/api/v1/openapi.json`) and the
//! CSV and GeoJSON exports (`/export/...`). All take the directory's filters as query
//! parameters and show only what the caller may see (a signed-in member's cookie counts).

mod docs;
mod export;
mod records;
mod spreadsheet;

use crate::router::AppState;
use axum::Json;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::{Extension, Router};
use model::directory::{DirectoryFilter, DirectoryQuery};
use model::map::{MapData, Metric};
use records::{ApiError, OrgPage, OrgRecordJson};
use serde::Deserialize;
use service::Viewer;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/api/v1/organisations", get(organisations))
        .route("/api/v1/map", get(map))
        .route("/api/v1/openapi.json", get(docs::openapi))
        .route("/export/organisations.csv", get(export::csv))
        .route("/export/organisations.geojson", get(export::geojson))
}

/// The filters, strictly: a value that is not understood is a 400 naming the parameter.
pub(crate) fn strict_filter(query: &DirectoryQuery) -> Result<DirectoryFilter, ApiError> {
    let invalid = query.invalid_keys();
    if invalid.is_empty() { Ok(query.filter()) } else { Err(ApiError::invalid(&invalid)) }
}

#[derive(Debug, Default, Deserialize)]
pub(crate) struct PageParams {
    per_page: Option<String>,
}

/// Organisations matching the filters, a page at a time, by name.
#[utoipa::path(get, path = "/api/v1/organisations", tag = "organisations",
    params(docs::FilterParams, ("page" = Option<u64>, Query, description = "1-based page number"),
        ("per_page" = Option<u64>, Query, description = "Records per page, 1 to 500; default 100")),
    responses((status = 200, body = OrgPage), (status = 400, body = ApiError)))]
async fn organisations(
    State(db): State<service::sea_orm::DatabaseConnection>,
    Extension(viewer): Extension<Viewer>,
    Query(query): Query<DirectoryQuery>,
    Query(paging): Query<PageParams>,
) -> Response {
    let filter = match strict_filter(&query) {
        Ok(f) => f,
        Err(error) => return error.into_response(),
    };
    let per_page = match paging.per_page.as_deref().map(str::parse::<u64>) {
        None => 100,
        Some(Ok(n)) if (1..=service::export::MAX_PER_PAGE).contains(&n) => n,
        Some(_) => return ApiError::invalid(&["per_page"]).into_response(),
    };
    match service::export::page(&db, &viewer, &filter, filter.page, per_page).await {
        Ok((total, records)) => Json(OrgPage {
            total,
            page: filter.page,
            per_page,
            items: records.into_iter().map(OrgRecordJson::from).collect(),
        })
        .into_response(),
        Err(e) => ApiError::from_service(e).into_response(),
    }
}

#[derive(Debug, Default, Deserialize)]
pub(crate) struct MetricParam {
    metric: Option<String>,
}

/// What the map draws for the filters: places with organisation counts (ETRS89-LAEA km, as
/// in `/map/europe.svg`) and each country's value of the metric.
#[utoipa::path(get, path = "/api/v1/map", tag = "map",
    params(docs::FilterParams, ("metric" = Option<String>, Query,
        description = "organisations (default), smes, cluster-members, topics-offered or unmet-needs")),
    responses((status = 200, description = "Places and country values", content_type = "application/json"),
        (status = 400, body = ApiError)))]
async fn map(
    State(db): State<service::sea_orm::DatabaseConnection>,
    Extension(viewer): Extension<Viewer>,
    Query(query): Query<DirectoryQuery>,
    Query(param): Query<MetricParam>,
) -> Response {
    let filter = match strict_filter(&query) {
        Ok(f) => f,
        Err(error) => return error.into_response(),
    };
    let metric = match param.metric.as_deref().filter(|m| !m.is_empty()) {
        None => Metric::Organisations,
        Some(m) => match Metric::from_slug(m) {
            Some(metric) => metric,
            None => return ApiError::invalid(&["metric"]).into_response(),
        },
    };
    match service::map::map_data(&db, &viewer, &filter, metric).await {
        Ok(data) => Json::<MapData>(data).into_response(),
        Err(e) => ApiError::from_service(e).into_response(),
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let status = StatusCode::from_u16(self.status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
        (status, Json(self)).into_response()
    }
}

//! The OpenAPI description of the open-data endpoints, generated from the handlers.

use super::records::{ApiError, OrgPage, OrgRecordJson, ParameterError};
use axum::Json;
use utoipa::{IntoParams, OpenApi};

/// The filters every open-data endpoint takes; the same as the directory's and the map's URLs.
#[derive(IntoParams)]
#[into_params(parameter_in = Query)]
#[allow(dead_code)]
pub struct FilterParams {
    /// Text search over name, city, description and topics (accents and case ignored).
    q: Option<String>,
    /// sme, cluster, scaleup-support, large-company, public-body, research-education
    kind: Option<String>,
    /// ISO 3166-1 alpha-2 code, e.g. ES
    country: Option<String>,
    /// NUTS 2 code, e.g. ES51
    region: Option<String>,
    /// Exact city name
    city: Option<String>,
    /// fashion-textile, circular-economy, creative-industries, digital
    chain: Option<String>,
    /// A topic slug (offered or needed), e.g. knitting
    topic: Option<String>,
    /// A cluster organisation's slug: its members
    cluster: Option<String>,
    /// YYYY-MM-DD: organisations that had joined by that day
    asof: Option<String>,
}

#[derive(OpenApi)]
#[openapi(
    info(
        title = "CLOTH open data",
        version = "1",
        description = "Organisations of the CLOTH alliance's ecosystem, as the directory and the map show them. \
            Anonymous callers see public organisations; a member's session cookie adds members-only ones."
    ),
    paths(super::organisations, super::map, super::export::csv, super::export::geojson),
    components(schemas(OrgPage, OrgRecordJson, ApiError, ParameterError))
)]
pub struct ApiDoc;

pub async fn openapi() -> Json<utoipa::openapi::OpenApi> {
    Json(ApiDoc::openapi())
}

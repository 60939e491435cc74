//! Downloads of the current view: CSV (one row per organisation) and GeoJSON (a point per
//! organisation with a location), with exactly the filters of the page they came from.

use super::records::{ApiError, OrgRecordJson};
use super::strict_filter;
use axum::Extension;
use axum::extract::{Query, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use model::directory::DirectoryQuery;
use service::Viewer;

const CSV_HEADER: [&str; 16] = [
    "slug",
    "name",
    "kind",
    "country",
    "region",
    "city",
    "latitude",
    "longitude",
    "value_chains",
    "topics_offered",
    "topics_needed",
    "size_band",
    "website",
    "joined_on",
    "visibility",
    "url",
];

/// Every matching organisation as CSV (UTF-8, comma-separated, lists joined by `;`).
#[utoipa::path(get, path = "/export/organisations.csv", tag = "export", params(super::docs::FilterParams),
    responses((status = 200, description = "CSV, one row per organisation", content_type = "text/csv"),
        (status = 400, body = ApiError)))]
pub async fn csv(
    State(db): State<service::sea_orm::DatabaseConnection>,
    Extension(viewer): Extension<Viewer>,
    Query(query): Query<DirectoryQuery>,
) -> Response {
    let records = match load(&db, &viewer, &query).await {
        Ok(r) => r,
        Err(error) => return error.into_response(),
    };
    let mut out = csv::Writer::from_writer(Vec::new());
    let write = |out: &mut csv::Writer<Vec<u8>>| -> Result<(), csv::Error> {
        super::spreadsheet::write_record(out, CSV_HEADER)?;
        for r in records {
            let list = |v: &[String]| v.join(";");
            let coordinate = |c: Option<f64>| c.map(|v| v.to_string()).unwrap_or_default();
            super::spreadsheet::write_record(
                out,
                [
                    r.slug.as_str(),
                    &r.name,
                    &r.kind,
                    &r.country,
                    r.region.as_deref().unwrap_or_default(),
                    &r.city,
                    &coordinate(r.latitude),
                    &coordinate(r.longitude),
                    &list(&r.value_chains),
                    &list(&r.topics_offered),
                    &list(&r.topics_needed),
                    r.size_band.as_deref().unwrap_or_default(),
                    r.website.as_deref().unwrap_or_default(),
                    &r.joined_on,
                    &r.visibility,
                    &r.url,
                ],
            )?;
        }
        out.flush()?;
        Ok(())
    };
    if let Err(e) = write(&mut out) {
        tracing::error!(error = %e, "CSV export failed");
        return ApiError { status: 500, error: "the export failed".into(), parameters: Vec::new() }.into_response();
    }
    let body = out.into_inner().unwrap_or_default();
    download(body, "text/csv; charset=utf-8", "organisations.csv")
}

/// Every matching organisation with a location as a GeoJSON point (WGS84 longitude, latitude).
#[utoipa::path(get, path = "/export/organisations.geojson", tag = "export", params(super::docs::FilterParams),
    responses((status = 200, description = "A GeoJSON FeatureCollection", content_type = "application/geo+json"),
        (status = 400, body = ApiError)))]
pub async fn geojson(
    State(db): State<service::sea_orm::DatabaseConnection>,
    Extension(viewer): Extension<Viewer>,
    Query(query): Query<DirectoryQuery>,
) -> Response {
    let records = match load(&db, &viewer, &query).await {
        Ok(r) => r,
        Err(error) => return error.into_response(),
    };
    let features: Vec<geojson::Feature> = records
        .into_iter()
        .filter_map(|r| {
            let (lat, lon) = (r.latitude?, r.longitude?);
            let properties = match serde_json::to_value(&r) {
                Ok(serde_json::Value::Object(map)) => map,
                _ => return None,
            };
            Some(geojson::Feature {
                geometry: Some(geojson::Geometry::new_point([lon, lat])),
                properties: Some(properties),
                ..Default::default()
            })
        })
        .collect();
    let collection = geojson::FeatureCollection { features, bbox: None, foreign_members: None };
    download(collection.to_string().into_bytes(), "application/geo+json", "organisations.geojson")
}

async fn load(
    db: &service::sea_orm::DatabaseConnection,
    viewer: &Viewer,
    query: &DirectoryQuery,
) -> Result<Vec<OrgRecordJson>, ApiError> {
    let filter = strict_filter(query)?;
    match service::export::all(db, viewer, &filter).await {
        Ok(records) => Ok(records.into_iter().map(OrgRecordJson::from).collect()),
        Err(e) => Err(ApiError::from_service(e)),
    }
}

fn download(body: Vec<u8>, content_type: &'static str, filename: &str) -> Response {
    (
        [
            (header::CONTENT_TYPE, content_type.to_owned()),
            (header::CONTENT_DISPOSITION, format!("attachment; filename=\"{filename}\"")),
        ],
        body,
    )
        .into_response()
}

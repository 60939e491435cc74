//! The API's JSON shapes: stable field names and slugs, documented through utoipa.

use serde::Serialize;
use service::ServiceError;
use service::export::OrgRecord;
use utoipa::ToSchema;

/// One organisation.
#[derive(Debug, Serialize, ToSchema)]
pub struct OrgRecordJson {
    pub slug: String,
    pub name: String,
    /// sme, cluster, scaleup-support, large-company, public-body or research-education
    pub kind: String,
    /// ISO 3166-1 alpha-2
    pub country: String,
    /// NUTS 2 code
    pub region: Option<String>,
    pub city: String,
    pub latitude: Option<f64>,
    pub longitude: Option<f64>,
    pub value_chains: Vec<String>,
    pub topics_offered: Vec<String>,
    pub topics_needed: Vec<String>,
    pub size_band: Option<String>,
    pub website: Option<String>,
    /// YYYY-MM-DD
    pub joined_on: String,
    /// public or members
    pub visibility: String,
    /// The profile page, relative to this server.
    pub url: String,
}

impl From<OrgRecord> for OrgRecordJson {
    fn from(r: OrgRecord) -> Self {
        let slugs = |v: Vec<&'static str>| v.into_iter().map(str::to_owned).collect();
        Self {
            url: format!("/organisations/{}", r.slug),
            kind: r.kind.slug().to_owned(),
            country: r.country.slug().to_owned(),
            value_chains: slugs(r.value_chains.iter().map(|c| c.slug()).collect()),
            topics_offered: slugs(r.topics_offered.iter().map(|t| t.slug()).collect()),
            topics_needed: slugs(r.topics_needed.iter().map(|t| t.slug()).collect()),
            joined_on: r.joined_on.format("%Y-%m-%d").to_string(),
            visibility: r.visibility.slug().to_owned(),
            slug: r.slug,
            name: r.name,
            region: r.region,
            city: r.city,
            latitude: r.latitude,
            longitude: r.longitude,
            size_band: r.size_band.map(|s| s.slug().to_owned()),
            website: r.website,
        }
    }
}

/// A page of organisations.
#[derive(Debug, Serialize, ToSchema)]
pub struct OrgPage {
    /// All organisations matching the filters.
    pub total: u64,
    pub page: u64,
    pub per_page: u64,
    pub items: Vec<OrgRecordJson>,
}

/// An error: what went wrong, and for bad parameters which ones.
#[derive(Debug, Serialize, ToSchema)]
pub struct ApiError {
    #[serde(skip)]
    pub status: u16,
    pub error: String,
    /// Parameter → problem.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub parameters: Vec<ParameterError>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct ParameterError {
    pub name: String,
    pub problem: String,
}

impl ApiError {
    pub fn invalid(keys: &[&str]) -> Self {
        Self {
            status: 400,
            error: "invalid parameters".into(),
            parameters: keys
                .iter()
                .map(|k| ParameterError { name: (*k).to_owned(), problem: problem(k).to_owned() })
                .collect(),
        }
    }

    /// The same status as a page would answer for `e` (one table: `AppError::status`), with
    /// the English message a page shows; an internal failure is logged and answered with
    /// its reference only.
    pub fn from_service(e: ServiceError) -> Self {
        let error = app::error::AppError::from(e);
        let mut message = app::i18n::Lang("en").t(error.message_key());
        if let app::error::AppError::Internal(reference) = &error {
            message = format!("{message} (reference {reference})");
        }
        Self { status: error.status().as_u16(), error: message, parameters: Vec::new() }
    }
}

fn problem(key: &str) -> &'static str {
    match key {
        "asof" => "expected a date as YYYY-MM-DD",
        "page" => "expected a whole number from 1",
        "per_page" => "expected a whole number from 1 to 500",
        "region" => "expected a NUTS 2 code such as ES51",
        "cluster" => "expected a cluster's slug",
        "city" => "expected a city name of at most 80 characters",
        _ => "not a known value; see the OpenAPI description for the allowed values",
    }
}

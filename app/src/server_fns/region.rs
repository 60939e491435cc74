//! Region pages' data.

use crate::error::AppError;
use leptos::prelude::*;
use model::region::RegionProfile;

#[server(prefix = "/api/region", endpoint = "profile")]
pub async fn load_region(code: String) -> Result<RegionProfile, AppError> {
    use crate::ssr::{db, viewer};
    let scope = model::region::RegionScope::parse(&code)
        .ok_or(service::ServiceError::NotFound { what: "region" })
        .map_err(AppError::from)?;
    Ok(service::region::profile(&db()?, &viewer(), scope).await?)
}

//! The organisation directory and the alliance's headline numbers.

use crate::error::AppError;
use leptos::prelude::*;
use model::directory::{AllianceSummary, DirectoryOptions, DirectoryPage, DirectoryQuery};

#[server(prefix = "/api/directory", endpoint = "search")]
pub async fn search_directory(query: DirectoryQuery) -> Result<DirectoryPage, AppError> {
    use crate::ssr::{db, viewer};
    Ok(service::directory::search(&db()?, &viewer(), &query.filter()).await?)
}

#[server(prefix = "/api/directory", endpoint = "options")]
pub async fn load_directory_options() -> Result<DirectoryOptions, AppError> {
    use crate::ssr::{db, viewer};
    Ok(service::directory::options(&db()?, &viewer()).await?)
}

#[server(prefix = "/api/directory", endpoint = "summary")]
pub async fn load_alliance_summary() -> Result<AllianceSummary, AppError> {
    use crate::ssr::{db, viewer};
    let s = service::directory::summary(&db()?, &viewer()).await?;
    Ok(AllianceSummary {
        organisations: s.organisations,
        smes: s.smes,
        clusters: s.clusters,
        countries: s.countries,
        alliance_clusters: s.alliance_clusters,
    })
}

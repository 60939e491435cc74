//! The ecosystem map's data for one set of filters.

use crate::error::AppError;
use leptos::prelude::*;
use model::directory::DirectoryQuery;
use model::map::{MapData, Metric};

#[server(prefix = "/api/map", endpoint = "data")]
pub async fn load_map(query: DirectoryQuery, metric: Metric) -> Result<MapData, AppError> {
    use crate::ssr::{db, viewer};
    Ok(service::map::map_data(&db()?, &viewer(), &query.filter(), metric).await?)
}

/// The panel a map marker opens, as HTML in the viewer's language (what the viewer may see:
/// the profile and directory calls check it).
#[server(prefix = "/api/map", endpoint = "panel")]
pub async fn map_panel(
    selection: crate::islands::map::panel::Selection,
    query: DirectoryQuery,
) -> Result<String, AppError> {
    crate::components::map::panel::render(selection, query).await
}

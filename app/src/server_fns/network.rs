//! The network view's data for one set of filters.

use crate::error::AppError;
use leptos::prelude::*;
use model::directory::DirectoryQuery;
use model::network::NetworkData;

#[server(prefix = "/api/map", endpoint = "network")]
pub async fn load_network(query: DirectoryQuery) -> Result<NetworkData, AppError> {
    use crate::ssr::{db, viewer};
    Ok(service::network::network(&db()?, &viewer(), &query.filter()).await?)
}

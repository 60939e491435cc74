//! Organisations as open data: every field a partner can reuse, for the same filters as the
//! directory and the map. Backs the CSV and GeoJSON exports and the JSON API.

use crate::auth::Viewer;
use crate::count::count;
use crate::directory::filtered;
use crate::entities::{organisation_topics as topics, organisation_value_chains as chains, organisations};
use crate::error::ServiceError;
use chrono::NaiveDate;
use model::OrgId;
use model::directory::DirectoryFilter;
use model::taxonomy::{Country, OrgKind, SizeBand, Topic, TopicDirection, ValueChain, Visibility};
use sea_orm::sea_query::SelectStatement;
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect, QueryTrait, Select};
use std::collections::HashMap;

/// One organisation with everything that is public about it (to the viewer).
#[derive(Clone, Debug, PartialEq)]
pub struct OrgRecord {
    pub slug: String,
    pub name: String,
    pub kind: OrgKind,
    pub country: Country,
    pub region: Option<String>,
    pub city: String,
    pub latitude: Option<f64>,
    pub longitude: Option<f64>,
    pub value_chains: Vec<ValueChain>,
    pub topics_offered: Vec<Topic>,
    pub topics_needed: Vec<Topic>,
    pub size_band: Option<SizeBand>,
    pub website: Option<String>,
    pub joined_on: NaiveDate,
    pub visibility: Visibility,
}

/// The most records one API page returns.
pub const MAX_PER_PAGE: u64 = 500;

/// Every organisation matching `filter` that `viewer` may see, by name.
pub async fn all(
    db: &impl ConnectionTrait,
    viewer: &Viewer,
    filter: &DirectoryFilter,
) -> Result<Vec<OrgRecord>, ServiceError> {
    let Some(query) = filtered(db, viewer, filter).await? else { return Ok(Vec::new()) };
    let ids = query.clone().select_only().column(organisations::Column::Id).into_query();
    let rows = query.order_by_asc(organisations::Column::Name).order_by_asc(organisations::Column::Id).all(db).await?;
    records(db, rows, ids).await
}

/// One page of them, with the total.
pub async fn page(
    db: &impl ConnectionTrait,
    viewer: &Viewer,
    filter: &DirectoryFilter,
    page: u64,
    per_page: u64,
) -> Result<(u64, Vec<OrgRecord>), ServiceError> {
    let Some(query) = filtered(db, viewer, filter).await? else { return Ok((0, Vec::new())) };
    let total = count(db, query.clone()).await?;
    let per_page = per_page.clamp(1, MAX_PER_PAGE);
    let ids: Vec<OrgId> = ordered(query)
        .select_only()
        .column(organisations::Column::Id)
        .offset(page.saturating_sub(1).saturating_mul(per_page))
        .limit(per_page)
        .into_tuple()
        .all(db)
        .await?;
    let rows =
        ordered(organisations::Entity::find().filter(organisations::Column::Id.is_in(ids.clone()))).all(db).await?;
    let id_query = organisations::Entity::find()
        .filter(organisations::Column::Id.is_in(ids))
        .select_only()
        .column(organisations::Column::Id)
        .into_query();
    Ok((total, records(db, rows, id_query).await?))
}

fn ordered(query: Select<organisations::Entity>) -> Select<organisations::Entity> {
    query.order_by_asc(organisations::Column::Name).order_by_asc(organisations::Column::Id)
}

fn sorted<T: Ord>(mut values: Vec<T>) -> Vec<T> {
    values.sort();
    values
}

/// Joins each row with its value chains and topics, fetched for all of `ids` in two queries.
async fn records(
    db: &impl ConnectionTrait,
    rows: Vec<organisations::Model>,
    ids: SelectStatement,
) -> Result<Vec<OrgRecord>, ServiceError> {
    let mut chains_of: HashMap<OrgId, Vec<ValueChain>> = HashMap::new();
    for row in chains::Entity::find().filter(chains::Column::OrganisationId.in_subquery(ids.clone())).all(db).await? {
        chains_of.entry(row.organisation_id).or_default().push(row.value_chain);
    }
    let mut offered_of: HashMap<OrgId, Vec<Topic>> = HashMap::new();
    let mut needed_of: HashMap<OrgId, Vec<Topic>> = HashMap::new();
    for row in topics::Entity::find().filter(topics::Column::OrganisationId.in_subquery(ids)).all(db).await? {
        let side = match row.direction {
            TopicDirection::Offered => &mut offered_of,
            TopicDirection::Needed => &mut needed_of,
        };
        side.entry(row.organisation_id).or_default().push(row.topic);
    }
    Ok(rows
        .into_iter()
        .map(|row| OrgRecord {
            kind: row.kind,
            country: row.country,
            visibility: row.visibility,
            value_chains: sorted(chains_of.remove(&row.id).unwrap_or_default()),
            topics_offered: sorted(offered_of.remove(&row.id).unwrap_or_default()),
            topics_needed: sorted(needed_of.remove(&row.id).unwrap_or_default()),
            slug: row.slug,
            name: row.name,
            region: row.region,
            city: row.city,
            latitude: row.latitude,
            longitude: row.longitude,
            size_band: row.size_band,
            website: row.website,
            joined_on: row.joined_on,
        })
        .collect())
}

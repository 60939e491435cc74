//! The organisation directory: filtered, searched and paginated on the server.

use crate::auth::Viewer;
use crate::count::count;
use crate::entities::{
    alliance_clusters, cluster_memberships, organisation_topics as topics, organisation_value_chains as chains,
    organisations,
};
use crate::error::ServiceError;
use crate::organisations::cluster_ref;
use crate::search_text;
use model::OrgId;
use model::directory::{DirectoryFilter, DirectoryOptions, DirectoryPage, OrgCard, PAGE_SIZE};
use model::taxonomy::{OrgKind, Topic, TopicDirection, ValueChain};
use sea_orm::sea_query::{Expr, Query};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect, Select};
use std::collections::HashMap;

/// Topics shown on a card; the profile has them all.
const CARD_TOPICS: usize = 4;

/// One page of the organisations `viewer` may see that match `filter`, by name.
pub async fn search(
    db: &impl ConnectionTrait,
    viewer: &Viewer,
    filter: &DirectoryFilter,
) -> Result<DirectoryPage, ServiceError> {
    let Some(query) = filtered(db, viewer, filter).await? else {
        return Ok(DirectoryPage { cards: Vec::new(), total: 0, page: 1, pages: 1 });
    };
    let total = count(db, query.clone()).await?;
    let pages = total.div_ceil(PAGE_SIZE).max(1);
    let page = filter.page.clamp(1, pages);
    // Ids first, from an index, then only this page's rows: a deep page (OFFSET 48,000 at
    // 100,000 organisations) skips index entries instead of whole rows.
    let ids: Vec<OrgId> = query
        .select_only()
        .column(organisations::Column::Id)
        .order_by_asc(organisations::Column::Name)
        .order_by_asc(organisations::Column::Id)
        .offset((page - 1) * PAGE_SIZE)
        .limit(PAGE_SIZE)
        .into_tuple()
        .all(db)
        .await?;
    let mut rows = organisations::Entity::find().filter(organisations::Column::Id.is_in(ids.clone())).all(db).await?;
    rows.sort_by_key(|row| ids.iter().position(|id| *id == row.id));
    let cards = cards(db, rows).await?;
    Ok(DirectoryPage { cards, total, page, pages })
}

/// The query for `filter`, or `None` when it names a cluster that does not exist (or that
/// the viewer may not see): nothing can match then. The map, exports and the API share it.
pub(crate) async fn filtered(
    db: &impl ConnectionTrait,
    viewer: &Viewer,
    filter: &DirectoryFilter,
) -> Result<Option<Select<organisations::Entity>>, ServiceError> {
    use organisations::Column as C;
    // Scoped: sea-query's ExprTrait would otherwise shadow `min`/`max` on numbers.
    use sea_orm::sea_query::ExprTrait;
    let mut query = organisations::Entity::visible_to(viewer.is_signed_in());
    if let Some(kind) = filter.kind {
        query = query.filter(C::Kind.eq(kind.slug()));
    }
    if let Some(country) = filter.country {
        query = query.filter(C::Country.eq(country.slug()));
    }
    if let Some(region) = &filter.region {
        query = query.filter(C::Region.eq(region.as_str()));
    }
    if let Some(city) = &filter.city {
        query = query.filter(C::City.eq(city.as_str()));
    }
    if let Some(day) = filter.as_of {
        query = query.filter(C::JoinedOn.lte(day));
    }
    // Facets are bit sets on the row (see `Topic::bit`): the covering map index answers them
    // without joining the facet tables.
    if let Some(chain) = filter.value_chain {
        query = query.filter(Expr::col(C::ValueChainsBits).bit_and(chain.bit()).ne(0));
    }
    if let Some(topic) = filter.topic {
        // Offered or needed: both make an organisation worth talking to about the topic.
        query = query.filter(
            Expr::col(C::TopicsOfferedBits)
                .bit_and(topic.bit())
                .ne(0)
                .or(Expr::col(C::TopicsNeededBits).bit_and(topic.bit()).ne(0)),
        );
    }
    if let Some(slug) = &filter.cluster {
        let cluster = organisations::Entity::visible_to(viewer.is_signed_in())
            .filter(C::Slug.eq(slug.as_str()))
            .filter(C::Kind.eq(OrgKind::Cluster.slug()))
            .one(db)
            .await?;
        let Some(cluster) = cluster else { return Ok(None) };
        let ids = Query::select()
            .column(cluster_memberships::Column::MemberId)
            .from(cluster_memberships::Entity)
            .and_where(cluster_memberships::Column::ClusterId.eq(cluster.id))
            .to_owned();
        query = query.filter(C::Id.in_subquery(ids));
    }
    if let Some(text) = &filter.text {
        query = search_text::matching(query, text, db.get_database_backend());
    }
    Ok(Some(query))
}

/// Turns rows into cards, loading value chains and topics for the whole page in two queries.
async fn cards(db: &impl ConnectionTrait, rows: Vec<organisations::Model>) -> Result<Vec<OrgCard>, ServiceError> {
    let ids: Vec<OrgId> = rows.iter().map(|r| r.id).collect();
    let mut chains_by_org: HashMap<OrgId, Vec<ValueChain>> = HashMap::new();
    for row in chains::Entity::find().filter(chains::Column::OrganisationId.is_in(ids.clone())).all(db).await? {
        chains_by_org.entry(row.organisation_id).or_default().push(row.value_chain);
    }
    let mut topics_by_org: HashMap<OrgId, Vec<Topic>> = HashMap::new();
    let offered = topics::Entity::find()
        .filter(topics::Column::OrganisationId.is_in(ids))
        .filter(topics::Column::Direction.eq(TopicDirection::Offered))
        .all(db)
        .await?;
    for row in offered {
        topics_by_org.entry(row.organisation_id).or_default().push(row.topic);
    }
    Ok(rows
        .into_iter()
        .map(|row| {
            let mut value_chains = chains_by_org.remove(&row.id).unwrap_or_default();
            value_chains.sort();
            let mut topics_offered = topics_by_org.remove(&row.id).unwrap_or_default();
            topics_offered.sort();
            topics_offered.truncate(CARD_TOPICS);
            OrgCard {
                kind: row.kind,
                country: row.country,
                visibility: row.visibility,
                slug: row.slug,
                name: row.name,
                city: row.city,
                value_chains,
                topics_offered,
            }
        })
        .collect())
}

/// The most clusters the filter offers; a landscape of ~1,500 would make an unusable list
/// (a searchable picker can replace it when clusters need one).
const CLUSTER_OPTIONS_MAX: u64 = 200;

/// The clusters with members that the viewer may filter by.
pub async fn options(db: &impl ConnectionTrait, viewer: &Viewer) -> Result<DirectoryOptions, ServiceError> {
    let with_members = Query::select()
        .distinct()
        .column(cluster_memberships::Column::ClusterId)
        .from(cluster_memberships::Entity)
        .to_owned();
    let clusters = organisations::Entity::visible_to(viewer.is_signed_in())
        .filter(organisations::Column::Kind.eq(OrgKind::Cluster.slug()))
        .filter(organisations::Column::Id.in_subquery(with_members))
        .order_by_asc(organisations::Column::Name)
        .limit(CLUSTER_OPTIONS_MAX)
        .all(db)
        .await?
        .into_iter()
        .map(cluster_ref)
        .collect();
    Ok(DirectoryOptions { clusters })
}

/// Headline numbers over what the viewer may see.
#[derive(Clone, Debug, PartialEq)]
pub struct Summary {
    pub organisations: u64,
    pub smes: u64,
    pub clusters: u64,
    pub countries: u64,
    pub alliance_clusters: Vec<model::organisation::ClusterRef>,
}

pub async fn summary(db: &impl ConnectionTrait, viewer: &Viewer) -> Result<Summary, ServiceError> {
    use organisations::Column as C;
    use sea_orm::sea_query::ExprTrait;
    let visible = || organisations::Entity::visible_to(viewer.is_signed_in());
    let organisations = count(db, visible()).await?;
    let smes = count(db, visible().filter(C::Kind.eq(OrgKind::Sme.slug()))).await?;
    let clusters = count(db, visible().filter(C::Kind.eq(OrgKind::Cluster.slug()))).await?;
    let countries: Option<i64> = visible()
        .select_only()
        .column_as(Expr::col(C::Country).count_distinct(), "countries")
        .into_tuple()
        .one(db)
        .await?;
    let in_alliance =
        Query::select().column(alliance_clusters::Column::ClusterId).from(alliance_clusters::Entity).to_owned();
    let alliance_clusters = visible()
        .filter(C::Id.in_subquery(in_alliance))
        .order_by_asc(C::Name)
        .all(db)
        .await?
        .into_iter()
        .map(cluster_ref)
        .collect();
    Ok(Summary {
        organisations,
        smes,
        clusters,
        countries: u64::try_from(countries.unwrap_or(0)).unwrap_or(0),
        alliance_clusters,
    })
}

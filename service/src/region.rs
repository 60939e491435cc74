//! Region pages: counts by kind and value chain, topics offered and needed, and needs with
//! no local offer together with where in Europe they are offered. Everything counts only
//! what the viewer may see.

use crate::auth::Viewer;
use crate::directory::filtered;
use crate::entities::{organisation_topics as topics, organisation_value_chains as chains, organisations};
use crate::error::ServiceError;
use model::directory::DirectoryFilter;
use model::region::{RegionProfile, RegionScope, UnmetNeed};
use model::taxonomy::{Country, OrgKind, Topic, TopicDirection, ValueChain};
use sea_orm::sea_query::{Alias, Expr, ExprTrait, Query};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect, QueryTrait};
use std::collections::{BTreeMap, BTreeSet};

/// Countries named per unmet need.
const OFFERED_IN: usize = 3;

pub async fn profile(
    db: &impl ConnectionTrait,
    viewer: &Viewer,
    scope: RegionScope,
) -> Result<RegionProfile, ServiceError> {
    let filter = match &scope {
        RegionScope::Country(c) => DirectoryFilter { country: Some(*c), page: 1, ..Default::default() },
        RegionScope::Nuts2 { code, country } => {
            DirectoryFilter { country: Some(*country), region: Some(code.clone()), page: 1, ..Default::default() }
        }
    };
    let query = filtered(db, viewer, &filter).await?.ok_or(ServiceError::NotFound { what: "region" })?;
    let ids = query.clone().select_only().column(organisations::Column::Id).into_query();
    let survey = match crate::survey::current_round(db, chrono::Utc::now().date_naive()).await? {
        Some((round, _)) => crate::survey::means_for(db, round, ids.clone()).await?,
        None => Vec::new(),
    };
    use organisations::Column as C;

    let kinds: Vec<(OrgKind, i64)> = query
        .clone()
        .select_only()
        .column(C::Kind)
        .column_as(Expr::cust("COUNT(*)"), "n")
        .group_by(C::Kind)
        .into_tuple()
        .all(db)
        .await?;
    let by_kind: Vec<(OrgKind, u64)> = counted(kinds);
    let organisations = by_kind.iter().map(|(_, n)| n).sum();

    let chain_rows: Vec<(ValueChain, i64)> = chains::Entity::find()
        .filter(chains::Column::OrganisationId.in_subquery(ids.clone()))
        .select_only()
        .column(chains::Column::ValueChain)
        .column_as(Expr::cust("COUNT(*)"), "n")
        .group_by(chains::Column::ValueChain)
        .into_tuple()
        .all(db)
        .await?;
    let by_value_chain: Vec<(ValueChain, u64)> = counted(chain_rows);

    let topic_rows: Vec<(Topic, TopicDirection, i64)> = topics::Entity::find()
        .filter(topics::Column::OrganisationId.in_subquery(ids))
        .select_only()
        .columns([topics::Column::Topic, topics::Column::Direction])
        .column_as(Expr::cust("COUNT(*)"), "n")
        .group_by(topics::Column::Topic)
        .group_by(topics::Column::Direction)
        .into_tuple()
        .all(db)
        .await?;
    let side = |direction: TopicDirection| -> Vec<(Topic, u64)> {
        counted(topic_rows.iter().filter(|(_, d, _)| *d == direction).map(|(t, _, n)| (*t, *n)).collect())
    };
    let (offered, needed) = (side(TopicDirection::Offered), side(TopicDirection::Needed));
    let local: BTreeSet<Topic> = offered.iter().map(|(t, _)| *t).collect();
    let unmet_topics: Vec<(Topic, u64)> = needed.iter().filter(|(t, _)| !local.contains(t)).copied().collect();
    let unmet = offers_elsewhere(db, viewer, &unmet_topics).await?;

    let regions = match &scope {
        RegionScope::Country(_) => {
            let rows: Vec<(Option<String>, i64)> = query
                .select_only()
                .column(C::Region)
                .column_as(Expr::cust("COUNT(*)"), "n")
                .group_by(C::Region)
                .order_by_asc(C::Region)
                .into_tuple()
                .all(db)
                .await?;
            rows.into_iter().filter_map(|(r, n)| Some((r?, u64::try_from(n).unwrap_or(0)))).collect()
        }
        RegionScope::Nuts2 { .. } => Vec::new(),
    };
    Ok(RegionProfile { scope, organisations, by_kind, by_value_chain, offered, needed, unmet, regions, survey })
}

/// For each unmet topic, the countries whose visible organisations offer it most.
async fn offers_elsewhere(
    db: &impl ConnectionTrait,
    viewer: &Viewer,
    unmet: &[(Topic, u64)],
) -> Result<Vec<UnmetNeed>, ServiceError> {
    if unmet.is_empty() {
        return Ok(Vec::new());
    }
    let o = Alias::new("o");
    let visible = organisations::Entity::visible_to(viewer.is_signed_in())
        .select_only()
        .column(organisations::Column::Id)
        .into_query();
    let statement = Query::select()
        .expr(Expr::col((topics::Entity, topics::Column::Topic)))
        .expr(Expr::col((o.clone(), organisations::Column::Country)))
        .expr(Expr::cust("COUNT(*)"))
        .from(topics::Entity)
        .join_as(
            sea_orm::JoinType::InnerJoin,
            organisations::Entity,
            o.clone(),
            Expr::col((o.clone(), organisations::Column::Id)).equals((topics::Entity, topics::Column::OrganisationId)),
        )
        .and_where(Expr::col((topics::Entity, topics::Column::Direction)).eq(TopicDirection::Offered))
        .and_where(Expr::col((topics::Entity, topics::Column::Topic)).is_in(unmet.iter().map(|(t, _)| t.slug())))
        .and_where(Expr::col((topics::Entity, topics::Column::OrganisationId)).in_subquery(visible))
        .add_group_by([
            Expr::col((topics::Entity, topics::Column::Topic)),
            Expr::col((o, organisations::Column::Country)),
        ])
        .to_owned();
    let mut by_topic: BTreeMap<String, Vec<(Country, u64)>> = BTreeMap::new();
    for row in db.query_all(&statement).await? {
        let (topic, country, n): (String, Country, i64) =
            (row.try_get_by_index(0)?, row.try_get_by_index(1)?, row.try_get_by_index(2)?);
        by_topic.entry(topic).or_default().push((country, u64::try_from(n).unwrap_or(0)));
    }
    Ok(unmet
        .iter()
        .map(|&(topic, needed_by)| {
            let mut offered_in = by_topic.remove(topic.slug()).unwrap_or_default();
            offered_in.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
            offered_in.truncate(OFFERED_IN);
            UnmetNeed { topic, needed_by, offered_in }
        })
        .collect())
}

/// Counts, largest first, then in vocabulary order. The values arrive decoded: a stored slug
/// outside the vocabulary fails the query (a logged internal error), never a row dropped.
fn counted<T: Ord + Copy>(rows: Vec<(T, i64)>) -> Vec<(T, u64)> {
    let mut out: Vec<(T, u64)> = rows.into_iter().map(|(t, n)| (t, u64::try_from(n).unwrap_or(0))).collect();
    out.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    out
}

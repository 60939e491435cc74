//! The ecosystem map's data: organisations grouped by place (in the frame of
//! `public/map/europe.svg`) and the choropleth metric per country, for the same filters as
//! the directory. One grouped query per part; nothing per organisation crosses the wire.

use crate::auth::Viewer;
use crate::directory::filtered;
use crate::entities::{cluster_memberships, organisation_topics as topics, organisations};
use crate::error::ServiceError;
use model::directory::DirectoryFilter;
use model::map::{CountryValue, MapData, Metric, ORIGIN_EASTING, ORIGIN_NORTHING, PROJECTION, Place, SoleOrg};
use model::taxonomy::{Country, OrgKind};
use proj4rs::proj::Proj;
use sea_orm::sea_query::{Alias, Expr, ExprTrait, Query, SelectStatement};
use sea_orm::{ColumnTrait, ConnectionTrait, QueryFilter, QuerySelect, QueryTrait, Select};
use std::collections::{BTreeMap, BTreeSet};
use std::sync::LazyLock;
use uuid::Uuid;

/// WGS84 longitude/latitude to ETRS89-LAEA, parsed once.
static PROJECTIONS: LazyLock<(Proj, Proj)> = LazyLock::new(|| {
    let wgs84 = Proj::from_proj_string("+proj=longlat +datum=WGS84 +no_defs").expect("WGS84 is a valid proj string");
    let laea = Proj::from_proj_string(PROJECTION).expect("the atlas projection is a valid proj string");
    (wgs84, laea)
});

/// Where a latitude/longitude falls in the map's frame (km from its top-left corner, y down).
pub fn to_frame(latitude: f64, longitude: f64) -> Option<(f64, f64)> {
    if !(-90.0..=90.0).contains(&latitude) || !(-180.0..=180.0).contains(&longitude) {
        return None;
    }
    let (wgs84, laea) = &*PROJECTIONS;
    let mut point = (longitude.to_radians(), latitude.to_radians(), 0.0);
    proj4rs::transform::transform(wgs84, laea, &mut point).ok()?;
    let (x, y) = ((point.0 - ORIGIN_EASTING) / 1000.0, (ORIGIN_NORTHING - point.1) / 1000.0);
    (x.is_finite() && y.is_finite()).then_some((x, y))
}

/// Places and country values for the organisations `viewer` may see that match `filter`.
pub async fn map_data(
    db: &impl ConnectionTrait,
    viewer: &Viewer,
    filter: &DirectoryFilter,
    metric: Metric,
) -> Result<MapData, ServiceError> {
    let Some(query) = filtered(db, viewer, filter).await? else {
        return Ok(MapData { metric, countries: Vec::new(), places: Vec::new(), total: 0, unplaced: 0 });
    };
    let groups = place_groups(db, query.clone()).await?;
    let total = groups.iter().map(|g| g.count).sum();
    let unplaced = groups.iter().filter(|g| g.latitude.is_none() || g.longitude.is_none()).map(|g| g.count).sum();
    let countries = match metric {
        Metric::Organisations => sum_by_country(&groups, |_| true),
        Metric::Smes => sum_by_country(&groups, |kind| kind == OrgKind::Sme.slug()),
        Metric::ClusterMembers => cluster_members_by_country(db, query.clone()).await?,
        Metric::TopicsOffered | Metric::UnmetNeeds => topic_metric(db, ids_of(query), metric).await?,
    };
    let mut places = places(groups);
    name_sole_organisations(db, &mut places).await?;
    Ok(MapData { metric, countries, places, total, unplaced })
}

/// Organisations sharing country, city and kind, at the average of their coordinates:
/// markers sit at cities (an address-level map of 100,000 organisations would send 100,000
/// points and tell nobody more).
struct PlaceGroup {
    country: String,
    city: String,
    latitude: Option<f64>,
    longitude: Option<f64>,
    kind: String,
    count: u64,
    /// The smallest id: the organisation itself when `count` is 1.
    first_id: Uuid,
}

async fn place_groups(
    db: &impl ConnectionTrait,
    query: Select<organisations::Entity>,
) -> Result<Vec<PlaceGroup>, ServiceError> {
    use organisations::Column as C;
    // Only columns of idx_organisations_map, so the database reads the index alone.
    type Row = (String, String, String, Option<f64>, Option<f64>, i64, String);
    // Neither database orders uuids the same way or at all (Postgres has no min(uuid)): take
    // the smallest as text; which one does not matter, only that a lone one is found.
    let first_id = match db.get_database_backend() {
        sea_orm::DbBackend::Postgres => "MIN(CAST(id AS TEXT))",
        _ => "LOWER(HEX(MIN(id)))",
    };
    let rows: Vec<Row> = query
        .select_only()
        .columns([C::Country, C::City, C::Kind])
        .column_as(Expr::col(C::Latitude).avg(), "latitude")
        .column_as(Expr::col(C::Longitude).avg(), "longitude")
        .column_as(Expr::cust("COUNT(*)"), "n")
        .column_as(Expr::cust(first_id), "first_id")
        .group_by(C::Country)
        .group_by(C::City)
        .group_by(C::Kind)
        .into_tuple()
        .all(db)
        .await?;
    Ok(rows
        .into_iter()
        .map(|(country, city, kind, latitude, longitude, n, first_id)| PlaceGroup {
            country,
            city,
            latitude,
            longitude,
            kind,
            count: u64::try_from(n).unwrap_or(0),
            first_id: Uuid::parse_str(&first_id).unwrap_or_default(),
        })
        .collect())
}

/// Folds kind groups into places (one per city), projected into the frame at the
/// count-weighted mean of the groups' positions; ordered by country and city so the response
/// is stable.
fn places(groups: Vec<PlaceGroup>) -> Vec<Place> {
    type Key = (String, String);
    let mut by_place: BTreeMap<Key, (Place, Vec<PlaceGroup>)> = BTreeMap::new();
    for group in groups {
        let (Some(lat), Some(lon)) = (group.latitude, group.longitude) else { continue };
        let (Some(country), Some((x, y))) = (Country::from_slug(&group.country), to_frame(lat, lon)) else { continue };
        let key = (group.country.clone(), group.city.clone());
        let entry = by_place.entry(key).or_insert_with(|| {
            let place = Place {
                x: 0.0,
                y: 0.0,
                city: group.city.clone(),
                country,
                count: 0,
                kinds: vec![0; OrgKind::ALL.len()],
                sole: None,
            };
            (place, Vec::new())
        });
        let count = u32::try_from(group.count).unwrap_or(u32::MAX);
        let weight = f64::from(count) / f64::from(Ord::max(entry.0.count.saturating_add(count), 1));
        entry.0.x += ((x - f64::from(entry.0.x)) * weight) as f32;
        entry.0.y += ((y - f64::from(entry.0.y)) * weight) as f32;
        entry.0.count = entry.0.count.saturating_add(count);
        if let Some(i) = OrgKind::ALL.iter().position(|k| k.slug() == group.kind) {
            entry.0.kinds[i] = entry.0.kinds[i].saturating_add(count);
        }
        entry.1.push(group);
    }
    by_place
        .into_values()
        .map(|(mut place, groups)| {
            if let [only] = groups.as_slice()
                && only.count == 1
            {
                // Named by `name_sole_organisations`; the id stands in until then.
                place.sole = OrgKind::from_slug(&only.kind).map(|kind| SoleOrg {
                    slug: only.first_id.to_string(),
                    name: String::new(),
                    kind,
                });
            }
            place
        })
        .collect()
}

/// Replaces the ids of organisations alone at their place with their slugs and names, in one
/// query (grouping could not carry them without reading every row).
async fn name_sole_organisations(db: &impl ConnectionTrait, places: &mut [Place]) -> Result<(), ServiceError> {
    let ids: Vec<Uuid> = places.iter().filter_map(|p| p.sole.as_ref()?.slug.parse().ok()).collect();
    if ids.is_empty() {
        return Ok(());
    }
    let mut names = crate::organisations::names_by_id(db, &ids).await?;
    for sole in places.iter_mut().filter_map(|p| p.sole.as_mut()) {
        if let Some((slug, name)) = sole.slug.parse().ok().and_then(|id: Uuid| names.remove(&id)) {
            (sole.slug, sole.name) = (slug, name);
        }
    }
    Ok(())
}

fn sum_by_country(groups: &[PlaceGroup], counts: impl Fn(&str) -> bool) -> Vec<CountryValue> {
    let mut totals: BTreeMap<Country, u64> = BTreeMap::new();
    for group in groups.iter().filter(|g| counts(&g.kind)) {
        if let Some(country) = Country::from_slug(&group.country) {
            *totals.entry(country).or_default() += group.count;
        }
    }
    to_values(totals)
}

fn to_values(totals: BTreeMap<Country, u64>) -> Vec<CountryValue> {
    totals
        .into_iter()
        .filter(|&(_, v)| v > 0)
        .map(|(country, value)| CountryValue { country, value: u32::try_from(value).unwrap_or(u32::MAX) })
        .collect()
}

/// The ids of the organisations a query selects, as a subquery.
fn ids_of(query: Select<organisations::Entity>) -> SelectStatement {
    query.select_only().column(organisations::Column::Id).into_query()
}

async fn cluster_members_by_country(
    db: &impl ConnectionTrait,
    query: Select<organisations::Entity>,
) -> Result<Vec<CountryValue>, ServiceError> {
    use organisations::Column as C;
    let members =
        Query::select().column(cluster_memberships::Column::MemberId).from(cluster_memberships::Entity).to_owned();
    let rows: Vec<(String, i64)> = query
        .filter(C::Id.in_subquery(members))
        .select_only()
        .column(C::Country)
        .column_as(Expr::cust("COUNT(*)"), "n")
        .group_by(C::Country)
        .into_tuple()
        .all(db)
        .await?;
    Ok(to_values(
        rows.into_iter().filter_map(|(c, n)| Some((Country::from_slug(&c)?, u64::try_from(n).unwrap_or(0)))).collect(),
    ))
}

/// Distinct topics offered per country, or needed per country with no offer in that country.
async fn topic_metric(
    db: &impl ConnectionTrait,
    ids: SelectStatement,
    metric: Metric,
) -> Result<Vec<CountryValue>, ServiceError> {
    let rows = topics_by_country(db, ids).await?;
    let mut offered: BTreeMap<Country, BTreeSet<String>> = BTreeMap::new();
    let mut needed: BTreeMap<Country, BTreeSet<String>> = BTreeMap::new();
    for (country, topic, direction) in rows {
        let Some(country) = Country::from_slug(&country) else { continue };
        let side = if direction == topics::OFFERED { &mut offered } else { &mut needed };
        side.entry(country).or_default().insert(topic);
    }
    let totals = match metric {
        Metric::TopicsOffered => offered.iter().map(|(&c, t)| (c, t.len() as u64)).collect(),
        _ => needed
            .iter()
            .map(|(&c, wanted)| {
                let local = offered.get(&c);
                (c, wanted.iter().filter(|t| local.is_none_or(|o| !o.contains(*t))).count() as u64)
            })
            .collect(),
    };
    Ok(to_values(totals))
}

/// `(country, topic, direction)`, each once, for the organisations in `ids`.
pub(crate) async fn topics_by_country(
    db: &impl ConnectionTrait,
    ids: SelectStatement,
) -> Result<Vec<(String, String, String)>, ServiceError> {
    let o = Alias::new("o");
    let statement = Query::select()
        .distinct()
        .expr(Expr::col((o.clone(), organisations::Column::Country)))
        .expr(Expr::col((topics::Entity, topics::Column::Topic)))
        .expr(Expr::col((topics::Entity, topics::Column::Direction)))
        .from(topics::Entity)
        .join_as(
            sea_orm::JoinType::InnerJoin,
            organisations::Entity,
            o.clone(),
            Expr::col((o.clone(), organisations::Column::Id)).equals((topics::Entity, topics::Column::OrganisationId)),
        )
        .and_where(Expr::col((topics::Entity, topics::Column::OrganisationId)).in_subquery(ids))
        .to_owned();
    let rows = db.query_all(&statement).await?;
    rows.into_iter()
        .map(|row| {
            Ok((
                row.try_get_by_index::<String>(0)?,
                row.try_get_by_index::<String>(1)?,
                row.try_get_by_index::<String>(2)?,
            ))
        })
        .collect::<Result<_, sea_orm::DbErr>>()
        .map_err(ServiceError::from)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cities_land_inside_the_frame_where_the_atlas_draws_their_country() {
        for (lat, lon, country) in
            [(41.3874, 2.1686, Country::Es), (42.6977, 23.3219, Country::Bg), (64.1466, -21.9426, Country::Is)]
        {
            let (x, y) = to_frame(lat, lon).unwrap();
            let shape = model::map::country_shape(country).unwrap();
            let [x0, y0, x1, y1] = shape.bounds;
            assert!(x >= x0 && x <= x1 && y >= y0 && y <= y1, "{country}: ({x}, {y}) outside {:?}", shape.bounds);
        }
        assert_eq!(to_frame(91.0, 0.0), None);
    }
}

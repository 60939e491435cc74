//! The ecosystem map's data: organisations grouped by place (in the frame of
//! `public/map/europe.svg`) and the choropleth metric per country, for the same filters as
//! the directory. One grouped query per part; nothing per organisation crosses the wire.

use crate::auth::Viewer;
use crate::directory::filtered;
use crate::entities::organisations;
use crate::error::ServiceError;
use model::OrgId;
use model::directory::DirectoryFilter;
use model::map::{CountryValue, MapData, Metric, ORIGIN_EASTING, ORIGIN_NORTHING, PROJECTION, Place, SoleOrg};
use model::taxonomy::{Country, OrgKind, Topic, Visibility};
use proj4rs::proj::Proj;
use sea_orm::sea_query::{Expr, ExprTrait};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QuerySelect, Select};
use std::collections::BTreeMap;
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
    let tallied = tallied_topic_values(db, viewer, filter, metric).await?;
    // With the colouring read from the tallies, the groups need not fold topic sets.
    let groups = place_groups(db, query, if tallied.is_some() { Metric::Organisations } else { metric }).await?;
    let total = groups.iter().map(|g| g.count).sum();
    let unplaced = groups.iter().filter(|g| g.latitude.is_none() || g.longitude.is_none()).map(|g| g.count).sum();
    let countries = match tallied {
        Some(countries) => countries,
        None => country_values(&groups, metric),
    };
    let mut places = places(groups);
    name_sole_organisations(db, &mut places).await?;
    Ok(MapData { metric, countries, places, total, unplaced })
}

/// Organisations sharing country, city and kind, at the average of their coordinates:
/// markers sit at cities (an address-level map of 100,000 organisations would send 100,000
/// points and tell nobody more).
struct PlaceGroup {
    country: Country,
    city: String,
    latitude: Option<f64>,
    longitude: Option<f64>,
    kind: OrgKind,
    count: u64,
    /// The smallest id: the organisation itself when `count` is 1.
    first_id: Uuid,
    /// Organisations that belong to a cluster (counted for that metric only).
    members: u64,
    /// The union of the topic bit sets offered and needed (for the topic metrics only).
    offered: i64,
    needed: i64,
}

async fn place_groups(
    db: &impl ConnectionTrait,
    query: Select<organisations::Entity>,
    metric: Metric,
) -> Result<Vec<PlaceGroup>, ServiceError> {
    use organisations::Column as C;
    // Only columns of idx_organisations_map_facets, so the database reads the index alone.
    type Row = (Country, String, OrgKind, Option<f64>, Option<f64>, i64, String, i64, i64, i64);
    // Neither database orders uuids the same way or at all (Postgres has no min(uuid)): take
    // the smallest as text; which one does not matter, only that a lone one is found.
    let first_id = match db.get_database_backend() {
        sea_orm::DbBackend::Postgres => "MIN(CAST(id AS TEXT))",
        _ => "LOWER(HEX(MIN(id)))",
    };
    // What a metric needs beyond the counts, as constants when it needs nothing (typed, for
    // Postgres: a bare 0 is a 32-bit integer there).
    let zero = || "CAST(0 AS BIGINT)".to_owned();
    let members = match metric {
        Metric::ClusterMembers => "CAST(SUM(CASE WHEN memberships > 0 THEN 1 ELSE 0 END) AS BIGINT)".to_owned(),
        _ => zero(),
    };
    // Each union costs one aggregate per topic (about 3 ms each at 100,000 organisations).
    let (offered, needed) = match metric {
        Metric::TopicsOffered => (union_of_bits("topics_offered_bits"), zero()),
        Metric::UnmetNeeds => (union_of_bits("topics_offered_bits"), union_of_bits("topics_needed_bits")),
        _ => (zero(), zero()),
    };
    let rows: Vec<Row> = query
        .select_only()
        .columns([C::Country, C::City, C::Kind])
        .column_as(Expr::col(C::Latitude).avg(), "latitude")
        .column_as(Expr::col(C::Longitude).avg(), "longitude")
        .column_as(Expr::cust("COUNT(*)"), "n")
        .column_as(Expr::cust(first_id), "first_id")
        .column_as(Expr::cust(members), "members")
        .column_as(Expr::cust(offered), "offered")
        .column_as(Expr::cust(needed), "needed")
        // In the index's order, so groups stream out of it without a sort.
        .group_by(C::Kind)
        .group_by(C::Country)
        .group_by(C::City)
        .into_tuple()
        .all(db)
        .await?;
    rows.into_iter()
        .map(|(country, city, kind, latitude, longitude, n, first_id, members, offered, needed)| {
            let first_id = Uuid::parse_str(&first_id)
                .map_err(|e| ServiceError::Internal(format!("smallest id of a place group {first_id:?}: {e}")))?;
            Ok(PlaceGroup {
                country,
                city,
                latitude,
                longitude,
                kind,
                count: u64::try_from(n).unwrap_or(0),
                first_id,
                members: u64::try_from(members).unwrap_or(0),
                offered,
                needed,
            })
        })
        .collect()
}

/// The bitwise OR of `column` over a group, which neither SQLite nor sea-query offers as one
/// aggregate: the sum of each topic bit's maximum (each is 0 or the bit itself).
fn union_of_bits(column: &str) -> String {
    let per_bit: Vec<String> = (0..Topic::ALL.len()).map(|i| format!("MAX({column} & {})", 1_i64 << i)).collect();
    per_bit.join(" + ")
}

/// Folds kind groups into places (one per city), projected into the frame at the
/// count-weighted mean of the groups' positions; ordered by country and city so the response
/// is stable.
fn places(groups: Vec<PlaceGroup>) -> Vec<Place> {
    type Key = (&'static str, String);
    let mut by_place: BTreeMap<Key, (Place, Vec<PlaceGroup>)> = BTreeMap::new();
    for group in groups {
        let (Some(lat), Some(lon)) = (group.latitude, group.longitude) else { continue };
        let Some((x, y)) = to_frame(lat, lon) else { continue };
        let country = group.country;
        let key = (country.slug(), group.city.clone());
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
        if let Some(i) = OrgKind::ALL.iter().position(|&k| k == group.kind) {
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
                place.sole = Some(SoleOrg { slug: only.first_id.to_string(), name: String::new(), kind: only.kind });
            }
            place
        })
        .collect()
}

/// Replaces the ids of organisations alone at their place with their slugs and names, in one
/// query (grouping could not carry them without reading every row).
async fn name_sole_organisations(db: &impl ConnectionTrait, places: &mut [Place]) -> Result<(), ServiceError> {
    let ids: Vec<OrgId> = places.iter().filter_map(|p| p.sole.as_ref()?.slug.parse().ok()).collect();
    if ids.is_empty() {
        return Ok(());
    }
    let mut names = crate::organisations::names_by_id(db, &ids).await?;
    for sole in places.iter_mut().filter_map(|p| p.sole.as_mut()) {
        if let Some((slug, name)) = sole.slug.parse().ok().and_then(|id: OrgId| names.remove(&id)) {
            (sole.slug, sole.name) = (slug, name);
        }
    }
    Ok(())
}

/// The choropleth's value per country, folded from the place groups.
fn country_values(groups: &[PlaceGroup], metric: Metric) -> Vec<CountryValue> {
    let mut by_country: BTreeMap<Country, CountryTotals> = BTreeMap::new();
    for group in groups {
        let totals = by_country.entry(group.country).or_default();
        totals.count += match metric {
            Metric::Smes if group.kind != OrgKind::Sme => 0,
            Metric::ClusterMembers => group.members,
            _ => group.count,
        };
        totals.offered |= group.offered;
        totals.needed |= group.needed;
    }
    values(by_country, metric)
}

/// What a country's organisations add up to, for any metric.
#[derive(Default)]
struct CountryTotals {
    count: u64,
    /// Topic bit sets: the union of what someone there offers and needs.
    offered: i64,
    needed: i64,
}

fn values(by_country: BTreeMap<Country, CountryTotals>, metric: Metric) -> Vec<CountryValue> {
    by_country
        .into_iter()
        .map(|(country, t)| {
            let value = match metric {
                Metric::Organisations | Metric::Smes | Metric::ClusterMembers => t.count,
                // Distinct topics someone there offers.
                Metric::TopicsOffered => u64::from(t.offered.count_ones()),
                // Topics needed there that nobody there offers.
                Metric::UnmetNeeds => u64::from((t.needed & !t.offered).count_ones()),
            };
            CountryValue { country, value: u32::try_from(value).unwrap_or(u32::MAX) }
        })
        .filter(|v| v.value > 0)
        .collect()
}

/// A topic colouring read from `country_topic_tallies`, which the database keeps per
/// (visibility, kind, country): so for a filter of kind and country alone, and `None` for
/// any other (or another metric). At 100,000 organisations this reads about a thousand rows
/// instead of folding 34 topic bits over every visible organisation (117 / 209 ms).
async fn tallied_topic_values(
    db: &impl ConnectionTrait,
    viewer: &Viewer,
    filter: &DirectoryFilter,
    metric: Metric,
) -> Result<Option<Vec<CountryValue>>, ServiceError> {
    use crate::entities::country_topic_tallies::{Column as C, Entity as Tallies};
    // Destructured, so that a new filter cannot be forgotten here.
    let DirectoryFilter { text, kind, country, value_chain, topic, cluster, region, city, as_of, page: _ } = filter;
    let tallied_filter = text.is_none()
        && value_chain.is_none()
        && topic.is_none()
        && cluster.is_none()
        && region.is_none()
        && city.is_none()
        && as_of.is_none();
    if !tallied_filter || !matches!(metric, Metric::TopicsOffered | Metric::UnmetNeeds) {
        return Ok(None);
    }
    let mut query = Tallies::find();
    if !viewer.is_signed_in() {
        // As `organisations::Entity::visible_to`.
        query = query.filter(C::Visibility.eq(Visibility::Public.slug()));
    }
    if let Some(kind) = kind {
        query = query.filter(C::Kind.eq(kind.slug()));
    }
    if let Some(country) = country {
        query = query.filter(C::Country.eq(country.slug()));
    }
    let rows: Vec<(Country, i32, i64, i64)> = query
        .select_only()
        .columns([C::Country, C::TopicBit])
        .column_as(Expr::col(C::Offering).max(), "offering")
        .column_as(Expr::col(C::Needing).max(), "needing")
        .group_by(C::Country)
        .group_by(C::TopicBit)
        .into_tuple()
        .all(db)
        .await?;
    let mut by_country: BTreeMap<Country, CountryTotals> = BTreeMap::new();
    for (country, bit, offering, needing) in rows {
        let bit = u32::try_from(bit)
            .ok()
            .and_then(|b| 1_i64.checked_shl(b))
            .ok_or_else(|| ServiceError::Internal(format!("topic tally with bit position {bit}")))?;
        let totals = by_country.entry(country).or_default();
        if offering > 0 {
            totals.offered |= bit;
        }
        if needing > 0 {
            totals.needed |= bit;
        }
    }
    Ok(Some(values(by_country, metric)))
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

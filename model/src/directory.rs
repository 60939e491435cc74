//! The organisation directory: the filters (as they appear in the URL) and one page of results.

use crate::organisation::{ClusterRef, is_nuts2_code};
use crate::taxonomy::{Country, OrgKind, Topic, ValueChain, Visibility};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

pub const PAGE_SIZE: u64 = 24;
pub const QUERY_MAX: usize = 100;

/// The directory's filters exactly as they sit in the URL query string (`?kind=sme&country=ES`).
/// Unknown values are ignored rather than rejected: a shared link with a stale value should
/// still open.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct DirectoryQuery {
    pub q: Option<String>,
    pub kind: Option<String>,
    pub country: Option<String>,
    pub chain: Option<String>,
    pub topic: Option<String>,
    pub cluster: Option<String>,
    /// NUTS 2 code.
    pub region: Option<String>,
    pub city: Option<String>,
    /// `YYYY-MM-DD`: the ecosystem as it stood that day (organisations joined by then).
    pub asof: Option<String>,
    pub page: Option<String>,
}

/// The URL keys of the filters, in the order links write them (`page` comes last, apart).
pub const FILTER_KEYS: [&str; 9] = ["q", "kind", "country", "region", "city", "chain", "topic", "cluster", "asof"];

/// The filters after parsing: what the service searches by.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct DirectoryFilter {
    pub text: Option<String>,
    pub kind: Option<OrgKind>,
    pub country: Option<Country>,
    pub value_chain: Option<ValueChain>,
    pub topic: Option<Topic>,
    /// A cluster's slug.
    pub cluster: Option<String>,
    pub region: Option<String>,
    pub city: Option<String>,
    pub as_of: Option<NaiveDate>,
    /// 1-based.
    pub page: u64,
}

impl DirectoryQuery {
    /// Reads the filters (and `page`) from any key → value source, such as the router's query map.
    pub fn from_pairs(get: impl Fn(&str) -> Option<String>) -> Self {
        Self {
            q: get("q"),
            kind: get("kind"),
            country: get("country"),
            chain: get("chain"),
            topic: get("topic"),
            cluster: get("cluster"),
            region: get("region"),
            city: get("city"),
            asof: get("asof"),
            page: get("page"),
        }
    }

    /// The value of one URL key.
    pub fn get(&self, key: &str) -> Option<&str> {
        match key {
            "q" => self.q.as_deref(),
            "kind" => self.kind.as_deref(),
            "country" => self.country.as_deref(),
            "chain" => self.chain.as_deref(),
            "topic" => self.topic.as_deref(),
            "cluster" => self.cluster.as_deref(),
            "region" => self.region.as_deref(),
            "city" => self.city.as_deref(),
            "asof" => self.asof.as_deref(),
            "page" => self.page.as_deref(),
            _ => None,
        }
    }

    /// The keys whose value was given but not understood (an unknown kind, a malformed
    /// date...). Pages ignore them so old links still open; the JSON API refuses them.
    pub fn invalid_keys(&self) -> Vec<&'static str> {
        let parsed = self.filter();
        let understood = |key: &str| match key {
            "kind" => parsed.kind.is_some(),
            "country" => parsed.country.is_some(),
            "chain" => parsed.value_chain.is_some(),
            "topic" => parsed.topic.is_some(),
            "cluster" => parsed.cluster.is_some(),
            "region" => parsed.region.is_some(),
            "city" => parsed.city.is_some(),
            "asof" => parsed.as_of.is_some(),
            "page" => self.page.as_deref().is_some_and(|p| p.trim().parse::<u64>().is_ok_and(|p| p >= 1)),
            _ => true,
        };
        FILTER_KEYS
            .into_iter()
            .chain(["page"])
            .filter(|key| self.get(key).is_some_and(|v| !v.trim().is_empty()) && !understood(key))
            .collect()
    }

    /// True when no filter is set (the page does not count).
    pub fn is_unfiltered(&self) -> bool {
        FILTER_KEYS.iter().all(|key| self.get(key).is_none_or(|v| v.trim().is_empty()))
    }

    pub fn filter(&self) -> DirectoryFilter {
        fn non_empty(v: &Option<String>) -> Option<&str> {
            v.as_deref().map(str::trim).filter(|s| !s.is_empty())
        }
        DirectoryFilter {
            text: non_empty(&self.q).map(|q| q.chars().take(QUERY_MAX).collect()),
            kind: non_empty(&self.kind).and_then(OrgKind::from_slug),
            country: non_empty(&self.country).and_then(Country::from_slug),
            value_chain: non_empty(&self.chain).and_then(ValueChain::from_slug),
            topic: non_empty(&self.topic).and_then(Topic::from_slug),
            cluster: non_empty(&self.cluster)
                .filter(|s| s.len() <= 80 && s.chars().all(|c| c.is_ascii_alphanumeric() || c == '-'))
                .map(str::to_owned),
            region: non_empty(&self.region).map(str::to_ascii_uppercase).filter(|r| is_nuts2_code(r)),
            city: non_empty(&self.city).filter(|c| c.chars().count() <= 80).map(str::to_owned),
            as_of: non_empty(&self.asof).and_then(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok()),
            page: non_empty(&self.page).and_then(|p| p.parse().ok()).filter(|&p| p >= 1).unwrap_or(1),
        }
    }

    /// The query string for this view with `page` replaced (`None` drops it), for pagination links.
    pub fn with_page(&self, page: Option<u64>) -> String {
        let page = page.filter(|&p| p > 1).map(|p| p.to_string());
        let mut pairs: Vec<(&str, &str)> = self.pairs().collect();
        pairs.extend(page.as_deref().map(|p| ("page", p)));
        query_string(pairs)
    }

    /// The filters that are set, as URL pairs in [`FILTER_KEYS`] order (no `page`).
    pub fn pairs(&self) -> impl Iterator<Item = (&'static str, &str)> + '_ {
        FILTER_KEYS.into_iter().filter_map(|key| self.get(key).filter(|v| !v.is_empty()).map(|v| (key, v)))
    }

    /// This view with one filter set (or cleared by `None`) and the page reset.
    pub fn with(&self, key: &str, value: Option<&str>) -> Self {
        let mut next =
            Self::from_pairs(|k| if k == key { value.map(str::to_owned) } else { self.get(k).map(str::to_owned) });
        next.page = None;
        next
    }
}

/// `?k=v&...` with values form-encoded, or `""` when there are no pairs.
pub fn query_string<'k, 'v>(pairs: impl IntoIterator<Item = (&'k str, &'v str)>) -> String {
    let encoded: Vec<String> = pairs
        .into_iter()
        .map(|(k, v)| format!("{k}={}", url::form_urlencoded::byte_serialize(v.as_bytes()).collect::<String>()))
        .collect();
    if encoded.is_empty() { String::new() } else { format!("?{}", encoded.join("&")) }
}

/// One organisation in a result list.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct OrgCard {
    pub slug: String,
    pub name: String,
    pub kind: OrgKind,
    pub country: Country,
    pub city: String,
    pub value_chains: Vec<ValueChain>,
    pub topics_offered: Vec<Topic>,
    pub visibility: Visibility,
}

/// One page of directory results.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DirectoryPage {
    pub cards: Vec<OrgCard>,
    pub total: u64,
    pub page: u64,
    pub pages: u64,
}

/// What the filter form offers beyond the fixed vocabularies.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DirectoryOptions {
    pub clusters: Vec<ClusterRef>,
}

/// The home page's numbers, counted over what the viewer may see.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct AllianceSummary {
    pub organisations: u64,
    pub smes: u64,
    pub clusters: u64,
    pub countries: u64,
    /// The alliance's own clusters.
    pub alliance_clusters: Vec<ClusterRef>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unknown_and_blank_values_are_ignored() {
        let q = DirectoryQuery {
            q: Some("  ".into()),
            kind: Some("sme".into()),
            country: Some("XX".into()),
            page: Some("0".into()),
            cluster: Some("modacc'; drop".into()),
            ..Default::default()
        };
        let f = q.filter();
        assert_eq!(f.text, None);
        assert_eq!(f.kind, Some(OrgKind::Sme));
        assert_eq!(f.country, None);
        assert_eq!(f.page, 1);
        assert_eq!(f.cluster, None);
    }

    #[test]
    fn values_given_but_not_understood_are_named() {
        let q = DirectoryQuery::from_pairs(|k| match k {
            "kind" => Some("spaceship".into()),
            "country" => Some("ES".into()),
            "asof" => Some("2025-02-30".into()),
            "page" => Some("x".into()),
            _ => None,
        });
        assert_eq!(q.invalid_keys(), vec!["kind", "asof", "page"]);
        assert!(DirectoryQuery::default().invalid_keys().is_empty());
    }

    #[test]
    fn pagination_links_keep_the_filters() {
        let q = DirectoryQuery {
            q: Some("eco dye".into()),
            country: Some("FR".into()),
            page: Some("3".into()),
            ..Default::default()
        };
        assert_eq!(q.with_page(Some(4)), "?q=eco+dye&country=FR&page=4");
        assert_eq!(q.with_page(None), "?q=eco+dye&country=FR");
    }
}

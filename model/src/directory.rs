//! The organisation directory: the filters (as they appear in the URL) and one page of results.

use crate::organisation::ClusterRef;
use crate::taxonomy::{Country, OrgKind, Topic, ValueChain, Visibility};
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
    pub page: Option<String>,
}

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
    /// 1-based.
    pub page: u64,
}

impl DirectoryQuery {
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
            page: non_empty(&self.page).and_then(|p| p.parse().ok()).filter(|&p| p >= 1).unwrap_or(1),
        }
    }

    /// The query string for this view with `page` replaced (`None` drops it), for pagination links.
    pub fn with_page(&self, page: Option<u64>) -> String {
        let mut pairs: Vec<(&str, String)> = Vec::new();
        for (key, value) in [
            ("q", &self.q),
            ("kind", &self.kind),
            ("country", &self.country),
            ("chain", &self.chain),
            ("topic", &self.topic),
            ("cluster", &self.cluster),
        ] {
            if let Some(v) = value.as_deref().filter(|v| !v.is_empty()) {
                pairs.push((key, v.to_owned()));
            }
        }
        if let Some(p) = page.filter(|&p| p > 1) {
            pairs.push(("page", p.to_string()));
        }
        let encoded: Vec<String> = pairs
            .into_iter()
            .map(|(k, v)| format!("{k}={}", url::form_urlencoded::byte_serialize(v.as_bytes()).collect::<String>()))
            .collect();
        if encoded.is_empty() { String::new() } else { format!("?{}", encoded.join("&")) }
    }
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

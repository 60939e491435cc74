//! A region's page: a country or a NUTS 2 region, who is there, what they offer and need,
//! and which needs nobody there meets (with where in Europe they are met).

use crate::organisation::{is_nuts2_code, nuts_country};
use crate::taxonomy::{Country, OrgKind, Topic, ValueChain};
use serde::{Deserialize, Serialize};

/// Which region: a whole country (`ES`) or a NUTS 2 region (`ES51`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum RegionScope {
    Country(Country),
    Nuts2 { code: String, country: Country },
}

impl RegionScope {
    /// Reads the code in `/regions/<code>`; `None` for anything else.
    pub fn parse(code: &str) -> Option<Self> {
        let code = code.trim().to_ascii_uppercase();
        if let Some(country) = Country::from_slug(&code) {
            return Some(Self::Country(country));
        }
        is_nuts2_code(&code)
            .then(|| nuts_country(&code))
            .flatten()
            .filter(|_| crate::nuts::nuts2_name(&code).is_some())
            .map(|country| Self::Nuts2 { code, country })
    }

    pub fn country(&self) -> Country {
        match self {
            Self::Country(c) | Self::Nuts2 { country: c, .. } => *c,
        }
    }

    /// The code as it appears in URLs and filters.
    pub fn code(&self) -> String {
        match self {
            Self::Country(c) => c.slug().to_owned(),
            Self::Nuts2 { code, .. } => code.clone(),
        }
    }
}

/// A need nobody in the region offers, and the countries where most organisations offer it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct UnmetNeed {
    pub topic: Topic,
    /// Organisations in the region that need it.
    pub needed_by: u64,
    /// Up to three countries, most offers first.
    pub offered_in: Vec<(Country, u64)>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct RegionProfile {
    pub scope: RegionScope,
    pub organisations: u64,
    pub by_kind: Vec<(OrgKind, u64)>,
    pub by_value_chain: Vec<(ValueChain, u64)>,
    /// Topics and how many organisations offer (need) them, most first.
    pub offered: Vec<(Topic, u64)>,
    pub needed: Vec<(Topic, u64)>,
    pub unmet: Vec<UnmetNeed>,
    /// For a country: its NUTS 2 regions with organisations, and how many.
    pub regions: Vec<(String, u64)>,
    /// The current survey round's mean rating per challenge among the region's organisations.
    pub survey: Vec<ChallengeMean>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ChallengeMean {
    pub slug: String,
    pub name: String,
    pub mean: f32,
    pub answers: u32,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_name_a_country_or_a_known_nuts2_region() {
        assert_eq!(RegionScope::parse("es"), Some(RegionScope::Country(Country::Es)));
        assert_eq!(RegionScope::parse("ES51"), Some(RegionScope::Nuts2 { code: "ES51".into(), country: Country::Es }));
        assert_eq!(RegionScope::parse("EL30").map(|s| s.country()), Some(Country::Gr));
        assert_eq!(RegionScope::parse("ES99"), None, "not a NUTS 2 region");
        assert_eq!(RegionScope::parse("XX"), None);
        assert_eq!(RegionScope::parse("../etc"), None);
    }
}

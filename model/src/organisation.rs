//! An organisation's profile as shown, and the edit form as posted and as validated.

use crate::OrgId;
use crate::taxonomy::{Country, Language, OrgKind, SizeBand, Topic, ValueChain, Visibility};
use crate::validate::{self, FieldErrors, many_of, one_of};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

pub const NAME_MAX: usize = 120;
pub const CITY_MAX: usize = 80;
pub const DESCRIPTION_MAX: usize = 4000;
pub const TOPICS_MAX: usize = 12;
pub const CERTIFICATIONS_MAX: usize = 10;
pub const CERTIFICATION_MAX: usize = 80;
pub const WEBSITE_MAX: usize = 200;

/// A link to a cluster an organisation belongs to.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ClusterRef {
    pub slug: String,
    pub name: String,
    pub country: Country,
}

/// Everything the profile page shows.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct OrgProfile {
    pub id: OrgId,
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
    pub languages: Vec<Language>,
    pub certifications: Vec<String>,
    pub website: Option<String>,
    pub description: String,
    pub visibility: Visibility,
    pub joined_on: NaiveDate,
    /// The clusters this organisation is a member of.
    pub clusters: Vec<ClusterRef>,
    /// For a cluster organisation: how many members it has.
    pub member_count: Option<u64>,
    /// Whether the viewer may edit it (decided by the server; the server checks again on save).
    pub can_edit: bool,
}

/// The edit form exactly as posted: raw text, so a rejected submission can be shown again
/// unchanged. Field names are the form's `name` attributes.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct OrgForm {
    pub name: String,
    pub kind: String,
    pub country: String,
    pub region: String,
    pub city: String,
    pub latitude: String,
    pub longitude: String,
    pub value_chains: Vec<String>,
    pub topics_offered: Vec<String>,
    pub topics_needed: Vec<String>,
    pub size_band: String,
    pub languages: Vec<String>,
    /// One certification per line.
    pub certifications: String,
    pub website: String,
    pub description: String,
    pub visibility: String,
}

/// A validated update: what the service stores.
#[derive(Clone, Debug, PartialEq)]
pub struct OrgUpdate {
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
    pub languages: Vec<Language>,
    pub certifications: Vec<String>,
    pub website: Option<String>,
    pub description: String,
    pub visibility: Visibility,
}

impl From<&OrgProfile> for OrgForm {
    fn from(p: &OrgProfile) -> Self {
        fn slugs<T: Copy>(items: &[T], slug: fn(T) -> &'static str) -> Vec<String> {
            items.iter().map(|&i| slug(i).to_owned()).collect()
        }
        let coordinate = |c: Option<f64>| c.map(|v| format!("{v:.5}")).unwrap_or_default();
        OrgForm {
            name: p.name.clone(),
            kind: p.kind.slug().into(),
            country: p.country.slug().into(),
            region: p.region.clone().unwrap_or_default(),
            city: p.city.clone(),
            latitude: coordinate(p.latitude),
            longitude: coordinate(p.longitude),
            value_chains: slugs(&p.value_chains, ValueChain::slug),
            topics_offered: slugs(&p.topics_offered, Topic::slug),
            topics_needed: slugs(&p.topics_needed, Topic::slug),
            size_band: p.size_band.map(|s| s.slug().to_owned()).unwrap_or_default(),
            languages: slugs(&p.languages, Language::slug),
            certifications: p.certifications.join("\n"),
            website: p.website.clone().unwrap_or_default(),
            description: p.description.clone(),
            visibility: p.visibility.slug().into(),
        }
    }
}

impl OrgForm {
    /// Validates every field and reports all problems at once.
    pub fn validate(&self) -> Result<OrgUpdate, FieldErrors> {
        let mut e = FieldErrors::default();
        let name = validate::text(&mut e, "name", &self.name, true, NAME_MAX);
        let kind = one_of(&mut e, "kind", &self.kind, OrgKind::from_slug);
        let country = one_of(&mut e, "country", &self.country, Country::from_slug);
        let region = nuts2_region(&mut e, &self.region, country);
        let city = validate::text(&mut e, "city", &self.city, true, CITY_MAX);
        let latitude = coordinate(&mut e, "latitude", &self.latitude, 90.0);
        let longitude = coordinate(&mut e, "longitude", &self.longitude, 180.0);
        if latitude.is_some() != longitude.is_some() {
            let missing = if latitude.is_none() { "latitude" } else { "longitude" };
            e.add(missing, "error-coordinates-pair");
        }
        let value_chains = many_of(&mut e, "value_chains", &self.value_chains, ValueChain::from_slug);
        if value_chains.is_empty() {
            e.add("value_chains", "error-pick-at-least-one");
        }
        let topics_offered = many_of(&mut e, "topics_offered", &self.topics_offered, Topic::from_slug);
        let topics_needed = many_of(&mut e, "topics_needed", &self.topics_needed, Topic::from_slug);
        for (field, topics) in [("topics_offered", &topics_offered), ("topics_needed", &topics_needed)] {
            if topics.len() > TOPICS_MAX {
                e.add(field, "error-too-many");
            }
        }
        let size_band = if self.size_band.trim().is_empty() {
            None
        } else {
            one_of(&mut e, "size_band", &self.size_band, SizeBand::from_slug)
        };
        let languages = many_of(&mut e, "languages", &self.languages, Language::from_slug);
        if languages.is_empty() {
            e.add("languages", "error-pick-at-least-one");
        }
        let certifications = certification_lines(&mut e, &self.certifications);
        let website = website(&mut e, &self.website);
        let description = validate::paragraphs(&mut e, "description", &self.description, false, DESCRIPTION_MAX);
        let visibility = one_of(&mut e, "visibility", &self.visibility, Visibility::from_slug);
        e.into_result()?;
        // Every `None` above added an error, so the pattern below always matches.
        let (Some(kind), Some(country), Some(visibility)) = (kind, country, visibility) else {
            unreachable!("a missing choice always records a field error")
        };
        Ok(OrgUpdate {
            name,
            kind,
            country,
            region,
            city,
            latitude,
            longitude,
            value_chains,
            topics_offered,
            topics_needed,
            size_band,
            languages,
            certifications,
            website,
            description,
            visibility,
        })
    }
}

fn coordinate(e: &mut FieldErrors, field: &str, raw: &str, limit: f64) -> Option<f64> {
    let raw = raw.trim();
    if raw.is_empty() {
        return None;
    }
    match raw.replace(',', ".").parse::<f64>() {
        Ok(v) if v.is_finite() && (-limit..=limit).contains(&v) => Some(v),
        Ok(_) => {
            e.add(field, "error-out-of-range");
            None
        }
        Err(_) => {
            e.add(field, "error-not-a-number");
            None
        }
    }
}

/// Whether `code` has the shape of a NUTS 2 code (upper case): four letters or digits.
pub fn is_nuts2_code(code: &str) -> bool {
    code.len() == 4 && code.chars().all(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
}

/// The first two characters of a country's NUTS codes.
pub fn nuts_prefix(country: Country) -> &'static str {
    match country {
        Country::Gr => "EL",
        Country::Gb => "UK",
        other => other.slug(),
    }
}

/// The country a NUTS code belongs to.
pub fn nuts_country(code: &str) -> Option<Country> {
    let prefix = code.get(..2)?;
    Country::ALL.iter().copied().find(|&c| nuts_prefix(c) == prefix)
}

/// A NUTS 2 code is the country's NUTS prefix and two more characters (`ES51`, `RO32`).
/// NUTS writes Greece as `EL`; the United Kingdom's codes (`UK..`) predate Brexit.
fn nuts2_region(e: &mut FieldErrors, raw: &str, country: Option<Country>) -> Option<String> {
    let code = raw.trim().to_ascii_uppercase();
    if code.is_empty() {
        return None;
    }
    if !is_nuts2_code(&code) {
        e.add("region", "error-region-format");
        return None;
    }
    if let Some(country) = country
        && !code.starts_with(nuts_prefix(country))
    {
        e.add("region", "error-region-country");
        return None;
    }
    Some(code)
}

fn certification_lines(e: &mut FieldErrors, raw: &str) -> Vec<String> {
    let lines: Vec<String> = raw.lines().map(str::trim).filter(|l| !l.is_empty()).map(str::to_owned).collect();
    if lines.iter().any(|l| l.chars().any(validate::is_forbidden_in_a_line)) {
        e.add("certifications", "error-control-characters");
    } else if lines.len() > CERTIFICATIONS_MAX {
        e.add("certifications", "error-too-many");
    } else if lines.iter().any(|l| l.chars().count() > CERTIFICATION_MAX) {
        e.add("certifications", "error-too-long");
    }
    lines
}

fn website(e: &mut FieldErrors, raw: &str) -> Option<String> {
    let raw = raw.trim();
    if raw.is_empty() {
        return None;
    }
    // The URL parser would silently drop tabs and line breaks; refuse them instead.
    if raw.chars().any(validate::is_forbidden_in_a_line) {
        e.add("website", "error-control-characters");
        return None;
    }
    if raw.chars().count() > WEBSITE_MAX {
        e.add("website", "error-too-long");
        return None;
    }
    // People type "www.example.eu"; store what a browser would open.
    let candidate = if raw.contains("://") { raw.to_owned() } else { format!("https://{raw}") };
    match url::Url::parse(&candidate) {
        Ok(u) if matches!(u.scheme(), "http" | "https") && u.host_str().is_some_and(|h| h.contains('.')) => {
            Some(u.to_string())
        }
        _ => {
            e.add("website", "error-website");
            None
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn valid() -> OrgForm {
        OrgForm {
            name: "Teixits Vallès".into(),
            kind: "sme".into(),
            country: "ES".into(),
            region: "es51".into(),
            city: "Sabadell".into(),
            latitude: "41.5463".into(),
            longitude: "2,1086".into(),
            value_chains: vec!["fashion-textile".into()],
            topics_offered: vec!["knitting".into(), "weaving".into(), "knitting".into()],
            topics_needed: vec![],
            size_band: "small".into(),
            languages: vec!["ca".into(), "es".into()],
            certifications: "GOTS\n\n OEKO-TEX ".into(),
            website: "www.teixits.example.eu".into(),
            description: "Knitwear since 1962.".into(),
            visibility: "public".into(),
        }
    }

    #[test]
    fn a_valid_form_is_normalised() {
        let u = valid().validate().unwrap();
        assert_eq!(u.region.as_deref(), Some("ES51"));
        assert_eq!(u.longitude, Some(2.1086));
        assert_eq!(u.topics_offered, vec![Topic::Knitting, Topic::Weaving]);
        assert_eq!(u.certifications, vec!["GOTS", "OEKO-TEX"]);
        assert_eq!(u.website.as_deref(), Some("https://www.teixits.example.eu/"));
    }

    #[test]
    fn every_problem_is_named_by_its_field() {
        let form = OrgForm {
            name: " ".into(),
            kind: "bank".into(),
            region: "FR10".into(),
            latitude: "91".into(),
            longitude: "east".into(),
            value_chains: vec![],
            website: "not a site".into(),
            languages: vec!["xx".into()],
            ..valid()
        };
        let e = form.validate().unwrap_err();
        assert_eq!(e.get("name"), Some("error-required"));
        assert_eq!(e.get("kind"), Some("error-unknown-choice"));
        assert_eq!(e.get("region"), Some("error-region-country"));
        assert_eq!(e.get("latitude"), Some("error-out-of-range"));
        assert_eq!(e.get("longitude"), Some("error-not-a-number"));
        assert_eq!(e.get("value_chains"), Some("error-pick-at-least-one"));
        assert_eq!(e.get("website"), Some("error-website"));
        assert_eq!(e.get("languages"), Some("error-unknown-choice"));
        assert_eq!(e.get("city"), None);
    }

    #[test]
    fn greek_regions_use_the_nuts_prefix() {
        let form = OrgForm { country: "GR".into(), region: "EL30".into(), ..valid() };
        assert_eq!(form.validate().unwrap().region.as_deref(), Some("EL30"));
    }

    #[test]
    fn coordinates_come_in_pairs() {
        let form = OrgForm { longitude: "".into(), ..valid() };
        assert_eq!(form.validate().unwrap_err().get("longitude"), Some("error-coordinates-pair"));
    }
}

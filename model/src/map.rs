//! The ecosystem map's vocabulary: the frame Europe is drawn in, places with organisations,
//! the choropleth metric, the viewport, and the clustering both the server (first view) and
//! the browser (every zoom) run, so the two always agree.

mod atlas;
pub mod cluster;
pub mod legend;
pub mod viewport;

pub use atlas::{COUNTRY_SHAPES, HEIGHT, ORIGIN_EASTING, ORIGIN_NORTHING, PROJECTION, WIDTH};

use crate::taxonomy::{Country, OrgKind};
use serde::{Deserialize, Serialize};

/// A country as drawn in `public/map/europe.svg`: its box and where its label goes, in frame km.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct CountryShape {
    pub code: &'static str,
    /// `[x0, y0, x1, y1]` around everything drawn for it.
    pub bounds: [f64; 4],
    /// The box to zoom to: the mainland and the islands near it.
    pub focus: [f64; 4],
    pub label: [f64; 2],
}

pub fn country_shape(country: Country) -> Option<&'static CountryShape> {
    COUNTRY_SHAPES.iter().find(|s| s.code == country.slug())
}

crate::slug_enum!(
    /// What the choropleth colours countries by.
    Metric, "metric" {
        Organisations => "organisations",
        Smes => "smes",
        ClusterMembers => "cluster-members",
        TopicsOffered => "topics-offered",
        UnmetNeeds => "unmet-needs",
    }
);

impl Metric {
    /// Unknown or missing values fall back to counting organisations.
    pub fn from_param(value: Option<&str>) -> Self {
        value.and_then(Self::from_slug).unwrap_or(Self::Organisations)
    }
}

/// The one organisation at a place, so its marker can name it without another request.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SoleOrg {
    pub slug: String,
    pub name: String,
    pub kind: OrgKind,
}

/// The organisations at one city (identical coordinates), in frame km.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Place {
    pub x: f32,
    pub y: f32,
    pub city: String,
    pub country: Country,
    pub count: u32,
    /// How many of each kind, in [`OrgKind::ALL`] order.
    pub kinds: Vec<u32>,
    /// Set when `count == 1`.
    pub sole: Option<SoleOrg>,
}

/// One country's value of the chosen metric (countries with none are left out).
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct CountryValue {
    pub country: Country,
    pub value: u32,
}

/// Everything the map draws for one set of filters.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct MapData {
    pub metric: Metric,
    pub countries: Vec<CountryValue>,
    pub places: Vec<Place>,
    /// Organisations matching the filters, including any without coordinates.
    pub total: u64,
    /// Of those, the ones with no coordinates (no marker).
    pub unplaced: u64,
}

impl MapData {
    pub fn value_of(&self, country: Country) -> u32 {
        self.countries.iter().find(|c| c.country == country).map_or(0, |c| c.value)
    }
}

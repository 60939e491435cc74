//! The ecosystem map: Europe with a choropleth and clustered organisation markers, its
//! legend, the table of exactly what it shows, and the panel a marker opens.

pub mod legend;
pub mod network;
/// Rendered on the server for the map island, which shows it as HTML.
#[cfg(feature = "ssr")]
pub mod panel;
pub mod table;

use model::directory::{DirectoryQuery, query_string};
use model::map::Metric;
use model::map::viewport::Viewport;
use serde::{Deserialize, Serialize};
use std::borrow::Cow;

pub const PAGE_BASE: &str = "/map";
pub const EMBED_BASE: &str = "/embed/map";

/// The map's own URL parameters beside the filters.
pub const MAP_PARAMS: &[&str] = &["metric", "zoom", "at", "show", "focus"];

/// What the map page shows below the controls.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Show {
    Map,
    Table,
    Network,
}

impl Show {
    pub fn from_param(value: Option<&str>) -> Self {
        match value {
            Some("table") => Self::Table,
            Some("network") => Self::Network,
            _ => Self::Map,
        }
    }
}

/// One state of the map page, as a URL: filters, metric, view and tab. Serializable, since
/// the map island carries it into the browser.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct MapState {
    /// `/map`, or `/embed/map` inside a partner's iframe (filters fixed, links open CLOTH).
    pub base: Cow<'static, str>,
    pub query: DirectoryQuery,
    pub metric: Metric,
    pub viewport: Viewport,
    pub show: Show,
    /// The network node in focus (`c:modacc`, `o:<slug>`, `t:<topic>`).
    pub focus: Option<String>,
}

impl MapState {
    /// The URL parameters that differ from the defaults, filters first.
    pub fn pairs(&self) -> Vec<(&'static str, String)> {
        let mut pairs: Vec<(&'static str, String)> = self.query.pairs().map(|(k, v)| (k, v.to_owned())).collect();
        if self.metric != Metric::Organisations {
            pairs.push(("metric", self.metric.slug().to_owned()));
        }
        if let Some((zoom, at)) = self.viewport.to_params() {
            pairs.push(("zoom", zoom));
            pairs.push(("at", at));
        }
        match self.show {
            Show::Map => {}
            Show::Table => pairs.push(("show", "table".to_owned())),
            Show::Network => pairs.push(("show", "network".to_owned())),
        }
        if let Some(focus) = &self.focus {
            pairs.push(("focus", focus.clone()));
        }
        pairs
    }

    pub fn href(&self) -> String {
        let pairs = self.pairs();
        format!("{}{}", self.base, query_string(pairs.iter().map(|(k, v)| (*k, v.as_str()))))
    }

    pub fn is_embedded(&self) -> bool {
        self.base == EMBED_BASE
    }

    /// This state with other settings.
    pub fn with(&self, change: impl FnOnce(&mut Self)) -> Self {
        let mut next = self.clone();
        change(&mut next);
        next
    }
}

/// Screen-space fill classes of the choropleth's five classes, lightest first.
pub const FILLS: [&str; 5] =
    ["fill-emerald-100", "fill-emerald-200", "fill-emerald-300", "fill-emerald-500", "fill-emerald-700"];
pub const FILL_NONE: &str = "fill-stone-50";
/// The same colours as legend swatches.
pub const SWATCHES: [&str; 5] =
    ["bg-emerald-100", "bg-emerald-200", "bg-emerald-300", "bg-emerald-500", "bg-emerald-700"];
pub const SWATCH_NONE: &str = "bg-stone-50";

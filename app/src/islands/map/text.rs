//! The map island's words, translated by the server for the page's language.

use super::super::text::Counted;
use model::taxonomy::{Country, OrgKind};
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct MapText {
    pub label: String,
    /// How to move the map, with JavaScript; and what works without it.
    pub keys: String,
    pub keys_without_script: String,
    pub zoom_in: String,
    pub zoom_out: String,
    pub zoom_reset: String,
    pub panel_close: String,
    pub loading: String,
    pub failed: String,
    /// Country names in `Country::ALL` order.
    pub countries: Vec<String>,
    /// Kinds of organisation in `OrgKind::ALL` order.
    pub kinds: Vec<String>,
    pub organisations: Counted,
    pub cluster: Counted,
}

impl MapText {
    pub fn country(&self, country: Country) -> &str {
        Country::ALL.iter().position(|c| *c == country).and_then(|i| self.countries.get(i)).map_or("", String::as_str)
    }

    pub fn kind(&self, index: usize) -> &str {
        self.kinds.get(index).map_or("", String::as_str)
    }
}

impl MapText {
    /// The words in `lang` (built on the server; the browser receives them in the props).
    pub fn new(lang: crate::i18n::Lang) -> Self {
        let t = |key: &str| lang.t(key);
        Self {
            label: t("map-label"),
            keys: t("map-keys"),
            keys_without_script: t("map-keys-no-script"),
            zoom_in: t("map-zoom-in"),
            zoom_out: t("map-zoom-out"),
            zoom_reset: t("map-zoom-reset"),
            panel_close: t("map-panel-close"),
            loading: t("loading"),
            failed: t("error-transport"),
            countries: Country::ALL.iter().map(|c| t(&c.label_key())).collect(),
            kinds: OrgKind::ALL.iter().map(|k| t(&k.label_key())).collect(),
            organisations: Counted::new(lang, "map-organisations", "count"),
            cluster: Counted::new(lang, "map-cluster-label", "count"),
        }
    }
}

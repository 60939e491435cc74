//! Words organisations are named with, per language, and the English patterns every country
//! also uses (many European start-ups, clusters and institutes carry English names).
//!
//! Patterns use placeholders filled by [`crate::names`]: `{t}` a trade word, `{u}` a trade word
//! that follows the name ("Rodopa Wool"), `{s}` and `{s2}` two different surnames, `{p}` a
//! regional word ("des Vosges") and `{P}` the same without its article ("Vosges"), `{c}` the
//! city, `{dc}` "of <city>" in the language (Catalan and French elide: "d'Igualada").

mod east;
mod north;
mod west;

use crate::gazetteer::City;
use model::taxonomy::{Country, ValueChain};

/// How a language writes "of <city>".
#[derive(Clone, Copy)]
pub enum Of {
    /// "de Sabadell", "de Madrid".
    De,
    /// "de Lyon" but "d'Igualada" (before a vowel or h).
    DeElided,
    /// "di Prato".
    Di,
    /// "de Braga" but "do Porto" (Porto takes the article).
    DePortuguese,
}

impl Of {
    pub fn city(self, city: &str) -> String {
        let starts_vowel = city.chars().next().is_some_and(|c| "AEIOUHÀÁÈÉÍÒÓÚaeiouh".contains(c));
        match self {
            Of::DeElided if starts_vowel => format!("d'{city}"),
            Of::De | Of::DeElided => format!("de {city}"),
            Of::Di => format!("di {city}"),
            Of::DePortuguese if city == "Porto" => "do Porto".to_owned(),
            Of::DePortuguese => format!("de {city}"),
        }
    }
}

/// One language's naming material.
pub struct Vocab {
    /// Trade words: "Teixits", "Lanificio", "Weberei", "Strik".
    pub trades: &'static [&'static str],
    /// Trade words that follow a place or family name ("Rodopa Wool"); empty means `trades`.
    pub trailing: &'static [&'static str],
    pub surnames: &'static [&'static str],
    /// Regional words and landmarks: "Vallès", "Trakia", "Vogtland".
    pub places: &'static [&'static str],
    /// Company name patterns (the legal form is added separately).
    pub company: &'static [&'static str],
    /// Local-language patterns for clusters, public bodies and research and education; empty
    /// where the language declines city names (Polish "w Łodzi") and English is used instead.
    pub cluster: &'static [&'static str],
    pub public: &'static [&'static str],
    pub research: &'static [&'static str],
    pub of: Of,
}

/// The naming language of an organisation in `city`.
pub fn vocab_for(city: &City) -> &'static Vocab {
    use Country::*;
    match city.country {
        Es if city.nuts2 == "ES51" => &west::CATALAN,
        Es => &west::SPANISH,
        Fr | Lu => &west::FRENCH,
        Be if city.nuts2.starts_with("BE2") => &west::FLEMISH,
        Be => &west::FRENCH,
        It => &west::ITALIAN,
        Pt => &west::PORTUGUESE,
        De | At => &west::GERMAN,
        Nl => &west::DUTCH,
        Ie => &west::IRISH,
        Mt => &west::MALTESE,
        Bg => &east::BULGARIAN,
        Ro => &east::ROMANIAN,
        Pl => &east::POLISH,
        Cz => &east::CZECH,
        Sk => &east::SLOVAK,
        Si => &east::SLOVENIAN,
        Hr => &east::CROATIAN,
        Hu => &east::HUNGARIAN,
        Gr | Cy => &east::GREEK,
        Dk => &north::DANISH,
        Se => &north::SWEDISH,
        Fi => &north::FINNISH,
        Lt => &north::LITHUANIAN,
        Lv => &north::LATVIAN,
        Ee => &north::ESTONIAN,
        _ => &west::IRISH,
    }
}

/// Coined words of modern brands and studios, shared by every country.
#[rustfmt::skip]
pub static BRANDS: &[&str] = &[
    "Loop", "Thread", "Fibre", "Indigo", "Linen", "Hemp", "Moss", "Fern", "Aurora", "Nova",
    "Terra", "Luma", "Vela", "Riva", "Circle", "Kind", "Slow", "Pure", "Bloom", "Atlas",
    "Orbit", "Selva", "Kora", "Alba", "Nomad", "Ember", "Cobalt", "Flax", "Saga", "Tide",
    "Oak", "Wren", "Lumen", "Ochre", "Sable", "Juno", "Mira", "Nordic", "Zephyr", "Origo",
];

/// What follows a brand word: "Loop Studio", "Indigo Materials".
#[rustfmt::skip]
pub static BRAND_TAILS: &[&str] = &[
    "Studio", "Lab", "Atelier", "Collective", "Works", "Textiles", "Materials", "Design",
    "Wear", "Knitwear", "Denim", "Supply", "Apparel", "Fabrics", "Label", "Editions",
];

/// Cluster themes by value chain: "Prato Textile Cluster", "Circular Textiles Cluster Borås".
pub fn cluster_themes(chain: ValueChain) -> &'static [&'static str] {
    match chain {
        ValueChain::FashionTextile => &[
            "Fashion",
            "Textile",
            "Apparel",
            "Knitwear",
            "Footwear",
            "Technical Textiles",
            "Wool",
            "Fashion & Textile",
            "Leather",
        ],
        ValueChain::CircularEconomy => {
            &["Circular Textiles", "Circular Economy", "Textile Recycling", "Green Industries", "Sustainable Fashion"]
        }
        ValueChain::CreativeIndustries => &["Creative Industries", "Design", "Lifestyle & Design", "Crafts"],
        ValueChain::Digital => &["Fashion Tech", "Digital Textiles", "Smart Textiles", "Industry 4.0"],
    }
}

/// English cluster patterns; `{x}` is a theme from [`cluster_themes`].
#[rustfmt::skip]
pub static CLUSTER_EN: &[&str] = &[
    "{c} {x} Cluster", "{x} Cluster {c}", "{c} {x} Network", "{P} {x} Cluster", "{x} Alliance {c}",
];

#[rustfmt::skip]
pub static PUBLIC_EN: &[&str] = &[
    "{c} Regional Development Agency", "{c} Chamber of Commerce and Industry", "City of {c}",
    "{c} Investment and Business Agency", "{c} Economic Development Office",
    "{P} Regional Development Agency", "{c} Employment and Skills Office",
];

#[rustfmt::skip]
pub static RESEARCH_EN: &[&str] = &[
    "University of {c}", "{c} University of Technology", "Textile Research Institute {c}",
    "{c} School of Fashion and Design", "{c} Institute of Technology",
    "{c} Vocational School of Textiles", "{c} University of Applied Sciences",
];

/// Units of a university or institute, so that several can take part: "Faculty of Design,
/// University of Borås".
#[rustfmt::skip]
pub static DEPARTMENTS: &[&str] = &[
    "Department of Textile Engineering", "Faculty of Design", "Centre for Circular Materials",
    "Fashion Technology Lab", "Department of Materials Science", "Digital Manufacturing Lab",
    "Centre for Sustainable Fashion", "Faculty of Economics", "Knitting Technology Centre",
    "Colour and Dyeing Lab", "Business School", "Centre for Craft and Heritage",
];

/// Scale-up support: accelerators, incubators, investor networks; `{b}` is a brand word.
#[rustfmt::skip]
pub static SUPPORT_EN: &[&str] = &[
    "{c} Fashion Tech Accelerator", "{c} Startup Hub", "{b} Ventures", "{c} Business Incubator",
    "{b} Impact Accelerator", "{c} Business Angels Network", "{b} Circular Ventures",
    "Fashion Incubator {c}", "{c} Innovation Hub", "{b} Capital", "{c} Scale-up Programme",
    "{b} Growth Partners",
];

/// English words for large groups: "Serra Textile Group".
#[rustfmt::skip]
pub static GROUP_TAILS: &[&str] = &["Group", "Textile Group", "Fashion Group", "Industries", "Holding"];

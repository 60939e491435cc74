//! The five CLOTH clusters, as they are: always the first five organisations, the same for
//! every seed, public, members since the alliance's start on 1 June 2022, at their home city's
//! centre (no jitter: these are the map's landmarks).

use crate::DemoOrg;
use crate::gazetteer::City;
use crate::profile::ALLIANCE_START;
use model::organisation::OrgUpdate;
use model::taxonomy::{Country, Language, OrgKind, SizeBand, Topic, ValueChain, Visibility};

/// The clusters' home cities; a test checks each equals its gazetteer entry.
pub(crate) static HOMES: [City; 5] = [
    City { name: "Barcelona", country: Country::Es, nuts2: "ES51", latitude: 41.3874, longitude: 2.1686 },
    City { name: "Sofia", country: Country::Bg, nuts2: "BG41", latitude: 42.6977, longitude: 23.3219 },
    City { name: "Marseille", country: Country::Fr, nuts2: "FRL0", latitude: 43.2965, longitude: 5.3698 },
    City { name: "Bucharest", country: Country::Ro, nuts2: "RO32", latitude: 44.4268, longitude: 26.1025 },
    City { name: "Herning", country: Country::Dk, nuts2: "DK04", latitude: 56.1393, longitude: 8.9738 },
];

/// The country of each alliance cluster, in key order.
pub fn home_countries() -> [Country; 5] {
    HOMES.map(|c| c.country)
}

struct Spec {
    slug: &'static str,
    name: &'static str,
    chains: &'static [ValueChain],
    offered: &'static [Topic],
    needed: &'static [Topic],
    languages: &'static [Language],
    description: &'static str,
}

use Topic::*;
use ValueChain::*;

static SPECS: [Spec; 5] = [
    Spec {
        slug: "modacc",
        name: "Modacc — Agrupació Catalana del Tèxtil i de la Moda",
        chains: &[FashionTextile],
        offered: &[SustainableMaterials, FashionDesign, QualityCertification, ExportMarkets, SkillsTraining],
        needed: &[DigitalProductPassport, Recycling, Traceability],
        languages: &[Language::En, Language::Es, Language::Ca],
        description: "The Catalan fashion and textile cluster, bringing together companies across the \
            whole value chain, from spinners, weavers and knitters to brands and retailers. Modacc \
            runs shared projects on sustainability, digitalisation and internationalisation for its \
            members in Barcelona and the textile towns of the Vallès, Maresme and Anoia.",
    },
    Spec {
        slug: "bulgarian-fashion-association",
        name: "Bulgarian Fashion Association",
        chains: &[FashionTextile],
        offered: &[FashionDesign, GarmentManufacturing, PatternMaking, ExportMarkets, SkillsTraining],
        needed: &[DigitalProductPassport, Recycling, AccessToFinance],
        languages: &[Language::En, Language::Bg],
        description: "The association of Bulgarian fashion and apparel companies, from designers to \
            garment manufacturers in Sofia, Plovdiv, Gabrovo and beyond. It connects Bulgarian \
            producers with European brands and builds skills for a sustainable, digital apparel \
            industry.",
    },
    Spec {
        slug: "ea-eco-entreprises",
        name: "EA Eco-entreprises",
        chains: &[CircularEconomy],
        offered: &[
            Recycling,
            EcoDesign,
            LifeCycleAssessment,
            WasteSorting,
            EnergyEfficiency,
            ExtendedProducerResponsibility,
        ],
        needed: &[SustainableMaterials, Traceability],
        languages: &[Language::En, Language::Fr],
        description: "The cluster of environmental and cleantech companies of Provence-Alpes-Côte \
            d'Azur, working on waste, water, energy and the circular economy. In CLOTH it brings \
            circular-economy know-how to the fashion and textile value chain.",
    },
    Spec {
        slug: "iconic-cluster",
        name: "ICONIC Cluster",
        chains: &[FashionTextile, CreativeIndustries],
        offered: &[FashionDesign, CraftHeritage, GarmentManufacturing, BrandStorytelling, SkillsTraining],
        needed: &[Ecommerce, DigitalProductPassport, Design3d],
        languages: &[Language::En, Language::Ro],
        description: "A Romanian cluster for fashion and the creative industries, linking designers, \
            manufacturers and craft workshops. It helps Romanian fashion SMEs grow their own brands \
            and reach new markets.",
    },
    Spec {
        slug: "lifestyle-design-cluster",
        name: "Lifestyle & Design Cluster",
        chains: &[FashionTextile, CreativeIndustries],
        offered: &[FashionDesign, BrandStorytelling, RetailExperience, TrendForecasting, SkillsTraining],
        needed: &[Recycling, Traceability],
        languages: &[Language::En, Language::Da],
        description: "Denmark's national cluster for the lifestyle and design industries (fashion, \
            textiles, furniture and interiors), based in Herning in the heart of the Danish textile \
            region. It helps companies innovate in sustainability, digitalisation and design.",
    },
];

/// The five clusters at keys 0..5.
pub fn clusters() -> Vec<DemoOrg> {
    SPECS
        .iter()
        .zip(HOMES.iter())
        .enumerate()
        .map(|(key, (spec, home))| {
            let mut languages = spec.languages.to_vec();
            languages.sort();
            DemoOrg {
                key,
                slug: spec.slug.to_owned(),
                profile: OrgUpdate {
                    name: spec.name.to_owned(),
                    kind: OrgKind::Cluster,
                    country: home.country,
                    region: Some(home.nuts2.to_owned()),
                    city: home.name.to_owned(),
                    latitude: Some(home.latitude),
                    longitude: Some(home.longitude),
                    value_chains: spec.chains.to_vec(),
                    topics_offered: sorted(spec.offered),
                    topics_needed: sorted(spec.needed),
                    size_band: Some(SizeBand::Small),
                    languages,
                    certifications: Vec::new(),
                    website: Some(format!("https://www.{}.example", spec.slug)),
                    description: spec.description.to_owned(),
                    visibility: Visibility::Public,
                },
                joined_on: ALLIANCE_START,
                clusters: Vec::new(),
            }
        })
        .collect()
}

fn sorted(topics: &[Topic]) -> Vec<Topic> {
    let mut v = topics.to_vec();
    v.sort();
    v
}

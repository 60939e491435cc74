//! One to three English sentences about an organisation, from its kind, size, main activity,
//! city, offers and needs: enough for search and the profile page to feel real.

use crate::countries::country_name;
use crate::gazetteer::City;
use model::taxonomy::{OrgKind, SizeBand, Topic, ValueChain};
use rand::Rng;
use rand::seq::SliceRandom;

/// What a topic is called in running text ("we offer knitting and eco-design").
pub fn topic_phrase(t: Topic) -> &'static str {
    use Topic::*;
    match t {
        SustainableMaterials => "sustainable materials",
        NaturalDyeing => "natural dyeing",
        Knitting => "knitting",
        Weaving => "weaving",
        PatternMaking => "pattern making",
        GarmentManufacturing => "garment manufacturing",
        TechnicalTextiles => "technical textiles",
        FootwearLeather => "footwear & leather goods",
        FashionDesign => "fashion design",
        QualityCertification => "quality testing",
        Recycling => "textile recycling",
        Upcycling => "upcycling",
        RepairServices => "garment repair",
        WasteSorting => "post-consumer textile sorting",
        EcoDesign => "eco-design",
        LifeCycleAssessment => "life-cycle assessment",
        ExtendedProducerResponsibility => "extended producer responsibility",
        RentalResale => "rental & resale",
        BrandStorytelling => "brand storytelling",
        ContentProduction => "photo & video production",
        CraftHeritage => "traditional crafts",
        RetailExperience => "retail experience design",
        TrendForecasting => "trend forecasting",
        Ecommerce => "e-commerce",
        DigitalProductPassport => "digital product passports",
        Design3d => "3D design & virtual sampling",
        Traceability => "supply-chain traceability",
        DataAnalytics => "data analytics",
        Automation => "production automation",
        DigitalMarketing => "digital marketing",
        ExportMarkets => "export market development",
        AccessToFinance => "access to finance",
        EnergyEfficiency => "energy efficiency",
        SkillsTraining => "skills training",
    }
}

/// What a company whose main activity is `t` is.
fn maker(t: Topic) -> &'static str {
    use Topic::*;
    match t {
        SustainableMaterials => "supplier of sustainable fabrics and yarns",
        NaturalDyeing => "dye house",
        Knitting => "knitwear manufacturer",
        Weaving => "weaving mill",
        PatternMaking => "pattern-making studio",
        GarmentManufacturing => "garment manufacturer",
        TechnicalTextiles => "technical textiles producer",
        FootwearLeather => "footwear and leather goods maker",
        FashionDesign => "fashion label",
        QualityCertification => "textile testing laboratory",
        Recycling => "textile recycler",
        Upcycling => "upcycling studio",
        RepairServices => "repair and alterations service",
        WasteSorting => "textile sorting company",
        EcoDesign => "eco-design consultancy",
        LifeCycleAssessment => "sustainability consultancy",
        ExtendedProducerResponsibility => "EPR compliance service",
        RentalResale => "rental and resale platform",
        BrandStorytelling => "branding agency",
        ContentProduction => "content production studio",
        CraftHeritage => "heritage craft workshop",
        RetailExperience => "retail design agency",
        TrendForecasting => "trend forecasting agency",
        Ecommerce => "e-commerce agency",
        DigitalProductPassport => "digital product passport provider",
        Design3d => "3D design studio",
        Traceability => "traceability software company",
        DataAnalytics => "data analytics firm",
        Automation => "automation integrator",
        DigitalMarketing => "digital marketing agency",
        ExportMarkets => "export consultancy",
        AccessToFinance => "financial advisory firm",
        EnergyEfficiency => "energy services company",
        SkillsTraining => "training provider",
    }
}

fn chain_phrase(c: ValueChain) -> &'static str {
    match c {
        ValueChain::FashionTextile => "fashion and textile",
        ValueChain::CircularEconomy => "circular economy",
        ValueChain::CreativeIndustries => "creative industries",
        ValueChain::Digital => "digital",
    }
}

/// "a", "a and b", "a, b and c".
pub fn list(items: &[&str]) -> String {
    match items {
        [] => String::new(),
        [one] => (*one).to_owned(),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
    }
}

fn phrases(topics: &[Topic], max: usize) -> String {
    let names: Vec<&str> = topics.iter().take(max).map(|&t| topic_phrase(t)).collect();
    list(&names)
}

/// What the description is built from.
pub struct Facts<'a> {
    pub kind: OrgKind,
    pub size: Option<SizeBand>,
    pub city: &'a City,
    pub main_chain: ValueChain,
    /// Offered topics, the main activity first.
    pub offered: &'a [Topic],
    pub needed: &'a [Topic],
}

/// One to three sentences.
pub fn describe(f: &Facts<'_>, rng: &mut impl Rng) -> String {
    let place = format!("{}, {}", f.city.name, country_name(f.city.country));
    let main = f.offered.first().copied().unwrap_or(Topic::FashionDesign);
    let chain = chain_phrase(f.main_chain);
    let first = match f.kind {
        OrgKind::Sme => {
            let adjectives: &[&str] = match f.size {
                Some(SizeBand::Micro) => &["Small", "Independent", "Family-run"],
                Some(SizeBand::Small) => &["Family-run", "Independent", "Growing"],
                _ => &["Established", "Export-oriented", "Mid-sized"],
            };
            let adjective = adjectives.choose(rng).copied().unwrap_or("Independent");
            let since = rng.gen_range(1950..=2022);
            if since < 2005 || rng.gen_bool(0.5) {
                format!("{adjective} {} in {place}, founded in {since}.", maker(main))
            } else {
                format!("{adjective} {} based in {place}.", maker(main))
            }
        }
        OrgKind::LargeCompany => format!(
            "{} {chain} group headquartered in {place}, with production and sales across Europe.",
            ["Leading", "International", "Family-owned"].choose(rng).copied().unwrap_or("Leading"),
        ),
        OrgKind::Cluster => format!(
            "Regional cluster bringing together {} {chain} companies and partners around {}.",
            rng.gen_range(3..=40) * 5,
            f.city.name
        ),
        OrgKind::ScaleupSupport => format!(
            "{} in {place}, helping {chain} start-ups and SMEs to grow.",
            ["Accelerator", "Incubator", "Investor network", "Innovation hub"]
                .choose(rng)
                .copied()
                .unwrap_or("Accelerator")
        ),
        OrgKind::PublicBody => {
            format!("Public body supporting the {chain} sector in and around {place}.")
        }
        OrgKind::ResearchEducation => {
            format!("Research and education centre in {place} working on {}.", topic_phrase(main))
        }
    };
    let offer = phrases(f.offered, 3);
    let second = match f.kind {
        OrgKind::Sme | OrgKind::LargeCompany => {
            ["We offer {}.", "Our strengths: {}.", "We work in {}."].choose(rng).copied().unwrap_or("We offer {}.")
        }
        OrgKind::Cluster | OrgKind::PublicBody => "Services and programmes in {}.",
        OrgKind::ScaleupSupport => "Support with {}.",
        OrgKind::ResearchEducation => "Expertise in {}.",
    }
    .replace("{}", &offer);
    let mut text = format!("{first} {second}");
    if !f.needed.is_empty() && rng.gen_bool(0.8) {
        let need = phrases(f.needed, 2);
        let third = ["Looking for partners in {}.", "We want to learn more about {}.", "Seeking expertise in {}."]
            .choose(rng)
            .copied()
            .unwrap_or("Looking for partners in {}.");
        text.push(' ');
        text.push_str(&third.replace("{}", &need));
    }
    text
}

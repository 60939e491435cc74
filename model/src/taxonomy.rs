//! The shared vocabularies: kinds of organisation, value chains, the one topic taxonomy
//! (capabilities offered and needs use the same list), size bands, languages and countries.

use crate::slug_enum;

slug_enum!(
    /// What an organisation is; the exchange programme's quotas are counted by these.
    OrgKind, "kind" {
        Sme => "sme",
        Cluster => "cluster",
        ScaleupSupport => "scaleup-support",
        LargeCompany => "large-company",
        PublicBody => "public-body",
        ResearchEducation => "research-education",
    }
);

slug_enum!(
    /// The four value chains the alliance works across.
    ValueChain, "value-chain" {
        FashionTextile => "fashion-textile",
        CircularEconomy => "circular-economy",
        CreativeIndustries => "creative-industries",
        Digital => "digital",
    }
);

slug_enum!(
    /// Headcount bands as in the EU SME definition.
    SizeBand, "size" {
        Micro => "micro",
        Small => "small",
        Medium => "medium",
        Large => "large",
    }
);

slug_enum!(
    /// Whether an organisation offers a topic or needs it.
    TopicDirection, "topic-direction" {
        Offered => "offered",
        Needed => "needed",
    }
);

slug_enum!(
    /// Who may see an organisation's profile.
    Visibility, "visibility" {
        Public => "public",
        Members => "members",
    }
);

slug_enum!(
    /// What a person may do on the platform; each role includes the ones before it only
    /// where the service says so (an organiser is not automatically a cluster manager).
    Role, "role" {
        Member => "member",
        ClusterManager => "cluster-manager",
        Organiser => "organiser",
        Admin => "admin",
    }
);

slug_enum!(
    /// The one topic taxonomy: what organisations offer and what they need.
    Topic, "topic" {
        SustainableMaterials => "sustainable-materials",
        NaturalDyeing => "natural-dyeing",
        Knitting => "knitting",
        Weaving => "weaving",
        PatternMaking => "pattern-making",
        GarmentManufacturing => "garment-manufacturing",
        TechnicalTextiles => "technical-textiles",
        FootwearLeather => "footwear-leather",
        FashionDesign => "fashion-design",
        QualityCertification => "quality-certification",
        Recycling => "recycling",
        Upcycling => "upcycling",
        RepairServices => "repair-services",
        WasteSorting => "waste-sorting",
        EcoDesign => "eco-design",
        LifeCycleAssessment => "life-cycle-assessment",
        ExtendedProducerResponsibility => "extended-producer-responsibility",
        RentalResale => "rental-resale",
        BrandStorytelling => "brand-storytelling",
        ContentProduction => "content-production",
        CraftHeritage => "craft-heritage",
        RetailExperience => "retail-experience",
        TrendForecasting => "trend-forecasting",
        Ecommerce => "ecommerce",
        DigitalProductPassport => "digital-product-passport",
        Design3d => "3d-design",
        Traceability => "traceability",
        DataAnalytics => "data-analytics",
        Automation => "automation",
        DigitalMarketing => "digital-marketing",
        ExportMarkets => "export-markets",
        AccessToFinance => "access-to-finance",
        EnergyEfficiency => "energy-efficiency",
        SkillsTraining => "skills-training",
    }
);

impl Topic {
    /// The value chain a topic belongs to, for grouping in forms and filters.
    pub const fn value_chain(self) -> ValueChain {
        use Topic::*;
        match self {
            SustainableMaterials | NaturalDyeing | Knitting | Weaving | PatternMaking | GarmentManufacturing
            | TechnicalTextiles | FootwearLeather | FashionDesign | QualityCertification => ValueChain::FashionTextile,
            Recycling
            | Upcycling
            | RepairServices
            | WasteSorting
            | EcoDesign
            | LifeCycleAssessment
            | ExtendedProducerResponsibility
            | RentalResale
            | EnergyEfficiency => ValueChain::CircularEconomy,
            BrandStorytelling | ContentProduction | CraftHeritage | RetailExperience | TrendForecasting
            | ExportMarkets | AccessToFinance | SkillsTraining => ValueChain::CreativeIndustries,
            Ecommerce
            | DigitalProductPassport
            | Design3d
            | Traceability
            | DataAnalytics
            | Automation
            | DigitalMarketing => ValueChain::Digital,
        }
    }
}

/// Topics and value chains are also stored as bits of one integer on the organisation row, so
/// the map can filter and colour by them from an index. A value's bit is its position in
/// `ALL`: new values may only be appended (the migration that added the columns pins the order).
fn bit_of<T: PartialEq>(all: &[T], value: &T) -> i64 {
    all.iter().position(|v| v == value).map_or(0, |i| 1_i64 << i)
}

/// The values of `all` whose bits are set in `bits`.
fn values_in<T: Copy>(all: &'static [T], bits: i64) -> impl Iterator<Item = T> {
    all.iter().enumerate().filter(move |&(i, _)| bits & (1_i64 << i) != 0).map(|(_, v)| *v)
}

impl Topic {
    pub fn bit(self) -> i64 {
        bit_of(Self::ALL, &self)
    }

    /// The bit set of `topics`.
    pub fn bits<'a>(topics: impl IntoIterator<Item = &'a Topic>) -> i64 {
        topics.into_iter().fold(0, |bits, t| bits | t.bit())
    }

    pub fn in_bits(bits: i64) -> impl Iterator<Item = Topic> {
        values_in(Self::ALL, bits)
    }
}

impl ValueChain {
    pub fn bit(self) -> i64 {
        bit_of(Self::ALL, &self)
    }

    /// The bit set of `chains`.
    pub fn bits<'a>(chains: impl IntoIterator<Item = &'a ValueChain>) -> i64 {
        chains.into_iter().fold(0, |bits, c| bits | c.bit())
    }
}

slug_enum!(
    /// Working languages (ISO 639-1).
    Language, "language" {
        En => "en", Es => "es", Ca => "ca", Bg => "bg", Ro => "ro", Da => "da", Fr => "fr",
        De => "de", It => "it", Pt => "pt", Nl => "nl", Pl => "pl", Cs => "cs", Sk => "sk",
        Sl => "sl", Hr => "hr", Hu => "hu", El => "el", Fi => "fi", Sv => "sv", Et => "et",
        Lv => "lv", Lt => "lt", Mt => "mt", Ga => "ga", No => "no", Tr => "tr", Sr => "sr",
        Uk => "uk",
    }
);

slug_enum!(
    /// European countries (ISO 3166-1 alpha-2).
    Country, "country" {
        At => "AT", Be => "BE", Bg => "BG", Hr => "HR", Cy => "CY", Cz => "CZ", Dk => "DK",
        Ee => "EE", Fi => "FI", Fr => "FR", De => "DE", Gr => "GR", Hu => "HU", Ie => "IE",
        It => "IT", Lv => "LV", Lt => "LT", Lu => "LU", Mt => "MT", Nl => "NL", Pl => "PL",
        Pt => "PT", Ro => "RO", Sk => "SK", Si => "SI", Es => "ES", Se => "SE", No => "NO",
        Is => "IS", Ch => "CH", Gb => "GB", Rs => "RS", Mk => "MK", Al => "AL", Ba => "BA",
        Me => "ME", Md => "MD", Ua => "UA", Tr => "TR",
    }
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn topic_bits_round_trip_and_fit_a_signed_64_bit_column() {
        assert!(Topic::ALL.len() < 63 && ValueChain::ALL.len() < 63);
        let chosen = [Topic::Knitting, Topic::SkillsTraining, Topic::SustainableMaterials];
        let bits = Topic::bits(&chosen);
        assert_eq!(bits, 0b100 | 1 << 33 | 1);
        let mut back: Vec<Topic> = Topic::in_bits(bits).collect();
        back.sort();
        let mut expected = chosen.to_vec();
        expected.sort();
        assert_eq!(back, expected);
        assert_eq!(ValueChain::bits(&[ValueChain::Digital]), 0b1000);
    }

    #[test]
    fn slugs_round_trip_and_are_unique() {
        fn check<T: Copy + PartialEq + std::fmt::Debug>(
            all: &[T],
            slug: fn(T) -> &'static str,
            parse: fn(&str) -> Option<T>,
        ) {
            let mut seen = std::collections::HashSet::new();
            for &v in all {
                assert!(seen.insert(slug(v)), "duplicate slug {}", slug(v));
                assert_eq!(parse(slug(v)), Some(v));
            }
        }
        check(Topic::ALL, Topic::slug, Topic::from_slug);
        check(Country::ALL, Country::slug, Country::from_slug);
        check(Language::ALL, Language::slug, Language::from_slug);
        check(OrgKind::ALL, OrgKind::slug, OrgKind::from_slug);
        assert_eq!(Topic::from_slug("knitting "), None);
    }

    #[test]
    fn every_value_chain_has_topics() {
        for chain in ValueChain::ALL {
            assert!(Topic::ALL.iter().any(|t| t.value_chain() == *chain), "{chain}");
        }
    }

    #[test]
    fn serde_uses_the_slug() {
        assert_eq!(serde_json::to_string(&OrgKind::ScaleupSupport).unwrap(), "\"scaleup-support\"");
        assert_eq!(Topic::Design3d.label_key(), "topic-3d-design");
    }
}

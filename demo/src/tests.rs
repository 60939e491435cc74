//! What a user of the data checks first: determinism, the five clusters, unique well-formed
//! slugs at scale, coordinates and regions that are right, and the city look-up.

use crate::countries::nuts_prefix;
use crate::places::distance_km;
use crate::translit::slugify;
use crate::{ALLIANCE_CLUSTERS, DEFAULT_MEMBERS, find_city, generate};
use chrono::NaiveDate;
use model::taxonomy::{Country, OrgKind, ValueChain, Visibility};
use std::collections::HashSet;

#[test]
fn the_same_seed_gives_the_same_alliance() {
    let a = generate(DEFAULT_MEMBERS, 7);
    assert_eq!(a, generate(DEFAULT_MEMBERS, 7));
    let b = generate(DEFAULT_MEMBERS, 8);
    assert_ne!(a.orgs[ALLIANCE_CLUSTERS..], b.orgs[ALLIANCE_CLUSTERS..], "another seed, other members");
    assert_eq!(a.orgs[..ALLIANCE_CLUSTERS], b.orgs[..ALLIANCE_CLUSTERS], "the clusters never change");
}

#[test]
fn keys_are_positions_and_the_count_is_right() {
    for members in [0, 1, 10, DEFAULT_MEMBERS] {
        let a = generate(members, 3);
        assert_eq!(a.orgs.len(), ALLIANCE_CLUSTERS + members);
        assert!(a.orgs.iter().enumerate().all(|(i, o)| o.key == i));
    }
}

#[test]
fn the_five_clusters_come_first_and_are_right() {
    let expected = [
        ("modacc", "Modacc — Agrupació Catalana del Tèxtil i de la Moda", Country::Es, "Barcelona", "ES51"),
        ("bulgarian-fashion-association", "Bulgarian Fashion Association", Country::Bg, "Sofia", "BG41"),
        ("ea-eco-entreprises", "EA Eco-entreprises", Country::Fr, "Marseille", "FRL0"),
        ("iconic-cluster", "ICONIC Cluster", Country::Ro, "Bucharest", "RO32"),
        ("lifestyle-design-cluster", "Lifestyle & Design Cluster", Country::Dk, "Herning", "DK04"),
    ];
    let start = NaiveDate::from_ymd_opt(2022, 6, 1).unwrap();
    let orgs = generate(50, 11).orgs;
    for (org, (slug, name, country, city, region)) in orgs.iter().zip(expected) {
        assert_eq!((org.slug.as_str(), org.profile.name.as_str(), org.profile.country), (slug, name, country));
        assert_eq!((org.profile.city.as_str(), org.profile.region.as_deref()), (city, Some(region)));
        assert_eq!(org.profile.kind, OrgKind::Cluster);
        assert_eq!(org.profile.visibility, Visibility::Public);
        assert_eq!(org.joined_on, start);
        assert!(org.clusters.is_empty());
        let home = find_city(country, city).unwrap();
        assert_eq!((org.profile.latitude, org.profile.longitude), (Some(home.latitude), Some(home.longitude)));
    }
    use ValueChain::*;
    let chains: Vec<_> = orgs[..5].iter().map(|o| o.profile.value_chains.clone()).collect();
    assert_eq!(chains[0], [FashionTextile]);
    assert_eq!(chains[1], [FashionTextile]);
    assert_eq!(chains[2], [CircularEconomy]);
    assert_eq!(chains[3], [FashionTextile, CreativeIndustries]);
    assert_eq!(chains[4], [FashionTextile, CreativeIndustries]);
    assert!(orgs[5..].iter().all(|o| !o.slug.is_empty() && o.key >= ALLIANCE_CLUSTERS));
}

fn well_formed_slug(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= 80
        && s.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !s.starts_with('-')
        && !s.ends_with('-')
        && !s.contains("--")
}

#[test]
fn slugs_and_names_are_unique_and_well_formed_at_100k() {
    let orgs = generate(100_000, 1).orgs;
    assert_eq!(orgs.len(), 100_005);
    let mut slugs = HashSet::with_capacity(orgs.len());
    let mut names = HashSet::with_capacity(orgs.len());
    for o in &orgs {
        assert!(well_formed_slug(&o.slug), "bad slug {:?}", o.slug);
        assert!(slugs.insert(o.slug.as_str()), "duplicate slug {}", o.slug);
        assert!(names.insert(o.profile.name.as_str()), "duplicate name {}", o.profile.name);
        let site = o.profile.website.as_deref().unwrap();
        assert!(site.starts_with("https://www.") && site.ends_with(".example"), "{site}");
    }
}

#[test]
fn coordinates_are_in_europe_and_near_their_city() {
    for o in generate(3_000, 5).orgs {
        let (lat, lon) = (o.profile.latitude.expect("always placed"), o.profile.longitude.expect("always placed"));
        assert!((34.0..72.0).contains(&lat) && (-25.0..45.0).contains(&lon), "{}", o.profile.name);
        let city = find_city(o.profile.country, &o.profile.city)
            .unwrap_or_else(|| panic!("{} not in gazetteer", o.profile.city));
        let d = distance_km(lat, lon, city.latitude, city.longitude);
        assert!(d <= 5.0, "{} is {d:.1} km from {}", o.profile.name, o.profile.city);
    }
}

#[test]
fn regions_are_nuts2_codes_of_the_country_and_city() {
    for o in generate(3_000, 6).orgs {
        let region = o.profile.region.as_deref().unwrap();
        assert_eq!(region.len(), 4, "{region}");
        assert!(region.starts_with(nuts_prefix(o.profile.country)), "{region} in {}", o.profile.country);
        assert_eq!(find_city(o.profile.country, &o.profile.city).map(|c| c.nuts2), Some(region));
    }
}

#[test]
fn the_default_demo_spans_at_least_25_countries() {
    for seed in [1, 2, 3, 42] {
        let countries: HashSet<Country> =
            generate(DEFAULT_MEMBERS, seed).orgs.iter().map(|o| o.profile.country).collect();
        assert!(countries.len() >= 25, "seed {seed}: {} countries", countries.len());
    }
}

#[test]
fn topic_lists_are_sorted_distinct_sized_and_disjoint() {
    fn sorted_distinct<T: Ord>(v: &[T]) -> bool {
        v.windows(2).all(|w| w[0] < w[1])
    }
    for o in generate(5_000, 9).orgs {
        assert!(
            (1..=2).contains(&o.profile.value_chains.len()) && sorted_distinct(&o.profile.value_chains),
            "{}",
            o.profile.name
        );
        assert!(
            (2..=6).contains(&o.profile.topics_offered.len()) && sorted_distinct(&o.profile.topics_offered),
            "{}",
            o.profile.name
        );
        assert!(
            (1..=4).contains(&o.profile.topics_needed.len()) && sorted_distinct(&o.profile.topics_needed),
            "{}",
            o.profile.name
        );
        assert!(o.profile.topics_needed.iter().all(|t| !o.profile.topics_offered.contains(t)), "{}", o.profile.name);
        assert!(!o.profile.languages.is_empty() && sorted_distinct(&o.profile.languages), "{}", o.profile.name);
    }
}

#[test]
fn kind_shares_hold_for_10k() {
    let orgs = generate(10_000, 4).orgs;
    let share = |k: OrgKind| orgs[ALLIANCE_CLUSTERS..].iter().filter(|o| o.profile.kind == k).count() as f64 / 100.0;
    for (kind, percent) in [
        (OrgKind::Sme, 70.0),
        (OrgKind::Cluster, 10.0),
        (OrgKind::ScaleupSupport, 6.0),
        (OrgKind::LargeCompany, 5.0),
        (OrgKind::PublicBody, 5.0),
        (OrgKind::ResearchEducation, 4.0),
    ] {
        assert!((share(kind) - percent).abs() <= 1.0, "{kind}: {}%", share(kind));
    }
}

#[test]
fn find_city_ignores_case_accents_and_script() {
    let name = |c: Country, q: &str| find_city(c, q).map(|city| city.name);
    assert_eq!(name(Country::Ro, "iasi"), Some("Iași"));
    assert_eq!(name(Country::Ro, "IAȘI"), Some("Iași"));
    assert_eq!(name(Country::Ro, "Iaşi"), Some("Iași"), "cedilla instead of comma below");
    assert_eq!(name(Country::Ro, "cluj napoca"), Some("Cluj-Napoca"));
    assert_eq!(name(Country::Ro, "București"), Some("Bucharest"));
    assert_eq!(name(Country::Bg, "София"), Some("Sofia"));
    assert_eq!(name(Country::Bg, "  plovdiv "), Some("Plovdiv"));
    assert_eq!(name(Country::Pl, "LODZ"), Some("Łódź"));
    assert_eq!(name(Country::Dk, "københavn"), Some("Copenhagen"));
    assert_eq!(name(Country::At, "Wien"), Some("Vienna"));
    assert_eq!(name(Country::Fr, "saint etienne"), Some("Saint-Étienne"));
    assert_eq!(name(Country::Gr, "Αθήνα"), Some("Athens"));
    assert_eq!(name(Country::Es, "Iasi"), None, "wrong country");
    assert_eq!(name(Country::Es, "Atlantis"), None);
    assert_eq!(name(Country::Es, " - "), None);
}

#[test]
fn slugs_transliterate_accents_and_cyrillic() {
    assert_eq!(slugify("Тексил"), "teksil");
    assert_eq!(slugify("Текстил Щит"), "tekstil-shtit");
    assert_eq!(slugify("България"), "balgaria");
    assert_eq!(slugify("Teixits Vilà i Fills, S.L."), "teixits-vila-i-fills-s-l");
    assert_eq!(slugify("Łódź Przędzalnia"), "lodz-przedzalnia");
    assert_eq!(slugify("Țesătoria Șerban"), "tesatoria-serban");
    assert_eq!(slugify("Weberei Müller & Groß"), "weberei-muller-gross");
    assert_eq!(slugify("Ville d'Aix-en-Provence"), "ville-daix-en-provence");
    assert_eq!(slugify("  --  "), "org");
    let long = slugify(&"Lanificio Biellese ".repeat(10));
    assert!(well_formed_slug(&long) && long.len() <= 80, "{long}");
}

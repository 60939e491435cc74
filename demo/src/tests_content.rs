//! Whether the content is realistic: the gazetteer, country shares, kinds and sizes, cluster
//! memberships, names, and that every profile passes the platform's own form validation.

use crate::alliance::HOMES;
use crate::countries::{COUNTRIES, nuts_prefix};
use crate::profile::{ALLIANCE_START, LAST_JOIN};
use crate::{ALLIANCE_CLUSTERS, CITIES, find_city, generate};
use model::organisation::OrgForm;
use model::taxonomy::{Country, OrgKind, SizeBand, Visibility};
use std::collections::{HashMap, HashSet};

#[test]
fn the_gazetteer_is_large_and_consistent() {
    assert!(CITIES.len() >= 120, "{} cities", CITIES.len());
    let mut seen = HashSet::new();
    for c in CITIES {
        assert!(seen.insert((c.country, c.name)), "{} twice", c.name);
        assert!(c.nuts2.len() == 4 && c.nuts2.starts_with(nuts_prefix(c.country)), "{} {}", c.name, c.nuts2);
        assert!((34.0..72.0).contains(&c.latitude) && (-25.0..45.0).contains(&c.longitude), "{}", c.name);
        assert_eq!(find_city(c.country, c.name), Some(c));
    }
    for info in COUNTRIES {
        let n = CITIES.iter().filter(|c| c.country == info.country).count();
        assert!(n >= 3, "{} has {n} cities", info.country);
    }
    assert!(COUNTRIES.len() >= 25);
    assert_eq!(COUNTRIES.iter().map(|c| c.weight).sum::<u32>(), 1000);
    let textile_towns = [
        "Sabadell",
        "Terrassa",
        "Mataró",
        "Igualada",
        "Prato",
        "Biella",
        "Como",
        "Guimarães",
        "Braga",
        "Porto",
        "Roubaix",
        "Lyon",
        "Troyes",
        "Gabrovo",
        "Plovdiv",
        "Sliven",
        "Iași",
        "Cluj-Napoca",
        "Timișoara",
        "Herning",
        "Ikast",
        "Aarhus",
        "Łódź",
        "Borås",
        "Tilburg",
        "Kortrijk",
        "Gent",
    ];
    for town in textile_towns {
        assert!(CITIES.iter().any(|c| c.name == town), "{town} missing");
    }
    assert_eq!(find_city(Country::Gr, "Thessaloniki").map(|c| c.nuts2), Some("EL52"));
}

#[test]
fn the_alliance_homes_are_gazetteer_cities() {
    for home in &HOMES {
        assert_eq!(find_city(home.country, home.name), Some(home));
    }
}

#[test]
fn most_members_come_from_the_five_cluster_countries() {
    let orgs = generate(10_000, 12).orgs;
    let mut per_country: HashMap<Country, usize> = HashMap::new();
    for o in &orgs[ALLIANCE_CLUSTERS..] {
        *per_country.entry(o.profile.country).or_default() += 1;
    }
    for home in [Country::Es, Country::Bg, Country::Fr, Country::Ro, Country::Dk] {
        let share = per_country[&home] as f64 / 100.0;
        assert!((12.0..=15.0).contains(&share), "{home}: {share}%");
    }
    assert!(per_country.len() >= 25);
}

#[test]
fn sizes_languages_dates_and_visibility_fit() {
    let orgs = generate(5_000, 13).orgs;
    for o in &orgs {
        match o.profile.kind {
            OrgKind::LargeCompany => assert_eq!(o.profile.size_band, Some(SizeBand::Large), "{}", o.profile.name),
            OrgKind::Sme => {
                assert!(matches!(o.profile.size_band, Some(SizeBand::Micro | SizeBand::Small | SizeBand::Medium)))
            }
            _ => {}
        }
        assert!((ALLIANCE_START..=LAST_JOIN).contains(&o.joined_on), "{}", o.joined_on);
        let home = find_city(o.profile.country, &o.profile.city).unwrap();
        let national = crate::countries::national_languages(home);
        assert!(
            national.iter().all(|l| o.profile.languages.contains(l)),
            "{} {:?}",
            o.profile.name,
            o.profile.languages
        );
        assert!(
            o.profile.certifications.len() <= 5
                && (o.profile.certifications.is_empty() || o.profile.kind != OrgKind::PublicBody)
        );
        let sentences = o.profile.description.matches(". ").count() + 1;
        assert!((1..=4).contains(&sentences) && o.profile.description.ends_with('.'), "{}", o.profile.description);
    }
    let public = orgs.iter().filter(|o| o.profile.visibility == Visibility::Public).count() as f64 / orgs.len() as f64;
    assert!((0.82..=0.88).contains(&public), "{public}");
    let english = orgs.iter().filter(|o| o.profile.languages.contains(&model::taxonomy::Language::En)).count();
    assert!(english > orgs.len() / 2, "English is common");
    let certified = orgs.iter().filter(|o| !o.profile.certifications.is_empty()).count();
    assert!(certified > orgs.len() / 5 && certified < orgs.len() * 3 / 4, "{certified}");
}

#[test]
fn cluster_memberships_are_plausible() {
    let orgs = generate(5_000, 14).orgs;
    let mut two = 0;
    let mut regional = 0;
    let mut alliance_members = [0usize; ALLIANCE_CLUSTERS];
    let mut alliance_home = [0usize; ALLIANCE_CLUSTERS];
    for o in &orgs {
        assert!(o.clusters.len() <= 2 && o.clusters.windows(2).all(|w| w[0] < w[1]), "{:?}", o.clusters);
        for &k in &o.clusters {
            assert_ne!(k, o.key, "{} is its own member", o.profile.name);
            assert_eq!(orgs[k].profile.kind, OrgKind::Cluster, "{} joined a non-cluster", o.profile.name);
            if k < ALLIANCE_CLUSTERS {
                alliance_members[k] += 1;
                alliance_home[k] += usize::from(orgs[k].profile.country == o.profile.country);
            } else {
                regional += 1;
                assert_eq!(orgs[k].profile.country, o.profile.country, "regional clusters are local");
            }
        }
        two += usize::from(o.clusters.len() == 2);
    }
    for k in 0..ALLIANCE_CLUSTERS {
        assert!(alliance_members[k] > 300, "cluster {k} has {} members", alliance_members[k]);
        assert!(alliance_home[k] * 10 >= alliance_members[k] * 7, "cluster {k}: mostly from its country");
    }
    assert!(two > 50 && regional > 500, "two: {two}, regional: {regional}");
}

#[test]
fn names_read_like_names() {
    for o in generate(5_000, 15).orgs {
        let n = &o.profile.name;
        assert!(!n.contains('{') && !n.contains("  ") && n.trim() == n, "{n:?}");
        assert!(n.chars().count() <= model::organisation::NAME_MAX, "{n}");
        assert!(n.chars().next().is_some_and(|c| c.is_uppercase() || c.is_ascii_digit()), "{n}");
    }
}

#[test]
fn every_profile_passes_the_platform_validation() {
    fn slugs<T: Copy>(items: &[T], slug: fn(T) -> &'static str) -> Vec<String> {
        items.iter().map(|&i| slug(i).to_owned()).collect()
    }
    for o in generate(2_000, 16).orgs {
        let form = OrgForm {
            name: o.profile.name.clone(),
            kind: o.profile.kind.slug().into(),
            country: o.profile.country.slug().into(),
            region: o.profile.region.clone().unwrap_or_default(),
            city: o.profile.city.clone(),
            latitude: o.profile.latitude.map(|v| v.to_string()).unwrap_or_default(),
            longitude: o.profile.longitude.map(|v| v.to_string()).unwrap_or_default(),
            value_chains: slugs(&o.profile.value_chains, |v| v.slug()),
            topics_offered: slugs(&o.profile.topics_offered, |t| t.slug()),
            topics_needed: slugs(&o.profile.topics_needed, |t| t.slug()),
            size_band: o.profile.size_band.map(|s| s.slug().to_owned()).unwrap_or_default(),
            languages: slugs(&o.profile.languages, |l| l.slug()),
            certifications: o.profile.certifications.join("\n"),
            website: o.profile.website.clone().unwrap_or_default(),
            description: o.profile.description.clone(),
            visibility: o.profile.visibility.slug().into(),
        };
        let valid = form.validate().unwrap_or_else(|e| panic!("{}: {e:?}", o.profile.name));
        assert_eq!((valid.topics_offered, valid.languages), (o.profile.topics_offered, o.profile.languages));
    }
}

//! What a member is like: value chains, size, languages, certifications, visibility and when
//! it joined (what it offers and needs is in [`crate::topics`]). Each follows from its kind, so
//! a large company is Large and a public body holds no GOTS certificate.

use crate::countries::{info_of, national_languages};
use crate::gazetteer::City;
use chrono::{Days, NaiveDate};
use model::taxonomy::{Language, OrgKind, SizeBand, Topic, ValueChain, Visibility};
use rand::Rng;
use rand::seq::SliceRandom;

/// The alliance's start: the five clusters' membership date and the earliest any member joined.
pub const ALLIANCE_START: NaiveDate = match NaiveDate::from_ymd_opt(2022, 6, 1) {
    Some(d) => d,
    None => panic!("2022-06-01 is a date"),
};

/// The last date a generated member joins.
pub const LAST_JOIN: NaiveDate = match NaiveDate::from_ymd_opt(2026, 10, 31) {
    Some(d) => d,
    None => panic!("2026-10-31 is a date"),
};

/// Weighted pick; `None` only when every weight is zero.
fn weighted<T: Copy>(items: &[(T, u32)], rng: &mut impl Rng) -> Option<T> {
    let total: u32 = items.iter().map(|&(_, w)| w).sum();
    if total == 0 {
        return None;
    }
    let mut roll = rng.gen_range(0..total);
    for &(item, w) in items {
        if roll < w {
            return Some(item);
        }
        roll -= w;
    }
    None
}

/// One or two value chains, the first being the main one (used for naming and description).
pub fn value_chains(kind: OrgKind, rng: &mut impl Rng) -> (ValueChain, Vec<ValueChain>) {
    use ValueChain::*;
    // Fashion & textile dominates among companies; support bodies lean to digital and circular.
    let (w, second): ([u32; 4], f64) = match kind {
        OrgKind::Sme => ([60, 18, 12, 10], 0.35),
        OrgKind::LargeCompany => ([80, 10, 5, 5], 0.5),
        OrgKind::Cluster => ([65, 15, 15, 5], 0.45),
        OrgKind::ScaleupSupport => ([30, 20, 15, 35], 0.6),
        OrgKind::PublicBody => ([40, 35, 15, 10], 0.6),
        OrgKind::ResearchEducation => ([45, 25, 10, 20], 0.55),
    };
    let mut options = [(FashionTextile, w[0]), (CircularEconomy, w[1]), (CreativeIndustries, w[2]), (Digital, w[3])];
    let main = weighted(&options, rng).unwrap_or(FashionTextile);
    let mut chains = vec![main];
    if rng.gen_bool(second) {
        options.iter_mut().filter(|(c, _)| *c == main).for_each(|o| o.1 = 0);
        chains.extend(weighted(&options, rng));
    }
    chains.sort();
    (main, chains)
}

/// A size band that fits the kind (EU SME definition; large companies are Large).
pub fn size_band(kind: OrgKind, rng: &mut impl Rng) -> Option<SizeBand> {
    use SizeBand::*;
    let options: &[(Option<SizeBand>, u32)] = match kind {
        OrgKind::Sme => &[(Some(Micro), 45), (Some(Small), 35), (Some(Medium), 20)],
        OrgKind::LargeCompany => &[(Some(Large), 1)],
        OrgKind::Cluster => &[(Some(Micro), 60), (Some(Small), 40)],
        OrgKind::ScaleupSupport => &[(Some(Micro), 50), (Some(Small), 50)],
        OrgKind::PublicBody => &[(Some(Medium), 40), (Some(Large), 30), (None, 30)],
        OrgKind::ResearchEducation => &[(Some(Medium), 35), (Some(Large), 50), (None, 15)],
    };
    weighted(options, rng).flatten()
}

/// The national language(s) of its region, and English as often as is usual in the country
/// (always for clusters and research, who work internationally).
pub fn languages(kind: OrgKind, city: &City, rng: &mut impl Rng) -> Vec<Language> {
    let mut langs = national_languages(city).to_vec();
    let english_share = info_of(city.country).map_or(0.7, |i| i.english);
    let international = matches!(kind, OrgKind::Cluster | OrgKind::ResearchEducation | OrgKind::LargeCompany);
    if international || rng.gen_bool(english_share) {
        langs.push(Language::En);
    }
    langs.sort();
    langs.dedup();
    langs
}

/// About 85% of profiles are public; the rest show to members only.
pub fn visibility(rng: &mut impl Rng) -> Visibility {
    if rng.gen_bool(0.85) { Visibility::Public } else { Visibility::Members }
}

/// A joining date from the alliance's start to the end of the generated period.
pub fn joined_on(rng: &mut impl Rng) -> NaiveDate {
    let span = (LAST_JOIN - ALLIANCE_START).num_days().max(0) as u64;
    ALLIANCE_START.checked_add_days(Days::new(rng.gen_range(0..=span))).unwrap_or(ALLIANCE_START)
}

/// Certifications that fit what a company does; most SMEs have none, most large companies some.
pub fn certifications(kind: OrgKind, offered: &[Topic], rng: &mut impl Rng) -> Vec<String> {
    use Topic::*;
    let (chance, max) = match kind {
        OrgKind::Sme => (0.45, 3),
        OrgKind::LargeCompany => (0.9, 5),
        _ => return Vec::new(),
    };
    if !rng.gen_bool(chance) {
        return Vec::new();
    }
    let offers_any = |ts: &[Topic]| ts.iter().any(|t| offered.contains(t));
    let textile = offered.iter().any(|t| t.value_chain() == ValueChain::FashionTextile);
    let fits: [(&str, bool); 14] = [
        ("GOTS", offers_any(&[SustainableMaterials, NaturalDyeing, Knitting, Weaving, GarmentManufacturing])),
        ("OEKO-TEX Standard 100", textile),
        ("GRS", offers_any(&[Recycling, Upcycling, SustainableMaterials])),
        ("RCS", offers_any(&[Recycling, WasteSorting])),
        ("bluesign", offers_any(&[TechnicalTextiles, NaturalDyeing, Weaving])),
        ("Fair Wear", offers_any(&[GarmentManufacturing, FashionDesign])),
        ("ISO 14001", true),
        ("ISO 9001", true),
        ("EU Ecolabel", offers_any(&[EcoDesign, SustainableMaterials])),
        ("B Corp", kind == OrgKind::Sme && offers_any(&[FashionDesign, EcoDesign, Upcycling, RentalResale])),
        ("Leather Working Group", offers_any(&[FootwearLeather])),
        ("Cradle to Cradle Certified", offers_any(&[EcoDesign, Recycling])),
        ("SA8000", kind == OrgKind::LargeCompany && offers_any(&[GarmentManufacturing])),
        ("ISO 50001", offers_any(&[EnergyEfficiency])),
    ];
    let eligible: Vec<usize> = (0..fits.len()).filter(|&i| fits[i].1).collect();
    let n = rng.gen_range(1..=max).min(eligible.len());
    let mut chosen: Vec<usize> = eligible.choose_multiple(rng, n).copied().collect();
    chosen.sort_unstable();
    chosen.into_iter().map(|i| fits[i].0.to_owned()).collect()
}

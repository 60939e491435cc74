//! What a member is like: value chains, what it offers and needs, size, languages,
//! certifications, visibility and when it joined. Each follows from its kind, so a university
//! offers life-cycle assessment rather than garment manufacturing, and a large company is Large.

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

/// Topics a kind of organisation typically offers whatever its value chain.
fn kind_offers(kind: OrgKind) -> &'static [Topic] {
    use Topic::*;
    match kind {
        OrgKind::Sme | OrgKind::LargeCompany => &[],
        OrgKind::Cluster => &[SkillsTraining, ExportMarkets, AccessToFinance, TrendForecasting, BrandStorytelling],
        OrgKind::ScaleupSupport => &[AccessToFinance, SkillsTraining, ExportMarkets, DigitalMarketing, Ecommerce, DataAnalytics],
        OrgKind::PublicBody => &[AccessToFinance, SkillsTraining, ExportMarkets, EnergyEfficiency, ExtendedProducerResponsibility, WasteSorting],
        OrgKind::ResearchEducation => &[LifeCycleAssessment, SustainableMaterials, TechnicalTextiles, QualityCertification, Design3d, DataAnalytics, SkillsTraining, Traceability],
    }
}

/// Topic sets as bit masks over [`Topic::ALL`] (34 topics): generation checks membership for
/// every topic of every organisation, and this keeps 100,000 organisations fast.
type Mask = u64;

const fn mask(topics: &[Topic]) -> Mask {
    let mut m = 0;
    let mut i = 0;
    while i < topics.len() {
        m |= 1 << topics[i] as usize;
        i += 1;
    }
    m
}

const fn has(m: Mask, t: Topic) -> bool {
    m & (1 << t as usize) != 0
}

/// Services companies seldom sell but often need: a firm offering "access to finance" is odd.
const SUPPORT_TOPICS: Mask = mask(&[Topic::AccessToFinance, Topic::SkillsTraining, Topic::ExportMarkets]);

/// What the twin transition makes everyone need: compliance, circularity, digital, money.
const COMMON_NEEDS: Mask = mask(&[
    Topic::DigitalProductPassport, Topic::Traceability, Topic::LifeCycleAssessment,
    Topic::ExtendedProducerResponsibility, Topic::Recycling, Topic::AccessToFinance,
    Topic::ExportMarkets, Topic::Ecommerce, Topic::SkillsTraining, Topic::EnergyEfficiency,
    Topic::SustainableMaterials,
]);

const TOPICS: usize = Topic::ALL.len();

/// Draws up to `n` distinct topics by weight into `out`; a drawn topic's weight drops to zero.
fn draw_topics(weights: &mut [u32; TOPICS], n: usize, out: &mut Vec<Topic>, rng: &mut impl Rng) {
    for _ in 0..n {
        let total: u32 = weights.iter().sum();
        if total == 0 {
            return;
        }
        let mut roll = rng.gen_range(0..total);
        for (i, w) in weights.iter_mut().enumerate() {
            if roll < *w {
                out.push(Topic::ALL[i]);
                *w = 0;
                break;
            }
            roll -= *w;
        }
    }
}

/// Topics offered (2-6; the first is the organisation's main activity) and needed (1-4,
/// disjoint from the offered ones).
pub fn topics(kind: OrgKind, main: ValueChain, chains: &[ValueChain], rng: &mut impl Rng) -> (Vec<Topic>, Vec<Topic>) {
    let company = matches!(kind, OrgKind::Sme | OrgKind::LargeCompany);
    let offers = mask(kind_offers(kind));
    let mut weights = [0u32; TOPICS];
    for (w, &t) in weights.iter_mut().zip(Topic::ALL) {
        let in_chain = chains.contains(&t.value_chain());
        *w = match (company, has(SUPPORT_TOPICS, t)) {
            (true, true) => u32::from(in_chain),
            _ => 2 + if in_chain { 20 } else { 0 } + if has(offers, t) { 30 } else { 0 },
        };
    }
    let count = match kind {
        OrgKind::Sme => rng.gen_range(2..=5),
        _ => rng.gen_range(3..=6),
    };
    let mut offered = Vec::with_capacity(count);
    if company {
        // A company's main activity is in its main value chain.
        let mut first = weights;
        for (w, &t) in first.iter_mut().zip(Topic::ALL) {
            if t.value_chain() != main {
                *w = 0;
            }
        }
        draw_topics(&mut first, 1, &mut offered, rng);
        for &t in &offered {
            weights[t as usize] = 0;
        }
    }
    draw_topics(&mut weights, count - offered.len(), &mut offered, rng);

    let offered_mask = mask(&offered);
    let mut need_weights = [0u32; TOPICS];
    for (w, &t) in need_weights.iter_mut().zip(Topic::ALL) {
        let chain = t.value_chain();
        let own = chains.contains(&chain);
        let twin = matches!(chain, ValueChain::CircularEconomy | ValueChain::Digital);
        // Companies need production know-how too; support bodies mostly the twin transition.
        let base = if company || own { 4 } else { 1 };
        let extra = if twin { 10 } else { 0 } + if has(COMMON_NEEDS, t) { 6 } else { 0 } + if own { 5 } else { 0 };
        *w = if has(offered_mask, t) { 0 } else { base + extra };
    }
    let mut needed = Vec::with_capacity(4);
    draw_topics(&mut need_weights, rng.gen_range(1..=4), &mut needed, rng);
    (offered, needed)
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

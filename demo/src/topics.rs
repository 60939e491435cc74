//! What an organisation offers and needs, from the one topic taxonomy. Offers follow the kind
//! and value chains (a university offers life-cycle assessment rather than garment making; a
//! company's main activity lies in its main value chain); needs lean to the twin transition
//! (digital product passports, traceability, recycling, finance) and never repeat an offer.

use model::taxonomy::{OrgKind, Topic, ValueChain};
use rand::Rng;

/// Topics a kind of organisation typically offers whatever its value chain.
fn kind_offers(kind: OrgKind) -> &'static [Topic] {
    use Topic::*;
    match kind {
        OrgKind::Sme | OrgKind::LargeCompany => &[],
        OrgKind::Cluster => &[SkillsTraining, ExportMarkets, AccessToFinance, TrendForecasting, BrandStorytelling],
        OrgKind::ScaleupSupport => {
            &[AccessToFinance, SkillsTraining, ExportMarkets, DigitalMarketing, Ecommerce, DataAnalytics]
        }
        OrgKind::PublicBody => &[
            AccessToFinance,
            SkillsTraining,
            ExportMarkets,
            EnergyEfficiency,
            ExtendedProducerResponsibility,
            WasteSorting,
        ],
        OrgKind::ResearchEducation => &[
            LifeCycleAssessment,
            SustainableMaterials,
            TechnicalTextiles,
            QualityCertification,
            Design3d,
            DataAnalytics,
            SkillsTraining,
            Traceability,
        ],
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
    Topic::DigitalProductPassport,
    Topic::Traceability,
    Topic::LifeCycleAssessment,
    Topic::ExtendedProducerResponsibility,
    Topic::Recycling,
    Topic::AccessToFinance,
    Topic::ExportMarkets,
    Topic::Ecommerce,
    Topic::SkillsTraining,
    Topic::EnergyEfficiency,
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

//! Who the members are before what they are like: each member's kind and city, and which
//! clusters it belongs to.
//!
//! Kinds and countries are dealt out by quota (largest remainder) and then shuffled, rather
//! than drawn independently, so the shares hold exactly at any size and every country appears
//! once there are at least as many members as countries; the demo's map and the programme's
//! quota tables look right at 300 as at 100,000.

use crate::countries::COUNTRIES;
use crate::gazetteer::City;
use crate::places::CityIndex;
use crate::{ALLIANCE_CLUSTERS, alliance};
use model::taxonomy::{Country, OrgKind};
use rand::Rng;
use rand::seq::SliceRandom;

/// Shares of member kinds, in percent (the real alliance: mostly SMEs, with regional clusters,
/// support organisations, large companies, public bodies and universities around them).
pub const KIND_SHARES: &[(OrgKind, u32)] = &[
    (OrgKind::Sme, 70),
    (OrgKind::Cluster, 10),
    (OrgKind::ScaleupSupport, 6),
    (OrgKind::LargeCompany, 5),
    (OrgKind::PublicBody, 5),
    (OrgKind::ResearchEducation, 4),
];

/// One member to be generated.
#[derive(Clone, Copy)]
pub struct Slot {
    pub kind: OrgKind,
    pub city: &'static City,
}

/// Splits `n` into parts proportional to `weights`, by largest remainder; with `at_least_one`,
/// every part gets one first when `n` allows.
pub fn apportion(n: usize, weights: &[u32], at_least_one: bool) -> Vec<usize> {
    let floor_each = usize::from(at_least_one && n >= weights.len());
    let rest = n - floor_each * weights.len();
    let total: u64 = weights.iter().map(|&w| u64::from(w)).sum::<u64>().max(1);
    let exact: Vec<u64> = weights.iter().map(|&w| rest as u64 * u64::from(w)).collect();
    let mut counts: Vec<usize> = exact.iter().map(|e| floor_each + (e / total) as usize).collect();
    let mut short = n - counts.iter().sum::<usize>();
    // Hand the remaining units to the largest remainders; ties go to the earlier entry.
    let mut order: Vec<usize> = (0..weights.len()).collect();
    order.sort_by_key(|&i| std::cmp::Reverse(exact[i] % total));
    for &i in order.iter().cycle().take(weights.len() * 2) {
        if short == 0 {
            break;
        }
        counts[i] += 1;
        short -= 1;
    }
    counts
}

/// The members' kinds and cities, in generation order.
pub fn slots(members: usize, cities: &CityIndex, rng: &mut impl Rng) -> Vec<Slot> {
    let kind_weights: Vec<u32> = KIND_SHARES.iter().map(|&(_, w)| w).collect();
    let mut kinds: Vec<OrgKind> = Vec::with_capacity(members);
    for (&(kind, _), count) in KIND_SHARES.iter().zip(apportion(members, &kind_weights, false)) {
        kinds.extend(std::iter::repeat_n(kind, count));
    }
    let country_weights: Vec<u32> = COUNTRIES.iter().map(|c| c.weight).collect();
    let mut countries: Vec<Country> = Vec::with_capacity(members);
    for (info, count) in COUNTRIES.iter().zip(apportion(members, &country_weights, true)) {
        countries.extend(std::iter::repeat_n(info.country, count));
    }
    kinds.shuffle(rng);
    countries.shuffle(rng);
    kinds
        .into_iter()
        .zip(countries)
        .filter_map(|(kind, country)| Some(Slot { kind, city: cities.pick(country, rng)? }))
        .collect()
}

/// The clusters each member belongs to (keys into the whole list, alliance clusters first).
///
/// Members in a cluster country mostly belong to that country's alliance cluster, a few to a
/// second one abroad; members elsewhere join an alliance cluster less often. Both may also
/// belong to a regional cluster of their own country among the generated ones. Never more than
/// two, never itself.
pub fn memberships(slots: &[Slot], rng: &mut impl Rng) -> Vec<Vec<usize>> {
    let alliance_countries = alliance::home_countries();
    let home_cluster = |c: Country| alliance_countries.iter().position(|&h| h == c);
    // Regional clusters by country, as keys in the final list.
    let mut regional: Vec<(Country, Vec<usize>)> = Vec::new();
    for (i, slot) in slots.iter().enumerate() {
        if slot.kind == OrgKind::Cluster {
            let key = ALLIANCE_CLUSTERS + i;
            match regional.iter_mut().find(|(c, _)| *c == slot.city.country) {
                Some((_, keys)) => keys.push(key),
                None => regional.push((slot.city.country, vec![key])),
            }
        }
    }
    slots
        .iter()
        .enumerate()
        .map(|(i, slot)| {
            let own_key = ALLIANCE_CLUSTERS + i;
            let mut clusters = Vec::with_capacity(2);
            let is_cluster = slot.kind == OrgKind::Cluster;
            match home_cluster(slot.city.country) {
                Some(home) if rng.gen_bool(if is_cluster { 0.5 } else { 0.8 }) => {
                    clusters.push(home);
                    if rng.gen_bool(0.08) {
                        let other = rng.gen_range(0..ALLIANCE_CLUSTERS - 1);
                        clusters.push(if other >= home { other + 1 } else { other });
                    }
                }
                Some(_) => {}
                None if rng.gen_bool(0.12) => clusters.push(rng.gen_range(0..ALLIANCE_CLUSTERS)),
                None => {}
            }
            // Clusters are not members of their regional peers.
            let join_regional = if home_cluster(slot.city.country).is_some() { 0.3 } else { 0.6 };
            if !is_cluster && clusters.len() < 2 && rng.gen_bool(join_regional) {
                let peers = regional.iter().find(|(c, _)| *c == slot.city.country).map(|(_, k)| k);
                if let Some(&key) = peers.and_then(|keys| keys.choose(rng))
                    && key != own_key
                {
                    clusters.push(key);
                }
            }
            clusters.sort_unstable();
            clusters.dedup();
            clusters
        })
        .collect()
}

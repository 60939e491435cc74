//! A realistic CLOTH alliance, generated: the five clusters in their real home cities, then
//! member organisations across 27 European countries with plausible names in their own
//! languages, real city coordinates and NUTS 2 regions, capabilities and needs from the shared
//! topic taxonomy, certifications, languages and cluster memberships.
//!
//! Pure and deterministic: no database, no clock, no I/O. The same `(members, seed)` always
//! gives the same alliance, so the embedded demo database, screenshots and benchmarks are
//! reproducible; it scales to 100,000 organisations for load tests.
//!
//! ```
//! let alliance = demo::generate(demo::DEFAULT_MEMBERS, 1);
//! assert_eq!(alliance.orgs.len(), demo::ALLIANCE_CLUSTERS + demo::DEFAULT_MEMBERS);
//! assert_eq!(alliance.orgs[0].slug, "modacc");
//! ```

mod alliance;
mod countries;
mod describe;
mod gazetteer;
mod member;
mod names;
mod places;
mod plan;
mod profile;
mod topics;
mod translit;
mod vocab;

#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_content;

pub use gazetteer::{CITIES, City};
pub use places::find_city;

use chrono::NaiveDate;
use model::organisation::OrgUpdate;
use rand::SeedableRng;
use rand_chacha::ChaCha8Rng;

/// The five CLOTH clusters, always the first organisations (keys 0..5).
pub const ALLIANCE_CLUSTERS: usize = 5;

/// How many members the embedded demo database holds besides the five clusters.
pub const DEFAULT_MEMBERS: usize = 300;

/// One generated organisation, shaped like the platform's organisation profile.
#[derive(Clone, Debug, PartialEq)]
pub struct DemoOrg {
    /// Index in the generated list, stable for a given seed; `clusters` refers to these.
    pub key: usize,
    /// Unique, `[a-z0-9-]`, at most 80 characters, derived from the name without its legal
    /// form; clashes get `-2`, `-3`, ...
    pub slug: String,
    /// What a person would have entered on the edit form. The generator guarantees more
    /// than the form asks: coordinates are always there (the city's, moved by at most
    /// 2.5 km so markers in one city don't coincide); one or two value chains; two to six
    /// topics offered, biased to the value chains, and one to four needed, none of them
    /// offered; a size band that fits the kind; national language(s), often English; a
    /// website on the reserved `.example` domain; one to three English sentences.
    pub profile: OrgUpdate,
    /// Between 2022-06-01 (the alliance's start) and 2026-10-31.
    pub joined_on: NaiveDate,
    /// Keys of the cluster organisations it belongs to (zero to two).
    pub clusters: Vec<usize>,
}

/// A generated alliance: the five clusters, then the members.
#[derive(Clone, Debug, PartialEq)]
pub struct DemoAlliance {
    pub orgs: Vec<DemoOrg>,
}

/// The five CLOTH clusters come first (keys 0..5), always identical; then `members` more orgs.
pub fn generate(members: usize, seed: u64) -> DemoAlliance {
    let mut rng = ChaCha8Rng::seed_from_u64(seed);
    let mut reg = member::Registries { names: names::Namer::default(), slugs: translit::SlugRegistry::default() };
    let mut orgs = alliance::clusters();
    orgs.reserve(members);
    for org in &orgs {
        reg.names.reserve(&org.profile.name);
        reg.slugs.reserve(&org.slug);
    }
    let cities = places::CityIndex::new();
    let slots = plan::slots(members, &cities, &mut rng);
    let memberships = plan::memberships(&slots, &mut rng);
    for (i, (slot, clusters)) in slots.into_iter().zip(memberships).enumerate() {
        orgs.push(member::build(ALLIANCE_CLUSTERS + i, slot, clusters, &mut reg, &mut rng));
    }
    DemoAlliance { orgs }
}

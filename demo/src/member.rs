//! Builds one member organisation from its slot (kind and city) and its cluster memberships.

use crate::describe::{Facts, describe};
use crate::names::Namer;
use crate::places::jitter;
use crate::plan::Slot;
use crate::translit::SlugRegistry;
use crate::{DemoOrg, profile};
use model::organisation::OrgUpdate;
use rand::Rng;

/// The registries that keep names and slugs unique across the whole alliance.
pub struct Registries {
    pub names: Namer,
    pub slugs: SlugRegistry,
}

/// One member at `key`. The order of random draws is fixed, so a seed always gives the same org.
pub fn build(key: usize, slot: Slot, clusters: Vec<usize>, reg: &mut Registries, rng: &mut impl Rng) -> DemoOrg {
    let Slot { kind, city } = slot;
    let (main_chain, value_chains) = profile::value_chains(kind, rng);
    let (mut topics_offered, mut topics_needed) = crate::topics::topics(kind, main_chain, &value_chains, rng);
    let size_band = profile::size_band(kind, rng);
    let name = reg.names.name(kind, city, main_chain, rng);
    let slug = reg.slugs.claim(&name.slug_source);
    let (latitude, longitude) = jitter(city, rng);
    let description = describe(
        &Facts { kind, size: size_band, city, main_chain, offered: &topics_offered, needed: &topics_needed },
        rng,
    );
    let certifications = profile::certifications(kind, &topics_offered, rng);
    // Sorted only now: the description wanted the main activity first.
    topics_offered.sort();
    topics_needed.sort();
    // Drawn in this order so a seed keeps giving the same alliance.
    let languages = profile::languages(kind, city, rng);
    let visibility = profile::visibility(rng);
    let joined_on = profile::joined_on(rng);
    DemoOrg {
        key,
        profile: OrgUpdate {
            name: name.name,
            kind,
            country: city.country,
            region: Some(city.nuts2.to_owned()),
            city: city.name.to_owned(),
            latitude: Some(latitude),
            longitude: Some(longitude),
            value_chains,
            topics_offered,
            topics_needed,
            size_band,
            languages,
            certifications,
            website: Some(format!("https://www.{}.example", website_label(&slug))),
            description,
            visibility,
        },
        slug,
        joined_on,
        clusters,
    }
}

/// A DNS label holds at most 63 characters; longer slugs are cut at a hyphen.
fn website_label(slug: &str) -> &str {
    const LABEL_MAX: usize = 63;
    if slug.len() <= LABEL_MAX {
        return slug;
    }
    let cut = slug[..LABEL_MAX].rfind('-').unwrap_or(LABEL_MAX);
    slug[..cut].trim_end_matches('-')
}

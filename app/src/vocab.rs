//! The shared vocabularies as translated choices for forms and filters.

use crate::components::forms::ChoiceGroups;
use crate::i18n::t;
use model::taxonomy::{Country, Language, OrgKind, SizeBand, Topic, ValueChain, Visibility};

/// (slug, translated label) pairs in the vocabulary's order.
fn choices<T: Copy>(all: &[T], slug: fn(T) -> &'static str, key: fn(T) -> String) -> Vec<(String, String)> {
    all.iter().map(|&v| (slug(v).to_owned(), t(&key(v)))).collect()
}

pub fn kinds() -> Vec<(String, String)> {
    choices(OrgKind::ALL, OrgKind::slug, OrgKind::label_key)
}

pub fn value_chains() -> Vec<(String, String)> {
    choices(ValueChain::ALL, ValueChain::slug, ValueChain::label_key)
}

pub fn topics() -> Vec<(String, String)> {
    sorted(choices(Topic::ALL, Topic::slug, Topic::label_key))
}

/// Topics under their value chain's name, for long pick lists.
pub fn topics_by_value_chain() -> ChoiceGroups {
    ValueChain::ALL
        .iter()
        .map(|&chain| {
            let in_chain: Vec<(String, String)> = Topic::ALL
                .iter()
                .filter(|t| t.value_chain() == chain)
                .map(|&topic| (topic.slug().to_owned(), t(&topic.label_key())))
                .collect();
            (Some(t(&chain.label_key())), sorted(in_chain))
        })
        .collect()
}

pub fn size_bands() -> Vec<(String, String)> {
    choices(SizeBand::ALL, SizeBand::slug, SizeBand::label_key)
}

pub fn visibilities() -> Vec<(String, String)> {
    choices(Visibility::ALL, Visibility::slug, Visibility::label_key)
}

/// Countries sorted by their name in the page's language.
pub fn countries() -> Vec<(String, String)> {
    sorted(choices(Country::ALL, Country::slug, Country::label_key))
}

pub fn languages() -> Vec<(String, String)> {
    sorted(choices(Language::ALL, Language::slug, Language::label_key))
}

fn sorted(mut items: Vec<(String, String)>) -> Vec<(String, String)> {
    items.sort_by_key(|(_, label)| label.to_lowercase());
    items
}

/// The NUTS 2 regions whose codes start with `prefix` (a country's NUTS prefix), as
/// "name (code)" in code order.
pub fn regions_of(prefix: &str) -> Vec<(String, String)> {
    model::nuts::NUTS2_NAMES
        .iter()
        .filter(|(code, _)| code.starts_with(prefix))
        .map(|(code, name)| ((*code).to_owned(), format!("{name} ({code})")))
        .collect()
}

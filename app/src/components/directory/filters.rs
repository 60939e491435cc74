//! The organisation filters the directory, the map, the network and the exports share.
//! Without JavaScript the form is a plain GET to its page; with it (`AutoSubmit`), a choice
//! applies as soon as it is made, the URL holds only the filters that are set, and the page's
//! own parameters (the map's metric and view, say) come along.

use crate::components::forms::{INPUT, SelectField};
use crate::components::ui::{BUTTON_PRIMARY, CARD, LINK};
use crate::i18n::t;
use crate::islands::auto_submit::AutoSubmit;
use crate::vocab;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;
use model::directory::{DirectoryQuery, FILTER_KEYS};
use model::organisation::{ClusterRef, nuts_prefix};
use model::taxonomy::Country;

/// The filter form for the page at `action`. `carried` names the page's non-filter URL
/// parameters to keep across a change of filters.
#[component]
pub fn FilterForm(
    action: &'static str,
    query: DirectoryQuery,
    clusters: Vec<ClusterRef>,
    #[prop(optional)] carried: &'static [&'static str],
    /// Lay the fields out in a row (above a wide map) rather than a column.
    #[prop(optional)]
    wide: bool,
) -> impl IntoView {
    let layout = if wide { "grid items-start gap-4 sm:grid-cols-2 lg:grid-cols-4" } else { "space-y-4 self-start" };
    let url = use_query_map();
    let value = |v: &Option<String>| v.clone().unwrap_or_default();
    let cluster_options: Vec<(String, String)> = clusters.into_iter().map(|c| (c.slug, c.name)).collect();
    let country = query.country.as_deref().and_then(Country::from_slug);
    // Without JavaScript the carried parameters travel as hidden fields, as rendered.
    let hidden: Vec<(&'static str, String)> =
        carried.iter().filter_map(|&k| url.with_untracked(|u| u.get(k)).map(|v| (k, v))).collect();
    let fields: Vec<String> = FILTER_KEYS.iter().map(|k| (*k).to_owned()).collect();
    let carried: Vec<String> = carried.iter().map(|k| (*k).to_owned()).collect();
    view! {
        <AutoSubmit action=action.to_owned() fields carried role="search".to_owned() class=format!("{CARD} {layout}") testid="filters".to_owned()>
            <div>
                <label for="field-q" class="block text-sm font-medium text-stone-800">{t("directory-search")}</label>
                <input id="field-q" name="q" type="search" value=value(&query.q) maxlength="100" class=INPUT
                    placeholder=t("directory-search-placeholder")/>
            </div>
            <SelectField name="kind" label=t("field-kind") options=vocab::kinds() value=value(&query.kind) placeholder=t("filter-any")/>
            <SelectField name="country" label=t("field-country") options=vocab::countries() value=value(&query.country) placeholder=t("filter-any")/>
            {country.map(|c| view! {
                <SelectField name="region" label=t("field-region") options=vocab::regions_of(nuts_prefix(c)) value=value(&query.region) placeholder=t("filter-any")/>
            })}
            <SelectField name="chain" label=t("field-value-chain") options=vocab::value_chains() value=value(&query.chain) placeholder=t("filter-any")/>
            <SelectField name="topic" label=t("field-topic") options=vocab::topics() value=value(&query.topic) placeholder=t("filter-any")/>
            <SelectField name="cluster" label=t("field-cluster") options=cluster_options value=value(&query.cluster) placeholder=t("filter-any")/>
            <div>
                <label for="field-asof" class="block text-sm font-medium text-stone-800">{t("filter-as-of")}</label>
                <input id="field-asof" name="asof" type="date" value=value(&query.asof) min="2000-01-01" class=INPUT
                    aria-describedby="field-asof-hint"/>
                <p id="field-asof-hint" class="mt-1 text-xs text-stone-500">{t("filter-as-of-hint")}</p>
            </div>
            {query.city.clone().map(|city| view! { <input type="hidden" name="city" value=city/> })}
            {hidden.into_iter().map(|(k, v)| view! { <input type="hidden" name=k value=v/> }).collect_view()}
            <div class="flex flex-wrap items-center gap-3 self-end">
                <button type="submit" class=BUTTON_PRIMARY>{t("filter-apply")}</button>
                <a class=LINK href=action>{t("filter-clear")}</a>
            </div>
        </AutoSubmit>
    }
}

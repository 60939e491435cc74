//! The organisation filters the directory, the map, the network and the exports share.
//! Without JavaScript the form is a plain GET to its page; with it, the same form navigates
//! in place, applies a choice as soon as it is made, and keeps the page's own parameters
//! (the map's metric and view, say) that are not filters.

use crate::components::forms::{INPUT, SelectField};
use crate::components::ui::{BUTTON_PRIMARY, CARD, LINK};
use crate::i18n::t;
use crate::vocab;
use leptos::prelude::*;
use leptos::wasm_bindgen::JsCast;
use leptos_router::hooks::{use_navigate, use_query_map};
use model::directory::{DirectoryQuery, FILTER_KEYS, query_string};
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
    let navigate = use_navigate();
    let url = use_query_map();
    let value = |v: &Option<String>| v.clone().unwrap_or_default();
    let cluster_options: Vec<(String, String)> = clusters.into_iter().map(|c| (c.slug, c.name)).collect();
    let country = query.country.as_deref().and_then(Country::from_slug);
    // Without JavaScript the carried parameters travel as hidden fields, as rendered.
    let hidden: Vec<(&'static str, String)> =
        carried.iter().filter_map(|&k| url.with_untracked(|u| u.get(k)).map(|v| (k, v))).collect();
    // With JavaScript: a clean URL (no empty parameters), filters first, then the carried ones
    // as they are now (the map's view may have moved since this form was drawn).
    let on_submit = move |ev: web_sys::SubmitEvent| {
        ev.prevent_default();
        let Some(form) = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlFormElement>().ok()) else { return };
        let Ok(data) = web_sys::FormData::new_with_form(&form) else { return };
        let chosen = DirectoryQuery::from_pairs(|name| {
            FILTER_KEYS.contains(&name).then(|| data.get(name).as_string()).flatten().filter(|v| !v.trim().is_empty())
        });
        let now = url.get_untracked();
        let kept: Vec<(&str, String)> = carried.iter().filter_map(|&k| now.get(k).map(|v| (k, v))).collect();
        let pairs = chosen.pairs().chain(kept.iter().map(|(k, v)| (*k, v.as_str())));
        navigate(&format!("{action}{}", query_string(pairs)), Default::default());
    };
    let submit_on_change = |ev: web_sys::Event| {
        let form = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|el| el.closest("form").ok().flatten())
            .and_then(|f| f.dyn_into::<web_sys::HtmlFormElement>().ok());
        if let Some(form) = form {
            let _ = form.request_submit();
        }
    };
    view! {
        <form method="get" action=action on:submit=on_submit on:change=submit_on_change role="search" class=format!("{CARD} {layout}") data-testid="filters">
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
        </form>
    }
}

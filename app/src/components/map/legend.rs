//! The metric picker and the choropleth's legend.

use super::{MapState, SWATCH_NONE, SWATCHES};
use crate::i18n::t;
use leptos::prelude::*;
use leptos::wasm_bindgen::JsCast;
use leptos_router::hooks::use_navigate;
use model::map::Metric;
use model::map::legend::lower_bound;
use model::map::viewport::Viewport;

/// A GET form: the metric select submits on change with JavaScript, by its button without.
#[component]
pub fn MetricPicker(state: MapState, viewport: RwSignal<Viewport>) -> impl IntoView {
    let navigate = use_navigate();
    let hidden: Vec<(&str, String)> = state.pairs().into_iter().filter(|(k, _)| *k != "metric").collect();
    let on_change = {
        let state = state.clone();
        move |ev: web_sys::Event| {
            let Some(select) = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlSelectElement>().ok()) else {
                return;
            };
            let metric = Metric::from_param(Some(&select.value()));
            // The view may have moved since this form was drawn.
            let viewport = viewport.get_untracked();
            navigate(&state.with(|s| (s.metric, s.viewport) = (metric, viewport)).href(), Default::default());
        }
    };
    view! {
        <form method="get" action="/map" class="flex flex-wrap items-end gap-2" data-testid="metric-form">
            {hidden.into_iter().map(|(k, v)| view! { <input type="hidden" name=k value=v/> }).collect_view()}
            <label class="text-sm font-medium text-stone-800">
                {t("map-metric")}
                <select name="metric" on:change=on_change class="ml-2 rounded-md border border-stone-300 bg-white px-2 py-1 text-sm">
                    {Metric::ALL.iter().map(|m| view! {
                        <option value=m.slug() selected=*m == state.metric>{t(&m.label_key())}</option>
                    }).collect_view()}
                </select>
            </label>
            <noscript><button type="submit" class="rounded-md border border-stone-300 px-2 py-1 text-sm">{t("map-metric-show")}</button></noscript>
        </form>
    }
}

/// Swatches for "none" and each class, with their ranges.
#[component]
pub fn Legend(metric: Metric, breaks: Vec<u32>) -> impl IntoView {
    let rows = breaks
        .iter()
        .enumerate()
        .map(|(i, &hi)| {
            let lo = lower_bound(i, &breaks);
            let range = if lo == hi { lo.to_string() } else { format!("{lo}–{hi}") };
            (SWATCHES[i], range)
        })
        .collect::<Vec<_>>();
    view! {
        <figure class="text-xs text-stone-700" data-testid="legend">
            <figcaption class="font-medium">{t(&metric.label_key())}</figcaption>
            <ul class="mt-1 flex flex-wrap gap-x-3 gap-y-1">
                <li class="flex items-center gap-1">
                    <span class=format!("inline-block h-3 w-5 rounded-sm border border-stone-300 {SWATCH_NONE}") aria-hidden="true"></span>
                    {t("map-legend-none")}
                </li>
                {rows.into_iter().map(|(swatch, range)| view! {
                    <li class="flex items-center gap-1">
                        <span class=format!("inline-block h-3 w-5 rounded-sm border border-stone-300 {swatch}") aria-hidden="true"></span>
                        {range}
                    </li>
                }).collect_view()}
            </ul>
        </figure>
    }
}

//! The metric picker and the choropleth's legend.

use super::{MapState, SWATCH_NONE, SWATCHES};
use crate::i18n::t;
use crate::islands::auto_submit::AutoSubmit;
use leptos::prelude::*;
use model::directory::FILTER_KEYS;
use model::map::Metric;
use model::map::legend::lower_bound;

/// A GET form: the metric applies as soon as it is chosen with JavaScript, by its button
/// without (the button stays for keyboard users who would rather confirm).
#[component]
pub fn MetricPicker(state: MapState) -> impl IntoView {
    let hidden: Vec<(&str, String)> = state.pairs().into_iter().filter(|(k, _)| *k != "metric").collect();
    let fields: Vec<String> = FILTER_KEYS.iter().chain(&["metric"]).map(|k| (*k).to_owned()).collect();
    // The map's view may have moved since this form was drawn: it comes from the address bar.
    let carried: Vec<String> = ["zoom", "at", "show", "focus"].map(str::to_owned).to_vec();
    view! {
        <AutoSubmit action=state.base.to_string() fields carried class="flex flex-wrap items-end gap-2".to_owned() testid="metric-form".to_owned()>
            {hidden.into_iter().map(|(k, v)| view! { <input type="hidden" name=k value=v/> }).collect_view()}
            <label class="text-sm font-medium text-stone-800">
                {t("map-metric")}
                <select name="metric" class="ml-2 rounded-md border border-stone-300 bg-white px-2 py-1 text-sm">
                    {Metric::ALL.iter().map(|m| view! {
                        <option value=m.slug() selected=*m == state.metric>{t(&m.label_key())}</option>
                    }).collect_view()}
                </select>
            </label>
            <button type="submit" class="rounded-md border border-stone-300 px-2 py-1 text-sm">{t("map-metric-show")}</button>
        </AutoSubmit>
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

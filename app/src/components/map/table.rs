//! Exactly what the map shows, as tables: each country's value of the metric, and each
//! place with its organisations. For screen readers, keyboards and anyone who wants numbers.

use super::MapState;
use crate::components::ui::LINK;
use crate::i18n::t;
use leptos::prelude::*;
use model::map::MapData;
use model::taxonomy::OrgKind;

const TH: &str = "px-3 py-2 text-left font-semibold text-stone-700";
const TD: &str = "px-3 py-2 text-stone-800";
const TD_NUM: &str = "px-3 py-2 text-right tabular-nums text-stone-800";

#[component]
pub fn MapTable(data: MapData, state: MapState) -> impl IntoView {
    let mut countries = data.countries.clone();
    countries.sort_by(|a, b| b.value.cmp(&a.value).then(a.country.cmp(&b.country)));
    let mut places = data.places.clone();
    places.sort_by(|a, b| b.count.cmp(&a.count).then_with(|| a.city.cmp(&b.city)));
    let metric = t(&data.metric.label_key());
    view! {
        <div class="space-y-6" data-testid="map-table">
            <div class="relative overflow-x-auto rounded-lg border border-stone-200 bg-white">
                <table class="min-w-full divide-y divide-stone-200 text-sm">
                    <caption class="px-3 py-2 text-left font-semibold">{t("map-table-countries")}</caption>
                    <thead class="bg-stone-50"><tr>
                        <th scope="col" class=TH>{t("field-country")}</th>
                        <th scope="col" class=format!("{TH} text-right")>{metric}</th>
                    </tr></thead>
                    <tbody class="divide-y divide-stone-100">
                        {countries.into_iter().map(|c| {
                            let href = state.with(|s| s.query = s.query.with("country", Some(c.country.slug()))).href();
                            view! { <tr>
                                <th scope="row" class=format!("{TD} font-normal")><a class=LINK href=href>{t(&c.country.label_key())}</a></th>
                                <td class=TD_NUM>{c.value}</td>
                            </tr> }
                        }).collect_view()}
                    </tbody>
                </table>
            </div>
            <div class="relative overflow-x-auto rounded-lg border border-stone-200 bg-white">
                <table class="min-w-full divide-y divide-stone-200 text-sm" data-testid="places-table">
                    <caption class="px-3 py-2 text-left font-semibold">{t("map-table-places")}</caption>
                    <thead class="bg-stone-50"><tr>
                        <th scope="col" class=TH>{t("field-city")}</th>
                        <th scope="col" class=TH>{t("field-country")}</th>
                        <th scope="col" class=format!("{TH} text-right")>{t("map-table-organisations")}</th>
                        <th scope="col" class=TH>{t("map-table-kinds")}</th>
                    </tr></thead>
                    <tbody class="divide-y divide-stone-100">
                        {places.into_iter().map(|p| {
                            let kinds = OrgKind::ALL.iter().zip(&p.kinds).filter(|(_, n)| **n > 0)
                                .map(|(k, n)| format!("{n} × {}", t(&k.label_key()))).collect::<Vec<_>>().join(", ");
                            let href = match &p.sole {
                                Some(sole) => format!("/organisations/{}", sole.slug),
                                None => format!("/organisations{}", state.query.with("city", Some(p.city.as_str())).with("country", Some(p.country.slug())).with_page(None)),
                            };
                            view! { <tr>
                                <th scope="row" class=format!("{TD} font-normal")><a class=LINK href=href>{p.city.clone()}</a></th>
                                <td class=TD>{t(&p.country.label_key())}</td>
                                <td class=TD_NUM>{p.count}</td>
                                <td class=format!("{TD} text-xs text-stone-600")>{kinds}</td>
                            </tr> }
                        }).collect_view()}
                    </tbody>
                </table>
            </div>
        </div>
    }
}

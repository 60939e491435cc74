//! `/embed/map?...`: the map alone, for partner websites to put in an iframe. The filters in
//! its URL are fixed (no filter form, countries do not filter); visitors can pan, zoom and
//! hover, and organisations open on CLOTH in a new tab. The server allows framing only here.

use crate::components::map::legend::Legend;
use crate::components::map::{EMBED_BASE, MapState, PAGE_BASE, Show};
use crate::components::ui::{ErrorPanel, LINK, Loading};
use crate::i18n::{t, t_count, use_lang};
use crate::islands::map::MapIsland;
use crate::islands::map::text::MapText;
use crate::server_fns::map::load_map;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;
use model::directory::DirectoryQuery;
use model::map::Metric;
use model::map::legend::breaks;
use model::map::viewport::Viewport;

#[component]
pub fn EmbedMapPage() -> impl IntoView {
    let params = use_query_map();
    let query = Memo::new(move |_| params.with(|p| DirectoryQuery::from_pairs(|key| p.get(key))));
    let metric = Memo::new(move |_| params.with(|p| Metric::from_param(p.get("metric").as_deref())));
    let viewport = params.with_untracked(|p| Viewport::from_params(p.get("zoom").as_deref(), p.get("at").as_deref()));
    let data = Resource::new(move || (query.get(), metric.get()), |(q, m)| load_map(q, m));
    view! {
        <Title text=t("map-title")/>
        <Suspense fallback=Loading>
            {move || Suspend::new(async move {
                match data.await {
                    Ok(data) => {
                        let state = MapState {
                            base: EMBED_BASE.into(),
                            query: query.get_untracked(),
                            metric: metric.get_untracked(),
                            viewport,
                            show: Show::Map,
                            focus: None,
                        };
                        let full = MapState { base: PAGE_BASE.into(), ..state.clone() }.href();
                        let breaks = breaks(data.countries.iter().map(|c| c.value).max().unwrap_or(0));
                        view! {
                            <p class="text-sm text-stone-700" data-testid="map-count">{t_count("map-showing", "count", data.total)}</p>
                            <div class="mt-2"><MapIsland data=data.clone() state breaks=breaks.clone() text=MapText::new(use_lang())/></div>
                            <div class="mt-2 flex flex-wrap items-start justify-between gap-3">
                                <Legend metric=data.metric breaks/>
                                <a class=format!("{LINK} text-sm") href=full target="_blank" rel="noopener">{t("embed-open-in-cloth")}</a>
                            </div>
                        }
                        .into_any()
                    }
                    Err(error) => view! { <ErrorPanel error/> }.into_any(),
                }
            })}
        </Suspense>
    }
}

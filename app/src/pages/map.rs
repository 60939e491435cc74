//! The ecosystem map: Europe coloured by a metric, organisations as clustered markers, the
//! directory's filters beside it and the matching organisations listed next to it. Every
//! setting lives in the URL; the server renders the whole first view.

// The map for partner sites, and a page per country and NUTS 2 region.
pub mod embed;
pub mod region;

use crate::components::directory::filters::FilterForm;
use crate::components::directory::org_card::{MembersOnlyHint, OrgCardItem};
use crate::components::map::legend::{Legend, MetricPicker};
use crate::components::map::network::NetworkView;
use crate::components::map::table::MapTable;
use crate::components::map::{MAP_PARAMS, MapState, PAGE_BASE, Show};
use crate::components::ui::{ErrorPanel, LINK, Loading};
use crate::i18n::{t, t_count, t_with, use_lang};
use crate::islands::as_of::{AsOfSlider, AsOfText};
use crate::islands::map::MapIsland;
use crate::islands::map::text::MapText;
use crate::server_fns::directory::{load_directory_options, search_directory};
use crate::server_fns::map::load_map;
use crate::server_fns::network::load_network;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;
use model::directory::{DirectoryQuery, query_string};
use model::map::Metric;
use model::map::legend::breaks;
use model::map::viewport::Viewport;

#[component]
pub fn MapPage() -> impl IntoView {
    let params = use_query_map();
    let query = Memo::new(move |_| params.with(|p| DirectoryQuery::from_pairs(|key| p.get(key))));
    let metric = Memo::new(move |_| params.with(|p| Metric::from_param(p.get("metric").as_deref())));
    let show = Memo::new(move |_| params.with(|p| Show::from_param(p.get("show").as_deref())));
    let focus = Memo::new(move |_| params.with(|p| p.get("focus")));
    // A view in the URL wins; without one, a chosen country fills the map.
    let viewport = Memo::new(move |_| {
        params.with(|p| match (p.get("zoom"), p.get("at")) {
            (None, None) => country_view(p.get("country").as_deref()),
            (zoom, at) => Viewport::from_params(zoom.as_deref(), at.as_deref()),
        })
    });
    let data = Resource::new(move || (query.get(), metric.get()), |(q, m)| load_map(q, m));
    // Fetched only while the network tab is open.
    let network = Resource::new(
        move || (show.get() == Show::Network).then(|| query.get()),
        |q| async move {
            match q {
                Some(q) => load_network(q).await.map(Some),
                None => Ok(None),
            }
        },
    );
    let results = Resource::new(move || query.get(), search_directory);
    let options = Resource::new(|| (), |_| load_directory_options());
    let state = move || MapState {
        base: PAGE_BASE.into(),
        query: query.get_untracked(),
        metric: metric.get_untracked(),
        viewport: viewport.get_untracked(),
        show: show.get_untracked(),
        focus: focus.get_untracked(),
    };

    view! {
        <Title text=t("map-title")/>
        <h1 class="text-2xl font-bold tracking-tight">{t("map-title")}</h1>
        <p class="mt-1 text-stone-600">{t("map-intro")}</p>
        <div class="mt-6 grid gap-6 lg:grid-cols-[minmax(0,1fr)_19rem]">
            // Above the map everywhere; on a phone folded to one line (a disclosure, so without
            // JavaScript too), from `lg` up always open and its toggle hidden.
            <details class="group lg:col-span-2 lg:[&::details-content]:[content-visibility:visible]" data-testid="map-filters">
                <summary class="inline-flex cursor-pointer items-center gap-2 rounded-md border border-stone-300 bg-white px-3 py-1.5 text-sm font-medium text-stone-800 hover:bg-stone-50 lg:hidden">
                    {t("map-filters")}
                    {move || {
                        let active = query.with(|q| q.pairs().filter(|(key, _)| *key != "page").count());
                        (active > 0).then(|| format!(" · {active}"))
                    }}
                    <span aria-hidden="true" class="inline-block text-stone-500 group-open:rotate-180">"▾"</span>
                </summary>
                <div class="mt-3 lg:mt-0">
                <Suspense fallback=|| ()>
                    // Drawn again when the URL changes (a country clicked on the map, the back button).
                    {move || {
                        let query = query.get();
                        Suspend::new(async move {
                            let clusters = options.await.map(|o| o.clusters).unwrap_or_default();
                            view! { <FilterForm action="/map" query clusters carried=MAP_PARAMS wide=true/> }
                        })
                    }}
                </Suspense>
                </div>
            </details>
            <section class="min-w-0" aria-labelledby="map-heading">
                <h2 id="map-heading" class="sr-only">{t("map-title")}</h2>
                // Its markers are many Tab stops: keyboard users may jump past them.
                <a href="#map-after" class="sr-only focus:not-sr-only focus:inline-block focus:rounded focus:bg-white focus:px-3 focus:py-2 focus:shadow" data-testid="skip-map">
                    {t("map-skip")}
                </a>
                <Transition fallback=Loading>
                    {move || Suspend::new(async move {
                        let shown = show.get();
                        let _ = focus.get();
                        let network = network.await;
                        match data.await {
                            Ok(data) => {
                                let state = state();
                                let max = data.countries.iter().map(|c| c.value).max().unwrap_or(0);
                                let breaks = breaks(max);
                                view! {
                                    <div class="flex flex-wrap items-end justify-between gap-3">
                                        <Tabs state=state.clone()/>
                                        {(shown != Show::Network).then(|| view! { <MetricPicker state=state.clone()/> })}
                                    </div>
                                    <p class="mt-2 text-sm text-stone-700" aria-live="polite" data-testid="map-count">
                                        {t_count("map-showing", "count", data.total)}
                                        {(data.unplaced > 0).then(|| format!(" {}", t_count("map-unplaced", "count", data.unplaced)))}
                                    </p>
                                    {region_link(&state.query)}
                                    {as_of_slider(&state)}
                                    <div class="mt-3">
                                        {match shown {
                                            Show::Map => view! {
                                                <MapIsland data=data.clone() state=state.clone() breaks=breaks.clone() text=MapText::new(use_lang())/>
                                            }.into_any(),
                                            Show::Table => view! { <MapTable data=data.clone() state=state.clone()/> }.into_any(),
                                            Show::Network => match network {
                                                Ok(Some(net)) => view! { <NetworkView data=net state=state.clone()/> }.into_any(),
                                                Ok(None) => ().into_any(),
                                                Err(error) => view! { <ErrorPanel error/> }.into_any(),
                                            },
                                        }}
                                    </div>
                                    <div id="map-after" tabindex="-1"></div>
                                    <div class="mt-3 flex flex-wrap items-start justify-between gap-4">
                                        <Legend metric=data.metric breaks/>
                                        <Downloads query=state.query.clone()/>
                                    </div>
                                }
                                .into_any()
                            }
                            Err(error) => view! { <ErrorPanel error/> }.into_any(),
                        }
                    })}
                </Transition>
            </section>
            // Beside the map on wide screens, scrolling on its own so the map stays in view.
            <section class="lg:max-h-[52rem] lg:overflow-y-auto lg:pr-1" aria-labelledby="list-heading">
                <Transition fallback=Loading>
                    {move || Suspend::new(async move {
                        match results.await {
                            Ok(page) => {
                                let all = format!("/organisations{}", query.get_untracked().with_page(None));
                                view! {
                                    <h2 id="list-heading" class="text-sm font-medium text-stone-700" data-testid="result-count">
                                        {t_count("directory-count", "count", page.total)}
                                    </h2>
                                    <MembersOnlyHint next="/map"/>
                                    <ul class="mt-3 grid gap-3" data-testid="results">
                                        {page.cards.into_iter().map(|card| view! { <OrgCardItem card/> }).collect_view()}
                                    </ul>
                                    {(page.pages > 1).then(|| view! {
                                        <a class=format!("{LINK} mt-3 inline-block text-sm") href=all>{t("map-list-all")}</a>
                                    })}
                                }
                                .into_any()
                            }
                            Err(error) => view! { <ErrorPanel error/> }.into_any(),
                        }
                    })}
                </Transition>
            </section>
        </div>
    }
}

/// The view that fits `country` (the whole map for none or an unknown one).
fn country_view(country: Option<&str>) -> Viewport {
    country
        .and_then(|code| model::map::COUNTRY_SHAPES.iter().find(|s| s.code == code))
        .map_or_else(Viewport::default, |shape| Viewport::fitting(shape.focus))
}

/// When the alliance began: the as-of slider's first month.
const FIRST_MONTH: (i32, u32) = (2022, 6);

/// The as-of slider for this view: the last day of every month since the alliance began
/// (the browser carries no calendar), and the month shown.
fn as_of_slider(state: &MapState) -> impl IntoView + use<> {
    use chrono::{Datelike, NaiveDate};
    let today = chrono::Utc::now().date_naive();
    let months = (today.year() - FIRST_MONTH.0) * 12 + today.month() as i32 - FIRST_MONTH.1 as i32;
    let month_end = |offset: i32| {
        let m0 = FIRST_MONTH.0 * 12 + FIRST_MONTH.1 as i32 - 1 + offset + 1;
        NaiveDate::from_ymd_opt(m0 / 12, (m0 % 12) as u32 + 1, 1).and_then(|d| d.pred_opt()).unwrap_or(today).min(today)
    };
    let current = state.query.filter().as_of.map_or(months, |d| {
        ((d.year() - FIRST_MONTH.0) * 12 + d.month() as i32 - FIRST_MONTH.1 as i32).clamp(0, months)
    });
    let month_ends = (0..=months.max(0)).map(|m| month_end(m).format("%Y-%m-%d").to_string()).collect();
    let text = AsOfText { label: t("map-as-of"), today: t("map-as-of-today") };
    view! { <AsOfSlider month_ends current=current.max(0) as usize text/> }
}

/// With a country (or region) chosen, a link to its region page.
fn region_link(query: &DirectoryQuery) -> Option<impl IntoView + use<>> {
    let filter = query.filter();
    let (code, name) = match (&filter.region, filter.country) {
        (Some(code), _) => (code.clone(), model::nuts::nuts2_name(code).unwrap_or(code).to_owned()),
        (None, Some(country)) => (country.slug().to_owned(), t(&country.label_key())),
        _ => return None,
    };
    Some(view! {
        <p class="text-sm">
            <a class=LINK href=format!("/regions/{code}") data-testid="region-link">{t_with("map-region-page", &[("region", name)])}</a>
        </p>
    })
}

/// The current view as open data.
#[component]
fn Downloads(query: DirectoryQuery) -> impl IntoView {
    let filters = query_string(query.pairs());
    let link = |path: &str, key: &str| {
        view! { <a class=LINK href=format!("{path}{filters}")>{t(key)}</a> }
    };
    view! {
        <p class="text-xs text-stone-700" data-testid="downloads">
            {t("map-download")} " "
            {link("/export/organisations.csv", "map-download-csv")} " · "
            {link("/export/organisations.geojson", "map-download-geojson")} " · "
            {link("/api/v1/organisations", "map-download-api")}
        </p>
    }
}

/// Map or table: two links, the current one marked.
#[component]
fn Tabs(state: MapState) -> impl IntoView {
    let tab = |show: Show, key: &str| {
        let current = state.show == show;
        let href = state.with(|s| (s.show, s.focus) = (show, None)).href();
        let class = if current {
            "rounded-md bg-emerald-700 px-3 py-1.5 text-sm font-medium text-white"
        } else {
            "rounded-md px-3 py-1.5 text-sm font-medium text-stone-700 hover:bg-stone-100"
        };
        view! { <a href=href class=class aria-current=current.then_some("page")>{t(key)}</a> }
    };
    view! {
        <nav class="flex gap-1 rounded-lg border border-stone-200 bg-white p-1" aria-label=t("map-views")>
            {tab(Show::Map, "map-tab-map")}
            {tab(Show::Table, "map-tab-table")}
            {tab(Show::Network, "map-tab-network")}
        </nav>
    }
}

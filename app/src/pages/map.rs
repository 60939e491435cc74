//! The ecosystem map: Europe coloured by a metric, organisations as clustered markers, the
//! directory's filters beside it and the matching organisations listed next to it. Every
//! setting lives in the URL; the server renders the whole first view.

use crate::components::filters::FilterForm;
use crate::components::map::europe::{EuropeMap, Selection};
use crate::components::map::legend::{Legend, MetricPicker};
use crate::components::map::network::NetworkView;
use crate::components::map::panel::SelectionPanel;
use crate::components::map::table::MapTable;
use crate::components::map::{MAP_PARAMS, MapState, PAGE_BASE, Show};
use crate::components::org_card::{MembersOnlyHint, OrgCardItem};
use crate::components::ui::{ErrorPanel, LINK, Loading};
use crate::i18n::{t, t_count, t_with};
use crate::server_fns::directory::{load_directory_options, search_directory};
use crate::server_fns::map::load_map;
use crate::server_fns::network::load_network;
use leptos::prelude::*;
use leptos::wasm_bindgen::JsCast;
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
    let url_viewport =
        Memo::new(move |_| params.with(|p| Viewport::from_params(p.get("zoom").as_deref(), p.get("at").as_deref())));
    // The live view: gestures move it at once, the URL follows when they settle; a link or
    // the back button moves it from the URL.
    let viewport = RwSignal::new(url_viewport.get_untracked());
    Effect::new(move |_| {
        let from_url = url_viewport.get();
        if viewport.get_untracked().to_params() != from_url.to_params() {
            viewport.set(from_url);
        }
    });
    let selection: RwSignal<Option<Selection>> = RwSignal::new(None);
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
        base: PAGE_BASE,
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
            <div class="order-2 lg:order-none lg:col-span-2">
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
            <section class="order-1 min-w-0 lg:order-none" aria-labelledby="map-heading">
                <h2 id="map-heading" class="sr-only">{t("map-title")}</h2>
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
                                        {(shown != Show::Network).then(|| view! { <MetricPicker state=state.clone() viewport/> })}
                                    </div>
                                    <p class="mt-2 text-sm text-stone-700" aria-live="polite" data-testid="map-count">
                                        {t_count("map-showing", "count", data.total)}
                                        {(data.unplaced > 0).then(|| format!(" {}", t_count("map-unplaced", "count", data.unplaced)))}
                                    </p>
                                    {region_link(&state.query)}
                                    <AsOfSlider state=state.clone()/>
                                    <div class="mt-3">
                                        {match shown {
                                            Show::Map => view! {
                                                <EuropeMap data=data.clone() state=state.clone() breaks=breaks.clone() viewport selection/>
                                            }.into_any(),
                                            Show::Table => view! { <MapTable data=data.clone() state=state.clone()/> }.into_any(),
                                            Show::Network => match network {
                                                Ok(Some(net)) => view! { <NetworkView data=net state=state.clone()/> }.into_any(),
                                                Ok(None) => ().into_any(),
                                                Err(error) => view! { <ErrorPanel error/> }.into_any(),
                                            },
                                        }}
                                    </div>
                                    <div class="mt-3 flex flex-wrap items-start justify-between gap-4">
                                        <Legend metric=data.metric breaks/>
                                        <Downloads query=state.query.clone()/>
                                    </div>
                                    <SelectionPanel selection query=state.query.clone()/>
                                }
                                .into_any()
                            }
                            Err(error) => view! { <ErrorPanel error/> }.into_any(),
                        }
                    })}
                </Transition>
            </section>
            // Beside the map on wide screens, scrolling on its own so the map stays in view.
            <section class="order-3 lg:order-none lg:max-h-[52rem] lg:overflow-y-auto lg:pr-1" aria-labelledby="list-heading">
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

/// When the alliance began: the as-of slider's first month.
const FIRST_MONTH: (i32, u32) = (2022, 6);

/// Watch the ecosystem grow: a month slider that sets the "as of" filter. It needs
/// JavaScript, so it appears only once the page is live; the filter form's date field does
/// the same without it.
#[component]
fn AsOfSlider(state: MapState) -> impl IntoView {
    use chrono::{Datelike, NaiveDate};
    let live = RwSignal::new(false);
    Effect::new(move |_| live.set(true));
    let today = chrono::Utc::now().date_naive();
    let months = (today.year() - FIRST_MONTH.0) * 12 + today.month() as i32 - FIRST_MONTH.1 as i32;
    let month_end = move |offset: i32| {
        let m0 = FIRST_MONTH.0 * 12 + FIRST_MONTH.1 as i32 - 1 + offset + 1;
        NaiveDate::from_ymd_opt(m0 / 12, (m0 % 12) as u32 + 1, 1).and_then(|d| d.pred_opt()).unwrap_or(today).min(today)
    };
    let current = state.query.filter().as_of.map_or(months, |d| {
        ((d.year() - FIRST_MONTH.0) * 12 + d.month() as i32 - FIRST_MONTH.1 as i32).clamp(0, months)
    });
    let shown = RwSignal::new(current);
    let navigate = leptos_router::hooks::use_navigate();
    let on_change = move |ev: web_sys::Event| {
        let Some(input) = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()) else { return };
        let offset: i32 = input.value().parse().unwrap_or(months);
        let asof = (offset < months).then(|| month_end(offset).format("%Y-%m-%d").to_string());
        let next = state.with(|s| s.query = s.query.with("asof", asof.as_deref()));
        navigate(&next.href(), Default::default());
    };
    let on_input = move |ev: web_sys::Event| {
        if let Some(input) = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()) {
            shown.set(input.value().parse().unwrap_or(months));
        }
    };
    move || {
        live.get().then(|| {
            view! {
                <div class="mt-2 flex flex-wrap items-center gap-3 text-sm" data-testid="as-of-slider">
                    <label for="as-of-month" class="font-medium text-stone-800">{t("map-as-of")}</label>
                    <input id="as-of-month" type="range" min="0" max=months.to_string() step="1" value=current.to_string()
                        class="w-56 accent-emerald-700" on:input=on_input on:change=on_change.clone()
                        aria-valuetext=move || month_end(shown.get()).format("%Y-%m").to_string()/>
                    <output for="as-of-month" class="tabular-nums text-stone-700">
                        {move || if shown.get() >= months { t("map-as-of-today") } else { month_end(shown.get()).format("%Y-%m-%d").to_string() }}
                    </output>
                </div>
            }
        })
    }
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

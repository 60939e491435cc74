//! The map itself: countries from `public/map/europe.svg` (referenced with `<use>`, so the
//! browser fetches the shapes once and caches them), coloured by the metric, with markers
//! on top. The server draws the first view; in the browser the same view pans and zooms by
//! wheel, drag, pinch, keyboard and buttons, re-clustering markers at every zoom, and the
//! address bar follows the view (so a reload or a shared link opens it again).
//!
//! Without JavaScript every country and marker is a link and the zoom buttons are links, so
//! the map still filters, zooms and opens organisations.

mod gestures;
pub mod panel;
pub mod text;

use crate::components::map::{FILL_NONE, FILLS, MapState};
use gestures::gestures;
use leptos::prelude::*;
use model::map::cluster::{Marker, NOMINAL_WIDTH_PX, cluster, marker_radius_px};
use model::map::legend::class_of;
use model::map::viewport::{Viewport, ZOOM_STEP};
use model::map::{COUNTRY_SHAPES, HEIGHT, MapData, Place, WIDTH};
use model::taxonomy::{Country, OrgKind};
use panel::{Selection, SelectionPanel};
use std::sync::Arc;
use text::MapText;

const ATLAS: &str = "/map/europe.svg";

#[island]
pub fn MapIsland(data: MapData, state: MapState, breaks: Vec<u32>, text: MapText) -> impl IntoView {
    let viewport = RwSignal::new(state.viewport);
    let selection: RwSignal<Option<Selection>> = RwSignal::new(None);
    let text = StoredValue::new(text);
    let query = state.query.clone();
    view! {
        <EuropeMap data state breaks viewport selection text/>
        <SelectionPanel selection query text/>
    }
}

#[component]
fn EuropeMap(
    data: MapData,
    state: MapState,
    breaks: Vec<u32>,
    viewport: RwSignal<Viewport>,
    selection: RwSignal<Option<Selection>>,
    text: StoredValue<MapText>,
) -> impl IntoView {
    let places: Arc<Vec<Place>> = Arc::new(data.places.clone());
    // The server clusters for a nominal width; the browser measures its own after hydrating.
    let width_px = RwSignal::new(NOMINAL_WIDTH_PX);
    let svg_ref = NodeRef::<leptos::svg::Svg>::new();
    Effect::new(move |_| {
        if let Some(svg) = svg_ref.get() {
            let width = svg.get_bounding_client_rect().width();
            if width > 0.0 {
                width_px.set(width);
            }
        }
    });
    let zoom = Memo::new(move |_| viewport.with(|v| v.zoom));
    let markers = Memo::new({
        let places = places.clone();
        move |_| cluster(&places, Viewport { zoom: zoom.get(), ..Viewport::default() }, width_px.get())
    });
    let hovered: RwSignal<Option<usize>> = RwSignal::new(None);

    // Panning and zooming write the view into the address bar once the gesture settles,
    // replacing the history entry, so a reload or a shared link opens the same view.
    let settle_generation = StoredValue::new(0u64);
    let write_url = {
        let state = state.clone();
        move || {
            let generation = settle_generation.get_value() + 1;
            settle_generation.set_value(generation);
            let state = state.clone();
            set_timeout(
                move || {
                    if settle_generation.get_value() == generation {
                        let href = state.with(|s| s.viewport = viewport.get_untracked()).href();
                        if let Ok(history) = window().history() {
                            let _ =
                                history.replace_state_with_url(&leptos::wasm_bindgen::JsValue::NULL, "", Some(&href));
                        }
                    }
                },
                std::time::Duration::from_millis(300),
            );
        }
    };
    let move_to = move |next: Viewport| {
        if next != viewport.get_untracked() {
            viewport.set(next);
            write_url();
        }
    };

    let gestures = gestures(svg_ref, viewport, move_to.clone());
    let dragged = gestures.dragged;
    let on_keydown = {
        let move_to = move_to.clone();
        move |ev: web_sys::KeyboardEvent| {
            let v = viewport.get_untracked();
            let next = match ev.key().as_str() {
                "ArrowLeft" => v.panned_by_fraction(-0.1, 0.0),
                "ArrowRight" => v.panned_by_fraction(0.1, 0.0),
                "ArrowUp" => v.panned_by_fraction(0.0, -0.1),
                "ArrowDown" => v.panned_by_fraction(0.0, 0.1),
                "+" | "=" => v.zoomed(ZOOM_STEP),
                "-" | "_" => v.zoomed(1.0 / ZOOM_STEP),
                "0" => Viewport::default(),
                "Escape" => {
                    selection.set(None);
                    hovered.set(None);
                    return;
                }
                _ => return,
            };
            ev.prevent_default();
            move_to(next);
        }
    };

    let countries = text.with_value(|text| country_links(&data, &state, &breaks, text));
    let view_box = move || viewport.get().view_box_attr();
    let aspect = format!("aspect-ratio: {WIDTH} / {HEIGHT}");
    let km_per_px = move || viewport.with(|v| v.km_per_px(width_px.get()));

    let marker_views = {
        let places = places.clone();
        let state = state.clone();
        let move_to = move_to.clone();
        move || {
            let kpp = km_per_px();
            let look = Look { km_per_px: kpp, hovered, selection, dragged };
            markers
                .get()
                .into_iter()
                .enumerate()
                .map(|(i, marker)| {
                    text.with_value(|text| marker_view(i, marker, &places, &state, &look, text, move_to.clone()))
                })
                .collect_view()
        }
    };

    let hover_card = {
        let places = places.clone();
        move || {
            let i = hovered.get()?;
            let marker = markers.with(|m| m.get(i).cloned())?;
            let [x, y, w, h] = viewport.get().view_box();
            let (left, top) = ((marker.x - x) / w * 100.0, (marker.y - y) / h * 100.0);
            if !(0.0..=100.0).contains(&left) || !(0.0..=100.0).contains(&top) {
                return None;
            }
            let style = format!("left: {left:.2}%; top: {top:.2}%");
            Some(view! {
                <div role="tooltip" id="map-hover-card" data-testid="map-hover-card" style=style
                    class="pointer-events-none absolute z-10 w-64 -translate-x-1/2 translate-y-4 rounded-md border border-stone-200 bg-white p-3 text-sm shadow-lg">
                    {text.with_value(|text| hover_text(&marker, &places, text))}
                </div>
            })
        }
    };

    let zoom_link = {
        let state = state.clone();
        move |factor: f64| state.with(|s| s.viewport = s.viewport.zoomed(factor)).href()
    };
    let zoom_button = {
        let move_to = move_to.clone();
        move |factor: f64| {
            let move_to = move_to.clone();
            move |ev: web_sys::MouseEvent| {
                ev.prevent_default();
                move_to(viewport.get_untracked().zoomed(factor));
            }
        }
    };
    let reset = {
        let move_to = move_to.clone();
        move |ev: web_sys::MouseEvent| {
            ev.prevent_default();
            move_to(Viewport::default());
        }
    };
    let reset_href = state.with(|s| s.viewport = Viewport::default()).href();
    let (label, zoom_in, zoom_out, zoom_reset) =
        text.with_value(|t| (t.label.clone(), t.zoom_in.clone(), t.zoom_out.clone(), t.zoom_reset.clone()));
    // Said of the gestures only once they work: the server's page says what works without.
    let live = RwSignal::new(false);
    Effect::new(move |_| live.set(true));
    let keys = move || text.with_value(|t| if live.get() { t.keys.clone() } else { t.keys_without_script.clone() });

    view! {
        <div class="relative" data-testid="map">
            <div
                tabindex="0"
                role="group"
                aria-label=label
                aria-describedby="map-keys"
                class="overflow-hidden rounded-lg border border-stone-200 bg-sky-50 focus:outline-none focus-visible:ring-2 focus-visible:ring-emerald-600"
                on:keydown=on_keydown
            >
                <svg
                    node_ref=svg_ref
                    viewBox=view_box
                    style=aspect
                    class="block h-auto w-full touch-none select-none"
                    data-testid="map-svg"
                    data-zoom=move || format!("{}", zoom.get())
                    on:wheel=gestures.on_wheel
                    on:pointerdown=gestures.on_pointerdown
                    on:pointermove=gestures.on_pointermove
                    on:pointerup=gestures.on_pointerup.clone()
                    on:pointercancel=gestures.on_pointerup
                    on:pointerleave=move |_| hovered.set(None)
                >
                    <use href=format!("{ATLAS}#context") class="fill-stone-200 stroke-white" stroke-width="0.8"></use>
                    <g class="stroke-white" stroke-width="0.8">{countries}</g>
                    <g data-testid="markers">{marker_views}</g>
                </svg>
            </div>
            {hover_card}
            <div class="absolute right-2 top-2 flex flex-col gap-1">
                <a href=zoom_link(ZOOM_STEP) on:click=zoom_button(ZOOM_STEP) class=CONTROL aria-label=zoom_in data-testid="zoom-in">"+"</a>
                <a href=zoom_link(1.0 / ZOOM_STEP) on:click=zoom_button(1.0 / ZOOM_STEP) class=CONTROL aria-label=zoom_out data-testid="zoom-out">"−"</a>
                <a href=reset_href on:click=reset class=CONTROL aria-label=zoom_reset>"⟲"</a>
            </div>
            <p id="map-keys" class="mt-1 text-xs text-stone-500">{keys}</p>
        </div>
    }
}

const CONTROL: &str = "flex h-9 w-9 items-center justify-center rounded-md border border-stone-300 bg-white text-lg \
    font-semibold text-stone-800 shadow-sm hover:bg-stone-50 focus:outline-none focus-visible:ring-2 focus-visible:ring-emerald-600";

/// One link per country, filled by its class; following it filters to the country and
/// zooms to it (a new page: the filters change what the server sends).
fn country_links(data: &MapData, state: &MapState, breaks: &[u32], text: &MapText) -> impl IntoView + use<> {
    COUNTRY_SHAPES
        .iter()
        .filter_map(|shape| {
            let country = Country::from_slug(shape.code)?;
            let value = data.value_of(country);
            let fill = class_of(value, breaks).map_or(FILL_NONE, |c| FILLS[c.min(FILLS.len() - 1)]);
            let selected = state.query.country.as_deref() == Some(shape.code);
            let next = state.with(|s| {
                s.query = s.query.with("country", (!selected).then_some(shape.code)).with("region", None);
                s.viewport = if selected { Viewport::default() } else { Viewport::fitting(shape.focus) };
            });
            let label = format!("{}: {value}", text.country(country));
            if state.is_embedded() {
                // A partner's fixed filters stay fixed: countries are coloured, not links.
                return Some(view! {
                    <g data-country=shape.code>
                        <title>{label.clone()}</title>
                        <use href=format!("{ATLAS}#{}", shape.code) class=fill stroke-width="0.8"></use>
                    </g>
                }.into_any());
            }
            let class = format!(
                "{fill} cursor-pointer transition-[fill-opacity] hover:fill-opacity-80 {}",
                if selected { "stroke-emerald-900" } else { "" }
            );
            // Inside <g> so the macro builds an SVG <a> (a bare <a> would be an HTML one).
            Some(view! {
                <g><a href=next.href() aria-label=label.clone() tabindex="-1" data-country=shape.code>
                    <title>{label.clone()}</title>
                    <use href=format!("{ATLAS}#{}", shape.code) class=class stroke-width=if selected { "2.5" } else { "0.8" }></use>
                </a></g>
            }.into_any())
        })
        .collect_view()
}

/// What every marker needs to know of the map around it.
#[derive(Clone, Copy)]
struct Look {
    km_per_px: f64,
    hovered: RwSignal<Option<usize>>,
    selection: RwSignal<Option<Selection>>,
    dragged: StoredValue<bool>,
}

fn marker_view<M: Fn(Viewport) + Clone + Send + Sync + 'static>(
    index: usize,
    marker: Marker,
    places: &[Place],
    state: &MapState,
    look: &Look,
    text: &MapText,
    move_to: M,
) -> impl IntoView + use<M> {
    let Look { km_per_px, hovered, selection, dragged } = *look;
    let first = &places[marker.places[0]];
    let r = marker_radius_px(marker.count) * km_per_px;
    let font = 11.0 * km_per_px;
    // Where the link goes without JavaScript, and what a click does with it.
    let (href, action): (String, Box<dyn Fn()>) = if !marker.is_single_place() {
        let v = state.viewport;
        let fit = Viewport::fitting(marker.bounds(places));
        // Close enough to split it, not so close that its neighbourhood disappears.
        let zoom = fit.zoom.clamp(v.zoom * ZOOM_STEP, v.zoom * ZOOM_STEP.powi(3));
        let target = Viewport { zoom, ..fit }.clamped();
        let move_to = move_to.clone();
        (state.with(|s| s.viewport = target).href(), Box::new(move || move_to(target)))
    } else if let Some(sole) = &first.sole {
        let slug = sole.slug.clone();
        (format!("/organisations/{slug}"), Box::new(move || selection.set(Some(Selection::Org(slug.clone())))))
    } else {
        let (city, country) = (first.city.clone(), first.country);
        let href = format!(
            "/organisations{}",
            state.query.with("city", Some(city.as_str())).with("country", Some(country.slug())).with_page(None)
        );
        (href, Box::new(move || selection.set(Some(Selection::Place { city: city.clone(), country }))))
    };
    // In a partner's page, organisations open on CLOTH itself; zooming stays in the frame.
    let leaves_frame = state.is_embedded() && marker.is_single_place();
    let on_click = move |ev: web_sys::MouseEvent| {
        if leaves_frame {
            return;
        }
        ev.prevent_default();
        if !dragged.get_value() {
            action();
        }
    };
    let label = marker_label(&marker, places, text);
    let tone = if marker.count == 1 { "fill-amber-500" } else { "fill-emerald-800" };
    // Inside <g> so the macro builds an SVG <a> (a bare <a> would be an HTML one).
    view! {
        <g><a href=href on:click=on_click aria-label=label data-testid="marker" data-count=marker.count
            target=leaves_frame.then_some("_blank") rel=leaves_frame.then_some("noopener")
            on:pointerenter=move |_| hovered.set(Some(index)) on:focus=move |_| hovered.set(Some(index))
            on:blur=move |_| hovered.set(None) class="cursor-pointer focus:outline-none [&:focus>circle]:stroke-sky-600">
            <circle cx=format!("{:.1}", marker.x) cy=format!("{:.1}", marker.y) r=format!("{r:.2}")
                class=format!("{tone} stroke-white opacity-90") stroke-width=format!("{:.2}", 1.5 * km_per_px)/>
            {(marker.count > 1).then(|| view! {
                <text x=format!("{:.1}", marker.x) y=format!("{:.1}", marker.y) font-size=format!("{font:.2}")
                    text-anchor="middle" dominant-baseline="central" class="pointer-events-none fill-white font-semibold">
                    {marker.count.to_string()}
                </text>
            })}
        </a></g>
    }
}

/// The accessible name of a marker: who or how many, and where.
fn marker_label(marker: &Marker, places: &[Place], text: &MapText) -> String {
    let first = &places[marker.places[0]];
    match (&first.sole, marker.is_single_place()) {
        (Some(sole), true) => format!("{}, {}", sole.name, first.city),
        (_, true) => format!("{}: {}", first.city, text.organisations.format(u64::from(marker.count))),
        _ => text.cluster.format(u64::from(marker.count)),
    }
}

fn hover_text(marker: &Marker, places: &[Place], text: &MapText) -> impl IntoView + use<> {
    let first = &places[marker.places[0]];
    let mut kinds = vec![0u32; OrgKind::ALL.len()];
    for &i in &marker.places {
        for (k, n) in places[i].kinds.iter().enumerate() {
            kinds[k] += n;
        }
    }
    let breakdown = kinds
        .iter()
        .enumerate()
        .filter(|(_, n)| **n > 0)
        .map(|(k, n)| format!("{n} × {}", text.kind(k)))
        .collect::<Vec<_>>()
        .join(" · ");
    let cities: Vec<&str> = marker.places.iter().take(4).map(|&i| places[i].city.as_str()).collect();
    let more = marker.places.len().saturating_sub(cities.len());
    let title = match &first.sole {
        Some(sole) if marker.is_single_place() => sole.name.clone(),
        _ => text.organisations.format(u64::from(marker.count)),
    };
    let place = if marker.is_single_place() {
        format!("{}, {}", first.city, text.country(first.country))
    } else if more > 0 {
        format!("{} +{more}", cities.join(", "))
    } else {
        cities.join(", ")
    };
    view! {
        <p class="font-semibold text-stone-900">{title}</p>
        <p class="text-stone-600">{place}</p>
        <p class="mt-1 text-xs text-stone-500">{breakdown}</p>
    }
}

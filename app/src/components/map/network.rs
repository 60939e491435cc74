//! The network view: clusters, members and topics as the server laid them out. Every node is
//! a link that focuses it (its neighbourhood stays bright, the rest fades), so the view works
//! by keyboard and without JavaScript; the focus lives in the URL like everything else.

use super::MapState;
use crate::components::ui::{CARD, LINK};
use crate::i18n::{t, t_count};
use leptos::prelude::*;
use model::network::{LAYOUT_SIZE, NetworkData, Node, NodeKind};
use model::taxonomy::Topic;

#[component]
pub fn NetworkView(data: NetworkData, state: MapState) -> impl IntoView {
    let focus = state.focus.clone();
    let around = focus.as_deref().and_then(|id| data.neighbourhood(id));
    let lit = |i: usize| around.as_ref().is_none_or(|a| a.binary_search(&i).is_ok());
    let edges = data
        .edges
        .iter()
        .map(|&(a, b)| {
            let (na, nb) = (&data.nodes[a as usize], &data.nodes[b as usize]);
            let bright = lit(a as usize) && lit(b as usize);
            let class = if bright { "stroke-stone-400" } else { "stroke-stone-200" };
            view! {
                <line x1=format!("{:.1}", na.x) y1=format!("{:.1}", na.y) x2=format!("{:.1}", nb.x) y2=format!("{:.1}", nb.y)
                    class=class stroke-width="1" vector-effect="non-scaling-stroke"/>
            }
        })
        .collect_view();
    let nodes = data
        .nodes
        .iter()
        .enumerate()
        .map(|(i, node)| node_view(node, lit(i), focus.as_deref() == Some(node.id.as_str()), &state))
        .collect_view();
    let focused = focus.as_deref().and_then(|id| data.nodes.iter().find(|n| n.id == id)).cloned();
    let neighbours: Vec<Node> =
        around.iter().flatten().map(|&i| data.nodes[i].clone()).filter(|n| Some(&n.id) != focus.as_ref()).collect();
    let clear = state.with(|s| s.focus = None).href();
    view! {
        <div data-testid="network">
            <p class="text-sm text-stone-700" data-testid="network-count">
                {t_count("network-shown", "count", data.shown)} " " {t_count("network-matching", "count", data.matching)}
            </p>
            <svg viewBox=format!("0 0 {LAYOUT_SIZE} {LAYOUT_SIZE}") class="mt-2 block h-auto w-full rounded-lg border border-stone-200 bg-white"
                role="group" aria-label=t("network-label") data-testid="network-svg">
                <g>{edges}</g>
                <g>{nodes}</g>
            </svg>
            <NetworkLegend/>
            {focused.map(|node| view! { <FocusPanel node neighbours clear/> })}
        </div>
    }
}

fn node_view(node: &Node, lit: bool, focused: bool, state: &MapState) -> impl IntoView + use<> {
    // A new page, back at the map: focusing changes what the server lays out around it.
    let href = format!("{}#map-heading", state.with(|s| s.focus = Some(node.id.clone())).href());
    let (r, fill, labelled, focusable) = match node.kind {
        NodeKind::Cluster => (9.0 + f64::from(node.degree).sqrt() * 1.2, "fill-emerald-700", true, true),
        NodeKind::Topic => (6.0 + f64::from(node.degree).sqrt() * 0.6, "fill-sky-600", true, true),
        NodeKind::Organisation => (4.5, "fill-amber-500", focused, false),
    };
    let label = node_label(node);
    let opacity = if lit { "1" } else { "0.2" };
    let text = (labelled && lit).then(|| {
        view! {
            <text x=format!("{:.1}", node.x + r as f32 + 3.0) y=format!("{:.1}", node.y) dominant-baseline="central"
                class="pointer-events-none fill-stone-800 text-[13px]" paint-order="stroke" stroke="white" stroke-width="3">
                {label.clone()}
            </text>
        }
    });
    // Inside <g> so the macro builds an SVG <a>.
    view! {
        <g opacity=opacity><a href=href aria-label=label.clone() tabindex=if focusable { "0" } else { "-1" }
            data-node=node.id.clone() class="cursor-pointer focus:outline-none [&:focus>circle]:stroke-sky-500">
            <title>{label.clone()}</title>
            <circle cx=format!("{:.1}", node.x) cy=format!("{:.1}", node.y) r=format!("{r:.1}")
                class=format!("{fill} stroke-white") stroke-width=if focused { "3" } else { "1.5" }/>
            {text}
        </a></g>
    }
}

fn node_label(node: &Node) -> String {
    match node.kind {
        NodeKind::Topic => Topic::from_slug(&node.label).map_or(node.label.clone(), |topic| t(&topic.label_key())),
        _ => node.label.clone(),
    }
}

/// Where a node's own page is: an organisation's profile, or the directory for a topic.
fn page_of(node: &Node) -> String {
    match node.id.split_once(':') {
        Some(("t", topic)) => format!("/organisations?topic={topic}"),
        Some((_, slug)) => format!("/organisations/{slug}"),
        None => "/organisations".to_owned(),
    }
}

#[component]
fn FocusPanel(node: Node, neighbours: Vec<Node>, clear: String) -> impl IntoView {
    let title = node_label(&node);
    let page = page_of(&node);
    view! {
        <aside class=format!("{CARD} mt-4") aria-labelledby="focus-heading" data-testid="network-focus">
            <h3 id="focus-heading" class="text-lg font-semibold">{title}</h3>
            <p class="text-sm text-stone-600">{t_count("network-neighbours", "count", neighbours.len() as u64)}</p>
            <ul class="mt-2 flex flex-wrap gap-x-3 gap-y-1 text-sm">
                {neighbours.iter().map(|n| view! { <li><a class=LINK href=page_of(n)>{node_label(n)}</a></li> }).collect_view()}
            </ul>
            <p class="mt-3 flex gap-4 text-sm">
                <a class=LINK href=page>{t("network-open")}</a>
                <a class=LINK href=clear>{t("network-clear-focus")}</a>
            </p>
        </aside>
    }
}

#[component]
fn NetworkLegend() -> impl IntoView {
    let item = |class: &'static str, key: &'static str| {
        view! {
            <li class="flex items-center gap-1">
                <span class=format!("inline-block h-3 w-3 rounded-full {class}") aria-hidden="true"></span>{t(key)}
            </li>
        }
    };
    view! {
        <ul class="mt-2 flex flex-wrap gap-4 text-xs text-stone-700" data-testid="network-legend">
            {item("bg-emerald-700", "network-legend-cluster")}
            {item("bg-amber-500", "network-legend-organisation")}
            {item("bg-sky-600", "network-legend-topic")}
        </ul>
    }
}

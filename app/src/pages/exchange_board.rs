//! `/exchange/<cohort>/board`: the organisers' live matching board. Quota gauges against the
//! targets, the matched pairs with their reasons, the unmatched visitors with theirs, and host
//! places nobody fills. The server renders it matched as of the request; in the browser it
//! follows the cohort's event stream and re-matches whenever anything changes.

use crate::components::ui::{Badge, BadgeTone, CARD, ErrorPanel, Loading};
use crate::i18n::{t, t_count};
use crate::server_fns::exchange::{DecidePair, load_board};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;
use model::exchange::{Board, BoardPair, Cohort, QuotaGauge};

#[component]
pub fn ExchangeBoardPage() -> impl IntoView {
    let params = use_params_map();
    let cohort = Memo::new(move |_| params.with(|p| p.get("cohort").unwrap_or_default()));
    // Bumped by every event on the cohort's stream: the board reloads.
    let changes = RwSignal::new(0u64);
    follow_events(cohort, changes);
    let decide = ServerAction::<DecidePair>::new();
    let board = Resource::new(
        move || (cohort.get(), changes.get(), decide.version().get()),
        |(cohort, _, _)| load_board(cohort),
    );
    let refused = move || decide.value().get().and_then(Result::err);
    view! {
        {move || refused().map(|error| view! { <ErrorPanel error/> })}
        <Transition fallback=Loading>
            {move || Suspend::new(async move {
                match board.await {
                    Ok((cohort, board)) => view! { <BoardView cohort board decide/> }.into_any(),
                    Err(error) => view! { <ErrorPanel error/> }.into_any(),
                }
            })}
        </Transition>
    }
}

/// In the browser: listens to `/exchange/<cohort>/events` and bumps `changes` on each event.
/// The browser's EventSource reconnects by itself and sends the last id it saw.
fn follow_events(cohort: Memo<String>, changes: RwSignal<u64>) {
    #[cfg(feature = "hydrate")]
    Effect::new(move |previous: Option<Option<web_sys::EventSource>>| {
        use wasm_bindgen::JsCast;
        use wasm_bindgen::closure::Closure;
        if let Some(Some(old)) = previous {
            old.close();
        }
        let source = web_sys::EventSource::new(&format!("/exchange/{}/events", cohort.get())).ok()?;
        let on_message = Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |_| changes.update(|n| *n += 1));
        source.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        on_message.forget();
        Some(source)
    });
    #[cfg(not(feature = "hydrate"))]
    let _ = (cohort, changes);
}

#[component]
fn BoardView(cohort: Cohort, board: Board, decide: ServerAction<DecidePair>) -> impl IntoView {
    let slug = cohort.slug.clone();
    let summary = [
        t_count("board-applications", "count", u64::from(board.applications)),
        t_count("board-offers", "count", u64::from(board.offers)),
        t_count("board-pairs", "count", board.pairs.len() as u64),
        t_count("board-total-score", "score", board.total_score),
    ];
    view! {
        <Title text=format!("{} · {}", t("board-title"), cohort.name)/>
        <div class="space-y-6" data-testid="board">
            <header>
                <p class="text-sm text-stone-600">{t("board-title")}</p>
                <h1 class="text-2xl font-bold text-stone-900">{cohort.name.clone()}</h1>
                <p class="mt-1 text-stone-700">{summary.join(" · ")}</p>
                <p class="mt-1 text-sm text-stone-600">{t("board-live-hint")}</p>
            </header>
            <section class=CARD aria-labelledby="gauges">
                <h2 id="gauges" class="font-semibold text-stone-900">{t("board-quotas")}</h2>
                <ul class="mt-3 grid gap-3 sm:grid-cols-2 lg:grid-cols-5">
                    {board.gauges.into_iter().map(|g| view! { <Gauge gauge=g/> }).collect_view()}
                </ul>
            </section>
            <section class=CARD aria-labelledby="pairs">
                <h2 id="pairs" class="font-semibold text-stone-900">{t("board-matched")}</h2>
                <PairsTable pairs=board.pairs cohort=slug decide/>
            </section>
            <div class="grid gap-6 lg:grid-cols-2">
                <section class=CARD aria-labelledby="unmatched">
                    <h2 id="unmatched" class="font-semibold text-stone-900">{t("board-unmatched")}</h2>
                    <ul class="mt-3 divide-y divide-stone-100" data-testid="unmatched">
                        {board
                            .unmatched
                            .into_iter()
                            .map(|u| {
                                view! {
                                    <li class="flex flex-wrap justify-between gap-2 py-2">
                                        <span>
                                            <a class="font-medium text-stone-900 hover:underline" href=format!("/organisations/{}", u.visitor.slug)>{u.visitor.name}</a>
                                            <span class="text-stone-600">" · "{t(&u.visitor.country.label_key())}</span>
                                        </span>
                                        <span class="text-sm text-stone-700">{t(&u.reason.label_key())}</span>
                                    </li>
                                }
                            })
                            .collect_view()}
                    </ul>
                </section>
                <section class=CARD aria-labelledby="idle">
                    <h2 id="idle" class="font-semibold text-stone-900">{t("board-idle")}</h2>
                    <table class="mt-3 w-full text-sm">
                        <thead>
                            <tr class="text-left text-stone-600">
                                <th scope="col" class="py-1">{t("field-country")}</th>
                                <th scope="col" class="py-1">{t("field-value-chain")}</th>
                                <th scope="col" class="py-1 text-right">{t("board-places")}</th>
                            </tr>
                        </thead>
                        <tbody>
                            {board
                                .idle
                                .into_iter()
                                .map(|i| {
                                    view! {
                                        <tr class="border-t border-stone-100">
                                            <td class="py-1">{t(&i.country.label_key())}</td>
                                            <td class="py-1">{t(&i.value_chain.label_key())}</td>
                                            <td class="py-1 text-right tabular-nums">{i.places}</td>
                                        </tr>
                                    }
                                })
                                .collect_view()}
                        </tbody>
                    </table>
                </section>
            </div>
        </div>
    }
}

/// A compact button for the decisions in each row.
const BUTTON_SMALL: &str = "rounded border border-stone-300 bg-white px-2 py-1 text-xs font-medium text-stone-800 \
    hover:bg-stone-50 focus-visible:outline focus-visible:outline-2 focus-visible:outline-emerald-700";

#[component]
fn Gauge(gauge: QuotaGauge) -> impl IntoView {
    let full = gauge.target > 0 && gauge.matched >= gauge.target;
    let width = if gauge.target == 0 { 0.0 } else { f64::from(gauge.matched) / f64::from(gauge.target) * 100.0 };
    let bar = if full { "bg-amber-500" } else { "bg-emerald-600" };
    let label = t(&gauge.participant.label_key());
    view! {
        <li data-testid=format!("gauge-{}", gauge.participant.slug())>
            <div class="flex justify-between text-sm">
                <span class="font-medium text-stone-800">{label.clone()}</span>
                <span class="tabular-nums text-stone-700">{format!("{} / {}", gauge.matched, gauge.target)}</span>
            </div>
            <div class="mt-1 h-2 rounded-full bg-stone-100" role="meter" aria-label=label
                aria-valuemin="0" aria-valuemax=gauge.target.to_string() aria-valuenow=gauge.matched.to_string()>
                <div class=format!("h-2 rounded-full {bar}") style=format!("width: {width:.1}%")></div>
            </div>
            {full.then(|| view! { <p class="mt-1 text-xs text-amber-900">{t("board-quota-full")}</p> })}
        </li>
    }
}

#[component]
fn PairsTable(pairs: Vec<BoardPair>, cohort: String, decide: ServerAction<DecidePair>) -> impl IntoView {
    view! {
        <div class="mt-3 overflow-x-auto">
            <table class="w-full text-sm" data-testid="pairs">
                <thead>
                    <tr class="text-left text-stone-600">
                        <th scope="col" class="py-1 pr-3">{t("board-visitor")}</th>
                        <th scope="col" class="py-1 pr-3">{t("board-host")}</th>
                        <th scope="col" class="py-1 pr-3 text-right">{t("board-score")}</th>
                        <th scope="col" class="py-1 pr-3">{t("board-why")}</th>
                        <th scope="col" class="py-1"><span class="sr-only">{t("board-decide")}</span></th>
                    </tr>
                </thead>
                <tbody>
                    {pairs.into_iter().map(|p| view! { <PairRow pair=p cohort=cohort.clone() decide/> }).collect_view()}
                </tbody>
            </table>
        </div>
    }
}

#[component]
fn PairRow(pair: BoardPair, cohort: String, decide: ServerAction<DecidePair>) -> impl IntoView {
    let (application, offer) = (pair.visitor.entry.to_string(), pair.host.entry.to_string());
    // One small form per decision, so each posts on its own with or without JavaScript.
    let form = move |decision: &'static str, label: String| {
        let (cohort, application, offer) = (cohort.clone(), application.clone(), offer.clone());
        view! {
            <ActionForm action=decide attr:class="inline">
                <input type="hidden" name="cohort" value=cohort/>
                <input type="hidden" name="application" value=application/>
                <input type="hidden" name="offer" value=offer/>
                <input type="hidden" name="decision" value=decision/>
                <button type="submit" class=BUTTON_SMALL data-testid=format!("pair-{decision}")>{label}</button>
            </ActionForm>
        }
    };
    let actions = if pair.locked {
        form("clear", t("board-unlock")).into_any()
    } else {
        view! { {form("lock", t("board-lock"))} " " {form("forbid", t("board-forbid"))} }.into_any()
    };
    let r = &pair.reasons;
    let mut why: Vec<String> = r.topics_met.iter().map(|topic| t(&topic.label_key())).collect();
    if !r.shared_languages.is_empty() {
        let langs: Vec<String> = r.shared_languages.iter().map(|l| t(&l.label_key())).collect();
        why.push(langs.join(", "));
    }
    why.push(t_count("board-overlap-days", "days", u64::from(r.overlap_days)));
    let preferred = r.preferred_country;
    view! {
        <tr class="border-t border-stone-100 align-top">
            <td class="py-2 pr-3">
                <a class="font-medium text-stone-900 hover:underline" href=format!("/organisations/{}", pair.visitor.slug)>{pair.visitor.name}</a>
                <div class="text-stone-600">{t(&pair.visitor.country.label_key())}" · "{t(&pair.participant.label_key())}</div>
            </td>
            <td class="py-2 pr-3">
                <a class="font-medium text-stone-900 hover:underline" href=format!("/organisations/{}", pair.host.slug)>{pair.host.name}</a>
                <div class="text-stone-600">{t(&pair.host.country.label_key())}</div>
            </td>
            <td class="py-2 pr-3 text-right tabular-nums">{pair.score}</td>
            <td class="py-2 pr-3">
                <div class="flex flex-wrap gap-1">
                    {pair.locked.then(|| view! { <Badge text=t("board-locked") tone=BadgeTone::Warning/> })}
                    {preferred.then(|| view! { <Badge text=t("board-preferred-country") tone=BadgeTone::Accent/> })}
                    {why.into_iter().map(|w| view! { <Badge text=w/> }).collect_view()}
                </div>
            </td>
            <td class="whitespace-nowrap py-2">{actions}</td>
        </tr>
    }
}

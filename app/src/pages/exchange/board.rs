//! `/exchange/<cohort>/board`: the organisers' live matching board. Quota gauges against the
//! targets, the matched pairs with their reasons, the unmatched visitors with theirs, and host
//! places nobody fills. The server renders it matched as of the request; in the browser
//! (`LiveUpdates`) it follows the cohort's event stream and is drawn again by the server
//! whenever anything changes.

use crate::components::exchange::{ProposalStateBadge, ReasonBadges, answer_text};
use crate::components::ui::{
    Alert, BUTTON_PRIMARY, BUTTON_SECONDARY, Badge, BadgeTone, CARD, Confirm, ErrorPanel, Loading, Pagination,
};
use crate::i18n::{t, t_count};
use crate::islands::live::LiveUpdates;
use crate::server_fns::exchange::{DecidePair, PublishProposals, load_board};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::{use_params_map, use_query_map};
use model::exchange::{
    BoardPage, BoardPair, Cohort, PairFilter, ParticipantType, QuotaGauge, STANDINGS, UnmatchedVisitor,
};

#[component]
pub fn ExchangeBoardPage() -> impl IntoView {
    let params = use_params_map();
    let cohort = Memo::new(move |_| params.with(|p| p.get("cohort").unwrap_or_default()));
    let decide = ServerAction::<DecidePair>::new();
    let publish = ServerAction::<PublishProposals>::new();
    let query = use_query_map();
    let filter = Memo::new(move |_| query.with(|q| PairFilter::from_query(|k| q.get(k))));
    let board = Resource::new(
        move || (cohort.get(), filter.get(), decide.version().get(), publish.version().get()),
        |(cohort, filter, ..)| {
            let participant = filter.participant.map(|p| p.slug().to_owned());
            load_board(cohort, participant, filter.standing, Some(filter.q), Some(filter.page.to_string()))
        },
    );
    let published =
        move || publish.value().get().and_then(Result::ok).or_else(|| query.with(|q| q.get("published")?.parse().ok()));
    let refused = move || decide.value().get().and_then(Result::err).or_else(|| publish.value().get()?.err());
    view! {
        {move || refused().map(|error| view! { <ErrorPanel error/> })}
        {move || published().map(|n: u32| view! {
            <div class="mb-4" data-testid="published"><Alert>{t_count("board-published", "count", u64::from(n))}</Alert></div>
        })}
        <LiveUpdates events=format!("/exchange/{}/events", cohort.get_untracked()) region="board-live".to_owned() hint=Some(t("board-live-hint"))/>
        <div id="board-live">
            <Transition fallback=Loading>
                {move || Suspend::new(async move {
                    match board.await {
                        Ok((cohort, board)) => view! { <BoardView cohort board decide publish filter=filter.get()/> }.into_any(),
                        Err(error) => view! { <ErrorPanel error/> }.into_any(),
                    }
                })}
            </Transition>
        </div>
    }
}

#[component]
fn BoardView(
    cohort: Cohort,
    board: BoardPage,
    decide: ServerAction<DecidePair>,
    publish: ServerAction<PublishProposals>,
    filter: PairFilter,
) -> impl IntoView {
    let slug = cohort.slug.clone();
    let BoardPage { board, pairs_matched, page, pages, .. } = board;
    let on_page = board.pairs;
    let href = {
        let (filter, slug) = (filter.clone(), slug.clone());
        move |p: u64| format!("/exchange/{slug}/board{}", filter.with_page(p as usize).query())
    };
    let unproposed = board.unproposed;
    let (publish_slug, edit_href) = (slug.clone(), format!("/exchange/{slug}/edit"));
    let summary = [
        t_count("board-applications", "count", u64::from(board.applications)),
        t_count("board-offers", "count", u64::from(board.offers)),
        t_count("board-pairs", "count", u64::from(pairs_matched)),
        t_count("board-total-score", "score", board.total_score),
    ];
    view! {
        <Title text=format!("{} · {}", t("board-title"), cohort.name)/>
        <div class="space-y-6" data-testid="board">
            <header>
                <p class="text-sm text-stone-600">{t("board-title")}</p>
                <h1 class="text-2xl font-bold text-stone-900">{cohort.name.clone()}</h1>
                <p class="mt-1 text-stone-700">{summary.join(" · ")}</p>
                <div class="mt-3 flex flex-wrap gap-3">
                    <Confirm label=t_count("board-publish", "count", u64::from(unproposed)) primary=true disabled=unproposed == 0
                        warning=t_count("board-publish-warning", "count", u64::from(unproposed)) testid="publish".to_owned()>
                        <ActionForm action=publish attr:class="inline">
                            <input type="hidden" name="cohort" value=publish_slug/>
                            <input type="hidden" name="confirmed" value="yes"/>
                            <button type="submit" class=BUTTON_PRIMARY data-testid="publish-confirm">{t("board-publish-confirm")}</button>
                        </ActionForm>
                    </Confirm>
                    <a class=BUTTON_SECONDARY href=edit_href>{t("cohort-edit")}</a>
                </div>
                <p class="mt-1 text-xs text-stone-600">{t("board-publish-hint")}</p>
            </header>
            <section class=CARD aria-labelledby="gauges">
                <h2 id="gauges" class="font-semibold text-stone-900">{t("board-quotas")}</h2>
                <ul class="mt-3 grid gap-3 sm:grid-cols-2 lg:grid-cols-5">
                    {board.gauges.into_iter().map(|g| view! { <Gauge gauge=g/> }).collect_view()}
                </ul>
            </section>
            <section class=CARD aria-labelledby="pairs">
                <h2 id="pairs" class="font-semibold text-stone-900">{t("board-matched")}</h2>
                <FilterBar cohort=slug.clone() filter=filter.clone()/>
                <PairsTable pairs=on_page cohort=slug.clone() decide/>
                {(pages > 1).then(|| view! { <Pagination page=u64::from(page) pages=u64::from(pages) href/> })}
            </section>
            <div class="grid gap-6 lg:grid-cols-2">
                <section class=CARD aria-labelledby="unmatched">
                    <h2 id="unmatched" class="font-semibold text-stone-900">{t("board-unmatched")}</h2>
                    <UnmatchedList unmatched=board.unmatched/>
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
        <div class="relative mt-3 overflow-x-auto">
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
    // A proposed pair is with the members: their answer decides it, not the organisers.
    let actions = match (&pair.proposal, pair.locked) {
        (Some(p), _) => view! {
            <div class="space-y-1 text-xs text-stone-700" data-testid="pair-proposal">
                <ProposalStateBadge state=p.state expired=false/>
                <div>{t("board-visitor")}": "{answer_text(p.visitor_answer)}</div>
                <div>{t("board-host")}": "{answer_text(p.host_answer)}</div>
            </div>
        }
        .into_any(),
        (None, true) => form("clear", t("board-unlock")).into_any(),
        (None, false) => view! { {form("lock", t("board-lock"))} " " {form("forbid", t("board-forbid"))} }.into_any(),
    };
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
                {pair.locked.then(|| view! { <div class="mb-1"><Badge text=t("board-locked") tone=BadgeTone::Warning/></div> })}
                <ReasonBadges reasons=pair.reasons/>
            </td>
            <td class="whitespace-nowrap py-2" data-testid="pair-actions">{actions}</td>
        </tr>
    }
}

/// Narrow the pairs by visitor type, where they stand with the members, or a name; a plain GET
/// form, so it works without JavaScript.
#[component]
fn FilterBar(cohort: String, filter: PairFilter) -> impl IntoView {
    let types: Vec<(String, String)> =
        ParticipantType::ALL.iter().map(|p| (p.slug().to_owned(), t(&p.label_key()))).collect();
    let stands: Vec<(String, String)> =
        STANDINGS.iter().map(|s| ((*s).to_owned(), t(&format!("board-show-{s}")))).collect();
    let select = |name: &'static str, label: String, options: Vec<(String, String)>, current: String| {
        let id = format!("board-{name}");
        let label_for = id.clone();
        view! {
            <label for=label_for class="text-sm text-stone-700">
                <span class="block font-medium">{label}</span>
                <select id=id name=name class="mt-1 rounded-md border border-stone-300 bg-white px-2 py-1.5 text-sm">
                    <option value="">{t("board-show-all")}</option>
                    {options.into_iter().map(|(v, l)| {
                        let selected = v == current;
                        view! { <option value=v selected=selected>{l}</option> }
                    }).collect_view()}
                </select>
            </label>
        }
    };
    view! {
        <form method="get" action=format!("/exchange/{cohort}/board") class="mt-3 flex flex-wrap items-end gap-3" data-testid="board-filter">
            {select("type", t("board-filter-type"), types, filter.participant.map(|p| p.slug().to_owned()).unwrap_or_default())}
            {select("show", t("board-filter-show"), stands, filter.standing.clone().unwrap_or_default())}
            <label for="board-q" class="text-sm text-stone-700">
                <span class="block font-medium">{t("board-filter-name")}</span>
                <input id="board-q" name="q" type="search" value=filter.q.clone() class="mt-1 rounded-md border border-stone-300 px-2 py-1.5 text-sm"/>
            </label>
            <button type="submit" class=BUTTON_SECONDARY>{t("filter-apply")}</button>
        </form>
    }
}

/// Unmatched visitors shown at once; the rest open on demand (a details element: no script).
const UNMATCHED_SHOWN: usize = 12;

#[component]
fn UnmatchedList(unmatched: Vec<UnmatchedVisitor>) -> impl IntoView {
    let item = |u: UnmatchedVisitor| {
        view! {
            <li class="flex flex-wrap justify-between gap-2 py-2">
                <span>
                    <a class="font-medium text-stone-900 hover:underline" href=format!("/organisations/{}", u.visitor.slug)>{u.visitor.name}</a>
                    <span class="text-stone-600">" · "{t(&u.visitor.country.label_key())}" · "{t(&u.participant.label_key())}</span>
                </span>
                <span class="text-sm text-stone-700">{t(&u.reason.label_key())}</span>
            </li>
        }
    };
    let mut first = unmatched;
    let rest = first.split_off(first.len().min(UNMATCHED_SHOWN));
    view! {
        <div class="mt-3" data-testid="unmatched">
            <ul class="divide-y divide-stone-100">{first.into_iter().map(item).collect_view()}</ul>
            {(!rest.is_empty()).then(|| view! {
                <details class="mt-2">
                    <summary class="cursor-pointer text-sm font-medium text-emerald-800">
                        {t_count("board-unmatched-more", "count", rest.len() as u64)}
                    </summary>
                    <ul class="divide-y divide-stone-100">{rest.into_iter().map(item).collect_view()}</ul>
                </details>
            })}
        </div>
    }
}

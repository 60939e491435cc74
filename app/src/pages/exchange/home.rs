//! `/exchange/<cohort>`: a member organisation's place in a cohort. Its application and offer
//! and where they stand, and the proposals it is part of: the visitor sees the proposed host
//! and why, and each side accepts (with the quality commitment) or declines before the answer
//! date. The page follows the organisation's own events, so an answer from the other side or
//! a new proposal shows without reload.

use crate::components::exchange::{EntryStatusBadge, ProposalStateBadge, ReasonBadges, answer_text};
use crate::components::ui::{Alert, BUTTON_PRIMARY, BUTTON_SECONDARY, CARD, Confirm, ErrorPanel, Loading};
use crate::i18n::{t, t_with};
use crate::islands::live::LiveUpdates;
use crate::server_fns::exchange_member::{AnswerProposal, WithdrawEntry, load_my_exchange};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::{use_params_map, use_query_map};
use model::exchange::{Cohort, EntrySummary, MyExchange, Proposal, ProposalState, Status};

#[component]
pub fn ExchangeHomePage() -> impl IntoView {
    let params = use_params_map();
    let cohort = Memo::new(move |_| params.with(|p| p.get("cohort").unwrap_or_default()));
    let withdraw = ServerAction::<WithdrawEntry>::new();
    let mine = Resource::new(move || (cohort.get(), withdraw.version().get()), |(cohort, ..)| load_my_exchange(cohort));
    let saved = use_query_map().with_untracked(|q| q.get("saved"));
    view! {
        {saved.map(|what| view! { <div class="mb-4" data-testid="saved"><Alert>{t(&format!("exchange-saved-{what}"))}</Alert></div> })}
        {move || withdraw.value().get().and_then(Result::err).map(|error| view! { <ErrorPanel error/> })}
        <LiveUpdates events=format!("/exchange/{}/events", cohort.get_untracked()) region="my-exchange-live".to_owned() hint=None/>
        <div id="my-exchange-live">
            <Transition fallback=Loading>
                {move || Suspend::new(async move {
                    match mine.await {
                        Ok(mine) => view! { <MyCohort mine withdraw/> }.into_any(),
                        Err(error) => view! { <ErrorPanel error/> }.into_any(),
                    }
                })}
            </Transition>
        </div>
    }
}

#[component]
fn MyCohort(mine: MyExchange, withdraw: ServerAction<WithdrawEntry>) -> impl IntoView {
    let slug = mine.cohort.slug.clone();
    let today = mine.today;
    let proposals = |list: Vec<Proposal>, as_visitor: bool, empty: &'static str| {
        if list.is_empty() {
            return view! { <p class="mt-2 text-sm text-stone-600">{t(empty)}</p> }.into_any();
        }
        let slug = slug.clone();
        view! {
            <ul class="mt-3 space-y-4">
                {list.into_iter().map(|p| view! { <li><ProposalCard proposal=p as_visitor today cohort=slug.clone()/></li> }).collect_view()}
            </ul>
        }
        .into_any()
    };
    view! {
        <Title text=mine.cohort.name.clone()/>
        <div class="space-y-6" data-testid="my-exchange">
            <header>
                <p class="text-sm text-stone-600">{t("exchange-title")}" · "{mine.organisation.clone()}</p>
                <h1 class="text-2xl font-bold text-stone-900">{mine.cohort.name.clone()}</h1>
                <CohortFacts cohort=mine.cohort.clone()/>
            </header>
            <div class="grid gap-6 md:grid-cols-2">
                <EntryCard
                    title=t("exchange-your-application")
                    hint=t("exchange-application-hint")
                    summary=mine.application.clone()
                    href=format!("/exchange/{slug}/application")
                    side="visitor"
                    can=mine.can_visit
                    cannot=t("exchange-hosts-only")
                    open=mine.open
                    cohort=slug.clone()
                    withdraw
                />
                <EntryCard
                    title=t("exchange-your-offer")
                    hint=t("exchange-offer-hint")
                    summary=mine.offer.clone()
                    href=format!("/exchange/{slug}/offer")
                    side="host"
                    can=true
                    cannot=String::new()
                    open=mine.open
                    cohort=slug.clone()
                    withdraw
                />
            </div>
            <section class=CARD aria-labelledby="as-visitor" data-testid="proposals-as-visitor">
                <h2 id="as-visitor" class="font-semibold text-stone-900">{t("exchange-proposals-visit")}</h2>
                {proposals(mine.as_visitor, true, "exchange-no-proposal-visit")}
            </section>
            <section class=CARD aria-labelledby="as-host" data-testid="proposals-as-host">
                <h2 id="as-host" class="font-semibold text-stone-900">{t("exchange-proposals-host")}</h2>
                {proposals(mine.as_host, false, "exchange-no-proposal-host")}
            </section>
        </div>
    }
}

/// The cohort's dates and rules in one paragraph.
#[component]
pub fn CohortFacts(cohort: Cohort) -> impl IntoView {
    let facts = t_with(
        "cohort-facts",
        &[
            ("open", cohort.applications_open.to_string()),
            ("close", cohort.applications_close.to_string()),
            ("start", cohort.exchanges_start.to_string()),
            ("end", cohort.exchanges_end.to_string()),
            ("min", cohort.stay_min_days.to_string()),
            ("max", cohort.stay_max_days.to_string()),
        ],
    );
    view! { <p class="mt-1 text-sm text-stone-700">{facts}</p> }
}

#[component]
fn EntryCard(
    title: String,
    hint: String,
    summary: Option<EntrySummary>,
    href: String,
    side: &'static str,
    can: bool,
    cannot: String,
    open: bool,
    cohort: String,
    withdraw: ServerAction<WithdrawEntry>,
) -> impl IntoView {
    let status = summary.as_ref().map(|s| s.status);
    let action_key = match status {
        None => "entry-start",
        Some(Status::Submitted) => "entry-change",
        Some(_) => "entry-continue",
    };
    let body = if !can {
        view! { <p class="mt-2 text-sm text-stone-600">{cannot}</p> }.into_any()
    } else if !open {
        view! { <p class="mt-2 text-sm text-stone-600">{t("error-cohort-closed")}</p> }.into_any()
    } else {
        view! {
            <div class="mt-3 flex flex-wrap items-center gap-3">
                <a class=BUTTON_PRIMARY href=href data-testid=format!("{side}-entry-link")>{t(action_key)}</a>
                {(status == Some(Status::Submitted)).then(|| view! {
                    <Confirm label=t("entry-withdraw") warning=t("entry-withdraw-warning") testid=format!("{side}-withdraw")>
                        <ActionForm action=withdraw attr:class="inline">
                            <input type="hidden" name="cohort" value=cohort.clone()/>
                            <input type="hidden" name="side" value=side/>
                            <input type="hidden" name="confirmed" value="yes"/>
                            <button type="submit" class=BUTTON_SECONDARY data-testid=format!("{side}-withdraw-confirm")>{t("entry-withdraw-confirm")}</button>
                        </ActionForm>
                    </Confirm>
                })}
            </div>
        }
        .into_any()
    };
    view! {
        <section class=CARD data-testid=format!("{side}-entry")>
            <div class="flex items-start justify-between gap-2">
                <h2 class="font-semibold text-stone-900">{title}</h2>
                <EntryStatusBadge status/>
            </div>
            <p class="mt-1 text-sm text-stone-600">{hint}</p>
            {body}
        </section>
    }
}

/// One proposal: who with and why, where it stands, and the answer forms while it waits for
/// this side. Each card has its own action, so an error shows on the card it concerns.
#[component]
fn ProposalCard(proposal: Proposal, as_visitor: bool, today: chrono::NaiveDate, cohort: String) -> impl IntoView {
    let answer = ServerAction::<AnswerProposal>::new();
    let id = proposal.id.to_string();
    let rejection = {
        let id = id.clone();
        // Without JavaScript every card sees the page's one rejection: show it on its own card.
        Signal::derive(move || {
            answer.value().get().and_then(Result::err).filter(|e| e.echoed::<String>().is_none_or(|p| p == id))
        })
    };
    let commitment_error = move || rejection.get().and_then(|e| e.field_errors()?.get("commitment").map(t));
    let other_error = move || rejection.get().filter(|e| e.field_errors().is_none());
    let (other, mine, theirs) = if as_visitor {
        (proposal.host.clone(), proposal.visitor_answer, proposal.host_answer)
    } else {
        (proposal.visitor.clone(), proposal.host_answer, proposal.visitor_answer)
    };
    let expired = proposal.is_expired(today);
    let waits = proposal.awaits(mine, today);
    let role_key = if as_visitor { "proposal-your-host" } else { "proposal-your-visitor" };
    let (accept_target, decline_target) = ((cohort.clone(), id.clone()), (cohort, id.clone()));
    let box_id = format!("commit-{id}");
    let error_id = format!("commit-{id}-error");
    view! {
        <article class="rounded-md border border-stone-200 p-4" data-testid="proposal">
            <div class="flex flex-wrap items-start justify-between gap-2">
                <div>
                    <p class="text-xs uppercase tracking-wide text-stone-500">{t(role_key)}</p>
                    <a class="text-lg font-semibold text-stone-900 hover:underline" href=format!("/organisations/{}", other.slug)>{other.name}</a>
                    <span class="text-stone-600">" · "{t(&other.country.label_key())}</span>
                </div>
                <ProposalStateBadge state=proposal.state expired/>
            </div>
            <p class="mt-3 text-sm font-medium text-stone-800">{t("proposal-why")}</p>
            <div class="mt-1"><ReasonBadges reasons=proposal.reasons.clone()/></div>
            <dl class="mt-3 grid gap-3 text-sm sm:grid-cols-3">
                <div>
                    <dt class="text-stone-600">{t("proposal-answer-by")}</dt>
                    <dd class="font-medium">{proposal.expires_on.to_string()}</dd>
                </div>
                <div>
                    <dt class="text-stone-600">{t("proposal-you")}</dt>
                    <dd class="font-medium" data-testid="my-answer">{answer_text(mine)}</dd>
                </div>
                <div>
                    <dt class="text-stone-600">{t("proposal-them")}</dt>
                    <dd class="font-medium" data-testid="their-answer">{answer_text(theirs)}</dd>
                </div>
            </dl>
            {(proposal.state == ProposalState::Confirmed).then(|| view! {
                <p class="mt-3 text-sm font-medium text-emerald-800" data-testid="confirmed">{t("proposal-confirmed-note")}</p>
            })}
            {move || other_error().map(|error| view! { <div class="mt-3"><ErrorPanel error/></div> })}
            {waits.then(|| view! {
                <div class="mt-4 flex flex-wrap items-start gap-4">
                    <ActionForm action=answer attr:class="space-y-2" attr:data-testid="accept-form">
                        <AnswerTarget cohort=accept_target.0 id=accept_target.1/>
                        <input type="hidden" name="answer" value="accept"/>
                        <div class="flex items-start gap-2 text-sm">
                            <input id=box_id.clone() type="checkbox" name="commitment" value="yes"
                                class="mt-1 h-4 w-4 rounded border-stone-400 text-emerald-700"
                                aria-describedby=error_id.clone() aria-invalid=move || commitment_error().is_some().to_string()/>
                            <label for=box_id class="max-w-prose text-stone-800">{t("proposal-commitment")}</label>
                        </div>
                        <p id=error_id class="text-sm text-red-700" data-testid="field-error">{commitment_error}</p>
                        <button type="submit" class=BUTTON_PRIMARY data-testid="accept">{t("answer-accept")}</button>
                    </ActionForm>
                    <ActionForm action=answer attr:class="self-end" attr:data-testid="decline-form">
                        <AnswerTarget cohort=decline_target.0 id=decline_target.1/>
                        <input type="hidden" name="answer" value="decline"/>
                        <button type="submit" class=BUTTON_SECONDARY data-testid="decline">{t("answer-decline")}</button>
                    </ActionForm>
                </div>
            })}
        </article>
    }
}

/// The hidden fields naming the proposal an answer is for.
#[component]
fn AnswerTarget(cohort: String, id: String) -> impl IntoView {
    view! {
        <input type="hidden" name="cohort" value=cohort/>
        <input type="hidden" name="proposal" value=id/>
    }
}

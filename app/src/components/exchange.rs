//! Pieces the exchange pages share: why a pair was matched, and where an entry or a proposal
//! stands.

use crate::components::ui::{Badge, BadgeTone};
use crate::i18n::{t, t_count};
use leptos::prelude::*;
use model::exchange::{Answer, PairReasons, ProposalState, Status};

/// The reasons of a pair as badges: topics met, topics brought, shared languages, common days
/// and, first, the preferred country.
#[component]
pub fn ReasonBadges(reasons: PairReasons) -> impl IntoView {
    let mut why: Vec<String> = reasons.topics_met.iter().map(|topic| t(&topic.label_key())).collect();
    why.extend(reasons.interests_met.iter().map(|topic| format!("{} {}", t("reason-brings"), t(&topic.label_key()))));
    if !reasons.shared_languages.is_empty() {
        let langs: Vec<String> = reasons.shared_languages.iter().map(|l| t(&l.label_key())).collect();
        why.push(langs.join(", "));
    }
    why.push(t_count("board-overlap-days", "days", u64::from(reasons.overlap_days)));
    view! {
        <div class="flex flex-wrap gap-1" data-testid="reasons">
            {reasons.preferred_country.then(|| view! { <Badge text=t("board-preferred-country") tone=BadgeTone::Accent/> })}
            {why.into_iter().map(|w| view! { <Badge text=w/> }).collect_view()}
        </div>
    }
}

/// An application's or offer's status; `None` when not started.
#[component]
pub fn EntryStatusBadge(status: Option<Status>) -> impl IntoView {
    let (key, tone) = match status {
        None => ("entry-not-started", BadgeTone::Neutral),
        Some(Status::Draft) => ("exchange-status-draft", BadgeTone::Warning),
        Some(Status::Submitted) => ("exchange-status-submitted", BadgeTone::Accent),
        Some(Status::Withdrawn) => ("exchange-status-withdrawn", BadgeTone::Neutral),
    };
    view! { <span data-testid="entry-status"><Badge text=t(key) tone/></span> }
}

/// A proposal's state as members and organisers read it; an open one past its date is expired.
#[component]
pub fn ProposalStateBadge(state: ProposalState, expired: bool) -> impl IntoView {
    let (key, tone) = match state {
        ProposalState::Open if expired => ("proposal-expired", BadgeTone::Neutral),
        ProposalState::Open => ("proposal-state-open", BadgeTone::Warning),
        ProposalState::Confirmed => ("proposal-state-confirmed", BadgeTone::Accent),
        ProposalState::Declined => ("proposal-state-declined", BadgeTone::Neutral),
        ProposalState::Cancelled => ("proposal-state-cancelled", BadgeTone::Neutral),
    };
    view! { <span data-testid="proposal-state"><Badge text=t(key) tone/></span> }
}

/// One side's answer, or that it has not answered yet.
pub fn answer_text(answer: Option<Answer>) -> String {
    match answer {
        None => t("answer-waiting"),
        Some(Answer::Accept) => t("answer-given-accept"),
        Some(Answer::Decline) => t("answer-given-decline"),
    }
}

//! Proposals: the matches organisers publish to members. The visitor sees the proposed host
//! and why; visitor and host each accept (acknowledging the quality commitment) or decline
//! before the proposal expires. Both accepting confirms the exchange; a decline rules the pair
//! out and the board re-matches that visitor and host.

use super::{PairReasons, Party, Status};
use crate::slug_enum;
use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

/// Days members have to answer a proposal.
pub const ANSWER_DAYS: u64 = 7;

slug_enum!(
    /// Where a proposal stands. `Open` waits for answers (until it expires); `Confirmed` when
    /// both sides accepted; `Declined` when either side declined; `Cancelled` when the
    /// application or offer was withdrawn.
    ProposalState, "proposal-state" {
        Open => "open",
        Confirmed => "confirmed",
        Declined => "declined",
        Cancelled => "cancelled",
    }
);

slug_enum!(
    /// One side's answer to a proposal.
    Answer, "answer" {
        Accept => "accept",
        Decline => "decline",
    }
);

/// A proposal as the members concerned see it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Proposal {
    pub id: uuid::Uuid,
    pub visitor: Party,
    pub host: Party,
    pub score: u32,
    pub reasons: PairReasons,
    pub state: ProposalState,
    pub expires_on: NaiveDate,
    pub visitor_answer: Option<Answer>,
    pub host_answer: Option<Answer>,
}

impl Proposal {
    /// Open but past its answer date: it no longer holds the pair.
    pub fn is_expired(&self, today: NaiveDate) -> bool {
        self.state == ProposalState::Open && today > self.expires_on
    }

    /// Whether one side may still answer on `today`.
    pub fn awaits(&self, answer: Option<Answer>, today: NaiveDate) -> bool {
        self.state == ProposalState::Open && !self.is_expired(today) && answer.is_none()
    }
}

/// Where a pair on the board stands with the members: not yet proposed, proposed and
/// waiting, or confirmed by both.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PairProposal {
    pub state: ProposalState,
    pub expires_on: NaiveDate,
    pub visitor_answer: Option<Answer>,
    pub host_answer: Option<Answer>,
}

/// How far an organisation's application or offer has got.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct EntrySummary {
    pub status: Status,
    pub submitted_at: Option<DateTime<Utc>>,
}

/// One organisation's place in a cohort: its entries and the proposals it is part of.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MyExchange {
    pub cohort: super::Cohort,
    /// The call takes applications and offers today.
    pub open: bool,
    pub today: NaiveDate,
    pub organisation: String,
    /// Research and education organisations host only.
    pub can_visit: bool,
    pub application: Option<EntrySummary>,
    pub offer: Option<EntrySummary>,
    /// Proposals where the organisation visits, newest first.
    pub as_visitor: Vec<Proposal>,
    /// Proposals where the organisation hosts, newest first.
    pub as_host: Vec<Proposal>,
}

//! The organisers' live matching board, as it crosses the wire.

use super::ParticipantType;
use crate::taxonomy::{Country, Language, Topic, ValueChain};
use serde::{Deserialize, Serialize};

/// One side of a pair, as the board names it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Party {
    pub entry: uuid::Uuid,
    pub slug: String,
    pub name: String,
    pub country: Country,
}

/// Why a pair scores what it scores.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(sea_orm::FromJsonQueryResult))]
pub struct PairReasons {
    /// Topics the visitor wants that the host shows.
    pub topics_met: Vec<Topic>,
    /// Topics the host would like visitors to bring that this one brings.
    pub interests_met: Vec<Topic>,
    pub shared_value_chains: Vec<ValueChain>,
    pub shared_languages: Vec<Language>,
    /// Days the visitor's dates and the host's best window share.
    pub overlap_days: u32,
    /// The host is in a country the visitor prefers.
    pub preferred_country: bool,
}

/// A pair the engine (or an organiser's lock) puts together.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct BoardPair {
    pub visitor: Party,
    pub host: Party,
    pub participant: ParticipantType,
    /// 0–1000.
    pub score: u32,
    pub reasons: PairReasons,
    pub locked: bool,
    /// The proposal made to the members for this pair, if any.
    pub proposal: Option<super::PairProposal>,
}

crate::slug_enum!(
    /// Why a visitor has no host (what the organiser and the applicant are told): no host
    /// abroad with dates that fit; hosts, but none sharing enough of what the visitor wants to
    /// learn; the organisers forbade every pair that would fit; every fitting host is full;
    /// the visitor's type used its whole quota; its hosts went to visitors who gain more.
    UnmatchedReason, "unmatched" {
        NoHostAbroadWithDates => "no-host-abroad-with-dates",
        NoGoodEnoughHost => "no-good-enough-host",
        AllFitsForbidden => "all-fits-forbidden",
        HostsFull => "hosts-full",
        QuotaReached => "quota-reached",
        OthersGainMore => "others-gain-more",
    }
);

/// A visitor without a host, and why.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct UnmatchedVisitor {
    pub visitor: Party,
    pub participant: ParticipantType,
    pub reason: UnmatchedReason,
}

/// A quota gauge: visitors of a type matched against the cohort's target.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct QuotaGauge {
    pub participant: ParticipantType,
    pub matched: u32,
    pub target: u32,
}

/// Host places nobody fills, by country and value chain.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct IdleCapacity {
    pub country: Country,
    pub value_chain: ValueChain,
    pub places: u32,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Board {
    pub gauges: Vec<QuotaGauge>,
    pub pairs: Vec<BoardPair>,
    pub unmatched: Vec<UnmatchedVisitor>,
    pub idle: Vec<IdleCapacity>,
    /// Submitted applications and offers.
    pub applications: u32,
    pub offers: u32,
    /// The total score of the pairs.
    pub total_score: u64,
    /// Pairs not yet proposed to their members (what "publish" would send).
    pub unproposed: u32,
}

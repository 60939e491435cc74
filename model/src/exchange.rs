//! Fashion ClusterXchange: cohorts (calls) with a quota per participant type, visitor
//! applications and host offers, as they cross the wire and as both sides validate them.

pub mod application;
mod board;
mod board_filter;
mod cohort;
mod offer;
mod page_data;
mod proposal;

pub use application::{Application, ApplicationForm};
pub use board::{Board, BoardPair, IdleCapacity, PairReasons, Party, QuotaGauge, UnmatchedReason, UnmatchedVisitor};
pub use board_filter::{BoardPage, PAGE_SIZE, PairFilter, STANDINGS};
pub use cohort::{Cohort, CohortForm, Quotas};
pub use offer::{Offer, OfferForm, WINDOW_FIELDS, WINDOWS_MAX, WindowForm, window_fields};
pub use page_data::{CohortList, EntryPage};
pub use proposal::{ANSWER_DAYS, Answer, EntrySummary, MyExchange, PairProposal, Proposal, ProposalState};

use crate::slug_enum;
use crate::taxonomy::OrgKind;

slug_enum!(
    /// Who a visitor is, for the programme's quotas (75 SMEs, 10 clusters, 5 scale-up support
    /// organisations, 5 large companies, 5 public bodies by default).
    ParticipantType, "participant" {
        Sme => "sme",
        Cluster => "cluster",
        Scaleup => "scaleup",
        Large => "large",
        Public => "public",
    }
);

impl ParticipantType {
    /// The quota type of an organisation kind; research and education organisations have
    /// none in the scheme, so they take part as hosts only.
    pub const fn of(kind: OrgKind) -> Option<Self> {
        match kind {
            OrgKind::Sme => Some(Self::Sme),
            OrgKind::Cluster => Some(Self::Cluster),
            OrgKind::ScaleupSupport => Some(Self::Scaleup),
            OrgKind::LargeCompany => Some(Self::Large),
            OrgKind::PublicBody => Some(Self::Public),
            OrgKind::ResearchEducation => None,
        }
    }

    /// The alliance's own targets: 75 + 10 + 5 + 5 + 5 = 100 exchanges.
    pub const fn default_quota(self) -> u32 {
        match self {
            Self::Sme => 75,
            Self::Cluster => 10,
            Self::Scaleup | Self::Large | Self::Public => 5,
        }
    }
}

slug_enum!(
    /// How a cohort is matched: the best total score under capacities and quotas, or the
    /// visitor-optimal stable matching.
    MatchingMode, "matching-mode" {
        BestTotal => "best-total",
        Stable => "stable",
    }
);

slug_enum!(
    /// Where an application or an offer stands.
    Status, "exchange-status" {
        Draft => "draft",
        Submitted => "submitted",
        Withdrawn => "withdrawn",
    }
);
slug_enum!(
    /// Which side of an exchange an entry is for: a visitor's application or a host's offer.
    Side, "side" {
        Visitor => "visitor",
        Host => "host",
    }
);

slug_enum!(
    /// An organiser's rule about one pair: always match it, or never.
    PairRule, "pair-rule" {
        Lock => "lock",
        Forbid => "forbid",
    }
);

/// The scheme's stay lengths: three (working) days to one month.
pub const STAY_MIN_DAYS: u32 = 3;
pub const STAY_MAX_DAYS: u32 = 31;

/// Longest motivation or description of a visit, in characters.
pub const TEXT_MAX: usize = 2_000;

#[cfg(test)]
mod tests;

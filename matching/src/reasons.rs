//! Why a visitor ended up without a host: what the organiser and the applicant are told.

use crate::candidates;
use crate::market::Market;
use crate::model::Instance;
use crate::score::Exclusion;

/// The reason a market visitor is unmatched, checked in this order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Unmatched {
    /// No host passes the rules; `main` is the rule that excluded the most hosts, `counts`
    /// how many hosts each rule excluded.
    NoFeasibleHost { main: Exclusion, counts: Vec<(Exclusion, usize)> },
    /// Every candidate host is at capacity.
    AllCandidateHostsFull,
    /// The visitor's participant type has used its whole quota.
    TypeQuotaReached,
    /// Hosts and quota were available, but the total score is higher without this visitor
    /// (its hosts went to visitors who gain more).
    BetterTotalWithout,
}

impl Unmatched {
    /// A short machine-readable code.
    pub fn code(&self) -> &'static str {
        match self {
            Unmatched::NoFeasibleHost { main: Exclusion::SameCountry, .. } => "no_feasible_host:same_country",
            Unmatched::NoFeasibleHost { main: Exclusion::NoDateOverlap, .. } => "no_feasible_host:no_date_overlap",
            Unmatched::NoFeasibleHost { main: Exclusion::NoCommonLanguage, .. } => {
                "no_feasible_host:no_common_language"
            }
            Unmatched::NoFeasibleHost { main: Exclusion::Forbidden, .. } => "no_feasible_host:forbidden",
            Unmatched::NoFeasibleHost { main: Exclusion::ScoreBelowMinimum, .. } => {
                "no_feasible_host:score_below_minimum"
            }
            Unmatched::AllCandidateHostsFull => "all_candidate_hosts_full",
            Unmatched::TypeQuotaReached => "type_quota_reached",
            Unmatched::BetterTotalWithout => "better_total_without",
        }
    }
}

/// Explains every unmatched market visitor of `assignments` (locked pairs may be included).
/// Sorted by visitor.
pub fn explain(inst: &Instance, market: &Market, assignments: &[(u32, u32)]) -> Vec<(u32, Unmatched)> {
    let mut matched = vec![false; market.visitor_count()];
    let mut load = vec![0u32; market.host_count()];
    let mut per_type = vec![0u32; market.type_count];
    for &(v, h) in assignments {
        let v = v as usize;
        if market.locked[v].is_some() {
            continue;
        }
        matched[v] = true;
        load[h as usize] += 1;
        per_type[market.visitor_type[v] as usize] += 1;
    }
    let forbidden = candidates::forbidden_by_visitor(inst);
    let g = &market.graph;
    market
        .market_visitors()
        .filter(|&v| !matched[v])
        .map(|v| {
            let why = if g.edges_of(v).is_empty() {
                let counts = candidates::exclusion_counts(inst, v, &forbidden[v]);
                let main = counts
                    .iter()
                    .max_by_key(|(ex, n)| (*n, std::cmp::Reverse(*ex)))
                    .map_or(Exclusion::ScoreBelowMinimum, |(ex, _)| *ex);
                Unmatched::NoFeasibleHost { main, counts }
            } else if g.edges_of(v).all(|e| load[g.host[e] as usize] >= market.residual_capacity[g.host[e] as usize]) {
                Unmatched::AllCandidateHostsFull
            } else if per_type[market.visitor_type[v] as usize]
                >= market.residual_quota[market.visitor_type[v] as usize]
            {
                Unmatched::TypeQuotaReached
            } else {
                Unmatched::BetterTotalWithout
            };
            (v as u32, why)
        })
        .collect()
}

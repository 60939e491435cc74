//! The candidate graph (SCHEMA.md section 4): for every unlocked visitor its `top_k` feasible
//! hosts by `(score desc, host index asc)`. Both matching problems are defined on this graph.

use crate::candidate_search;
use crate::model::{Host, Instance, Rules, Visitor};
use crate::score::{self, Exclusion, PairScore};

/// Candidate edges in compressed-row form: visitor `v` owns edges `start[v]..start[v + 1]`,
/// in candidate order (score desc, host asc).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CandidateGraph {
    pub start: Vec<u32>,
    pub host: Vec<u32>,
    pub score: Vec<i32>,
    pub pv: Vec<i32>,
    pub ph: Vec<i32>,
}

impl CandidateGraph {
    /// An empty graph over `visitors` visitors.
    pub fn with_visitors(visitors: usize) -> Self {
        CandidateGraph { start: vec![0; visitors + 1], ..Default::default() }
    }

    pub fn visitor_count(&self) -> usize {
        self.start.len() - 1
    }

    pub fn edge_count(&self) -> usize {
        self.host.len()
    }

    /// Edge indices of visitor `v`.
    #[inline]
    pub fn edges_of(&self, v: usize) -> std::ops::Range<usize> {
        self.start[v] as usize..self.start[v + 1] as usize
    }

    /// Appends the edges of the next visitor (callers add visitors in index order).
    pub fn push_visitor(&mut self, edges: impl IntoIterator<Item = (u32, PairScore)>) {
        for (h, s) in edges {
            self.host.push(h);
            self.score.push(s.score);
            self.pv.push(s.pv);
            self.ph.push(s.ph);
        }
        self.start.push(self.host.len() as u32);
    }

    /// Starts an incrementally built graph with no visitors yet.
    pub fn empty() -> Self {
        CandidateGraph { start: vec![0], ..Default::default() }
    }

    /// Writes the graph in the bench CSV format (`v,h,score,pv,ph`).
    pub fn write_csv(&self, out: &mut impl std::io::Write) -> std::io::Result<()> {
        crate::edges_csv::write(self, out)
    }
}

/// Per-visitor sorted lists of forbidden hosts.
pub fn forbidden_by_visitor(inst: &Instance) -> Vec<Vec<u32>> {
    let mut out = vec![Vec::new(); inst.visitors.len()];
    for &(v, h) in &inst.forbidden {
        if let Some(list) = out.get_mut(v as usize) {
            list.push(h);
        }
    }
    for list in &mut out {
        list.sort_unstable();
        list.dedup();
    }
    out
}

/// The feasible hosts of one visitor with their scores, in host order.
pub fn feasible_hosts(rules: &Rules, v: &Visitor, hosts: &[Host], forbidden: &[u32], out: &mut Vec<(u32, PairScore)>) {
    out.clear();
    for (j, h) in hosts.iter().enumerate() {
        if score::static_exclusion(rules, v, h).is_some() || forbidden.binary_search(&(j as u32)).is_ok() {
            continue;
        }
        let s = score::pair_score(rules, v, h);
        if i64::from(s.score) >= rules.min_score {
            out.push((j as u32, s));
        }
    }
}

/// Keeps the best `k` of `list` by (score desc, host asc), sorted in that order.
pub fn keep_top_k(list: &mut Vec<(u32, PairScore)>, k: usize) {
    let key = |e: &(u32, PairScore)| (std::cmp::Reverse(e.1.score), e.0);
    if list.len() > k {
        if k == 0 {
            list.clear();
            return;
        }
        list.select_nth_unstable_by_key(k - 1, key);
        list.truncate(k);
    }
    list.sort_unstable_by_key(key);
}

/// Builds the candidate graph of an instance (locked visitors get no edges): the pruned search
/// of [`crate::candidate_search`], or the plain definition for rules it does not cover.
pub fn build(inst: &Instance) -> CandidateGraph {
    let mut locked = vec![false; inst.visitors.len()];
    for &(v, _) in &inst.locks {
        if let Some(l) = locked.get_mut(v as usize) {
            *l = true;
        }
    }
    let forbidden = candidate_search::ForbiddenLists::new(inst);
    if candidate_search::supports(&inst.rules) {
        return candidate_search::build(inst, &locked, &forbidden);
    }
    let mut g = CandidateGraph::empty();
    let mut buf = Vec::new();
    for (i, v) in inst.visitors.iter().enumerate() {
        buf.clear();
        if !locked[i] {
            feasible_hosts(&inst.rules, v, &inst.hosts, forbidden.of(i), &mut buf);
            keep_top_k(&mut buf, inst.rules.top_k);
        }
        g.push_visitor(buf.iter().copied());
    }
    g
}

/// Counts, for a visitor without candidates, how many hosts each rule excluded.
pub fn exclusion_counts(inst: &Instance, v: usize, forbidden: &[u32]) -> Vec<(Exclusion, usize)> {
    let mut counts = std::collections::BTreeMap::new();
    let vis = &inst.visitors[v];
    for (j, h) in inst.hosts.iter().enumerate() {
        let why = score::static_exclusion(&inst.rules, vis, h)
            .or_else(|| forbidden.binary_search(&(j as u32)).is_ok().then_some(Exclusion::Forbidden))
            .or_else(|| {
                (i64::from(score::pair_score(&inst.rules, vis, h).score) < inst.rules.min_score)
                    .then_some(Exclusion::ScoreBelowMinimum)
            });
        if let Some(why) = why {
            *counts.entry(why).or_insert(0usize) += 1;
        }
    }
    counts.into_iter().collect()
}

//! The candidate graph (SCHEMA.md section 4): for every unlocked visitor its `top_k` feasible
//! hosts by `(score desc, host index asc)`. Both matching problems are defined on this graph.

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
        writeln!(out, "v,h,score,pv,ph")?;
        for v in 0..self.visitor_count() {
            for e in self.edges_of(v) {
                writeln!(out, "{},{},{},{},{}", v, self.host[e], self.score[e], self.pv[e], self.ph[e])?;
            }
        }
        Ok(())
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

/// Builds the candidate graph of an instance (locked visitors get no edges).
pub fn build(inst: &Instance) -> CandidateGraph {
    let forbidden = forbidden_by_visitor(inst);
    let mut locked = vec![false; inst.visitors.len()];
    for &(v, _) in &inst.locks {
        if let Some(l) = locked.get_mut(v as usize) {
            *l = true;
        }
    }
    let table = HostTable::new(&inst.hosts);
    let mut g = CandidateGraph::empty();
    let mut buf = Vec::new();
    for (i, v) in inst.visitors.iter().enumerate() {
        buf.clear();
        if !locked[i] {
            table.feasible(&inst.rules, v, &forbidden[i], &mut buf);
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

/// Hosts laid out column-wise with a coverage lookup table, because candidate generation scores
/// every visitor against every host (4·10⁹ pairs at 100k visitors).
struct HostTable<'a> {
    hosts: &'a [Host],
    country: Vec<u16>,
    offers: Vec<u64>,
    interests: Vec<u64>,
    value_chains: Vec<u64>,
    languages: Vec<u64>,
    /// `cover[n * 65 + hit] = 1000 * hit / n` (0 when n = 0).
    cover: Vec<i64>,
}

impl<'a> HostTable<'a> {
    fn new(hosts: &'a [Host]) -> Self {
        let mut cover = vec![0i64; 65 * 65];
        for n in 1..65 {
            for hit in 0..=n {
                cover[n * 65 + hit] = 1000 * hit as i64 / n as i64;
            }
        }
        HostTable {
            hosts,
            country: hosts.iter().map(|h| h.country).collect(),
            offers: hosts.iter().map(|h| h.offers).collect(),
            interests: hosts.iter().map(|h| h.interests).collect(),
            value_chains: hosts.iter().map(|h| h.value_chains).collect(),
            languages: hosts.iter().map(|h| h.languages).collect(),
            cover,
        }
    }

    /// Same result as [`feasible_hosts`], faster.
    fn feasible(&self, rules: &Rules, v: &Visitor, forbidden: &[u32], out: &mut Vec<(u32, PairScore)>) {
        let nneeds = v.needs.count_ones() as usize * 65;
        let (sw, vw, hw) = (&rules.score_weights, &rules.visitor_pref_weights, &rules.host_pref_weights);
        for j in 0..self.country.len() {
            if rules.require_different_country && self.country[j] == v.country {
                continue;
            }
            let lang = if self.languages[j] & v.languages != 0 { 1000 } else { 0 };
            if rules.require_common_language && lang == 0 {
                continue;
            }
            let a = self.cover[nneeds + (v.needs & self.offers[j]).count_ones() as usize];
            let b = self.cover
                [self.interests[j].count_ones() as usize * 65 + (self.interests[j] & v.offers).count_ones() as usize];
            let c = if self.value_chains[j] & v.value_chains != 0 { 1000 } else { 0 };
            let score = (sw.need_coverage * a + sw.interest_coverage * b + sw.value_chain * c + sw.language * lang)
                .div_euclid(100);
            if score < rules.min_score {
                continue;
            }
            let h = &self.hosts[j];
            if !score::dates_fit(v, h) || forbidden.binary_search(&(j as u32)).is_ok() {
                continue;
            }
            let comps = score::Components { need: a, interest: b, value_chain: c, language: lang };
            let pv = (vw.need_coverage * a + vw.interest_coverage * b + vw.value_chain * c + vw.language * lang)
                .div_euclid(100);
            let ph = (hw.need_coverage * a + hw.interest_coverage * b + hw.value_chain * c + hw.language * lang)
                .div_euclid(100);
            debug_assert_eq!(score::combine(rules, &comps).score as i64, score);
            out.push((j as u32, PairScore { score: score as i32, pv: pv as i32, ph: ph as i32 }));
        }
    }
}

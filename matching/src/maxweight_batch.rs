//! Max-weight mode solved in one batch: the residual market as a min-cost circulation, solved
//! exactly by cost scaling ([`crate::flow::quota_scaling`]). This is what `cloth-match solve`
//! uses; the incremental engine ([`crate::maxweight::solve`]) stays for live mode and as a
//! reference.
//!
//! Network (nodes that cannot carry flow are left out, which shrinks it a lot when quotas or
//! capacities are zero):
//!
//! ```text
//!   root ──(residual quota)──▶ type t ──(1)──▶ visitor ──(1, −score)──▶ host ──(residual capacity)──▶ root
//! ```
//!
//! Every arc but the visitor→host ones costs 0, and leaving a visitor unmatched is free (no flow
//! through it), so a minimum-cost circulation is a maximum-weight matching that respects
//! capacities and quotas. Locked pairs are already out of the market; their score is the
//! market's constant.

use crate::flow::cost_scaling::CostScaling;
use crate::flow::network::NetworkBuilder;
use crate::flow::quota_scaling::{QuotaMarket, QuotaScaling, Work};
use crate::market::Market;
use crate::maxweight::Solution;

/// The market reduced to the nodes that can carry flow, with the maps back to market indices.
#[derive(Debug, Clone, Default)]
pub struct Compact {
    pub market: QuotaMarket,
    /// Market index of each compact visitor / host / type.
    pub visitor_id: Vec<u32>,
    pub host_id: Vec<u32>,
    pub type_id: Vec<u32>,
}

/// Keeps hosts with residual capacity, types with residual quota, and the unlocked visitors of
/// such types that have an edge to such a host (only those edges).
pub fn compact(market: &Market) -> Compact {
    const NONE: u32 = u32::MAX;
    let g = &market.graph;
    let (nh, nt) = (market.host_count(), market.type_count);
    let usable = |e: usize| market.residual_capacity.get(g.host[e] as usize).is_some_and(|&c| c > 0);
    let quota_of = |t: usize| market.residual_quota.get(t).copied().unwrap_or(0);
    let keep_visitor = |v: usize| quota_of(market.visitor_type[v] as usize) > 0 && g.edges_of(v).any(usable);
    let mut type_node = vec![NONE; nt];
    let mut host_node = vec![NONE; nh];
    let mut out = Compact::default();
    let mut visitors = Vec::new();
    for v in market.market_visitors() {
        if keep_visitor(v) {
            visitors.push(v);
            let t = market.visitor_type[v] as usize;
            if type_node[t] == NONE {
                type_node[t] = 0;
            }
            for e in g.edges_of(v).filter(|&e| usable(e)) {
                host_node[g.host[e] as usize] = 0;
            }
        }
    }
    for (t, node) in type_node.iter_mut().enumerate() {
        if *node != NONE {
            *node = out.type_id.len() as u32;
            out.type_id.push(t as u32);
            out.market.quota.push(quota_of(t).min(i32::MAX as u32) as i32);
        }
    }
    for (h, node) in host_node.iter_mut().enumerate() {
        if *node != NONE {
            *node = out.host_id.len() as u32;
            out.host_id.push(h as u32);
            out.market.capacity.push(market.residual_capacity[h].min(i32::MAX as u32) as i32);
        }
    }
    let q = &mut out.market;
    q.edge_start.reserve(visitors.len() + 1);
    q.edge_start.push(0);
    for &v in &visitors {
        out.visitor_id.push(v as u32);
        q.visitor_type.push(type_node[market.visitor_type[v] as usize]);
        for e in g.edges_of(v).filter(|&e| usable(e)) {
            q.edge_host.push(host_node[g.host[e] as usize]);
            q.edge_score.push(g.score[e]);
        }
        q.edge_start.push(q.edge_host.len() as u32);
    }
    out
}

/// Solves the market exactly; deterministic (same market, same assignment).
pub fn solve(market: &Market) -> Solution {
    solve_with_work(market).0
}

/// [`solve`], also returning the solver's work counters. A market too large for the solver's
/// 64-bit prices (far beyond any real programme) falls back to the incremental engine, which
/// is exact too, just slower.
pub fn solve_with_work(market: &Market) -> (Solution, Work) {
    let c = compact(market);
    if c.market.validate().is_err() {
        return (crate::maxweight::solve(market).1, Work::default());
    }
    let mut s = QuotaScaling::new(&c.market);
    s.run();
    let matched: Vec<Option<usize>> = (0..c.visitor_id.len()).map(|v| s.matched_edge(v)).collect();
    (solution_from(market, &c, &matched), s.work)
}

/// Solves the market and checks the solver's optimality certificate (flow conservation,
/// capacities, quotas, and 1-optimal prices for the scaled costs). O(size); for tests.
pub fn certify(market: &Market) -> Result<(), String> {
    let c = compact(market);
    c.market.validate()?;
    let mut s = QuotaScaling::new(&c.market);
    s.run();
    s.certify()
}

/// The same problem solved by the generic [`CostScaling`] on an explicit arc list: slower
/// (it scans every empty reverse arc of popular hosts), kept as an independent reference.
pub fn solve_generic(market: &Market) -> Solution {
    let c = compact(market);
    let q = &c.market;
    let (nt, nv, nh) = (q.quota.len(), q.visitor_type.len(), q.capacity.len());
    let n = 1 + nt + nv + nh;
    let mut b = NetworkBuilder::new(n, nt + nv + nh + q.edge_host.len());
    for (t, &quota) in q.quota.iter().enumerate() {
        b.add_arc(0, (1 + t) as u32, quota, 0);
    }
    let mut edge_arc = Vec::with_capacity(q.edge_host.len());
    for v in 0..nv {
        let vn = (1 + nt + v) as u32;
        b.add_arc(1 + q.visitor_type[v], vn, 1, 0);
        for e in q.edge_start[v] as usize..q.edge_start[v + 1] as usize {
            edge_arc.push(b.add_arc(vn, (1 + nt + nv) as u32 + q.edge_host[e], 1, -q.edge_score[e]));
        }
    }
    for (h, &cap) in q.capacity.iter().enumerate() {
        b.add_arc((1 + nt + nv + h) as u32, 0, cap, 0);
    }
    let (mut net, slot_of) = b.build();
    CostScaling::new(&mut net).run();
    let mut matched = vec![None; nv];
    for (v, mate) in matched.iter_mut().enumerate() {
        let edges = q.edge_start[v] as usize..q.edge_start[v + 1] as usize;
        *mate = edges.into_iter().find(|&e| net.flow(slot_of[edge_arc[e]] as usize) > 0);
    }
    solution_from(market, &c, &matched)
}

/// The full solution from each compact visitor's matched compact edge.
fn solution_from(market: &Market, c: &Compact, matched: &[Option<usize>]) -> Solution {
    let q = &c.market;
    let mut assignments: Vec<(u32, u32)> = Vec::new();
    let mut market_objective = 0i64;
    for (v, m) in matched.iter().enumerate() {
        if let Some(e) = *m {
            assignments.push((c.visitor_id[v], c.host_id[q.edge_host[e] as usize]));
            market_objective += i64::from(q.edge_score[e]);
        }
    }
    assignments.extend(market.locked.iter().enumerate().filter_map(|(v, h)| h.map(|h| (v as u32, h))));
    assignments.sort_unstable();
    Solution { assignments, market_objective, objective: market_objective + market.locked_score }
}

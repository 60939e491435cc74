//! Stable mode (secondary): the visitor-optimal stable matching of the hospitals/residents
//! problem on the candidate graph, by visitor-proposing deferred acceptance.
//!
//! Preferences (SCHEMA.md section 5): a visitor ranks its candidate hosts that have residual
//! capacity by `(pv desc, score desc, host asc)`; a host ranks visitors by
//! `(ph desc, score desc, visitor asc)`. Both orders are strict, so the visitor-optimal stable
//! matching is unique and the proposal order does not matter. Type quotas are not applied.

use std::cmp::Reverse;
use std::collections::BinaryHeap;

use crate::market::Market;

/// How much host `h` likes the visitor of an edge; larger is better.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct HostKey {
    pub ph: i32,
    pub score: i32,
    pub visitor: Reverse<u32>,
}

/// Each market visitor's acceptable edges, best first, as one flat list in compressed-row
/// form (visitor `v` owns `order[start[v]..start[v + 1]]`; same `start` as the graph).
pub fn visitor_preferences(market: &Market) -> (Vec<u32>, Vec<u32>) {
    let g = &market.graph;
    let mut order = Vec::with_capacity(g.edge_count());
    let mut start = Vec::with_capacity(market.visitor_count() + 1);
    start.push(0u32);
    let mut row: Vec<(Reverse<i32>, Reverse<i32>, u32, u32)> = Vec::new();
    for v in 0..market.visitor_count() {
        row.clear();
        row.extend(
            g.edges_of(v)
                .filter(|&e| market.residual_capacity[g.host[e] as usize] > 0)
                .map(|e| (Reverse(g.pv[e]), Reverse(g.score[e]), g.host[e], e as u32)),
        );
        row.sort_unstable();
        order.extend(row.iter().map(|r| r.3));
        start.push(order.len() as u32);
    }
    (start, order)
}

/// The host's key for edge `e` of visitor `v`.
#[inline]
pub fn host_key(market: &Market, v: usize, e: usize) -> HostKey {
    HostKey { ph: market.graph.ph[e], score: market.graph.score[e], visitor: Reverse(v as u32) }
}

/// The visitor-optimal stable matching, as `(visitor, host)` pairs sorted by visitor, locked
/// pairs included.
pub fn solve(market: &Market) -> Vec<(u32, u32)> {
    let (start, prefs) = visitor_preferences(market);
    let g = &market.graph;
    let mut next: Vec<u32> = start[..start.len() - 1].to_vec();
    let mut held: Vec<BinaryHeap<Reverse<(HostKey, u32)>>> = vec![BinaryHeap::new(); market.host_count()];
    let mut free: Vec<usize> = (0..market.visitor_count()).rev().filter(|&v| start[v] < start[v + 1]).collect();
    while let Some(v) = free.pop() {
        while next[v] < start[v + 1] {
            let e = prefs[next[v] as usize] as usize;
            next[v] += 1;
            let h = g.host[e] as usize;
            let key = host_key(market, v, e);
            let heap = &mut held[h];
            if heap.len() < market.residual_capacity[h] as usize {
                heap.push(Reverse((key, v as u32)));
                break;
            }
            if let Some(mut worst) = heap.peek_mut()
                && worst.0.0 < key
            {
                let loser = worst.0.1 as usize;
                *worst = Reverse((key, v as u32));
                free.push(loser);
                break;
            }
        }
    }
    let mut out: Vec<(u32, u32)> =
        held.iter().enumerate().flat_map(|(h, heap)| heap.iter().map(move |Reverse((_, v))| (*v, h as u32))).collect();
    out.extend(market.locked.iter().enumerate().filter_map(|(v, h)| h.map(|h| (v as u32, h))));
    out.sort_unstable();
    out
}

//! Max-weight mode (primary): the exact optimum of total score under visitor, host-capacity
//! and type-quota limits, computed by letting every market visitor arrive in an
//! optimality-preserving [`FlowEngine`]. Batch solves use the much faster
//! [`crate::maxweight_batch`]; this path is what live mode builds on, and a reference in tests.

use crate::flow::FlowEngine;
use crate::market::Market;

/// A complete solution: locked pairs plus the market's matching.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Solution {
    /// `(visitor, host)` pairs sorted by visitor, locked pairs included.
    pub assignments: Vec<(u32, u32)>,
    /// Sum of the market pairs' scores.
    pub market_objective: i64,
    /// Market objective plus the locked constant.
    pub objective: i64,
}

/// An engine over `market` with no visitor present yet.
pub fn empty_engine(market: &Market) -> FlowEngine {
    let g = &market.graph;
    FlowEngine::new(
        market.visitor_type.clone(),
        g.start.clone(),
        g.host.clone(),
        g.score.clone(),
        market.residual_capacity.clone(),
        market.residual_quota.clone(),
    )
}

/// Solves the market exactly; returns the engine (for explanations or live updates) too.
pub fn solve(market: &Market) -> (FlowEngine, Solution) {
    let mut engine = empty_engine(market);
    for v in arrival_order(market) {
        engine.arrive(v);
    }
    let sol = solution_of(market, &engine);
    (engine, sol)
}

/// The solution an engine currently holds, with the locked pairs added.
pub fn solution_of(market: &Market, engine: &FlowEngine) -> Solution {
    let mut assignments = engine.assignments();
    assignments.extend(market.locked.iter().enumerate().filter_map(|(v, h)| h.map(|h| (v as u32, h))));
    assignments.sort_unstable();
    let market_objective = engine.objective();
    Solution { assignments, market_objective, objective: market_objective + market.locked_score }
}

/// The order in which a batch solve lets visitors arrive. Any order gives the optimum, but
/// the order decides how much repair work each arrival needs. Visitors that a greedy pass
/// (edges by score, descending) matches come first, in greedy order: they never overflow a
/// quota, so those arrivals only resolve host competition. The rest follow, best first; most
/// of them are turned away by a single reduced-cost check.
pub fn arrival_order(market: &Market) -> Vec<usize> {
    let g = &market.graph;
    let mut edges: Vec<u32> = (0..g.edge_count() as u32).collect();
    let mut owner = vec![0u32; g.edge_count()];
    for v in 0..market.visitor_count() {
        for e in g.edges_of(v) {
            owner[e] = v as u32;
        }
    }
    edges.sort_unstable_by_key(|&e| (std::cmp::Reverse(g.score[e as usize]), owner[e as usize], g.host[e as usize]));
    let mut cap = market.residual_capacity.clone();
    let mut quota = market.residual_quota.clone();
    let mut taken = vec![false; market.visitor_count()];
    let mut order = Vec::with_capacity(market.visitor_count());
    for e in edges {
        let (v, h) = (owner[e as usize] as usize, g.host[e as usize] as usize);
        let t = market.visitor_type[v] as usize;
        if taken[v] || cap[h] == 0 || quota[t] == 0 {
            continue;
        }
        taken[v] = true;
        cap[h] -= 1;
        quota[t] -= 1;
        order.push(v);
    }
    let mut rest: Vec<(i32, usize)> = market
        .market_visitors()
        .filter(|&v| !taken[v])
        .map(|v| (g.edges_of(v).map(|e| g.score[e]).max().unwrap_or(0), v))
        .collect();
    rest.sort_unstable_by_key(|&(best, v)| (std::cmp::Reverse(best), v));
    order.extend(rest.into_iter().map(|(_, v)| v));
    order
}

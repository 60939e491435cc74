//! Exact max-weight matching with capacities and type quotas as a min-cost circulation.
//!
//! Network: a root `R`, one node per participant type, visitors and hosts, with arcs
//! `R → type` (capacity = residual quota), `type → visitor` (1), `visitor → host` (1, cost −score)
//! and `host → R` (residual capacity). Leaving a visitor unmatched is free, so a circulation of
//! minimum cost is a maximum-weight matching, and a circulation is optimal iff node potentials
//! exist under which every residual arc has a non-negative reduced cost.
//!
//! The [`engine::FlowEngine`] keeps an optimal circulation together with such potentials.
//! Giving one arc one more unit of capacity (a visitor arrives, a host slot or a quota unit is
//! freed) can only create negative cycles through that arc, and since the unit is single, one
//! shortest path (Dijkstra on reduced costs, bounded by the arc's negative reduced cost, from
//! both ends when it runs long: see `engine/search.rs`) closes the only cycle worth taking. A batch solve is just every
//! visitor arriving in turn; on the benchmark instances most arrivals touch a handful of nodes,
//! but once the quotas bind a few thousand arrivals search most of the graph, so batch solves
//! use [`quota_scaling`] instead (cost scaling over the same network, about 40× faster at 10k),
//! and the engine serves live mode. [`cost_scaling`] on a generic [`network`] is the plain
//! textbook version of the batch solver, kept as an independent reference for the tests.

mod bucket_queue;
pub mod cost_scaling;
pub mod engine;
mod hubs;
pub mod network;
pub mod quota_scaling;

pub use engine::FlowEngine;

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
//! shortest path (Dijkstra on reduced costs, bounded by the arc's negative reduced cost and
//! stopped at the target) closes the only cycle worth taking. A batch solve is just every
//! visitor arriving in turn; on the benchmark instances most arrivals touch a handful of nodes.

pub mod engine;
mod hubs;

pub use engine::FlowEngine;

//! Ordered member sets of the two kinds of hub nodes (the root, whose arcs reach every loaded
//! host, and each type node, whose arcs reach every unmatched visitor of the type).
//!
//! A hub's arcs all cost 0, so their reduced cost is `pot[hub] − pot[member]`: keeping members
//! sorted by potential (descending) lets Dijkstra walk them lazily, cheapest first, instead of
//! relaxing thousands of arcs every time a hub is reached.

use std::collections::BTreeSet;
use std::ops::Bound::{Excluded, Unbounded};

/// Members keyed by `(−potential, node)`: iteration order = reduced cost ascending, then node id.
#[derive(Debug, Clone, Default)]
pub struct HubSet {
    set: BTreeSet<(i64, u32)>,
}

impl HubSet {
    pub fn insert(&mut self, pot: i64, node: u32) {
        let fresh = self.set.insert((-pot, node));
        debug_assert!(fresh);
    }

    pub fn remove(&mut self, pot: i64, node: u32) {
        let was = self.set.remove(&(-pot, node));
        debug_assert!(was);
    }

    pub fn first(&self) -> Option<(i64, u32)> {
        self.set.first().copied()
    }

    /// Every member as `(potential, node)`.
    pub fn members(&self) -> impl Iterator<Item = (i64, u32)> + '_ {
        self.set.iter().map(|&(p, x)| (-p, x))
    }

    /// The members whose potential is exactly `pot`.
    pub fn with_pot(&self, pot: i64) -> impl Iterator<Item = u32> + '_ {
        self.set.range((-pot, 0)..=(-pot, u32::MAX)).map(|&(_, x)| x)
    }

    pub fn last(&self) -> Option<(i64, u32)> {
        self.set.last().copied()
    }

    /// The member before `key` in iteration order.
    pub fn before(&self, key: (i64, u32)) -> Option<(i64, u32)> {
        self.set.range((Unbounded, Excluded(key))).next_back().copied()
    }

    /// The member after `key` in iteration order.
    pub fn after(&self, key: (i64, u32)) -> Option<(i64, u32)> {
        self.set.range((Excluded(key), Unbounded)).next().copied()
    }
}

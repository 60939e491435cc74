//! The search that repairs the circulation: a bounded Dijkstra on reduced costs that visits a
//! hub's members lazily, cheapest first, and the augmentation along the path it finds.

use super::{CURSOR, FlowEngine, Kind, NONE};
use std::cmp::Reverse;
use std::collections::BinaryHeap;

/// A heap entry: a node at tentative distance `d`, or (with [`CURSOR`]) a hub's next member.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(super) struct Item {
    d: i64,
    /// Decreasing push counter: among equal distances the newest item comes first, so the
    /// search dives through zero-cost plateaus instead of sweeping them.
    tie: u32,
    node: u32,
    key: (i64, u32),
}

/// Reusable Dijkstra buffers; `stamp` avoids clearing them between searches.
#[derive(Debug, Clone, Default)]
pub(super) struct Search {
    pub(super) stamp: u32,
    pub(super) seen: Vec<u32>,
    pub(super) done: Vec<u32>,
    pub(super) dist: Vec<i64>,
    pub(super) pred: Vec<u32>,
    pub(super) pred_edge: Vec<u32>,
    pub(super) settled: Vec<u32>,
    pub(super) touched: Vec<u32>,
    pub(super) heap: BinaryHeap<Reverse<Item>>,
    pub(super) pushes: u32,
}

impl Search {
    #[inline]
    pub(super) fn push(&mut self, d: i64, node: u32, key: (i64, u32)) {
        self.pushes = self.pushes.wrapping_add(1);
        self.heap.push(Reverse(Item { d, tie: u32::MAX - self.pushes, node, key }));
    }
}

impl FlowEngine {
    /// Dijkstra on reduced costs from `src` towards `dst`, giving up at distance `bound`.
    /// Returns `(D, reached)`: `D` is the distance of `dst` when reached, else `bound`; every
    /// settled node is within `D` and every other node at least `D` away. Potentials are not
    /// updated here.
    pub(super) fn shortest_path(&mut self, src: u32, dst: u32, bound: i64) -> (i64, bool) {
        let s = &mut self.search;
        s.stamp = s.stamp.wrapping_add(1);
        if s.stamp == 0 {
            s.seen.fill(0);
            s.done.fill(0);
            s.stamp = 1;
        }
        s.settled.clear();
        s.heap.clear();
        let st = s.stamp;
        s.seen[src as usize] = st;
        s.dist[src as usize] = 0;
        s.pred[src as usize] = NONE;
        s.push(0, src, (0, 0));
        let mut reached = false;
        while let Some(Reverse(it)) = self.search.heap.pop() {
            if it.d >= bound {
                break;
            }
            if it.node & CURSOR != 0 {
                let hub = it.node & !CURSOR;
                let member = it.key.1;
                self.push_cursor(hub, Some(it.key));
                if self.relax(member, it.d, it.d, hub, NONE, dst) {
                    reached = true;
                    break;
                }
                continue;
            }
            let x = it.node as usize;
            if self.search.done[x] == st || it.d > self.search.dist[x] {
                continue;
            }
            self.search.done[x] = st;
            self.search.settled.push(it.node);
            if it.node == dst {
                reached = true;
                break;
            }
            if self.expand(it.node, it.d, dst) {
                reached = true;
                break;
            }
        }
        let s = &mut self.search;
        if reached {
            // the target and (after a look-ahead) its predecessor may still be unsettled; both
            // are at distance D, so they only need re-keying, not moving
            for x in [dst, s.pred[dst as usize]] {
                if s.done[x as usize] != st {
                    s.done[x as usize] = st;
                    s.settled.push(x);
                }
            }
            (s.dist[dst as usize], true)
        } else {
            (bound, false)
        }
    }

    /// Relaxes arc `from → y` to distance `nd` while expanding at distance `cur`; true if
    /// this reaches `dst` at distance `cur` (nothing can be shorter, the search may stop).
    #[inline]
    pub(super) fn relax(&mut self, y: u32, nd: i64, cur: i64, from: u32, edge: u32, dst: u32) -> bool {
        let s = &mut self.search;
        let yi = y as usize;
        if s.done[yi] == s.stamp {
            return false;
        }
        if s.seen[yi] != s.stamp || nd < s.dist[yi] {
            s.seen[yi] = s.stamp;
            s.dist[yi] = nd;
            s.pred[yi] = from;
            s.pred_edge[yi] = edge;
            if y == dst && nd == cur {
                // nothing left to settle is closer than the node being expanded
                return true;
            }
            s.push(nd, y, (0, 0));
            // look ahead: if `y` has an arc into the target, relax it now, so the target's
            // label is known as soon as any of its predecessors is, not when one is settled
            if let Some(rc) = self.arc_into(y, dst) {
                let s = &mut self.search;
                let di = dst as usize;
                if s.done[di] != s.stamp && (s.seen[di] != s.stamp || nd + rc < s.dist[di]) {
                    s.seen[di] = s.stamp;
                    s.dist[di] = nd + rc;
                    s.pred[di] = y;
                    s.pred_edge[di] = NONE;
                    s.push(nd + rc, dst, (0, 0));
                }
            }
        }
        false
    }

    /// Reduced cost of the residual zero-cost arc `y → dst`, if there is one (checked for the
    /// targets that searches use: type nodes and the root).
    #[inline]
    pub(super) fn arc_into(&self, y: u32, dst: u32) -> Option<i64> {
        let exists = match (self.kind(y), self.kind(dst)) {
            (Kind::Visitor(v), Kind::Type(t)) => self.mate[v] != NONE && self.visitor_type[v] as usize == t,
            (Kind::Root, Kind::Type(t)) => self.count[t] < self.quota[t],
            (Kind::Host(h), Kind::Root) => (self.at_host[h].len() as u32) < self.capacity[h],
            (Kind::Type(t), Kind::Root) => self.count[t] > 0,
            _ => false,
        };
        exists.then(|| self.pot[y as usize] - self.pot[dst as usize])
    }

    /// Pushes the cursor of hub `hub` at its first member (or the one after `after`).
    pub(super) fn push_cursor(&mut self, hub: u32, after: Option<(i64, u32)>) {
        let set = match self.kind(hub) {
            Kind::Root => &self.loaded,
            Kind::Type(t) => &self.unmatched[t],
            _ => unreachable!("not a hub"),
        };
        let next = match after {
            None => set.first(),
            Some(k) => set.after(k),
        };
        if let Some(key) = next {
            // reduced cost of hub → member = pot[hub] − pot[member] = pot[hub] + key.0
            let d = self.search.dist[hub as usize] + self.pot[hub as usize] + key.0;
            self.search.push(d, hub | CURSOR, key);
        }
    }

    /// Relaxes the residual arcs out of `x` (settled at distance `d`).
    pub(super) fn expand(&mut self, x: u32, d: i64, dst: u32) -> bool {
        let px = self.pot[x as usize];
        match self.kind(x) {
            Kind::Root => {
                for t in 0..self.types {
                    if self.count[t] < self.quota[t] {
                        let tn = self.type_node(t);
                        let rc = px - self.pot[tn as usize];
                        debug_assert!(rc >= 0, "root->type rc {rc}");
                        if self.relax(tn, d + rc, d, x, NONE, dst) {
                            return true;
                        }
                    }
                }
                self.push_cursor(x, None);
            }
            Kind::Type(t) => {
                if self.count[t] > 0 {
                    let rc = px - self.pot[0];
                    debug_assert!(rc >= 0, "type->root rc {rc}");
                    if self.relax(0, d + rc, d, x, NONE, dst) {
                        return true;
                    }
                }
                self.push_cursor(x, None);
            }
            Kind::Host(h) => {
                if (self.at_host[h].len() as u32) < self.capacity[h] {
                    let rc = px - self.pot[0];
                    debug_assert!(rc >= 0, "host->root rc {rc}");
                    if self.relax(0, d + rc, d, x, NONE, dst) {
                        return true;
                    }
                }
                for i in 0..self.at_host[h].len() {
                    let v = self.at_host[h][i] as usize;
                    let vn = self.visitor_node(v);
                    let e = self.mate[v];
                    let rc = self.edge_score[e as usize] as i64 + px - self.pot[vn as usize];
                    debug_assert!(rc >= 0, "host->visitor rc {rc}");
                    if self.relax(vn, d + rc, d, x, e, dst) {
                        return true;
                    }
                }
            }
            Kind::Visitor(v) => {
                let m = self.mate[v];
                let base = 1 + self.types;
                for e in self.edge_start[v] as usize..self.edge_start[v + 1] as usize {
                    if e as u32 == m || self.edge_dead[e] {
                        continue;
                    }
                    let hn = (base + self.edge_host[e] as usize) as u32;
                    let rc = px - self.edge_score[e] as i64 - self.pot[hn as usize];
                    debug_assert!(rc >= 0, "visitor->host rc {rc}");
                    if self.relax(hn, d + rc, d, x, e as u32, dst) {
                        return true;
                    }
                }
                if m != NONE {
                    let tn = self.type_node(self.visitor_type[v] as usize);
                    let rc = px - self.pot[tn as usize];
                    debug_assert!(rc >= 0, "visitor->type rc {rc}");
                    if self.relax(tn, d + rc, d, x, NONE, dst) {
                        return true;
                    }
                }
            }
        }
        false
    }

    /// Pushes one unit along the search-tree path `src → … → dst`.
    pub(super) fn augment(&mut self, src: u32, dst: u32) {
        self.work.augmentations += 1;
        let mut y = dst;
        while y != src {
            let x = self.search.pred[y as usize];
            let e = self.search.pred_edge[y as usize];
            self.apply_arc(x, y, e);
            y = x;
        }
    }

    /// Applies one unit of flow on residual arc `x → y` (`e` = the edge for visitor/host arcs).
    pub(super) fn apply_arc(&mut self, x: u32, y: u32, e: u32) {
        match (self.kind(x), self.kind(y)) {
            (Kind::Root, Kind::Type(t)) => self.count[t] += 1,
            (Kind::Type(t), Kind::Root) => self.count[t] -= 1,
            (Kind::Visitor(v), Kind::Host(h)) => {
                self.mate[v] = e;
                self.at_host[h].push(v as u32);
                self.objective += self.edge_score[e as usize] as i64;
            }
            (Kind::Host(h), Kind::Visitor(v)) => {
                let list = &mut self.at_host[h];
                if let Some(i) = list.iter().position(|&w| w as usize == v) {
                    list.swap_remove(i);
                }
                // the path is applied backwards: v may already hold its next edge
                if self.mate[v] == e {
                    self.mate[v] = NONE;
                }
                self.objective -= self.edge_score[e as usize] as i64;
            }
            // root ↔ host and type ↔ visitor carry no state of their own
            _ => {}
        }
    }
}

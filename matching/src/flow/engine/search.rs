//! The search that repairs the circulation: a bounded bidirectional Dijkstra on reduced costs
//! that visits a hub's members lazily, cheapest first, and the augmentation along the path it
//! finds.
//!
//! Why bidirectional: on the benchmark almost every node of the market lies at the same reduced
//! distance `D` from an arriving visitor, and only a few hundred of them reach the target (the
//! visitor's type) at no further cost. A forward search alone settles thousands of nodes at
//! distance `D` before it happens upon one of those (the median arrival at 10k settled ~2900
//! nodes). So, in three stages:
//!
//! 1. The forward search runs alone; most searches end within [`MARK_AFTER`] settled nodes.
//! 2. Then the target's tight in-tree (nodes that reach it along zero-reduced-cost arcs) is
//!    marked by a breadth-first search over in-arcs, up to [`MARK_BUDGET`] nodes
//!    ([`FlowEngine::mark_target`]). Marked nodes are at backward distance 0, so a forward
//!    label on one of them is a whole path; most remaining searches end here at once.
//! 3. After [`BACKWARD_AFTER`] forward-settled nodes a backward Dijkstra starts from the marks,
//!    alternating with the forward one by arcs relaxed. This serves the arrivals for which most
//!    of the market is *closer* than `D`, which a forward search has to settle entirely.
//!
//! Stopping rule and potentials: with `top_f`, `top_b` the smallest keys left in the two heaps
//! (`top_b = 0` before stage 3), every node closer than `top_f` to the source (than `top_b` to
//! the target) is settled on its side, so no path is shorter than `top_f + top_b`; the search
//! stops once that reaches the best path seen, `μ`, or the bound. With `D` = `μ` or the bound
//! and `r_b = min(top_b, D)`, `r_f = D − r_b` (so `r_f ≤ top_f`), the potentials move by
//! `h = (min(d_f, r_f) − r_f) + (r_b − min(d_b, r_b))` (`d_f`, `d_b` = distance from the
//! source / to the target). For a residual arc `x → y` of reduced cost `c`, the first term
//! rises by at most `c` along it, and so does the second; both rise only if `x` is strictly
//! inside the forward ball and `y` strictly inside the backward one, and then their sum rises
//! by `r_f − d_f(x) + r_b − d_b(y) ≤ c`, since `d_f(x) + c + d_b(y) ≥ D`. So `c + h(x) − h(y)
//! ≥ 0` everywhere, and along a shortest path `h = d_f − r_f` makes every arc tight. Only nodes
//! strictly inside a ball move; unsettled ones keep their potential.

use super::{CURSOR, FlowEngine, Kind, NONE};
use std::cmp::Reverse;
use std::collections::BinaryHeap;

/// Forward-settled nodes after which the target's tight in-tree is marked
/// ([`FlowEngine::mark_target`]); most searches end before.
pub(super) const MARK_AFTER: usize = 32;
/// Most nodes marked.
pub(super) const MARK_BUDGET: usize = 256;
/// Forward-settled nodes after which the backward Dijkstra starts (seeded with the marks).
pub(super) const BACKWARD_AFTER: usize = 64;
/// From then on the backward side relaxes this many arcs per forward arc.
const BACKWARD_SHARE: usize = 2;

const INF: i64 = i64::MAX / 4;

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

/// One direction's Dijkstra buffers; `stamp` (shared) avoids clearing them between searches.
#[derive(Debug, Clone, Default)]
pub(super) struct Side {
    pub(super) seen: Vec<u32>,
    pub(super) done: Vec<u32>,
    pub(super) dist: Vec<i64>,
    /// The neighbour towards the side's root (predecessor forwards, successor backwards) and
    /// the candidate edge of that arc (`NONE` for arcs without one).
    pub(super) next: Vec<u32>,
    pub(super) next_edge: Vec<u32>,
    pub(super) settled: Vec<u32>,
    heap: BinaryHeap<Reverse<Item>>,
    pushes: u32,
    /// Arcs relaxed in this search, to balance the two sides.
    pub(super) arcs: usize,
}

impl Side {
    pub(super) fn new(n: usize) -> Self {
        Side {
            seen: vec![0; n],
            done: vec![0; n],
            dist: vec![0; n],
            next: vec![NONE; n],
            next_edge: vec![NONE; n],
            ..Default::default()
        }
    }

    #[inline]
    fn push(&mut self, d: i64, node: u32, key: (i64, u32)) {
        self.pushes = self.pushes.wrapping_add(1);
        self.heap.push(Reverse(Item { d, tie: u32::MAX - self.pushes, node, key }));
    }

    #[inline]
    fn top(&self) -> i64 {
        self.heap.peek().map_or(INF, |Reverse(it)| it.d)
    }

    fn reset(&mut self) {
        self.settled.clear();
        self.heap.clear();
        self.arcs = 0;
    }

    /// Room for a node appended after the others (a visitor added to a live engine).
    pub(super) fn push_node(&mut self) {
        self.seen.push(0);
        self.done.push(0);
        self.dist.push(0);
        self.next.push(NONE);
        self.next_edge.push(NONE);
    }

    fn clear_stamps(&mut self) {
        self.seen.fill(0);
        self.done.fill(0);
    }
}

/// Reusable search state.
#[derive(Debug, Clone, Default)]
pub(super) struct Search {
    pub(super) stamp: u32,
    pub(super) fwd: Side,
    pub(super) bwd: Side,
    pub(super) touched: Vec<u32>,
    pub(super) backward_after: usize,
    pub(super) mark_after: usize,
    pub(super) mark_budget: usize,
    /// Nodes marked by [`FlowEngine::mark_target`], the target first.
    pub(super) marked: Vec<u32>,
    pub(super) found: Vec<(u32, u32)>,
    /// The best path seen: through `meet` (labelled on both sides), of length `mu`.
    pub(super) meet: u32,
    pub(super) mu: i64,
}

/// What a search found: whether the target was reached closer than the bound, and the radii of
/// the two balls (`r_f + r_b` = the target's distance, or the bound).
#[derive(Debug, Clone, Copy)]
pub(super) struct Outcome {
    pub(super) reached: bool,
    pub(super) r_f: i64,
    pub(super) r_b: i64,
}

impl FlowEngine {
    /// Bidirectional Dijkstra on reduced costs from `src` to `dst`, giving up at distance
    /// `bound`. On success `search.meet` is the node where the path's forward part (the
    /// `fwd.next` chain back to `src`) joins its backward part (the `bwd.next` chain to `dst`),
    /// and the path is simple. Potentials are not updated here.
    pub(super) fn shortest_path(&mut self, src: u32, dst: u32, bound: i64) -> Outcome {
        let s = &mut self.search;
        s.stamp = s.stamp.wrapping_add(1);
        if s.stamp == 0 {
            s.fwd.clear_stamps();
            s.bwd.clear_stamps();
            s.stamp = 1;
        }
        let st = s.stamp;
        s.fwd.reset();
        s.bwd.reset();
        s.meet = NONE;
        s.mu = INF;
        s.fwd.seen[src as usize] = st;
        s.fwd.dist[src as usize] = 0;
        s.fwd.next[src as usize] = NONE;
        s.fwd.push(0, src, (0, 0));
        // the target is on the backward side from the start (at 0), its search comes later
        s.bwd.seen[dst as usize] = st;
        s.bwd.dist[dst as usize] = 0;
        s.bwd.next[dst as usize] = NONE;
        self.search.marked.clear();
        let (mut marking, mut backward) = (false, false);
        let mut fwd_arcs_at_start = 0;
        let (top_f, top_b) = loop {
            let s = &self.search;
            let top_f = s.fwd.top();
            let top_b = if backward { s.bwd.top() } else { 0 };
            if top_f.saturating_add(top_b) >= s.mu.min(bound) {
                break (top_f, top_b);
            }
            let settled = s.fwd.settled.len();
            if !marking && (settled >= s.mark_after || settled >= s.backward_after) {
                // before the backward Dijkstra, whose heap must hold every node labelled
                marking = true;
                self.mark_target(dst);
                continue;
            }
            if !backward && settled >= s.backward_after {
                // the marked nodes are at distance 0 from the target: they seed the search
                backward = true;
                fwd_arcs_at_start = s.fwd.arcs;
                let s = &mut self.search;
                if s.marked.is_empty() {
                    s.marked.push(dst);
                }
                for i in 0..s.marked.len() {
                    let x = s.marked[i];
                    s.bwd.push(0, x, (0, 0));
                }
                continue;
            }
            // alternate by work done (arcs relaxed), the classic balanced bidirectional order
            let go_back = backward && s.bwd.arcs < (s.fwd.arcs - fwd_arcs_at_start) * BACKWARD_SHARE;
            if go_back {
                self.step_backward(st, src);
            } else {
                self.step_forward(st, dst);
            }
        };
        let s = &mut self.search;
        let reached = s.mu < bound;
        let d = if reached { s.mu } else { bound };
        let r_b = top_b.min(d);
        let r_f = d - r_b;
        debug_assert!(r_f <= top_f);
        if reached {
            // enter the backward part at the first node of the forward path that lies on a
            // shortest path: then the two parts share no node (a shared node would be such a
            // node earlier on the forward path)
            let mut y = s.meet;
            while y != src {
                y = s.fwd.next[y as usize];
                if s.bwd.seen[y as usize] == st && s.fwd.dist[y as usize] + s.bwd.dist[y as usize] == d {
                    s.meet = y;
                }
            }
        }
        Outcome { reached, r_f, r_b }
    }

    fn step_forward(&mut self, st: u32, dst: u32) {
        let Some(Reverse(it)) = self.search.fwd.heap.pop() else {
            return;
        };
        if it.node & CURSOR != 0 {
            let hub = it.node & !CURSOR;
            self.push_cursor(hub, Some(it.key));
            self.relax(it.key.1, it.d, hub, NONE, dst);
            return;
        }
        let x = it.node as usize;
        let s = &mut self.search.fwd;
        if s.done[x] == st || it.d > s.dist[x] {
            return;
        }
        s.done[x] = st;
        s.settled.push(it.node);
        // the target's out-arcs include the arc being restored
        if it.node != dst {
            self.expand(it.node, it.d, dst);
        }
    }

    fn step_backward(&mut self, st: u32, src: u32) {
        let Some(Reverse(it)) = self.search.bwd.heap.pop() else {
            return;
        };
        if it.node & CURSOR != 0 {
            let hub = it.node & !CURSOR;
            self.push_cursor_back(hub, Some(it.key));
            self.relax_back(it.key.1, it.d, hub, NONE);
            return;
        }
        let x = it.node as usize;
        let s = &mut self.search.bwd;
        if s.done[x] == st || it.d > s.dist[x] {
            return;
        }
        s.done[x] = st;
        s.settled.push(it.node);
        // the source's in-arcs include the arc being restored
        if it.node != src {
            self.expand_back(it.node, it.d);
        }
    }

    /// Marks nodes from which `dst` is reachable along tight (zero reduced cost) residual arcs:
    /// a breadth-first search backwards from `dst`, stopped after `mark_budget` nodes, that
    /// labels them on the backward side at distance 0 (exact, as reduced costs are
    /// non-negative). It is much cheaper per node than the backward Dijkstra (only tight arcs
    /// are followed, no heap), and on the benchmark most searches meet it at once; nodes the
    /// forward search labelled before are offered here.
    fn mark_target(&mut self, dst: u32) {
        let st = self.search.stamp;
        let mut queue = std::mem::take(&mut self.search.marked);
        let mut found = std::mem::take(&mut self.search.found);
        queue.clear();
        queue.push(dst);
        let mut i = 0;
        while i < queue.len() && queue.len() < self.search.mark_budget {
            let z = queue[i];
            i += 1;
            found.clear();
            self.tight_in_arcs(z, &mut found);
            for &(w, e) in &found {
                let b = &mut self.search.bwd;
                let wi = w as usize;
                if b.seen[wi] != st {
                    b.seen[wi] = st;
                    b.dist[wi] = 0;
                    b.next[wi] = z;
                    b.next_edge[wi] = e;
                    queue.push(w);
                    let f = &self.search.fwd;
                    if f.seen[wi] == st {
                        let d = f.dist[wi];
                        self.offer(w, d);
                    }
                }
            }
        }
        self.search.marked = queue;
        self.search.found = found;
    }

    /// The residual arcs `w → z` with zero reduced cost, as `(w, edge)` (`edge` for the
    /// visitor–host arcs, else `NONE`). The root's arcs from unfilled hosts are left out (the
    /// marking may be partial).
    fn tight_in_arcs(&self, z: u32, out: &mut Vec<(u32, u32)>) {
        let pz = self.pot[z as usize];
        match self.kind(z) {
            Kind::Root => {
                for t in 0..self.types {
                    let tn = self.type_node(t);
                    if self.count[t] > 0 && self.pot[tn as usize] == pz {
                        out.push((tn, NONE));
                    }
                }
            }
            Kind::Type(t) => {
                if self.count[t] < self.quota[t] && self.pot[0] == pz {
                    out.push((0, NONE));
                }
                out.extend(self.matched[t].with_pot(pz).map(|u| (u, NONE)));
            }
            Kind::Host(h) => {
                if !self.at_host[h].is_empty() && self.pot[0] == pz {
                    out.push((0, NONE));
                }
                for &e in &self.host_edge[self.host_start[h] as usize..self.host_start[h + 1] as usize] {
                    let v = self.edge_visitor[e as usize] as usize;
                    if self.present[v] && !self.blocked[v] && self.mate[v] != e && !self.edge_dead[e as usize] {
                        let vn = self.visitor_node(v);
                        if self.pot[vn as usize] - self.edge_score[e as usize] as i64 == pz {
                            out.push((vn, e));
                        }
                    }
                }
            }
            Kind::Visitor(v) => {
                if !self.present[v] || self.blocked[v] {
                    return;
                }
                let m = self.mate[v];
                if m == NONE {
                    let tn = self.type_node(self.visitor_type[v] as usize);
                    if self.pot[tn as usize] == pz {
                        out.push((tn, NONE));
                    }
                } else {
                    let hn = self.host_node(self.edge_host[m as usize] as usize);
                    if self.edge_score[m as usize] as i64 + self.pot[hn as usize] == pz {
                        out.push((hn, m));
                    }
                }
            }
        }
    }

    /// Records a path of length `d` through `x` if it is the best so far.
    #[inline]
    fn offer(&mut self, x: u32, d: i64) {
        let s = &mut self.search;
        if d < s.mu {
            s.mu = d;
            s.meet = x;
        }
    }

    /// Relaxes arc `from → y` to distance `nd` on the forward side.
    #[inline]
    pub(super) fn relax(&mut self, y: u32, nd: i64, from: u32, edge: u32, dst: u32) {
        let st = self.search.stamp;
        let s = &mut self.search.fwd;
        s.arcs += 1;
        let yi = y as usize;
        if s.done[yi] == st || (s.seen[yi] == st && nd >= s.dist[yi]) {
            return;
        }
        s.seen[yi] = st;
        s.dist[yi] = nd;
        s.next[yi] = from;
        s.next_edge[yi] = edge;
        s.push(nd, y, (0, 0));
        let b = &self.search.bwd;
        if b.seen[yi] == st {
            let d = nd + b.dist[yi];
            self.offer(y, d);
        }
        // look ahead: if `y` has an arc into the target, the path through it is known now,
        // not only when `y` is settled
        if y != dst
            && let Some(rc) = self.arc_into(y, dst)
        {
            let s = &mut self.search.fwd;
            let di = dst as usize;
            if s.done[di] != st && (s.seen[di] != st || nd + rc < s.dist[di]) {
                s.seen[di] = st;
                s.dist[di] = nd + rc;
                s.next[di] = y;
                s.next_edge[di] = NONE;
                s.push(nd + rc, dst, (0, 0));
                self.offer(dst, nd + rc);
            }
        }
    }

    /// Relaxes arc `y → from` to distance `nd` (from `y` to the target) on the backward side.
    #[inline]
    fn relax_back(&mut self, y: u32, nd: i64, from: u32, edge: u32) {
        let st = self.search.stamp;
        let s = &mut self.search.bwd;
        s.arcs += 1;
        let yi = y as usize;
        if s.done[yi] == st || (s.seen[yi] == st && nd >= s.dist[yi]) {
            return;
        }
        s.seen[yi] = st;
        s.dist[yi] = nd;
        s.next[yi] = from;
        s.next_edge[yi] = edge;
        s.push(nd, y, (0, 0));
        let f = &self.search.fwd;
        if f.seen[yi] == st {
            let d = nd + f.dist[yi];
            self.offer(y, d);
        }
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

    /// Pushes the forward cursor of hub `hub` at its first member (or the one after `after`):
    /// the root's arcs to loaded hosts, a type's arcs to its unmatched visitors, cheapest first.
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
            // reduced cost of hub → member = pot[hub] − pot[member] = pot[hub] + key.0; it is
            // only negative on the arc being restored, whose head (the source) is settled
            let dh = self.search.fwd.dist[hub as usize];
            let d = (dh + self.pot[hub as usize] + key.0).max(dh);
            self.search.fwd.push(d, hub | CURSOR, key);
        }
    }

    /// Pushes the backward cursor of hub `hub`: the arcs into the root from unfilled hosts and
    /// into a type from its matched visitors, cheapest (lowest member potential) first.
    fn push_cursor_back(&mut self, hub: u32, after: Option<(i64, u32)>) {
        let set = match self.kind(hub) {
            Kind::Root => &self.unfilled,
            Kind::Type(t) => &self.matched[t],
            _ => unreachable!("not a hub"),
        };
        let next = match after {
            None => set.last(),
            Some(k) => set.before(k),
        };
        if let Some(key) = next {
            // reduced cost of member → hub = pot[member] − pot[hub] = −key.0 − pot[hub]; it is
            // only negative on the arc being restored, whose tail (the target) is settled
            let dh = self.search.bwd.dist[hub as usize];
            let d = (dh - key.0 - self.pot[hub as usize]).max(dh);
            self.search.bwd.push(d, hub | CURSOR, key);
        }
    }

    /// Relaxes the residual arcs out of `x` (settled forwards at distance `d`).
    pub(super) fn expand(&mut self, x: u32, d: i64, dst: u32) {
        let px = self.pot[x as usize];
        match self.kind(x) {
            Kind::Root => {
                for t in 0..self.types {
                    if self.count[t] < self.quota[t] {
                        let tn = self.type_node(t);
                        let rc = px - self.pot[tn as usize];
                        debug_assert!(rc >= 0, "root->type rc {rc}");
                        self.relax(tn, d + rc, x, NONE, dst);
                    }
                }
                self.push_cursor(x, None);
            }
            Kind::Type(t) => {
                if self.count[t] > 0 {
                    let rc = px - self.pot[0];
                    debug_assert!(rc >= 0, "type->root rc {rc}");
                    self.relax(0, d + rc, x, NONE, dst);
                }
                self.push_cursor(x, None);
            }
            Kind::Host(h) => {
                if (self.at_host[h].len() as u32) < self.capacity[h] {
                    let rc = px - self.pot[0];
                    debug_assert!(rc >= 0, "host->root rc {rc}");
                    self.relax(0, d + rc, x, NONE, dst);
                }
                for i in 0..self.at_host[h].len() {
                    let v = self.at_host[h][i] as usize;
                    let vn = self.visitor_node(v);
                    let e = self.mate[v];
                    let rc = self.edge_score[e as usize] as i64 + px - self.pot[vn as usize];
                    debug_assert!(rc >= 0, "host->visitor rc {rc}");
                    self.relax(vn, d + rc, x, e, dst);
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
                    self.relax(hn, d + rc, x, e as u32, dst);
                }
                if m != NONE {
                    let tn = self.type_node(self.visitor_type[v] as usize);
                    let rc = px - self.pot[tn as usize];
                    debug_assert!(rc >= 0, "visitor->type rc {rc}");
                    self.relax(tn, d + rc, x, NONE, dst);
                }
            }
        }
    }

    /// Relaxes the residual arcs into `x` (settled backwards at distance `d`): the same arcs
    /// [`Self::expand`] walks, seen from their heads.
    fn expand_back(&mut self, x: u32, d: i64) {
        let px = self.pot[x as usize];
        match self.kind(x) {
            Kind::Root => {
                for t in 0..self.types {
                    if self.count[t] > 0 {
                        let tn = self.type_node(t);
                        self.relax_back(tn, d + self.pot[tn as usize] - px, x, NONE);
                    }
                }
                self.push_cursor_back(x, None);
            }
            Kind::Type(t) => {
                if self.count[t] < self.quota[t] {
                    self.relax_back(0, d + self.pot[0] - px, x, NONE);
                }
                self.push_cursor_back(x, None);
            }
            Kind::Host(h) => {
                if !self.at_host[h].is_empty() {
                    self.relax_back(0, d + self.pot[0] - px, x, NONE);
                }
                for i in self.host_start[h] as usize..self.host_start[h + 1] as usize {
                    let e = self.host_edge[i];
                    let v = self.edge_visitor[e as usize] as usize;
                    if !self.present[v] || self.blocked[v] || self.mate[v] == e || self.edge_dead[e as usize] {
                        continue;
                    }
                    let vn = self.visitor_node(v);
                    let rc = self.pot[vn as usize] - self.edge_score[e as usize] as i64 - px;
                    self.relax_back(vn, d + rc, x, e);
                }
            }
            Kind::Visitor(v) => {
                if !self.present[v] || self.blocked[v] {
                    return;
                }
                let m = self.mate[v];
                if m == NONE {
                    let tn = self.type_node(self.visitor_type[v] as usize);
                    self.relax_back(tn, d + self.pot[tn as usize] - px, x, NONE);
                } else {
                    let hn = self.host_node(self.edge_host[m as usize] as usize);
                    let rc = self.edge_score[m as usize] as i64 + self.pot[hn as usize] - px;
                    self.relax_back(hn, d + rc, x, m);
                }
            }
        }
    }

    /// Pushes one unit along the path found: the forward chain `src → … → meet`, then the
    /// backward chain `meet → … → dst`.
    pub(super) fn augment(&mut self, src: u32) {
        self.work.augmentations += 1;
        let meet = self.search.meet;
        let mut y = meet;
        while y != src {
            let x = self.search.fwd.next[y as usize];
            let e = self.search.fwd.next_edge[y as usize];
            self.apply_arc(x, y, e);
            y = x;
        }
        let mut x = meet;
        loop {
            let y = self.search.bwd.next[x as usize];
            if y == NONE {
                break;
            }
            let e = self.search.bwd.next_edge[x as usize];
            self.apply_arc(x, y, e);
            x = y;
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
                // paths are applied in either order: v may already hold its next edge
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

//! The optimal-circulation state and its repair by single shortest-path augmentations.
//!
//! Node numbering: `0` = root, `1..=T` = types, then hosts, then visitors (visitors last so that
//! an application can append visitors without renumbering).
//! Flow is not stored per arc: it is implied by `mate` (each visitor's matched edge),
//! `at_host` (each host's matched visitors) and `count` (matched visitors per type).
//! Potentials use the convention `reduced(x→y) = cost(x→y) + pot[x] − pot[y] ≥ 0`.

use std::cmp::Reverse;
use std::collections::BinaryHeap;

use super::hubs::HubSet;

const NONE: u32 = u32::MAX;
/// Marks a heap item as a lazy cursor over the member set of the hub node in the low bits.
const CURSOR: u32 = 1 << 31;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Root,
    Type(usize),
    Host(usize),
    Visitor(usize),
}

/// A heap entry: a node at tentative distance `d`, or (with [`CURSOR`]) a hub's next member.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
struct Item {
    d: i64,
    /// Decreasing push counter: among equal distances the newest item comes first, so the
    /// search dives through zero-cost plateaus instead of sweeping them.
    tie: u32,
    node: u32,
    key: (i64, u32),
}

/// Reusable Dijkstra buffers; `stamp` avoids clearing them between searches.
#[derive(Debug, Clone, Default)]
struct Search {
    stamp: u32,
    seen: Vec<u32>,
    done: Vec<u32>,
    dist: Vec<i64>,
    pred: Vec<u32>,
    pred_edge: Vec<u32>,
    settled: Vec<u32>,
    touched: Vec<u32>,
    heap: BinaryHeap<Reverse<Item>>,
    pushes: u32,
}

impl Search {
    #[inline]
    fn push(&mut self, d: i64, node: u32, key: (i64, u32)) {
        self.pushes = self.pushes.wrapping_add(1);
        self.heap.push(Reverse(Item { d, tie: u32::MAX - self.pushes, node, key }));
    }
}

/// Counters of the work done, for profiling and the live-mode report.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Work {
    pub searches: u64,
    pub settled: u64,
    pub augmentations: u64,
}

/// An optimal max-weight matching of the visitors present so far, kept optimal under arrivals,
/// withdrawals and declined pairs.
#[derive(Debug, Clone)]
pub struct FlowEngine {
    types: usize,
    hosts: usize,
    visitor_type: Vec<u8>,
    edge_start: Vec<u32>,
    edge_host: Vec<u32>,
    edge_score: Vec<i32>,
    /// Declined/forbidden after construction.
    edge_dead: Vec<bool>,
    capacity: Vec<u32>,
    quota: Vec<u32>,
    present: Vec<bool>,
    /// Temporarily out of the market while a withdrawal or decline is repaired.
    blocked: Vec<bool>,
    /// Matched edge of each visitor, or `NONE`.
    mate: Vec<u32>,
    at_host: Vec<Vec<u32>>,
    count: Vec<u32>,
    pot: Vec<i64>,
    in_hub: Vec<bool>,
    loaded: HubSet,
    unmatched: Vec<HubSet>,
    objective: i64,
    search: Search,
    work: Work,
}

impl FlowEngine {
    /// An engine with no visitor present yet. `edge_*` is the candidate graph in compressed-row
    /// form (visitor `v` owns edges `edge_start[v]..edge_start[v+1]`).
    pub fn new(
        visitor_type: Vec<u8>,
        edge_start: Vec<u32>,
        edge_host: Vec<u32>,
        edge_score: Vec<i32>,
        capacity: Vec<u32>,
        quota: Vec<u32>,
    ) -> Self {
        let (nv, nh, nt) = (visitor_type.len(), capacity.len(), quota.len());
        let n = 1 + nt + nh + nv;
        assert!(n < CURSOR as usize, "too many nodes");
        assert_eq!(edge_start.len(), nv + 1);
        let ne = edge_host.len();
        FlowEngine {
            types: nt,
            hosts: nh,
            visitor_type,
            edge_start,
            edge_host,
            edge_score,
            edge_dead: vec![false; ne],
            capacity,
            quota,
            present: vec![false; nv],
            blocked: vec![false; nv],
            mate: vec![NONE; nv],
            at_host: vec![Vec::new(); nh],
            count: vec![0; nt],
            pot: vec![0; n],
            in_hub: vec![false; n],
            loaded: HubSet::default(),
            unmatched: vec![HubSet::default(); nt],
            objective: 0,
            search: Search {
                seen: vec![0; n],
                done: vec![0; n],
                dist: vec![0; n],
                pred: vec![NONE; n],
                pred_edge: vec![NONE; n],
                ..Default::default()
            },
            work: Work::default(),
        }
    }

    /// Total score of the current matching.
    pub fn objective(&self) -> i64 {
        self.objective
    }

    pub fn work(&self) -> Work {
        self.work
    }

    /// The host of visitor `v`, if matched.
    pub fn host_of(&self, v: usize) -> Option<u32> {
        let e = self.mate[v];
        (e != NONE).then(|| self.edge_host[e as usize])
    }

    /// The matched edge index of visitor `v`, if matched.
    pub fn edge_of(&self, v: usize) -> Option<usize> {
        let e = self.mate[v];
        (e != NONE).then_some(e as usize)
    }

    pub fn is_present(&self, v: usize) -> bool {
        self.present[v]
    }

    pub fn host_load(&self, h: usize) -> usize {
        self.at_host[h].len()
    }

    pub fn type_count(&self, t: usize) -> u32 {
        self.count[t]
    }

    pub fn is_edge_alive(&self, e: usize) -> bool {
        !self.edge_dead[e]
    }

    /// Matched `(visitor, host)` pairs in visitor order.
    pub fn assignments(&self) -> Vec<(u32, u32)> {
        (0..self.mate.len()).filter_map(|v| self.host_of(v).map(|h| (v as u32, h))).collect()
    }

    // ---------------------------------------------------------------- node numbering

    #[inline]
    fn type_node(&self, t: usize) -> u32 {
        (1 + t) as u32
    }
    #[inline]
    fn host_node(&self, h: usize) -> u32 {
        (1 + self.types + h) as u32
    }
    #[inline]
    fn visitor_node(&self, v: usize) -> u32 {
        (1 + self.types + self.hosts + v) as u32
    }
    #[inline]
    fn kind(&self, x: u32) -> Kind {
        let x = x as usize;
        if x == 0 {
            Kind::Root
        } else if x <= self.types {
            Kind::Type(x - 1)
        } else if x <= self.types + self.hosts {
            Kind::Host(x - 1 - self.types)
        } else {
            Kind::Visitor(x - 1 - self.types - self.hosts)
        }
    }

    // ---------------------------------------------------------------- hub membership

    /// Whether node `x` belongs to a hub set: loaded hosts (root arcs) and unmatched present
    /// visitors (type arcs).
    fn belongs_to_hub(&self, x: u32) -> bool {
        match self.kind(x) {
            Kind::Host(h) => !self.at_host[h].is_empty(),
            Kind::Visitor(v) => self.present[v] && !self.blocked[v] && self.mate[v] == NONE,
            _ => false,
        }
    }

    fn hub_of(&mut self, x: u32) -> &mut HubSet {
        match self.kind(x) {
            Kind::Host(_) => &mut self.loaded,
            Kind::Visitor(v) => {
                let t = self.visitor_type[v] as usize;
                &mut self.unmatched[t]
            }
            _ => unreachable!("only hosts and visitors are hub members"),
        }
    }

    fn leave_hub(&mut self, x: u32) {
        if self.in_hub[x as usize] {
            let p = self.pot[x as usize];
            self.hub_of(x).remove(p, x);
            self.in_hub[x as usize] = false;
        }
    }

    fn sync_hub(&mut self, x: u32) {
        let should = self.belongs_to_hub(x);
        if should != self.in_hub[x as usize] {
            let p = self.pot[x as usize];
            if should {
                self.hub_of(x).insert(p, x);
            } else {
                self.hub_of(x).remove(p, x);
            }
            self.in_hub[x as usize] = should;
        }
    }

    // ---------------------------------------------------------------- updates

    /// Adds visitor `v` to the market and restores optimality. Returns `false` if it was
    /// already present.
    pub fn arrive(&mut self, v: usize) -> bool {
        if self.present[v] {
            return false;
        }
        self.present[v] = true;
        let t = self.visitor_type[v] as usize;
        let vn = self.visitor_node(v);
        // the lowest potential that keeps every out-arc's reduced cost non-negative
        let tn = self.type_node(t);
        let best = self.alive_edges(v).map(|e| self.edge_score[e] as i64 + self.host_pot(e)).max();
        self.pot[vn as usize] = best.unwrap_or(self.pot[tn as usize]);
        self.sync_hub(vn);
        self.restore_arc(tn, vn);
        true
    }

    /// Removes visitor `v` from the market (withdrawal) and restores optimality.
    pub fn withdraw(&mut self, v: usize) -> bool {
        if !self.present[v] {
            return false;
        }
        let vn = self.visitor_node(v);
        if self.mate[v] == NONE {
            self.leave_hub(vn);
            self.present[v] = false;
            return true;
        }
        let (h, t) = self.unmatch_pretending(v);
        self.present[v] = false;
        self.sync_hub(vn);
        self.give_back(h, t);
        true
    }

    /// Forbids the pair `(v, h)` (a declined suggestion) and restores optimality. Returns
    /// `false` if `h` is not a live candidate of `v`.
    pub fn decline(&mut self, v: usize, h: u32) -> bool {
        let Some(e) = self.alive_edges(v).find(|&e| self.edge_host[e] == h) else {
            return false;
        };
        self.edge_dead[e] = true;
        if self.mate[v] as usize != e {
            return true; // an unused arc disappears: still optimal
        }
        let vn = self.visitor_node(v);
        self.blocked[v] = true;
        let (hh, t) = self.unmatch_pretending(v);
        self.sync_hub(vn);
        self.give_back(hh, t);
        // back on the market with the lowest valid potential, then its own arc is restored
        self.blocked[v] = false;
        let tn = self.type_node(t);
        let best = self.alive_edges(v).map(|e| self.edge_score[e] as i64 + self.host_pot(e)).max();
        self.pot[vn as usize] = best.unwrap_or(self.pot[tn as usize]).min(self.pot[vn as usize]);
        self.sync_hub(vn);
        self.restore_arc(tn, vn);
        true
    }

    fn alive_edges(&self, v: usize) -> impl Iterator<Item = usize> + '_ {
        (self.edge_start[v] as usize..self.edge_start[v + 1] as usize).filter(|&e| !self.edge_dead[e])
    }

    #[inline]
    fn host_pot(&self, e: usize) -> i64 {
        self.pot[1 + self.types + self.edge_host[e] as usize]
    }

    /// Takes matched visitor `v` off its host while pretending that the host's capacity and
    /// the type's quota shrank by one, so every residual arc is one that existed before (the
    /// potentials stay valid). Returns the host and type to give the unit back to.
    fn unmatch_pretending(&mut self, v: usize) -> (usize, usize) {
        let e = self.mate[v] as usize;
        let h = self.edge_host[e] as usize;
        let t = self.visitor_type[v] as usize;
        let list = &mut self.at_host[h];
        if let Some(i) = list.iter().position(|&x| x as usize == v) {
            list.swap_remove(i);
        }
        self.mate[v] = NONE;
        self.objective -= self.edge_score[e] as i64;
        self.count[t] -= 1;
        self.capacity[h] -= 1;
        self.quota[t] -= 1;
        let hn = self.host_node(h);
        self.sync_hub(hn);
        (h, t)
    }

    /// Restores the host slot and quota unit hidden by [`Self::unmatch_pretending`], one unit
    /// of capacity (and one repair) at a time.
    fn give_back(&mut self, h: usize, t: usize) {
        self.capacity[h] += 1;
        let (hn, tn) = (self.host_node(h), self.type_node(t));
        self.restore_arc(hn, 0);
        self.quota[t] += 1;
        self.restore_arc(0, tn);
    }

    /// Arc `a → b` (cost 0) has just gained one unit of residual capacity; if its reduced cost
    /// is negative, close the cheapest cycle through it.
    fn restore_arc(&mut self, a: u32, b: u32) {
        let rc = self.pot[a as usize] - self.pot[b as usize];
        if rc >= 0 {
            return;
        }
        let bound = -rc;
        self.work.searches += 1;
        let (dist, reached) = self.shortest_path(b, a, bound);
        let augmenting = reached && dist < bound;
        let mut settled = std::mem::take(&mut self.search.settled);
        self.work.settled += settled.len() as u64;
        // only nodes whose potential moves (closer than D) or whose flow changes (the path)
        // need re-keying in the hub sets; on zero-cost plateaus that is a small minority
        let mut touched = std::mem::take(&mut self.search.touched);
        touched.clear();
        touched.extend(settled.iter().copied().filter(|&x| self.search.dist[x as usize] != dist));
        if augmenting {
            let mut y = a;
            while y != b {
                if self.search.dist[y as usize] == dist {
                    touched.push(y);
                }
                y = self.search.pred[y as usize];
            }
            if self.search.dist[b as usize] == dist {
                touched.push(b);
            }
        }
        for &x in &touched {
            self.leave_hub(x);
        }
        if augmenting {
            self.augment(b, a);
            self.apply_arc(a, b, NONE);
        }
        // every settled node is at most `dist` away, every other node at least `dist`
        for &x in &settled {
            let xi = x as usize;
            self.pot[xi] += self.search.dist[xi] - dist;
        }
        for &x in &touched {
            self.sync_hub(x);
        }
        settled.clear();
        self.search.touched = touched;
        self.search.settled = settled;
    }

    // ---------------------------------------------------------------- search

    /// Dijkstra on reduced costs from `src` towards `dst`, giving up at distance `bound`.
    /// Returns `(D, reached)`: `D` is the distance of `dst` when reached, else `bound`; every
    /// settled node is within `D` and every other node at least `D` away. Potentials are not
    /// updated here.
    fn shortest_path(&mut self, src: u32, dst: u32, bound: i64) -> (i64, bool) {
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
    fn relax(&mut self, y: u32, nd: i64, cur: i64, from: u32, edge: u32, dst: u32) -> bool {
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
    fn arc_into(&self, y: u32, dst: u32) -> Option<i64> {
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
    fn push_cursor(&mut self, hub: u32, after: Option<(i64, u32)>) {
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
    fn expand(&mut self, x: u32, d: i64, dst: u32) -> bool {
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
    fn augment(&mut self, src: u32, dst: u32) {
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
    fn apply_arc(&mut self, x: u32, y: u32, e: u32) {
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

    // ---------------------------------------------------------------- certificate

    /// Checks that the state is a feasible flow and that the potentials certify its optimality
    /// (every residual arc has a non-negative reduced cost). For tests and debugging: O(size).
    pub fn certify(&self) -> Result<(), String> {
        let pot = |x: u32| self.pot[x as usize];
        let mut per_type = vec![0u32; self.types];
        for v in 0..self.mate.len() {
            let (vn, t) = (self.visitor_node(v), self.visitor_type[v] as usize);
            let tn = self.type_node(t);
            if !self.present[v] {
                if self.mate[v] != NONE {
                    return Err(format!("absent visitor {v} matched"));
                }
                continue;
            }
            if self.in_hub[vn as usize] != self.belongs_to_hub(vn) {
                return Err(format!("hub membership of visitor {v}"));
            }
            if self.mate[v] == NONE {
                if pot(tn) - pot(vn) < 0 {
                    return Err(format!("type->visitor {v} reduced cost negative"));
                }
            } else {
                per_type[t] += 1;
                let e = self.mate[v] as usize;
                let h = self.edge_host[e] as usize;
                if !self.at_host[h].contains(&(v as u32)) || self.edge_dead[e] {
                    return Err(format!("visitor {v} mate inconsistent"));
                }
                if pot(vn) - pot(tn) < 0 || self.edge_score[e] as i64 + pot(self.host_node(h)) - pot(vn) < 0 {
                    return Err(format!("matched visitor {v} reduced cost negative"));
                }
            }
            for e in self.alive_edges(v) {
                if e as u32 != self.mate[v] && pot(vn) - self.edge_score[e] as i64 - self.host_pot(e) < 0 {
                    return Err(format!("visitor {v} edge {e} reduced cost negative"));
                }
            }
        }
        for (t, &counted) in per_type.iter().enumerate() {
            let tn = self.type_node(t);
            if counted != self.count[t] || self.count[t] > self.quota[t] {
                return Err(format!("type {t} count {} vs {counted} (quota {})", self.count[t], self.quota[t]));
            }
            if (self.count[t] < self.quota[t] && pot(0) - pot(tn) < 0) || (self.count[t] > 0 && pot(tn) - pot(0) < 0) {
                return Err(format!("root<->type {t} reduced cost negative"));
            }
        }
        for h in 0..self.hosts {
            let (hn, load) = (self.host_node(h), self.at_host[h].len() as u32);
            if load > self.capacity[h] || self.in_hub[hn as usize] != self.belongs_to_hub(hn) {
                return Err(format!("host {h} over capacity or hub membership wrong"));
            }
            if (load < self.capacity[h] && pot(hn) - pot(0) < 0) || (load > 0 && pot(0) - pot(hn) < 0) {
                return Err(format!("root<->host {h} reduced cost negative"));
            }
        }
        let total: i64 = (0..self.mate.len()).filter_map(|v| self.edge_of(v)).map(|e| self.edge_score[e] as i64).sum();
        if total != self.objective {
            return Err("objective out of date".into());
        }
        Ok(())
    }
}

//! The optimal-circulation state and its repair by single shortest-path augmentations.
//!
//! Node numbering: `0` = root, `1..=T` = types, then hosts, then visitors (visitors last so that
//! an application can append visitors without renumbering).
//! Flow is not stored per arc: it is implied by `mate` (each visitor's matched edge),
//! `at_host` (each host's matched visitors) and `count` (matched visitors per type).
//! Potentials use the convention `reduced(x→y) = cost(x→y) + pot[x] − pot[y] ≥ 0`.

use super::hubs::HubSet;

mod certify;
mod search;

use search::Search;

const NONE: u32 = u32::MAX;
/// Marks a heap item as a lazy cursor over the member set of the hub node in the low bits.
const CURSOR: u32 = 1 << 31;
/// Hub sets a node can be filed in, as bits (see [`FlowEngine::hub_slots`]): loaded hosts and
/// unmatched visitors, matched visitors, unfilled hosts.
const NO_HUB: u8 = 0;
const PRIMARY: u8 = 1;
const MATCHED: u8 = 2;
const UNFILLED: u8 = 4;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Root,
    Type(usize),
    Host(usize),
    Visitor(usize),
}

/// Counters of the work done, for profiling and the live-mode report.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Work {
    pub searches: u64,
    pub settled: u64,
    pub augmentations: u64,
    /// Of `settled`, the nodes settled by backward searches (from the target).
    pub settled_backward: u64,
    /// Arcs relaxed (both directions).
    pub arcs: u64,
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
    /// The hub sets each node is filed in (bits `PRIMARY`, `MATCHED`, `UNFILLED`).
    in_hub: Vec<u8>,
    loaded: HubSet,
    unmatched: Vec<HubSet>,
    /// Walked backwards: the root's in-arcs from unfilled hosts, a type's from its matched
    /// visitors.
    unfilled: HubSet,
    matched: Vec<HubSet>,
    /// Reverse candidate graph: host `h`'s edges are `host_edge[host_start[h]..host_start[h+1]]`.
    host_start: Vec<u32>,
    host_edge: Vec<u32>,
    edge_visitor: Vec<u32>,
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
        let mut edge_visitor = vec![0u32; ne];
        for v in 0..nv {
            edge_visitor[edge_start[v] as usize..edge_start[v + 1] as usize].fill(v as u32);
        }
        let mut engine = FlowEngine {
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
            in_hub: vec![NO_HUB; n],
            loaded: HubSet::default(),
            unmatched: vec![HubSet::default(); nt],
            unfilled: HubSet::default(),
            matched: vec![HubSet::default(); nt],
            host_start: Vec::new(),
            host_edge: Vec::new(),
            edge_visitor,
            objective: 0,
            search: Search {
                fwd: search::Side::new(n),
                bwd: search::Side::new(n),
                backward_after: search::BACKWARD_AFTER,
                mark_after: search::MARK_AFTER,
                mark_budget: search::MARK_BUDGET,
                ..Default::default()
            },
            work: Work::default(),
        };
        engine.index_edges_by_host();
        // hosts with free capacity are filed as unfilled from the start
        for h in 0..nh {
            let hn = engine.host_node(h);
            engine.sync_hub(hn);
        }
        engine
    }

    /// Search tuning, for tests: once the forward half of a search has settled `mark_after`
    /// nodes it marks up to `mark_budget` nodes of the target's tight in-tree, and once it has
    /// settled `backward_after` nodes the backward Dijkstra starts (`usize::MAX`: never). The
    /// results do not depend on it, only the work.
    pub fn tune_search(&mut self, mark_after: usize, mark_budget: usize, backward_after: usize) {
        self.search.mark_after = mark_after;
        self.search.mark_budget = mark_budget;
        self.search.backward_after = backward_after;
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

    /// The hub sets node `x` belongs to: loaded hosts (root → host arcs), unfilled hosts
    /// (host → root), unmatched present visitors (type → visitor) and matched ones
    /// (visitor → type).
    fn hub_slots(&self, x: u32) -> u8 {
        match self.kind(x) {
            Kind::Host(h) => {
                let load = self.at_host[h].len() as u32;
                (if load > 0 { PRIMARY } else { NO_HUB }) | (if load < self.capacity[h] { UNFILLED } else { NO_HUB })
            }
            Kind::Visitor(v) if self.present[v] && !self.blocked[v] => {
                if self.mate[v] == NONE {
                    PRIMARY
                } else {
                    MATCHED
                }
            }
            _ => NO_HUB,
        }
    }

    fn hub_set(&mut self, x: u32, slot: u8) -> &mut HubSet {
        match (self.kind(x), slot) {
            (Kind::Host(_), PRIMARY) => &mut self.loaded,
            (Kind::Host(_), UNFILLED) => &mut self.unfilled,
            (Kind::Visitor(v), PRIMARY) => &mut self.unmatched[self.visitor_type[v] as usize],
            (Kind::Visitor(v), MATCHED) => &mut self.matched[self.visitor_type[v] as usize],
            _ => unreachable!("no such hub"),
        }
    }

    /// Files `x` in exactly the hub sets `slots`, keyed by its current potential (which must be
    /// the one it was filed under).
    fn refile(&mut self, x: u32, slots: u8) {
        let is = self.in_hub[x as usize];
        if is == slots {
            return;
        }
        let p = self.pot[x as usize];
        for bit in [PRIMARY, MATCHED, UNFILLED] {
            if is & bit != 0 && slots & bit == 0 {
                self.hub_set(x, bit).remove(p, x);
            } else if is & bit == 0 && slots & bit != 0 {
                self.hub_set(x, bit).insert(p, x);
            }
        }
        self.in_hub[x as usize] = slots;
    }

    fn leave_hub(&mut self, x: u32) {
        self.refile(x, NO_HUB);
    }

    fn sync_hub(&mut self, x: u32) {
        let slots = self.hub_slots(x);
        self.refile(x, slots);
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
        // back on the market with the lowest valid potential, then its own arc is restored.
        // It must be computed afresh, not capped at the potential `v` had before: while `v` was
        // blocked its arcs were out of the graph, and a bidirectional repair raises the
        // potentials of its backward ball, which can include `v`'s hosts. Its old potential
        // then no longer covers its arcs to them.
        self.blocked[v] = false;
        let tn = self.type_node(t);
        let best = self.alive_edges(v).map(|e| self.edge_score[e] as i64 + self.host_pot(e)).max();
        self.pot[vn as usize] = best.unwrap_or(self.pot[tn as usize]);
        self.sync_hub(vn);
        self.restore_arc(tn, vn);
        true
    }

    /// Appends a visitor with its candidate edges `(host, score)`, absent until it
    /// [`arrive`](Self::arrive)s; returns its index. Visitors are the last nodes, so nothing is
    /// renumbered; only the hosts' reverse edge index is rebuilt (linear in the edges).
    pub fn push_visitor(&mut self, participant_type: u8, edges: &[(u32, i32)]) -> usize {
        assert!((participant_type as usize) < self.types, "unknown participant type");
        assert!(self.pot.len() + 1 < CURSOR as usize, "too many nodes");
        let v = self.mate.len();
        for &(h, score) in edges {
            assert!((h as usize) < self.hosts, "edge to unknown host {h}");
            self.edge_host.push(h);
            self.edge_score.push(score);
            self.edge_dead.push(false);
            self.edge_visitor.push(v as u32);
        }
        self.visitor_type.push(participant_type);
        self.edge_start.push(self.edge_host.len() as u32);
        self.present.push(false);
        self.blocked.push(false);
        self.mate.push(NONE);
        self.pot.push(0);
        self.in_hub.push(NO_HUB);
        self.search.fwd.push_node();
        self.search.bwd.push_node();
        self.index_edges_by_host();
        v
    }

    /// Takes matched visitor `v` out of the market together with the host place and the quota
    /// unit it holds (its pair was locked). What remains is still optimal without a search:
    /// every residual arc left existed before, so the potentials still certify it. Returns
    /// the host and type, or `None` if `v` is not matched.
    pub fn pin(&mut self, v: usize) -> Option<(u32, usize)> {
        if !self.present[v] || self.mate[v] == NONE {
            return None;
        }
        let (h, t) = self.unmatch_pretending(v);
        self.present[v] = false;
        let vn = self.visitor_node(v);
        self.sync_hub(vn);
        Some((h as u32, t))
    }

    /// Gives host `h` one more place and type `t` one more quota unit (a locked pair was
    /// released) and restores optimality.
    pub fn release(&mut self, h: usize, t: usize) {
        assert!(h < self.hosts && t < self.types, "unknown host or type");
        self.give_back(h, t);
    }

    fn index_edges_by_host(&mut self) {
        let nh = self.hosts;
        self.host_start.clear();
        self.host_start.resize(nh + 1, 0);
        for &h in &self.edge_host {
            self.host_start[h as usize + 1] += 1;
        }
        for h in 0..nh {
            self.host_start[h + 1] += self.host_start[h];
        }
        let mut fill = self.host_start.clone();
        self.host_edge.clear();
        self.host_edge.resize(self.edge_host.len(), 0);
        for (e, &h) in self.edge_host.iter().enumerate() {
            self.host_edge[fill[h as usize] as usize] = e as u32;
            fill[h as usize] += 1;
        }
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
        self.sync_hub(hn);
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
        let out = self.shortest_path(b, a, bound);
        let (r_f, r_b) = (out.r_f, out.r_b);
        let fwd = std::mem::take(&mut self.search.fwd.settled);
        let bwd = std::mem::take(&mut self.search.bwd.settled);
        self.work.settled += (fwd.len() + bwd.len()) as u64;
        self.work.settled_backward += bwd.len() as u64;
        self.work.arcs += (self.search.fwd.arcs + self.search.bwd.arcs) as u64;
        // only nodes whose potential moves (strictly inside one of the balls) or whose flow
        // changes (the path) need re-keying in the hub sets; on zero-cost plateaus that is a
        // small minority
        let mut touched = std::mem::take(&mut self.search.touched);
        touched.clear();
        touched.extend(fwd.iter().copied().filter(|&x| self.search.fwd.dist[x as usize] < r_f));
        touched.extend(bwd.iter().copied().filter(|&x| self.search.bwd.dist[x as usize] < r_b));
        if out.reached {
            let meet = self.search.meet;
            let mut y = meet;
            while y != NONE {
                touched.push(y);
                y = self.search.fwd.next[y as usize];
            }
            let mut y = self.search.bwd.next[meet as usize];
            while y != NONE {
                touched.push(y);
                y = self.search.bwd.next[y as usize];
            }
        }
        for &x in &touched {
            self.leave_hub(x);
        }
        if out.reached {
            self.augment(b);
            self.apply_arc(a, b, NONE);
        }
        for &x in &fwd {
            let d = self.search.fwd.dist[x as usize];
            if d < r_f {
                self.pot[x as usize] += d - r_f;
            }
        }
        for &x in &bwd {
            let d = self.search.bwd.dist[x as usize];
            if d < r_b {
                debug_assert!(
                    self.search.fwd.done[x as usize] != self.search.stamp || self.search.fwd.dist[x as usize] >= r_f
                );
                self.pot[x as usize] += r_b - d;
            }
        }
        for &x in &touched {
            self.sync_hub(x);
        }
        self.search.touched = touched;
        self.search.fwd.settled = fwd;
        self.search.bwd.settled = bwd;
    }
}

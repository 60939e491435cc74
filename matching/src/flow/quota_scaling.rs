//! Cost-scaling push-relabel specialised to the max-weight market network
//!
//! ```text
//!   root ──(quota)──▶ type ──(1)──▶ visitor ──(1, −score)──▶ host ──(capacity)──▶ root
//! ```
//!
//! This is Goldberg's cost scaling (the method of CS2 and OR-Tools' `SimpleMinCostFlow`): costs
//! are multiplied by `K` ([`scale`]) and a circulation is refined phase by phase from
//! ε = K·max score down to ε = 1, dividing ε by `alpha` each time. A 1-optimal circulation of the
//! scaled costs is optimal for the integer ones, so the result is exact; all arithmetic is
//! `i64`. Why it beats the incremental engine: every phase does local work (pushes and
//! relabels), never the long shortest-path searches that binding quotas cause.
//!
//! What is specific to this network (each measured on the benchmark, see BENCHMARKS.md):
//! - Arcs are not stored. Flow lives in per-arc-kind arrays and every node kind knows its
//!   residual arcs. A popular host heads hundreds of candidate edges, but its residual out-arcs
//!   are only the edges carrying flow into it (about its capacity) plus the root arc; a generic
//!   arc list ([`super::cost_scaling`]) scanned all those empty reverse slots on every relabel.
//! - A phase starts by moving visitor prices ([`QuotaScaling::refit_visitor`]) rather than by
//!   saturating every negative arc, which keeps most of the previous matching.
//! - A visitor with excess sends it straight along its best arc, found from a small cache of
//!   its best edges (host prices never rise, so cached bounds stay valid).
//! - Global price updates (a backward Dijkstra in units of ε) every few relabels per node.
//!
//! Conventions: `rc(x→y) = K·cost + p[x] − p[y]`, admissible = residual with `rc < 0`,
//! ε-optimal = every residual arc has `rc ≥ −ε`; relabels and price updates lower prices.

use std::collections::VecDeque;

use super::bucket_queue::BucketQueue;

mod price_update;
mod proof;

/// The compact market: only nodes that can carry flow. Visitor `v` owns edges
/// `edge_start[v]..edge_start[v + 1]`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct QuotaMarket {
    /// Residual quota of each type.
    pub quota: Vec<i32>,
    /// Type of each visitor (index into `quota`).
    pub visitor_type: Vec<u32>,
    pub edge_start: Vec<u32>,
    pub edge_host: Vec<u32>,
    /// Edge scores (the objective maximises their sum); `|score| ≤ 2³⁰`.
    pub edge_score: Vec<i32>,
    /// Residual capacity of each host.
    pub capacity: Vec<i32>,
}

impl QuotaMarket {
    pub fn visitor_count(&self) -> usize {
        self.visitor_type.len()
    }

    /// Checks the sizes and indices, so the solver can index without further checks.
    pub fn validate(&self) -> Result<(), String> {
        let (nv, nh, nt, ne) = (self.visitor_type.len(), self.capacity.len(), self.quota.len(), self.edge_host.len());
        if self.edge_start.len() != nv + 1 || self.edge_start.first() != Some(&0) {
            return Err("edge_start must have one entry per visitor plus one, starting at 0".into());
        }
        if self.edge_start.windows(2).any(|w| w[0] > w[1]) || self.edge_start[nv] as usize != ne {
            return Err("edge_start must be non-decreasing and end at the edge count".into());
        }
        if self.edge_score.len() != ne {
            return Err("one score per edge is required".into());
        }
        if self.edge_host.iter().any(|&h| h as usize >= nh) || self.visitor_type.iter().any(|&t| t as usize >= nt) {
            return Err("edge host or visitor type out of range".into());
        }
        if self.quota.iter().chain(&self.capacity).any(|&c| c < 0) {
            return Err("negative quota or capacity".into());
        }
        if self.edge_score.iter().any(|&s| s.unsigned_abs() > 1 << 30) {
            return Err("edge score out of range".into());
        }
        let nodes = 1 + nt + nv + nh;
        if nodes >= (u32::MAX / 2) as usize {
            return Err("too many nodes".into());
        }
        // prices stay within about 3·nodes·K·max score (Goldberg & Tarjan); keep that far from
        // i64::MAX so no arithmetic can overflow
        let max_score = self.edge_score.iter().map(|s| i128::from(s.unsigned_abs())).max().unwrap_or(0);
        let k = i128::from(scale(nt, nv, nh));
        if 4 * nodes as i128 * k * max_score.max(1) >= i128::from(i64::MAX / 4) {
            return Err("instance too large for 64-bit prices".into());
        }
        Ok(())
    }
}

/// The cost multiplier that makes 1-optimal (scaled) circulations optimal: it must exceed the
/// number of arcs of every simple cycle of the residual network. Visitors are only adjacent to
/// types and hosts, so on a cycle no two visitors are consecutive and a cycle has at most
/// `2·(types + hosts + 1)` arcs; the node count bounds it too.
fn scale(nt: usize, nv: usize, nh: usize) -> i64 {
    let nodes = 1 + nt + nv + nh;
    nodes.min(2 * (1 + nt + nh)) as i64 + 1
}

/// Counters of the work done (for tuning and the benchmark notes).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Work {
    pub phases: u64,
    pub pushes: u64,
    pub relabels: u64,
    /// Relabels of the hub nodes (root and types), whose relabel scans many arcs.
    pub hub_relabels: u64,
    pub price_updates: u64,
    /// Visitor edge scans (best-edge cache misses).
    pub rescans: u64,
    /// Attempts of the early optimality proof, and the arcs they relaxed.
    pub proofs: u64,
    pub proof_arcs: u64,
}

const NONE: u32 = u32::MAX;

/// A candidate edge as the solver reads it: the host's node number and the score, side by
/// side (one memory access instead of two in the hot loops).
#[derive(Debug, Clone, Copy)]
struct EdgeArc {
    head: u32,
    score: i32,
}

/// Edges per visitor kept by the best-edge cache.
const CACHED: usize = 3;
/// A global price update after this many relabels per node (measured on emi-10k/100k: 1–4
/// are close; fewer updates leave more relabels, more updates cost a graph pass each).
const UPDATE_EVERY_PER_NODE: u64 = 4;

/// Solver state. Node numbering: `0` = root, `1..=T` types, then visitors, then hosts.
#[derive(Debug)]
pub struct QuotaScaling<'m> {
    m: &'m QuotaMarket,
    nt: usize,
    nv: usize,
    /// Cost scale `K`, larger than the length of any simple cycle (see [`scale`]).
    k: i64,
    alpha: i64,
    edge: Vec<EdgeArc>,
    /// Members of each type, compressed rows.
    type_start: Vec<u32>,
    type_members: Vec<u32>,
    /// Edges into each host with their visitors and scores, compressed rows (for the global
    /// price update's backward search, which reads them in host order).
    host_start: Vec<u32>,
    host_edges: Vec<u32>,
    host_edge_visitor: Vec<u32>,
    host_edge_score: Vec<i32>,
    // flows
    type_flow: Vec<i32>,
    visitor_in: Vec<bool>,
    /// The edge carrying each visitor's flow, or `NONE`: a visitor never has a deficit (only
    /// excess is ever pushed into it), so it sends at most one unit.
    mate: Vec<u32>,
    host_flow: Vec<i32>,
    /// `(visitor, score)` of every edge carrying flow into each host, and each matched
    /// visitor's position in its host's list.
    host_in: Vec<Vec<(u32, i32)>>,
    host_slot: Vec<u32>,
    price: Vec<i64>,
    excess: Vec<i64>,
    current: Vec<u32>,
    active: VecDeque<u32>,
    queued: Vec<bool>,
    /// Best-edge cache of each visitor (see [`Self::best_edge`]).
    cache_edges: Vec<[u32; CACHED]>,
    cache_bound: Vec<i64>,
    /// Relabels since the last global price update.
    relabels_since_update: u64,
    update_every: u64,
    /// Distance labels of the global price update (`u64::MAX` = not reached).
    dist: Vec<u64>,
    scanned: Vec<bool>,
    queue: BucketQueue,
    pub work: Work,
}

impl<'m> QuotaScaling<'m> {
    /// Price reduction factor between phases (measured on emi-10k/100k: 6–16 are within noise
    /// of each other, 8 was best).
    pub const DEFAULT_ALPHA: i64 = 8;

    /// A solver at the zero flow. `m` must pass [`QuotaMarket::validate`].
    pub fn new(m: &'m QuotaMarket) -> Self {
        let (nt, nv, nh, ne) = (m.quota.len(), m.visitor_type.len(), m.capacity.len(), m.edge_host.len());
        let n = 1 + nt + nv + nh;
        let mut owner = vec![0u32; ne];
        for v in 0..nv {
            for e in m.edge_start[v]..m.edge_start[v + 1] {
                owner[e as usize] = v as u32;
            }
        }
        let mut type_start = vec![0u32; nt + 1];
        for &t in &m.visitor_type {
            type_start[t as usize + 1] += 1;
        }
        for t in 0..nt {
            type_start[t + 1] += type_start[t];
        }
        let mut fill = type_start[..nt].to_vec();
        let mut type_members = vec![0u32; nv];
        for (v, &t) in m.visitor_type.iter().enumerate() {
            type_members[fill[t as usize] as usize] = v as u32;
            fill[t as usize] += 1;
        }
        let mut host_start = vec![0u32; nh + 1];
        for &h in &m.edge_host {
            host_start[h as usize + 1] += 1;
        }
        for h in 0..nh {
            host_start[h + 1] += host_start[h];
        }
        let mut fill = host_start[..nh].to_vec();
        let mut host_edges = vec![0u32; ne];
        for (e, &h) in m.edge_host.iter().enumerate() {
            host_edges[fill[h as usize] as usize] = e as u32;
            fill[h as usize] += 1;
        }
        let host_edge_visitor = host_edges.iter().map(|&e| owner[e as usize]).collect();
        let host_edge_score = host_edges.iter().map(|&e| m.edge_score[e as usize]).collect();
        let edge =
            (0..ne).map(|e| EdgeArc { head: (1 + nt + nv) as u32 + m.edge_host[e], score: m.edge_score[e] }).collect();
        QuotaScaling {
            m,
            edge,
            host_start,
            host_edges,
            host_edge_visitor,
            host_edge_score,
            relabels_since_update: 0,
            cache_edges: vec![[NONE; CACHED]; nv],
            cache_bound: vec![i64::MAX; nv],
            update_every: UPDATE_EVERY_PER_NODE * n as u64,
            dist: vec![u64::MAX; n],
            scanned: vec![false; n],
            queue: BucketQueue::default(),
            nt,
            nv,
            k: scale(nt, nv, nh),
            alpha: Self::DEFAULT_ALPHA,
            type_start,
            type_members,
            type_flow: vec![0; nt],
            visitor_in: vec![false; nv],
            mate: vec![NONE; nv],
            host_flow: vec![0; nh],
            host_in: vec![Vec::new(); nh],
            host_slot: vec![NONE; nv],
            price: vec![0; n],
            excess: vec![0; n],
            current: vec![0; n],
            active: VecDeque::new(),
            queued: vec![false; n],
            work: Work::default(),
        }
    }

    pub fn with_alpha(mut self, alpha: i64) -> Self {
        self.alpha = alpha.max(2);
        self
    }

    // ------------------------------------------------------------------ node numbering

    #[inline]
    fn tn(&self, t: usize) -> usize {
        1 + t
    }
    #[inline]
    fn vn(&self, v: usize) -> usize {
        1 + self.nt + v
    }
    #[inline]
    fn hn(&self, h: usize) -> usize {
        1 + self.nt + self.nv + h
    }

    /// `p_host + K·score` of edge `e`: the price a visitor must beat to send along it.
    #[inline]
    fn value(&self, e: usize) -> i64 {
        let a = self.edge[e];
        self.price[a.head as usize] + i64::from(a.score) * self.k
    }

    /// Reduced cost of visitor→host along edge `e` (cost −score).
    #[inline]
    fn rc_edge(&self, v: usize, e: usize) -> i64 {
        self.price[self.vn(v)] - self.value(e)
    }

    // ------------------------------------------------------------------ results

    /// The edge each visitor is matched along, if any (after [`Self::run`]).
    pub fn matched_edge(&self, v: usize) -> Option<usize> {
        let r = self.m.edge_start[v] as usize..self.m.edge_start[v + 1] as usize;
        let e = self.mate[v];
        (e != NONE).then_some(e as usize).filter(|e| r.contains(e))
    }

    // ------------------------------------------------------------------ flow changes

    #[inline]
    fn activate(&mut self, x: usize) {
        if self.excess[x] > 0 && !self.queued[x] {
            self.queued[x] = true;
            self.active.push_back(x as u32);
        }
    }

    /// One unit along visitor `v`'s edge `e` (the visitor has no flow on any edge yet).
    fn match_edge(&mut self, v: usize, e: usize) {
        let a = self.edge[e];
        let (vn, hn) = (self.vn(v), a.head as usize);
        let h = hn - 1 - self.nt - self.nv;
        debug_assert_eq!(self.mate[v], NONE);
        self.mate[v] = e as u32;
        self.host_slot[v] = self.host_in[h].len() as u32;
        self.host_in[h].push((v as u32, a.score));
        self.excess[vn] -= 1;
        self.excess[hn] += 1;
    }

    /// Takes visitor `v`'s unit back from host `h` (its mate's host; passed in because the
    /// callers know it, which saves a cold read of the edge).
    fn unmatch(&mut self, v: usize, h: usize) {
        let (vn, hn) = (self.vn(v), self.hn(h));
        debug_assert!(self.mate[v] != NONE && self.m.edge_host[self.mate[v] as usize] as usize == h);
        self.mate[v] = NONE;
        let i = self.host_slot[v] as usize;
        let list = &mut self.host_in[h];
        list.swap_remove(i);
        if let Some(&(moved, _)) = list.get(i) {
            self.host_slot[moved as usize] = i as u32;
        }
        self.host_slot[v] = NONE;
        self.excess[hn] -= 1;
        self.excess[vn] += 1;
    }

    fn set_visitor_in(&mut self, v: usize, on: bool) {
        let t = self.m.visitor_type[v] as usize;
        let (tn, vn) = (self.tn(t), self.vn(v));
        self.visitor_in[v] = on;
        let d = if on { 1 } else { -1 };
        self.excess[tn] -= d;
        self.excess[vn] += d;
    }

    /// Adds `d` (may be negative) to root→type flow.
    fn add_type_flow(&mut self, t: usize, d: i32) {
        let tn = self.tn(t);
        self.type_flow[t] += d;
        self.excess[0] -= i64::from(d);
        self.excess[tn] += i64::from(d);
    }

    /// Adds `d` (may be negative) to host→root flow.
    fn add_host_flow(&mut self, h: usize, d: i32) {
        let hn = self.hn(h);
        self.host_flow[h] += d;
        self.excess[hn] -= i64::from(d);
        self.excess[0] += i64::from(d);
    }

    // ------------------------------------------------------------------ the algorithm

    /// Computes a minimum-cost circulation (maximum-weight matching) from the current flow.
    pub fn run(&mut self) {
        let max_cost = self.m.edge_score.iter().map(|&s| i64::from(s).abs()).max().unwrap_or(0);
        let mut eps = max_cost * self.k;
        while eps > 1 {
            eps = (eps / self.alpha).max(1);
            self.refine(eps);
            let proved = eps <= self.k && self.prove_optimal();
            if proved {
                break;
            }
        }
    }

    /// Makes the circulation ε-optimal: saturate every residual arc of negative reduced cost,
    /// then discharge the excesses.
    fn refine(&mut self, eps: i64) {
        self.work.phases += 1;
        let m = self.m;
        for t in 0..self.nt {
            let rc = self.price[0] - self.price[self.tn(t)];
            if rc < -eps && self.type_flow[t] < m.quota[t] {
                self.add_type_flow(t, m.quota[t] - self.type_flow[t]);
            } else if rc > eps && self.type_flow[t] > 0 {
                self.add_type_flow(t, -self.type_flow[t]);
            }
        }
        for v in 0..self.nv {
            self.refit_visitor(v, eps);
        }
        for h in 0..m.capacity.len() {
            let rc = self.price[self.hn(h)] - self.price[0];
            if rc < -eps && self.host_flow[h] < m.capacity[h] {
                self.add_host_flow(h, m.capacity[h] - self.host_flow[h]);
            } else if rc > eps && self.host_flow[h] > 0 {
                self.add_host_flow(h, -self.host_flow[h]);
            }
        }
        for x in 0..self.price.len() {
            self.current[x] = 0;
            self.activate(x);
        }
        // an update right away pays for itself: the phase starts with many scattered excesses
        self.global_update(eps);
        while let Some(x) = self.active.pop_front() {
            let x = x as usize;
            self.queued[x] = false;
            if self.relabels_since_update > self.update_every() {
                self.global_update(eps);
            }
            if x == 0 {
                self.discharge_root(eps);
            } else if x <= self.nt {
                self.discharge_type(x - 1, eps);
            } else if x <= self.nt + self.nv {
                self.discharge_visitor(x - 1 - self.nt, eps);
            } else {
                self.discharge_host(x - 1 - self.nt - self.nv, eps);
            }
        }
    }

    /// Start of a phase, for one visitor: every arc at a visitor touches it, so moving its price
    /// alone can make all of them ε-optimal unless its best alternative beats the arcs that
    /// bring its flow in by more than 2ε. Only then is flow moved (the in-arcs that stay too
    /// expensive are saturated, leaving the visitor an excess). Compared with saturating every
    /// negative arc (Goldberg's plain refine), this keeps most of the previous phase's matching
    /// and creates few active nodes.
    fn refit_visitor(&mut self, v: usize, eps: i64) {
        let m = self.m;
        let vn = self.vn(v);
        let tn = self.tn(m.visitor_type[v] as usize);
        let (edges, pt) = (m.edge_start[v] as usize..m.edge_start[v + 1] as usize, self.price[tn]);
        // out-arcs need p_v ≥ p_head − cost − ε; in-arcs need p_v ≤ p_tail + cost + ε
        let (mut lo, mut hi) = if self.visitor_in[v] { (pt, i64::MAX) } else { (i64::MIN, pt) };
        let mate = self.mate[v] as usize;
        for e in edges {
            let w = self.value(e);
            if e == mate {
                hi = hi.min(w);
            } else {
                lo = lo.max(w);
            }
        }
        let (lo, hi) = (lo.saturating_sub(eps), hi.saturating_add(eps));
        if lo <= hi {
            self.price[vn] = self.price[vn].clamp(lo, hi);
            return;
        }
        self.price[vn] = lo;
        if self.mate[v] != NONE && self.value(mate) < lo - eps {
            self.unmatch(v, self.edge[mate].head as usize - 1 - self.nt - self.nv);
        }
        if !self.visitor_in[v] && pt < lo - eps {
            self.set_visitor_in(v, true);
        }
    }

    /// Discharges a visitor. Its excess is at most 1, and a visitor with excess has no flow on
    /// any edge, so its residual arcs are all its edges plus the way back to its type. It does
    /// not scan them: the best edge comes from [`Self::best_edge`], and the unit goes along the
    /// best arc, after a relabel if that arc is not admissible yet (CSA's "price-out").
    fn discharge_visitor(&mut self, v: usize, eps: i64) {
        let m = self.m;
        let vn = self.vn(v);
        let tn = self.tn(m.visitor_type[v] as usize);
        while self.excess[vn] > 0 {
            let (mut best, e) = self.best_edge(v);
            let back = self.visitor_in[v] && self.price[tn] > best;
            if back {
                best = self.price[tn];
            }
            if best == i64::MIN {
                debug_assert!(false, "visitor with excess but no residual arc");
                return;
            }
            // the arc to `best` has rc = p_v − best ≥ −ε; relabel unless it is already < 0
            if self.price[vn] >= best {
                self.work.relabels += 1;
                self.relabels_since_update += 1;
                self.price[vn] = best - eps;
            }
            self.work.pushes += 1;
            if back {
                self.set_visitor_in(v, false);
                self.activate(tn);
            } else {
                self.match_edge(v, e);
                let hn = self.edge[e].head as usize;
                // CSA's double push: the host deals with its new unit at once, while its data
                // is in cache (about 10 % faster at 100k than queueing it)
                self.discharge_host(hn - 1 - self.nt - self.nv, eps);
            }
        }
    }

    /// The largest `p_host + K·score` over visitor `v`'s edges, and its edge (`i64::MIN` if
    /// none). Host prices never rise, so these values only fall: the cached best few edges
    /// plus a bound on all the others (their best value when cached) decide the maximum
    /// without a scan unless the cached ones fell below the bound (CSA-Q's k-best caching).
    fn best_edge(&mut self, v: usize) -> (i64, usize) {
        let m = self.m;
        let mut best = i64::MIN;
        let mut at = usize::MAX;
        for &e in &self.cache_edges[v] {
            if e != NONE {
                let e = e as usize;
                let w = self.value(e);
                if w > best || (w == best && e < at) {
                    best = w;
                    at = e;
                }
            }
        }
        if best >= self.cache_bound[v] && at != usize::MAX {
            return (best, at);
        }
        // rescan: keep the CACHED best edges (ties by edge order), bound = the next value
        self.work.rescans += 1;
        let mut top = [(i64::MIN, NONE); CACHED + 1];
        for e in m.edge_start[v] as usize..m.edge_start[v + 1] as usize {
            let w = self.value(e);
            if w > top[CACHED].0 {
                let mut i = CACHED;
                while i > 0 && w > top[i - 1].0 {
                    top[i] = top[i - 1];
                    i -= 1;
                }
                top[i] = (w, e as u32);
            }
        }
        for (slot, &(_, e)) in self.cache_edges[v].iter_mut().zip(&top) {
            *slot = e;
        }
        self.cache_bound[v] = top[CACHED].0;
        (top[0].0, top[0].1 as usize)
    }

    /// Host residual arcs: back along each edge carrying flow into it, and to the root while
    /// below capacity.
    fn discharge_host(&mut self, h: usize, eps: i64) {
        let m = self.m;
        let hn = self.hn(h);
        while self.excess[hn] > 0 {
            let ph = self.price[hn];
            if self.host_flow[h] < m.capacity[h] && ph < self.price[0] {
                self.work.pushes += 1;
                let d = (m.capacity[h] - self.host_flow[h]).min(self.excess[hn].min(i64::from(i32::MAX)) as i32);
                self.add_host_flow(h, d);
                self.activate(0);
            }
            let mut i = 0;
            while self.excess[hn] > 0 && i < self.host_in[h].len() {
                let (v, score) = self.host_in[h][i];
                let (v, vn) = (v as usize, self.vn(v as usize));
                if i64::from(score) * self.k + ph - self.price[vn] < 0 {
                    self.work.pushes += 1;
                    self.unmatch(v, h); // swap_remove: slot i now holds another visitor
                    self.activate(vn);
                } else {
                    i += 1;
                }
            }
            if self.excess[hn] == 0 {
                return;
            }
            self.work.relabels += 1;
            self.relabels_since_update += 1;
            let mut best = if self.host_flow[h] < m.capacity[h] { self.price[0] } else { i64::MIN };
            for &(v, score) in &self.host_in[h] {
                best = best.max(self.price[self.vn(v as usize)] - i64::from(score) * self.k);
            }
            if best == i64::MIN {
                debug_assert!(false, "host with excess but no residual arc");
                return;
            }
            self.price[hn] = best - eps;
        }
    }

    /// Type residual arcs: to each member visitor without in-flow, and back to the root while
    /// it has flow. Current-arc order: members, then the root.
    fn discharge_type(&mut self, t: usize, eps: i64) {
        let tn = self.tn(t);
        let (lo, hi) = (self.type_start[t] as usize, self.type_start[t + 1] as usize);
        let deg = hi - lo;
        while self.excess[tn] > 0 {
            let pt = self.price[tn];
            let mut i = self.current[tn] as usize;
            while i < deg && self.excess[tn] > 0 {
                let v = self.type_members[lo + i] as usize;
                let vn = self.vn(v);
                if !self.visitor_in[v] && pt < self.price[vn] {
                    self.work.pushes += 1;
                    self.set_visitor_in(v, true);
                    self.activate(vn);
                }
                i += 1;
            }
            if self.excess[tn] > 0 && self.type_flow[t] > 0 && pt < self.price[0] {
                self.work.pushes += 1;
                let d = self.excess[tn].min(i64::from(self.type_flow[t])) as i32;
                self.add_type_flow(t, -d);
                self.activate(0);
            }
            if self.excess[tn] == 0 {
                self.current[tn] = i as u32;
                return;
            }
            self.work.relabels += 1;
            self.relabels_since_update += 1;
            self.work.hub_relabels += 1;
            let mut best = if self.type_flow[t] > 0 { self.price[0] } else { i64::MIN };
            for &v in &self.type_members[lo..hi] {
                if !self.visitor_in[v as usize] {
                    best = best.max(self.price[self.vn(v as usize)]);
                }
            }
            if best == i64::MIN {
                debug_assert!(false, "type with excess but no residual arc");
                return;
            }
            self.price[tn] = best - eps;
            self.current[tn] = 0;
        }
    }

    /// Root residual arcs: to each type below quota, and back to each host with flow.
    fn discharge_root(&mut self, eps: i64) {
        let m = self.m;
        let nh = m.capacity.len();
        while self.excess[0] > 0 {
            let pr = self.price[0];
            let mut i = self.current[0] as usize;
            while i < self.nt + nh && self.excess[0] > 0 {
                if i < self.nt {
                    let t = i;
                    if self.type_flow[t] < m.quota[t] && pr < self.price[self.tn(t)] {
                        self.work.pushes += 1;
                        let d = self.excess[0].min(i64::from(m.quota[t] - self.type_flow[t])) as i32;
                        self.add_type_flow(t, d);
                        self.activate(self.tn(t));
                    }
                } else {
                    let h = i - self.nt;
                    if self.host_flow[h] > 0 && pr < self.price[self.hn(h)] {
                        self.work.pushes += 1;
                        let d = self.excess[0].min(i64::from(self.host_flow[h])) as i32;
                        self.add_host_flow(h, -d);
                        self.activate(self.hn(h));
                    }
                }
                if self.excess[0] > 0 {
                    i += 1;
                }
            }
            if self.excess[0] == 0 {
                self.current[0] = i as u32;
                return;
            }
            self.work.relabels += 1;
            self.relabels_since_update += 1;
            self.work.hub_relabels += 1;
            let mut best = i64::MIN;
            for t in 0..self.nt {
                if self.type_flow[t] < m.quota[t] {
                    best = best.max(self.price[self.tn(t)]);
                }
            }
            for h in 0..nh {
                if self.host_flow[h] > 0 {
                    best = best.max(self.price[self.hn(h)]);
                }
            }
            if best == i64::MIN {
                debug_assert!(false, "root with excess but no residual arc");
                return;
            }
            self.price[0] = best - eps;
            self.current[0] = 0;
        }
    }
}

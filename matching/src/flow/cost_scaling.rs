//! Exact minimum-cost circulation by cost scaling with push-relabel (Goldberg & Tarjan; the
//! method of CS2 and OR-Tools' `SimpleMinCostFlow`), on a [`Network`].
//!
//! Why this method: the batch max-weight problem is one big circulation with small integer
//! costs (scores ≤ 1000), so only a handful of scaling phases are needed, and each phase does
//! local work (pushes and relabels) instead of the long shortest-path searches that made the
//! incremental engine slow once the type quotas bind.
//!
//! Exactness: costs are multiplied by `K = nodes + 1`. A circulation that is ε-optimal for the
//! scaled costs with ε = 1 is (1/K)-optimal for the original ones, and since every cycle has
//! fewer than K arcs, (1/K)-optimal integer circulations are optimal. Everything is `i64`.
//!
//! Conventions: `rc(x→y) = K·cost + price[x] − price[y]`; an arc is admissible if it has residual
//! capacity and `rc < 0`; ε-optimal means every residual arc has `rc ≥ −ε`. Prices only fall.

use std::collections::VecDeque;

use super::network::Network;

/// Counters of the work done (for tuning and the benchmark notes).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Work {
    pub phases: u64,
    pub pushes: u64,
    pub relabels: u64,
    pub scanned: u64,
    pub price_updates: u64,
}

/// Cost-scaling state over a network whose residual capacities hold the current flow.
#[derive(Debug)]
pub struct CostScaling<'n> {
    net: &'n mut Network,
    scale: i64,
    alpha: i64,
    excess: Vec<i64>,
    price: Vec<i64>,
    current: Vec<u32>,
    active: VecDeque<u32>,
    queued: Vec<bool>,
    pub work: Work,
}

impl<'n> CostScaling<'n> {
    /// Price reduction factor between phases.
    pub const DEFAULT_ALPHA: i64 = 8;

    pub fn new(net: &'n mut Network) -> Self {
        let n = net.node_count();
        CostScaling {
            scale: n as i64 + 1,
            alpha: Self::DEFAULT_ALPHA,
            excess: vec![0; n],
            price: vec![0; n],
            current: net.first[..n].to_vec(),
            active: VecDeque::new(),
            queued: vec![false; n],
            work: Work::default(),
            net,
        }
    }

    pub fn with_alpha(mut self, alpha: i64) -> Self {
        self.alpha = alpha.max(2);
        self
    }

    /// Turns the current (feasible) circulation into a minimum-cost one.
    pub fn run(&mut self) {
        let mut eps = self.net.max_abs_cost() * self.scale;
        while eps > 1 {
            eps = (eps / self.alpha).max(1);
            self.refine(eps);
        }
    }

    #[inline]
    fn rc(&self, x: usize, a: usize) -> i64 {
        i64::from(self.net.cost[a]) * self.scale + self.price[x] - self.price[self.net.head[a] as usize]
    }

    /// Makes the circulation ε-optimal: saturate every arc of negative reduced cost (giving a
    /// 0-optimal pseudoflow), then discharge the excesses.
    fn refine(&mut self, eps: i64) {
        self.work.phases += 1;
        let n = self.net.node_count();
        for x in 0..n {
            for a in self.net.arcs(x) {
                let c = self.net.cap[a];
                if c > 0 && self.rc(x, a) < 0 {
                    let y = self.net.head[a] as usize;
                    let r = self.net.rev[a] as usize;
                    self.net.cap[a] = 0;
                    self.net.cap[r] += c;
                    self.excess[x] -= i64::from(c);
                    self.excess[y] += i64::from(c);
                }
            }
        }
        for x in 0..n {
            self.current[x] = self.net.first[x];
            if self.excess[x] > 0 {
                self.queued[x] = true;
                self.active.push_back(x as u32);
            }
        }
        while let Some(x) = self.active.pop_front() {
            let x = x as usize;
            self.queued[x] = false;
            self.discharge(x, eps);
        }
    }

    fn discharge(&mut self, x: usize, eps: i64) {
        while self.excess[x] > 0 {
            let end = self.net.first[x + 1] as usize;
            let mut a = self.current[x] as usize;
            while a < end {
                let cap = self.net.cap[a];
                if cap > 0 && self.rc(x, a) < 0 {
                    self.work.pushes += 1;
                    let y = self.net.head[a] as usize;
                    let delta = i64::from(cap).min(self.excess[x]);
                    let r = self.net.rev[a] as usize;
                    self.net.cap[a] -= delta as i32;
                    self.net.cap[r] += delta as i32;
                    self.excess[x] -= delta;
                    self.excess[y] += delta;
                    if self.excess[y] > 0 && !self.queued[y] {
                        self.queued[y] = true;
                        self.active.push_back(y as u32);
                    }
                    if self.excess[x] == 0 {
                        break;
                    }
                }
                a += 1;
            }
            self.work.scanned += (a - self.current[x] as usize) as u64;
            if self.excess[x] > 0 {
                self.relabel(x, eps);
            } else {
                self.current[x] = a as u32;
            }
        }
    }

    fn relabel(&mut self, x: usize, eps: i64) {
        self.work.relabels += 1;
        let mut best = i64::MIN;
        for a in self.net.arcs(x) {
            if self.net.cap[a] > 0 {
                let y = self.net.head[a] as usize;
                best = best.max(self.price[y] - i64::from(self.net.cost[a]) * self.scale);
            }
        }
        // a node with excess always has a residual arc back along the way its flow came
        if best != i64::MIN {
            self.price[x] = best - eps;
        }
        self.current[x] = self.net.first[x];
    }

    /// Final prices (for certificates).
    pub fn prices(&self) -> &[i64] {
        &self.price
    }

    /// Checks that the circulation is feasible and 1-optimal for the scaled costs (hence
    /// optimal). O(arcs); for tests.
    pub fn certify(&self) -> Result<(), String> {
        for x in 0..self.net.node_count() {
            if self.excess[x] != 0 {
                return Err(format!("node {x} has excess {}", self.excess[x]));
            }
            for a in self.net.arcs(x) {
                if self.net.cap[a] > 0 && self.rc(x, a) < -1 {
                    return Err(format!("arc {a} from {x} has reduced cost {}", self.rc(x, a)));
                }
            }
        }
        Ok(())
    }
}

//! Optimality proofs for [`QuotaScaling`]: the early-termination test run after late phases,
//! and the certificate check used by the tests.

use std::collections::VecDeque;

use super::QuotaScaling;

impl QuotaScaling<'_> {
    /// Early termination. Once ε < K, the phases left mostly prove optimality (on the
    /// benchmark the matching stops changing about four phases before ε = 1). This tries to
    /// prove it now: with integer potentials `π = ⌈p/K⌉` every residual arc has an integer
    /// reduced cost ≥ −1, and a label-correcting shortest-path pass (FIFO Bellman-Ford, all
    /// labels starting at 0) either settles, giving potentials with every reduced cost ≥ 0,
    /// which proves the circulation optimal, or runs out of its work budget (a negative cycle,
    /// or just a hard case), and then scaling simply goes on. On success the prices become
    /// `K·(π + d)`, so [`Self::certify`] checks the proof.
    pub(super) fn prove_optimal(&mut self) -> bool {
        self.work.proofs += 1;
        let n = self.price.len();
        let k = self.k;
        let pi: Vec<i64> = self.price.iter().map(|&p| -((-p).div_euclid(k))).collect();
        let mut d = vec![0i64; n];
        let mut queued = vec![true; n];
        let mut queue: VecDeque<u32> = (0..n as u32).collect();
        // a successful proof relaxes about one pass of arcs on the benchmark; allow two
        let budget = 2 * (self.m.edge_host.len() + n) as u64;
        let mut spent = 0u64;
        while let Some(x) = queue.pop_front() {
            let x = x as usize;
            queued[x] = false;
            let base = d[x] + pi[x];
            spent += self.for_each_residual(x, |y, cost| {
                let nd = base + cost - pi[y];
                if nd < d[y] {
                    d[y] = nd;
                    if !queued[y] {
                        queued[y] = true;
                        queue.push_back(y as u32);
                    }
                }
            });
            if spent > budget {
                self.work.proof_arcs += spent;
                return false;
            }
        }
        self.work.proof_arcs += spent;
        for x in 0..n {
            self.price[x] = k * (pi[x] + d[x]);
        }
        true
    }

    /// Calls `f(head, unscaled cost)` for every residual arc out of node `x`; returns how many.
    pub(super) fn for_each_residual(&self, x: usize, mut f: impl FnMut(usize, i64)) -> u64 {
        let m = self.m;
        let mut count = 0u64;
        let mut arc = |y: usize, c: i64| {
            count += 1;
            f(y, c)
        };
        if x == 0 {
            for t in 0..self.nt {
                if self.type_flow[t] < m.quota[t] {
                    arc(self.tn(t), 0);
                }
            }
            for h in 0..m.capacity.len() {
                if self.host_flow[h] > 0 {
                    arc(self.hn(h), 0);
                }
            }
        } else if x <= self.nt {
            let t = x - 1;
            for &v in &self.type_members[self.type_start[t] as usize..self.type_start[t + 1] as usize] {
                if !self.visitor_in[v as usize] {
                    arc(self.vn(v as usize), 0);
                }
            }
            if self.type_flow[t] > 0 {
                arc(0, 0);
            }
        } else if x <= self.nt + self.nv {
            let v = x - 1 - self.nt;
            for e in m.edge_start[v] as usize..m.edge_start[v + 1] as usize {
                if self.mate[v] != e as u32 {
                    arc(self.hn(m.edge_host[e] as usize), -i64::from(m.edge_score[e]));
                }
            }
            if self.visitor_in[v] {
                arc(self.tn(m.visitor_type[v] as usize), 0);
            }
        } else {
            let h = x - 1 - self.nt - self.nv;
            for &(v, score) in &self.host_in[h] {
                arc(self.vn(v as usize), i64::from(score));
            }
            if self.host_flow[h] < m.capacity[h] {
                arc(0, 0);
            }
        }
        count
    }

    // ------------------------------------------------------------------ certificate

    /// Checks flow conservation, capacities, and that every residual arc has reduced cost
    /// ≥ −1 on the scaled costs (which proves optimality). O(size); for tests.
    pub fn certify(&self) -> Result<(), String> {
        let m = self.m;
        if let Some(x) = self.excess.iter().position(|&x| x != 0) {
            return Err(format!("node {x} has excess {}", self.excess[x]));
        }
        let ok = |rc: i64, what: &str| if rc >= -1 { Ok(()) } else { Err(format!("{what}: reduced cost {rc}")) };
        for t in 0..self.nt {
            let rc = self.price[0] - self.price[self.tn(t)];
            if self.type_flow[t] < m.quota[t] {
                ok(rc, "root→type")?;
            }
            if self.type_flow[t] > 0 {
                ok(-rc, "type→root")?;
            }
            if self.type_flow[t] > m.quota[t] {
                return Err(format!("type {t} over quota"));
            }
        }
        for v in 0..self.nv {
            let rc = self.price[self.tn(m.visitor_type[v] as usize)] - self.price[self.vn(v)];
            ok(if self.visitor_in[v] { -rc } else { rc }, "type↔visitor")?;
            for e in m.edge_start[v] as usize..m.edge_start[v + 1] as usize {
                let rc = self.rc_edge(v, e);
                ok(if self.mate[v] == e as u32 { -rc } else { rc }, "visitor↔host")?;
            }
        }
        for h in 0..m.capacity.len() {
            let rc = self.price[self.hn(h)] - self.price[0];
            if self.host_flow[h] < m.capacity[h] {
                ok(rc, "host→root")?;
            }
            if self.host_flow[h] > 0 {
                ok(-rc, "root→host")?;
            }
            if self.host_flow[h] > m.capacity[h] || self.host_in[h].len() as i32 != self.host_flow[h] {
                return Err(format!("host {h} flow inconsistent"));
            }
        }
        Ok(())
    }
}

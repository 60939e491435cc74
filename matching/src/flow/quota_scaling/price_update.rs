//! Goldberg's global price update for [`QuotaScaling`], on the specialised network.

use super::{NONE, QuotaScaling};

impl QuotaScaling<'_> {
    /// How many relabels may pass between two global price updates.
    pub(super) fn update_every(&self) -> u64 {
        self.update_every
    }

    /// Goldberg's global price update: a backward Dijkstra from the deficit nodes over the
    /// residual arcs with lengths `⌊rc/ε⌋ + 1` (≥ 0 under ε-optimality), then every node's
    /// price drops by ε·distance (unreached ones by the last distance). ε-optimality is kept and
    /// every excess gets an admissible path to a deficit, which replaces long sequences of
    /// small relabels ("price wars") by one O(arcs) pass.
    pub(super) fn global_update(&mut self, eps: i64) {
        self.work.price_updates += 1;
        self.relabels_since_update = 0;
        let n = self.price.len();
        let mut remaining = 0usize;
        self.queue.clear();
        for x in 0..n {
            self.dist[x] = u64::MAX;
            self.scanned[x] = false;
            if self.excess[x] < 0 {
                self.dist[x] = 0;
                self.queue.push(0, x as u32);
            } else if self.excess[x] > 0 {
                remaining += 1;
            }
        }
        let mut reach = 0u64;
        while remaining > 0 {
            let Some((d, y)) = self.queue.pop() else { break };
            let y = y as usize;
            if self.scanned[y] || d > self.dist[y] {
                continue;
            }
            self.scanned[y] = true;
            reach = d;
            if self.excess[y] > 0 {
                remaining -= 1;
                if remaining == 0 {
                    break;
                }
            }
            self.relax_into(y, d, eps);
        }
        if remaining > 0 {
            // cannot happen for a feasible circulation; keep prices as they are
            return;
        }
        for x in 0..n {
            let d = if self.scanned[x] { self.dist[x] } else { reach };
            self.price[x] -= eps * d as i64;
            self.current[x] = 0;
        }
    }

    /// Relaxes every residual arc `x → y` into the scanned node `y` at distance `d`.
    pub(super) fn relax_into(&mut self, y: usize, d: u64, eps: i64) {
        let m = self.m;
        let py = self.price[y];
        let relax = |this: &mut Self, x: usize, rc: i64| {
            // rc ≥ −ε, so the length is ≥ 0
            let len = (rc.div_euclid(eps) + 1).max(0) as u64;
            let nd = d + len;
            if !this.scanned[x] && nd < this.dist[x] {
                this.dist[x] = nd;
                this.queue.push(nd, x as u32);
            }
        };
        if y == 0 {
            // type→root (type has flow), host→root (host below capacity)
            for t in 0..self.nt {
                if self.type_flow[t] > 0 {
                    let x = self.tn(t);
                    relax(self, x, self.price[x] - py);
                }
            }
            for h in 0..m.capacity.len() {
                if self.host_flow[h] < m.capacity[h] {
                    let x = self.hn(h);
                    relax(self, x, self.price[x] - py);
                }
            }
        } else if y <= self.nt {
            let t = y - 1;
            if self.type_flow[t] < m.quota[t] {
                relax(self, 0, self.price[0] - py);
            }
            for i in self.type_start[t] as usize..self.type_start[t + 1] as usize {
                let v = self.type_members[i] as usize;
                if self.visitor_in[v] {
                    let x = self.vn(v);
                    relax(self, x, self.price[x] - py);
                }
            }
        } else if y <= self.nt + self.nv {
            let v = y - 1 - self.nt;
            let tn = self.tn(m.visitor_type[v] as usize);
            if !self.visitor_in[v] {
                relax(self, tn, self.price[tn] - py);
            }
            if self.mate[v] != NONE {
                // host→visitor, cost +score
                let e = self.mate[v] as usize;
                relax(self, self.edge[e].head as usize, self.value(e) - py);
            }
        } else {
            let h = y - 1 - self.nt - self.nv;
            if self.host_flow[h] > 0 {
                relax(self, 0, self.price[0] - py);
            }
            for i in self.host_start[h] as usize..self.host_start[h + 1] as usize {
                let (v, score) = (self.host_edge_visitor[i] as usize, self.host_edge_score[i]);
                if self.mate[v] != self.host_edges[i] {
                    let x = self.vn(v);
                    relax(self, x, self.price[x] - i64::from(score) * self.k - py);
                }
            }
        }
    }
}

//! The optimality certificate of the engine's state, for tests and debugging.

use super::{FlowEngine, Kind, MATCHED, NONE, PRIMARY, UNFILLED};

impl FlowEngine {
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
            if self.in_hub[vn as usize] != self.hub_slots(vn) {
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
            if load > self.capacity[h] || self.in_hub[hn as usize] != self.hub_slots(hn) {
                return Err(format!("host {h} over capacity or hub membership wrong"));
            }
            if (load < self.capacity[h] && pot(hn) - pot(0) < 0) || (load > 0 && pot(0) - pot(hn) < 0) {
                return Err(format!("root<->host {h} reduced cost negative"));
            }
        }
        // the hub sets hold exactly the nodes filed in them, under their current potentials
        let sets = [(&self.loaded, PRIMARY, None), (&self.unfilled, UNFILLED, None)]
            .into_iter()
            .chain(self.unmatched.iter().enumerate().map(|(t, s)| (s, PRIMARY, Some(t))))
            .chain(self.matched.iter().enumerate().map(|(t, s)| (s, MATCHED, Some(t))));
        let mut filed = 0usize;
        for (set, slot, t) in sets {
            for (p, x) in set.members() {
                filed += 1;
                let kind_ok = match (self.kind(x), t) {
                    (Kind::Host(_), None) => true,
                    (Kind::Visitor(v), Some(t)) => self.visitor_type[v] as usize == t,
                    _ => false,
                };
                if !kind_ok || self.in_hub[x as usize] & slot == 0 || self.pot[x as usize] != p {
                    return Err(format!("node {x} filed wrongly in a hub set"));
                }
            }
        }
        if filed != self.in_hub.iter().map(|&s| s.count_ones() as usize).sum::<usize>() {
            return Err("a node marked as filed is missing from its hub set".into());
        }
        let total: i64 = (0..self.mate.len()).filter_map(|v| self.edge_of(v)).map(|e| self.edge_score[e] as i64).sum();
        if total != self.objective {
            return Err("objective out of date".into());
        }
        Ok(())
    }
}

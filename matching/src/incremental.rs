//! A programme's max-weight matching kept exact across changes, for a server that holds one per
//! cohort and answers every change without solving again. Visitors are added, withdrawn, locked
//! to the host they are matched with, or released from a lock; the [`FlowEngine`] absorbs each
//! change with one bounded search at most, and its potentials stay a certificate of optimality
//! ([`Incremental::certify`]).
//!
//! The answer is always the optimum of the instance as it now stands, the one a cold solve of
//! [`Incremental::current_instance`] finds (the tests compare the two after random changes).
//! Only the visitors change here: a change to the hosts, the rules or the quotas is a new
//! programme, solved cold with [`Incremental::cold`].
//!
//! Visitor indices only grow. A visitor whose application changed (or whose forbidden hosts
//! did) is withdrawn and added again under a new index, so its candidate edges are exactly
//! those a cold build would give it (the best `top_k` hosts it may still go to).

use crate::candidates;
use crate::error::MatchError;
use crate::flow::FlowEngine;
use crate::market::Market;
use crate::maxweight;
use crate::model::{Instance, Visitor};
use crate::reasons::{self, Unmatched};
use crate::score;

#[derive(Debug, Clone)]
pub struct Incremental {
    /// Every visitor ever added, the withdrawn ones included (they keep their index).
    instance: Instance,
    market: Market,
    engine: FlowEngine,
    /// Whether each visitor of `instance` still takes part (in the market or locked).
    active: Vec<bool>,
}

impl Incremental {
    /// Solves `instance` from scratch; every visitor takes part.
    pub fn cold(instance: Instance) -> Result<Self, MatchError> {
        let graph = candidates::build(&instance);
        let market = Market::new(&instance, graph)?;
        // The batch solver finds the optimum fastest; the engine, which must hold it with its
        // potentials, then takes the visitors that optimum matches first, in its order.
        let batch = crate::maxweight_batch::solve(&market);
        let mut order: Vec<usize> =
            batch.assignments.iter().map(|&(v, _)| v as usize).filter(|&v| market.locked[v].is_none()).collect();
        let mut first = vec![false; market.visitor_count()];
        for &v in &order {
            first[v] = true;
        }
        order.extend(maxweight::arrival_order(&market).into_iter().filter(|&v| !first[v]));
        let mut engine = maxweight::empty_engine(&market);
        for v in order {
            engine.arrive(v);
        }
        let active = vec![true; instance.visitors.len()];
        Ok(Incremental { instance, market, engine, active })
    }

    /// Adds a visitor that may not go to `forbidden_hosts`; returns its index.
    pub fn add(&mut self, visitor: Visitor, forbidden_hosts: &[u32]) -> Result<u32, MatchError> {
        let t = visitor.participant_type;
        if usize::from(t) >= self.market.type_count {
            return Err(MatchError::Invalid(format!("participant type {t} out of range")));
        }
        if let Some(h) = forbidden_hosts.iter().find(|&&h| h as usize >= self.instance.hosts.len()) {
            return Err(MatchError::Invalid(format!("forbidden pair names unknown host {h}")));
        }
        let v =
            u32::try_from(self.instance.visitors.len()).map_err(|_| MatchError::Invalid("too many visitors".into()))?;
        let mut forbidden = forbidden_hosts.to_vec();
        forbidden.sort_unstable();
        forbidden.dedup();
        let mut edges = Vec::new();
        candidates::feasible_hosts(&self.instance.rules, &visitor, &self.instance.hosts, &forbidden, &mut edges);
        candidates::keep_top_k(&mut edges, self.instance.rules.top_k);
        self.instance.forbidden.extend(forbidden.iter().map(|&h| (v, h)));
        self.instance.visitors.push(visitor);
        self.active.push(true);
        self.market.graph.push_visitor(edges.iter().copied());
        self.market.visitor_type.push(t);
        self.market.locked.push(None);
        let scored: Vec<(u32, i32)> = edges.iter().map(|&(h, s)| (h, s.score)).collect();
        let index = self.engine.push_visitor(t, &scored);
        debug_assert_eq!(index, v as usize);
        self.engine.arrive(index);
        Ok(v)
    }

    /// Takes visitor `v` out of the programme (its application was withdrawn or changed). A
    /// locked visitor gives its host place and quota unit back first.
    pub fn withdraw(&mut self, v: u32) -> Result<(), MatchError> {
        let vi = self.check(v)?;
        if self.market.locked[vi].is_some() {
            self.release(vi);
        } else {
            self.engine.withdraw(vi);
        }
        self.active[vi] = false;
        Ok(())
    }

    /// Locks visitor `v` to host `h`, which it must be matched with now; returns `false`
    /// (and changes nothing) otherwise, for the caller to solve the new programme cold.
    pub fn lock(&mut self, v: u32, h: u32) -> Result<bool, MatchError> {
        let vi = self.check(v)?;
        if self.engine.host_of(vi) != Some(h) {
            return Ok(false);
        }
        let Some((host, t)) = self.engine.pin(vi) else { return Ok(false) };
        let hi = host as usize;
        self.market.locked[vi] = Some(host);
        self.market.residual_capacity[hi] -= 1;
        self.market.residual_quota[t] -= 1;
        self.market.locked_score += self.pair_score(vi, hi);
        self.instance.locks.push((v, host));
        Ok(true)
    }

    /// Releases visitor `v` from its lock and lets it take part again, under a new index (which
    /// is returned) so that it gets its candidate edges afresh.
    pub fn unlock(&mut self, v: u32) -> Result<u32, MatchError> {
        let vi = self.check(v)?;
        if self.market.locked[vi].is_none() {
            return Err(MatchError::Invalid(format!("visitor {v} is not locked")));
        }
        self.release(vi);
        self.active[vi] = false;
        let visitor = self.instance.visitors[vi].clone();
        let forbidden = self.forbidden_of(v);
        self.add(visitor, &forbidden)
    }

    /// The hosts visitor `v` may never go to.
    pub fn forbidden_of(&self, v: u32) -> Vec<u32> {
        self.instance.forbidden.iter().filter(|&&(fv, _)| fv == v).map(|&(_, h)| h).collect()
    }

    /// Every `(visitor, host)` pair of the optimum, locked pairs included, by visitor.
    pub fn assignments(&self) -> Vec<(u32, u32)> {
        maxweight::solution_of(&self.market, &self.engine).assignments
    }

    /// Total score of the optimum, locked pairs included.
    pub fn objective(&self) -> i64 {
        self.engine.objective() + self.market.locked_score
    }

    /// Why each unmatched visitor that takes part is unmatched, given the optimum's
    /// [`assignments`](Self::assignments) (which the caller has already read).
    pub fn unmatched(&self, assignments: &[(u32, u32)]) -> Vec<(u32, Unmatched)> {
        let mut why = reasons::explain(&self.instance, &self.market, assignments);
        why.retain(|&(v, _)| self.active[v as usize]);
        why
    }

    /// Every visitor ever added, by index (see [`Self::is_active`]), and the hosts and rules.
    pub fn instance(&self) -> &Instance {
        &self.instance
    }

    pub fn is_active(&self, v: u32) -> bool {
        self.active.get(v as usize).copied().unwrap_or(false)
    }

    pub fn is_locked(&self, v: u32) -> bool {
        self.lock_of(v).is_some()
    }

    /// The host visitor `v` is locked to.
    pub fn lock_of(&self, v: u32) -> Option<u32> {
        self.market.locked.get(v as usize).copied().flatten()
    }

    /// The instance as it now stands: the active visitors only (renumbered in index order),
    /// with their locks and forbidden pairs. A cold solve of it has this optimum.
    pub fn current_instance(&self) -> Instance {
        let mut new_index = vec![u32::MAX; self.active.len()];
        let mut inst =
            Instance { visitors: Vec::new(), locks: Vec::new(), forbidden: Vec::new(), ..self.instance.clone() };
        for (v, visitor) in self.instance.visitors.iter().enumerate() {
            if self.active[v] {
                new_index[v] = inst.visitors.len() as u32;
                inst.visitors.push(visitor.clone());
            }
        }
        let renumber = |pairs: &[(u32, u32)]| -> Vec<(u32, u32)> {
            let mut out: Vec<(u32, u32)> = pairs
                .iter()
                .filter(|&&(v, _)| new_index[v as usize] != u32::MAX)
                .map(|&(v, h)| (new_index[v as usize], h))
                .collect();
            out.sort_unstable();
            out
        };
        inst.locks = renumber(&self.instance.locks);
        inst.forbidden = renumber(&self.instance.forbidden);
        inst
    }

    /// Checks the engine's optimality certificate (linear in the size; for tests and debugging).
    pub fn certify(&self) -> Result<(), String> {
        self.engine.certify()
    }

    fn check(&self, v: u32) -> Result<usize, MatchError> {
        match self.active.get(v as usize) {
            Some(true) => Ok(v as usize),
            _ => Err(MatchError::Invalid(format!("visitor {v} does not take part"))),
        }
    }

    fn release(&mut self, vi: usize) {
        let Some(host) = self.market.locked[vi].take() else { return };
        let (hi, t) = (host as usize, usize::from(self.market.visitor_type[vi]));
        self.market.residual_capacity[hi] += 1;
        self.market.residual_quota[t] += 1;
        self.market.locked_score -= self.pair_score(vi, hi);
        let v = vi as u32;
        self.instance.locks.retain(|&(lv, _)| lv != v);
        self.engine.release(hi, t);
    }

    fn pair_score(&self, vi: usize, hi: usize) -> i64 {
        i64::from(score::pair_score(&self.instance.rules, &self.instance.visitors[vi], &self.instance.hosts[hi]).score)
    }
}

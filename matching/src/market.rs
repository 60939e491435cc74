//! The residual market (SCHEMA.md section 5): what is left to match once the organiser's locks
//! are applied.

use crate::candidates::CandidateGraph;
use crate::error::MatchError;
use crate::model::{Instance, TypeId};
use crate::score;

/// The problem both solvers work on: candidate edges of unlocked visitors, residual host
/// capacities and residual type quotas.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Market {
    pub graph: CandidateGraph,
    pub visitor_type: Vec<TypeId>,
    pub type_count: usize,
    /// Host capacity minus the locks on it.
    pub residual_capacity: Vec<u32>,
    /// Type quota minus the locked visitors of that type.
    pub residual_quota: Vec<u32>,
    /// The host each locked visitor is locked to.
    pub locked: Vec<Option<u32>>,
    /// Sum of the locked pairs' scores: a constant added to every objective.
    pub locked_score: i64,
}

impl Market {
    /// Applies the locks of `inst` to its candidate graph. Forbidden pairs are dropped from the
    /// graph even if an external edge file listed them.
    pub fn new(inst: &Instance, mut graph: CandidateGraph) -> Result<Market, MatchError> {
        let (nv, nh) = (inst.visitors.len(), inst.hosts.len());
        if graph.visitor_count() != nv {
            return Err(MatchError::Invalid(format!(
                "candidate graph has {} visitors, instance has {nv}",
                graph.visitor_count()
            )));
        }
        if let Some(&h) = graph.host.iter().find(|&&h| h as usize >= nh) {
            return Err(MatchError::Invalid(format!("candidate edge to unknown host {h}")));
        }
        if inst.quotas.len() != inst.participant_types.len() {
            return Err(MatchError::Invalid("one quota per participant type is required".into()));
        }
        let mut residual_capacity: Vec<u32> = inst.hosts.iter().map(|h| h.capacity).collect();
        let mut residual_quota = inst.quotas.clone();
        let visitor_type: Vec<TypeId> = inst.visitors.iter().map(|v| v.participant_type).collect();
        let mut locked = vec![None; nv];
        let mut locked_score = 0i64;
        for &(v, h) in &inst.locks {
            let (vi, hi) = (v as usize, h as usize);
            if vi >= nv || hi >= nh {
                return Err(MatchError::Invalid(format!("lock ({v}, {h}) names an unknown visitor or host")));
            }
            if locked[vi].replace(h).is_some() {
                return Err(MatchError::Invalid(format!("visitor {v} is locked twice")));
            }
            let t = visitor_type[vi] as usize;
            let cap = &mut residual_capacity[hi];
            let quota = residual_quota
                .get_mut(t)
                .ok_or_else(|| MatchError::Invalid(format!("visitor {v} has an unknown participant type")))?;
            if *cap == 0 || *quota == 0 {
                return Err(MatchError::Invalid(format!("locks exceed the capacity of host {h} or a type quota")));
            }
            *cap -= 1;
            *quota -= 1;
            locked_score += i64::from(score::pair_score(&inst.rules, &inst.visitors[vi], &inst.hosts[hi]).score);
        }
        if let Some(t) = visitor_type.iter().find(|&&t| t as usize >= residual_quota.len()) {
            return Err(MatchError::Invalid(format!("participant type {t} out of range")));
        }
        // locked visitors and forbidden pairs never carry market edges
        let forbidden = crate::candidates::forbidden_by_visitor(inst);
        let needs_filter = (0..nv).any(|v| {
            let r = graph.edges_of(v);
            !r.is_empty()
                && (locked[v].is_some() || graph.host[r].iter().any(|h| forbidden[v].binary_search(h).is_ok()))
        });
        if needs_filter {
            let old = std::mem::replace(&mut graph, CandidateGraph::empty());
            for (v, forb) in forbidden.iter().enumerate() {
                let keep =
                    old.edges_of(v).filter(|&e| locked[v].is_none() && forb.binary_search(&old.host[e]).is_err());
                graph.push_visitor(
                    keep.map(|e| (old.host[e], score::PairScore { score: old.score[e], pv: old.pv[e], ph: old.ph[e] })),
                );
            }
        }
        Ok(Market {
            graph,
            visitor_type,
            type_count: inst.participant_types.len(),
            residual_capacity,
            residual_quota,
            locked,
            locked_score,
        })
    }

    pub fn visitor_count(&self) -> usize {
        self.visitor_type.len()
    }

    pub fn host_count(&self) -> usize {
        self.residual_capacity.len()
    }

    /// Visitors that take part in the market (not locked), in index order.
    pub fn market_visitors(&self) -> impl Iterator<Item = usize> + '_ {
        (0..self.visitor_count()).filter(|&v| self.locked[v].is_none())
    }
}

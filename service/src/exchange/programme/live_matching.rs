//! A best-total cohort's matching kept by the incremental engine between changes: the next
//! programme read from the database is compared with what the engine holds, and the
//! difference (applications added, withdrawn or changed, pairs forbidden, locked or released)
//! is absorbed visitor by visitor. What it cannot absorb (a changed offer, quota or rule, a lock
//! on a pair the engine does not hold) makes a new programme, solved cold.

use super::Programme;
use crate::error::ServiceError;
use matching::incremental::Incremental;
use matching::model::Visitor;
use model::exchange::Board;
use std::collections::HashMap;
use uuid::Uuid;

pub(super) struct LiveMatching {
    matching: Incremental,
    /// The application entry of each engine visitor, by engine index (withdrawn ones too).
    entry_of: Vec<Uuid>,
    /// The engine index of each application that takes part.
    index_of: HashMap<Uuid, u32>,
    /// The offer entry of each host, by index.
    hosts: Vec<Uuid>,
}

/// What one application should be in the engine: its features, the hosts it may not go to
/// (sorted) and the host it is locked to.
#[derive(PartialEq)]
struct Wanted<'p> {
    visitor: &'p Visitor,
    forbidden: Vec<u32>,
    lock: Option<u32>,
}

fn matching_error(e: matching::error::MatchError) -> ServiceError {
    ServiceError::Internal(format!("matching: {e}"))
}

impl LiveMatching {
    /// Solves `programme` from scratch.
    pub fn cold(programme: &Programme) -> Result<Self, ServiceError> {
        let matching = Incremental::cold(programme.instance.clone()).map_err(matching_error)?;
        let entry_of: Vec<Uuid> = programme.visitors.iter().map(|(side, _)| side.entry).collect();
        let index_of = entry_of.iter().enumerate().map(|(i, &e)| (e, i as u32)).collect();
        let hosts = programme.hosts.iter().map(|side| side.entry).collect();
        Ok(Self { matching, entry_of, index_of, hosts })
    }

    /// The same matching moved on to `next`, or `None` when `next` must be solved cold.
    pub fn absorb(mut self, next: &Programme) -> Result<Option<Self>, ServiceError> {
        let now = self.matching.instance();
        let same_market = now.hosts == next.instance.hosts
            && now.rules == next.instance.rules
            && now.quotas == next.instance.quotas
            && self.hosts.iter().eq(next.hosts.iter().map(|side| &side.entry));
        if !same_market {
            return Ok(None);
        }
        let wanted = wanted(next);
        // Pins first: a pair is locked (a proposal was published) while the engine holds it.
        for (entry, want) in &wanted {
            let Some(&v) = self.index_of.get(entry) else { continue };
            let now = self.current(v);
            let newly_locked = now.visitor == want.visitor && now.forbidden == want.forbidden && now.lock.is_none();
            if let (true, Some(h)) = (newly_locked, want.lock)
                && !self.matching.lock(v, h).map_err(matching_error)?
            {
                return Ok(None);
            }
        }
        // Applications that left.
        let gone: Vec<Uuid> = self.index_of.keys().filter(|e| !wanted.contains_key(*e)).copied().collect();
        for entry in gone {
            let v = self.index_of.remove(&entry).unwrap_or(u32::MAX);
            self.matching.withdraw(v).map_err(matching_error)?;
        }
        // Applications that changed, were released from a lock or arrived, in programme order.
        for (side, _) in &next.visitors {
            let want = &wanted[&side.entry];
            let v = match self.index_of.get(&side.entry) {
                Some(&v) if self.current(v) == *want => continue,
                Some(&v) => {
                    let now = self.current(v);
                    if now.visitor == want.visitor && now.forbidden == want.forbidden && want.lock.is_none() {
                        self.matching.unlock(v).map_err(matching_error)?
                    } else if now.lock.is_some() && want.lock.is_some() {
                        return Ok(None); // locked elsewhere: rare, and not one step
                    } else {
                        self.matching.withdraw(v).map_err(matching_error)?;
                        self.add(want)?
                    }
                }
                None => self.add(want)?,
            };
            if let Some(h) = want.lock
                && !self.matching.lock(v, h).map_err(matching_error)?
            {
                return Ok(None);
            }
            self.entry_of.resize(self.matching.instance().visitors.len(), Uuid::nil());
            self.entry_of[v as usize] = side.entry;
            self.index_of.insert(side.entry, v);
        }
        debug_assert!(self.matching.certify().is_ok(), "{:?}", self.matching.certify());
        Ok(Some(self))
    }

    /// The board of `programme`, which must be the one last absorbed.
    pub fn board(&self, programme: &Programme) -> Board {
        let position: HashMap<Uuid, u32> =
            programme.visitors.iter().enumerate().map(|(i, (side, _))| (side.entry, i as u32)).collect();
        let at = |v: u32| position.get(&self.entry_of[v as usize]).copied();
        let optimum = self.matching.assignments();
        let mut unmatched: Vec<_> =
            self.matching.unmatched(&optimum).into_iter().filter_map(|(v, why)| Some((at(v)?, why))).collect();
        let assignments: Vec<(u32, u32)> = optimum.into_iter().filter_map(|(v, h)| Some((at(v)?, h))).collect();
        unmatched.sort_by_key(|(v, _)| *v);
        programme.describe(&assignments, &unmatched)
    }

    fn current(&self, v: u32) -> Wanted<'_> {
        let mut forbidden = self.matching.forbidden_of(v);
        forbidden.sort_unstable();
        forbidden.dedup();
        Wanted { visitor: &self.matching.instance().visitors[v as usize], forbidden, lock: self.matching.lock_of(v) }
    }

    fn add(&mut self, want: &Wanted) -> Result<u32, ServiceError> {
        self.matching.add(want.visitor.clone(), &want.forbidden).map_err(matching_error)
    }
}

/// Each application of `programme` as the engine should hold it.
fn wanted(programme: &Programme) -> HashMap<Uuid, Wanted<'_>> {
    let inst = &programme.instance;
    let mut out: HashMap<Uuid, Wanted> = programme
        .visitors
        .iter()
        .zip(&inst.visitors)
        .map(|((side, _), visitor)| (side.entry, Wanted { visitor, forbidden: Vec::new(), lock: None }))
        .collect();
    let entry = |v: u32| programme.visitors[v as usize].0.entry;
    for &(v, h) in &inst.forbidden {
        if let Some(w) = out.get_mut(&entry(v)) {
            w.forbidden.push(h);
        }
    }
    for &(v, h) in &inst.locks {
        if let Some(w) = out.get_mut(&entry(v)) {
            w.lock = Some(h);
        }
    }
    for w in out.values_mut() {
        w.forbidden.sort_unstable();
        w.forbidden.dedup();
    }
    out
}

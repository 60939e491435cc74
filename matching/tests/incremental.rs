//! The owned incremental matching against cold solves: after every random change (a visitor
//! added, withdrawn, changed, its pair locked or released, a pair forbidden) the optimum it
//! holds is certified by its potentials, obeys every rule, and equals the optimum that the
//! batch solver finds for the programme as it now stands.

mod common;

use common::random_instance::{instance, visitor};
use matching::candidates;
use matching::incremental::Incremental;
use matching::market::Market;
use matching::maxweight_batch;
use matching::model::{Instance, Visitor};
use proptest::prelude::*;

#[derive(Debug, Clone)]
enum Change {
    Add(Visitor),
    Withdraw(usize),
    /// Lock the visitor's current pair, if it has one.
    LockCurrent(usize),
    Unlock(usize),
    /// Forbid the visitor's current pair (it is withdrawn and added again without it).
    Decline(usize),
}

fn change() -> impl Strategy<Value = Change> {
    prop_oneof![
        2 => visitor(12).prop_map(Change::Add),
        1 => any::<usize>().prop_map(Change::Withdraw),
        2 => any::<usize>().prop_map(Change::LockCurrent),
        1 => any::<usize>().prop_map(Change::Unlock),
        1 => any::<usize>().prop_map(Change::Decline),
    ]
}

/// The cold optimum of `inst`, by the batch solver (an independent algorithm).
fn cold_objective(inst: &Instance) -> i64 {
    let market = Market::new(inst, candidates::build(inst)).expect("valid instance");
    let sol = maxweight_batch::solve(&market);
    sol.market_objective + market.locked_score
}

/// Only instances whose locks hold (Market::new refuses the others, as the service never makes
/// them: it admits locks within capacities and quotas).
fn valid(inst: &Instance) -> bool {
    Market::new(inst, candidates::build(inst)).is_ok()
}

fn active(live: &Incremental) -> Vec<u32> {
    (0..live.instance().visitors.len() as u32).filter(|&v| live.is_active(v)).collect()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 200, ..ProptestConfig::default() })]

    #[test]
    fn every_change_keeps_the_cold_optimum(
        inst in instance().prop_filter("locks within capacities", valid),
        changes in proptest::collection::vec(change(), 1..25),
    ) {
        let mut live = Incremental::cold(inst).expect("cold solve");
        prop_assert_eq!(live.objective(), cold_objective(&live.current_instance()));
        for change in changes {
            let ids = active(&live);
            let pick = |i: usize| (!ids.is_empty()).then(|| ids[i % ids.len()]);
            match change {
                Change::Add(v) => { live.add(v, &[]).expect("add"); }
                Change::Withdraw(i) => if let Some(v) = pick(i) { live.withdraw(v).expect("withdraw") },
                Change::LockCurrent(i) => if let Some(v) = pick(i) {
                    let host = live.assignments().iter().find(|p| p.0 == v).map(|p| p.1);
                    match host {
                        Some(h) if !live.is_locked(v) => prop_assert!(live.lock(v, h).expect("lock")),
                        Some(h) => prop_assert!(!live.lock(v, h).expect("a locked visitor is not matched in the market")),
                        None => prop_assert!(!live.lock(v, 0).expect("lock of an unmatched visitor")),
                    }
                },
                Change::Unlock(i) => if let Some(v) = pick(i) {
                    if live.is_locked(v) { live.unlock(v).expect("unlock"); } else { prop_assert!(live.unlock(v).is_err()); }
                },
                Change::Decline(i) => if let Some(v) = pick(i) {
                    let host = live.assignments().iter().find(|p| p.0 == v).map(|p| p.1);
                    if let (Some(h), false) = (host, live.is_locked(v)) {
                        let mut forbidden = live.forbidden_of(v);
                        forbidden.push(h);
                        let visitor = live.instance().visitors[v as usize].clone();
                        live.withdraw(v).expect("withdraw");
                        let again = live.add(visitor, &forbidden).expect("add again");
                        prop_assert!(live.assignments().iter().all(|p| *p != (again, h)), "a declined pair is never made");
                    }
                },
            }
            live.certify().map_err(TestCaseError::fail)?;
            let now = live.current_instance();
            prop_assert_eq!(live.objective(), cold_objective(&now));
            let pairs = live.assignments();
            prop_assert!(pairs.iter().all(|&(v, _)| live.is_active(v)), "only visitors that take part are matched");
            let unmatched = live.unmatched(&pairs);
            prop_assert_eq!(pairs.len() + unmatched.len(), active(&live).len(), "every visitor is matched or explained");
        }
    }
}

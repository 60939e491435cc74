//! The pruned candidate search against the plain definition of SCHEMA.md section 4, written
//! out here pair by pair with no shared code but the model types, on random small instances
//! built to hit its edge cases: score ties, forbidden pairs, locks, zero-capacity hosts,
//! several windows per host, more than 64 hosts (several words and segments), many topics per
//! visitor (wide counters), both language rules, and unusual weights.

mod common;

use common::random_instance::instance;
use matching::candidates;
use matching::model::{DayRange, Host, Instance, Rules, Visitor, Weights};
use proptest::prelude::*;

/// `1000 * |hit| // |of|`, 0 for an empty `of`.
fn cover(hit: u64, of: u64) -> i64 {
    if of == 0 { 0 } else { 1000 * i64::from(hit.count_ones()) / i64::from(of.count_ones()) }
}

/// The candidate list of one visitor, straight from the definition: `(host, score, pv, ph)`.
fn reference(inst: &Instance, vi: usize) -> Vec<(u32, i32, i32, i32)> {
    let r = &inst.rules;
    let v = &inst.visitors[vi];
    if inst.locks.iter().any(|&(lv, _)| lv as usize == vi) {
        return Vec::new();
    }
    let mut out = Vec::new();
    for (j, h) in inst.hosts.iter().enumerate() {
        let a = cover(v.needs & h.offers, v.needs);
        let b = cover(h.interests & v.offers, h.interests);
        let c = if v.value_chains & h.value_chains != 0 { 1000 } else { 0 };
        let l = if v.languages & h.languages != 0 { 1000 } else { 0 };
        let weigh = |w: &Weights| {
            ((w.need_coverage * a + w.interest_coverage * b + w.value_chain * c + w.language * l) as f64 / 100.0)
                .floor() as i64
        };
        let fits = h.windows.iter().any(|w| v.window.end.min(w.end) - v.window.start.max(w.start) + 1 >= v.stay_days);
        let feasible = (!r.require_different_country || v.country != h.country)
            && fits
            && (!r.require_common_language || l > 0)
            && !inst.forbidden.contains(&(vi as u32, j as u32))
            && weigh(&r.score_weights) >= r.min_score;
        if feasible {
            out.push((
                j as u32,
                weigh(&r.score_weights) as i32,
                weigh(&r.visitor_pref_weights) as i32,
                weigh(&r.host_pref_weights) as i32,
            ));
        }
    }
    out.sort_by_key(|&(h, s, _, _)| (std::cmp::Reverse(s), h));
    out.truncate(r.top_k);
    out
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]

    #[test]
    fn pruned_search_equals_the_definition(inst in instance()) {
        let g = candidates::build(&inst);
        prop_assert_eq!(g.visitor_count(), inst.visitors.len());
        for v in 0..inst.visitors.len() {
            let got: Vec<_> = g.edges_of(v).map(|e| (g.host[e], g.score[e], g.pv[e], g.ph[e])).collect();
            prop_assert_eq!(got, reference(&inst, v), "visitor {}", v);
        }
    }
}

/// Many visitors with identical features: the bar guess learns from them, and every later
/// visitor must still get the full list (ties at the `k`-th score broken by host index).
#[test]
fn identical_visitors_and_tied_hosts() {
    let v = Visitor {
        country: 0,
        participant_type: 0,
        value_chains: 1,
        needs: 0b111,
        offers: 0b11,
        languages: 1,
        window: DayRange { start: 0, end: 30 },
        stay_days: 3,
    };
    let h = |i: u32| Host {
        country: 1,
        value_chains: 1,
        offers: if i.is_multiple_of(3) { 0b111 } else { 0b011 },
        interests: 0b1,
        languages: 1,
        capacity: i % 2,
        windows: vec![DayRange { start: (i % 5) as i32 * 8, end: (i % 5) as i32 * 8 + 4 }],
    };
    let mut visitors = vec![v.clone(); 300];
    // a late visitor whose hosts all score below what the others reached
    visitors.push(Visitor { needs: 0b1000, ..v });
    let inst = Instance {
        name: "ties".into(),
        participant_types: vec!["a".into()],
        rules: Rules { top_k: 7, ..Rules::default() },
        quotas: vec![10],
        locks: vec![(5, 0)],
        forbidden: vec![(7, 0), (7, 3)],
        visitors,
        hosts: (0..200).map(h).collect(),
    };
    let g = candidates::build(&inst);
    for vi in 0..inst.visitors.len() {
        let got: Vec<_> = g.edges_of(vi).map(|e| (g.host[e], g.score[e], g.pv[e], g.ph[e])).collect();
        assert_eq!(got, reference(&inst, vi), "visitor {vi}");
    }
}

//! Whole-instance properties: scoring, candidate generation, locks, forbidden pairs, reasons.

use matching::candidates::{self, keep_top_k};
use matching::market::Market;
use matching::model::{DayRange, Host, Instance, Rules, Visitor};
use matching::reasons::{self, Unmatched};
use matching::score::{self, Exclusion};
use matching::{maxweight, maxweight_batch, stable};
use proptest::prelude::*;

fn visitor() -> impl Strategy<Value = Visitor> {
    (0u16..3, 0u8..2, 1u64..4, 1u64..256, 1u64..256, 1u64..4, 0i32..20, 0i32..15, 1i32..5).prop_map(
        |(country, t, vc, needs, offers, languages, start, len, stay)| Visitor {
            country,
            participant_type: t,
            value_chains: vc,
            needs,
            offers,
            languages,
            window: DayRange { start, end: start + len },
            stay_days: stay,
        },
    )
}

fn host() -> impl Strategy<Value = Host> {
    (0u16..3, 1u64..4, 1u64..256, 1u64..256, 1u64..4, 0u32..3, 0i32..20, 0i32..20).prop_map(
        |(country, vc, offers, interests, languages, capacity, start, len)| Host {
            country,
            value_chains: vc,
            offers,
            interests,
            languages,
            capacity,
            windows: vec![DayRange { start, end: start + len }],
        },
    )
}

fn instance() -> impl Strategy<Value = Instance> {
    (
        proptest::collection::vec(visitor(), 1..7),
        proptest::collection::vec(host(), 1..5),
        0i64..400,
        1usize..4,
        proptest::collection::vec((0u32..7, 0u32..5), 0..4),
    )
        .prop_map(|(visitors, hosts, min_score, top_k, forbidden)| {
            let (nv, nh) = (visitors.len() as u32, hosts.len() as u32);
            let forbidden = forbidden.into_iter().map(|(v, h)| (v % nv, h % nh)).collect();
            let mut inst = Instance {
                name: "prop".into(),
                participant_types: vec!["a".into(), "b".into()],
                rules: Rules { min_score, top_k, ..Rules::default() },
                quotas: vec![3, 2],
                locks: vec![],
                forbidden,
                visitors,
                hosts,
            };
            // lock visitor 0 to its best candidate if there is room
            let g = candidates::build(&inst);
            if let Some(e) = g.edges_of(0).next() {
                let h = g.host[e];
                if inst.hosts[h as usize].capacity > 0 {
                    inst.locks.push((0, h));
                }
            }
            inst
        })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 128, ..ProptestConfig::default() })]

    /// The fast candidate builder equals the definition: all feasible hosts, top k by
    /// (score desc, host asc), none for locked visitors, no forbidden pair.
    #[test]
    fn candidates_follow_the_definition(inst in instance()) {
        let g = candidates::build(&inst);
        let forbidden = candidates::forbidden_by_visitor(&inst);
        for (v, vis) in inst.visitors.iter().enumerate() {
            let mut expect = Vec::new();
            if !inst.locks.iter().any(|l| l.0 as usize == v) {
                candidates::feasible_hosts(&inst.rules, vis, &inst.hosts, &forbidden[v], &mut expect);
                keep_top_k(&mut expect, inst.rules.top_k);
            }
            let got: Vec<_> = g.edges_of(v).map(|e| (g.host[e], g.score[e], g.pv[e], g.ph[e])).collect();
            let want: Vec<_> = expect.iter().map(|(h, s)| (*h, s.score, s.pv, s.ph)).collect();
            prop_assert_eq!(got, want);
        }
    }

    /// Solutions keep the locks, avoid forbidden pairs, and every unmatched visitor gets a
    /// reason consistent with the solution.
    #[test]
    fn locks_forbidden_and_reasons(inst in instance()) {
        let market = Market::new(&inst, candidates::build(&inst)).map_err(|e| TestCaseError::fail(e.to_string()))?;
        let (_, sol) = maxweight::solve(&market);
        let batch = maxweight_batch::solve(&market);
        prop_assert_eq!(batch.objective, sol.objective);
        for sol in [sol.assignments.clone(), batch.assignments.clone(), stable::solve(&market)] {
            for l in &inst.locks {
                prop_assert!(sol.contains(l));
            }
            for f in &inst.forbidden {
                prop_assert!(!sol.contains(f));
            }
            for (v, why) in reasons::explain(&inst, &market, &sol) {
                prop_assert!(!sol.iter().any(|p| p.0 == v));
                if let Unmatched::NoFeasibleHost { counts, .. } = &why {
                    prop_assert_eq!(counts.iter().map(|c| c.1).sum::<usize>(), inst.hosts.len());
                }
            }
        }
    }
}

#[test]
fn score_components_use_floor_division() {
    let v = Visitor {
        country: 0,
        participant_type: 0,
        value_chains: 0b1,
        needs: 0b111,
        offers: 0b11,
        languages: 0b1,
        window: DayRange { start: 0, end: 9 },
        stay_days: 3,
    };
    let h = Host {
        country: 1,
        value_chains: 0b10,
        offers: 0b1,
        interests: 0b111,
        languages: 0b1,
        capacity: 1,
        windows: vec![DayRange { start: 7, end: 20 }],
    };
    // A = 1000*1//3 = 333, B = 1000*2//3 = 666, C = 0, L = 1000
    let s = score::pair_score(&Rules::default(), &v, &h);
    assert_eq!(
        (s.score, s.pv, s.ph),
        ((45 * 333 + 25 * 666 + 10 * 1000) / 100, (70 * 333 + 10 * 1000) / 100, (70 * 666 + 10 * 1000) / 100)
    );
    assert!(score::dates_fit(&v, &h)); // days 7..=9 hold a 3-day stay
    let r = score::reasons(&v, &h);
    assert_eq!((r.needs_met, r.interests_met, r.shared_languages, r.overlap_days), (0b1, 0b11, 0b1, 3));
    let same_country = Host { country: 0, ..h };
    assert_eq!(score::static_exclusion(&Rules::default(), &v, &same_country), Some(Exclusion::SameCountry));
}

#[test]
fn bad_instance_json_names_the_problem() {
    let err = matching::bench_format::parse_instance(b"{\"format\": 1}", "x.json").unwrap_err().to_string();
    assert!(err.starts_with("x.json:"), "{err}");
}

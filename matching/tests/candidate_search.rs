//! The pruned candidate search against the plain definition of SCHEMA.md section 4, written
//! out here pair by pair with no shared code but the model types, on random small instances
//! built to hit its edge cases: score ties, forbidden pairs, locks, zero-capacity hosts,
//! several windows per host, more than 64 hosts (several words and segments), many topics per
//! visitor (wide counters), both language rules, and unusual weights.

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

/// Small id sets over `universe` ids (sometimes empty, sometimes more than 7 members).
fn set(universe: u32, max_len: usize) -> impl Strategy<Value = u64> {
    proptest::collection::vec(0..universe, 0..=max_len).prop_map(|ids| ids.into_iter().fold(0u64, |s, i| s | 1 << i))
}

fn windows() -> impl Strategy<Value = Vec<DayRange>> {
    proptest::collection::vec((0i32..40, 0i32..12), 0..=4).prop_map(|ws| {
        let mut out: Vec<DayRange> = Vec::new();
        for (start, len) in ws {
            let start = out.last().map_or(start, |w| w.end + 2 + start % 5);
            out.push(DayRange { start, end: start + len });
        }
        out
    })
}

fn visitor(topics: u32) -> impl Strategy<Value = Visitor> {
    (0u16..4, 0u8..2, set(4, 2), set(topics, 10), set(topics, 9), set(5, 3), 0i32..40, -1i32..25, 0i32..6).prop_map(
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

fn host(topics: u32) -> impl Strategy<Value = Host> {
    (0u16..4, set(4, 2), set(topics, 8), set(topics, 6), set(5, 3), 0u32..3, windows()).prop_map(
        |(country, vc, offers, interests, languages, capacity, windows)| Host {
            country,
            value_chains: vc,
            offers,
            interests,
            languages,
            capacity,
            windows,
        },
    )
}

fn weights() -> impl Strategy<Value = Weights> {
    prop_oneof![
        3 => Just(Rules::default().score_weights),
        1 => (0i64..60, 0i64..60, 0i64..60, 0i64..60).prop_map(|(n, i, c, l)| Weights {
            need_coverage: n,
            interest_coverage: i,
            value_chain: c,
            language: l,
        }),
    ]
}

/// Visitors: either all random, or many copies of a few random templates with a few odd ones
/// between them, so that the bar guess learns from the copies and is wrong for the others.
fn visitors(topics: u32) -> impl Strategy<Value = Vec<Visitor>> {
    prop_oneof![
        proptest::collection::vec(visitor(topics), 1..12),
        (
            proptest::collection::vec(visitor(topics), 1..4),
            proptest::collection::vec(visitor(topics), 1..4),
            proptest::collection::vec(0usize..100, 20..80),
        )
            .prop_map(|(templates, odd, picks)| {
                picks
                    .into_iter()
                    .map(|p| if p < 85 { templates[p % templates.len()].clone() } else { odd[p % odd.len()].clone() })
                    .collect()
            }),
    ]
}

fn instance() -> impl Strategy<Value = Instance> {
    (prop_oneof![Just(6u32), Just(12), Just(64)], prop_oneof![1usize..8, 60usize..150])
        .prop_flat_map(|(topics, nh)| {
            (
                visitors(topics),
                proptest::collection::vec(host(topics), nh),
                (0i64..700, 0usize..12, any::<bool>(), any::<bool>(), weights()),
                proptest::collection::vec((0u32..64, 0u32..256), 0..30),
                proptest::collection::vec(0u32..64, 0..3),
            )
        })
        .prop_map(|(visitors, hosts, (min_score, top_k, common_language, different_country, w), forbidden, locked)| {
            let (nv, nh) = (visitors.len() as u32, hosts.len() as u32);
            Instance {
                name: "prop".into(),
                participant_types: vec!["a".into(), "b".into()],
                rules: Rules {
                    min_score,
                    top_k,
                    require_common_language: common_language,
                    require_different_country: different_country,
                    score_weights: w,
                    ..Rules::default()
                },
                quotas: vec![3, 2],
                locks: locked.into_iter().map(|v| (v % nv, v % nh)).collect(),
                forbidden: forbidden.into_iter().map(|(v, h)| (v % nv, h % nh)).collect(),
                visitors,
                hosts,
            }
        })
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

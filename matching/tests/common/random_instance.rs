//! Random instances for the property tests: small id sets, windows, visitors and hosts,
//! sometimes many copies of a few templates (the hard case for pruned searches and ties).

use matching::model::{DayRange, Host, Instance, Rules, Visitor, Weights};
use proptest::prelude::*;

/// Small id sets over `universe` ids (sometimes empty, sometimes more than 7 members).
pub fn set(universe: u32, max_len: usize) -> impl Strategy<Value = u64> {
    proptest::collection::vec(0..universe, 0..=max_len).prop_map(|ids| ids.into_iter().fold(0u64, |s, i| s | 1 << i))
}

pub fn windows() -> impl Strategy<Value = Vec<DayRange>> {
    proptest::collection::vec((0i32..40, 0i32..12), 0..=4).prop_map(|ws| {
        let mut out: Vec<DayRange> = Vec::new();
        for (start, len) in ws {
            let start = out.last().map_or(start, |w| w.end + 2 + start % 5);
            out.push(DayRange { start, end: start + len });
        }
        out
    })
}

pub fn visitor(topics: u32) -> impl Strategy<Value = Visitor> {
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

pub fn host(topics: u32) -> impl Strategy<Value = Host> {
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

pub fn weights() -> impl Strategy<Value = Weights> {
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
pub fn visitors(topics: u32) -> impl Strategy<Value = Vec<Visitor>> {
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

pub fn instance() -> impl Strategy<Value = Instance> {
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

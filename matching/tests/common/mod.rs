//! Random small markets and slow, obviously-correct reference solvers for the property tests.

#![allow(dead_code)]

pub mod random_instance;

use matching::candidates::CandidateGraph;
use matching::market::Market;
use matching::score::PairScore;
use proptest::prelude::*;

/// A market without locks, built straight from random edges (small scores so that ties, the
/// hard case for exactness and determinism, are frequent).
pub fn market_strategy() -> impl Strategy<Value = Market> {
    (1usize..=7, 1usize..=4, 1usize..=3).prop_flat_map(|(nv, nh, nt)| {
        (
            proptest::collection::vec(0..nt as u8, nv),
            proptest::collection::vec(0u32..=2, nh),
            proptest::collection::vec(0u32..=3, nt),
            proptest::collection::vec(
                proptest::collection::vec((any::<bool>(), 0i32..=12, 0i32..=3, 0i32..=3), nh),
                nv,
            ),
        )
            .prop_map(move |(types, cap, quota, rows)| {
                let mut g = CandidateGraph::empty();
                for row in rows {
                    let mut es: Vec<(u32, PairScore)> = row
                        .iter()
                        .enumerate()
                        .filter(|(_, r)| r.0)
                        .map(|(h, &(_, score, pv, ph))| (h as u32, PairScore { score, pv, ph }))
                        .collect();
                    es.sort_by_key(|(h, s)| (std::cmp::Reverse(s.score), *h));
                    g.push_visitor(es);
                }
                Market {
                    graph: g,
                    visitor_type: types,
                    type_count: nt,
                    residual_capacity: cap,
                    residual_quota: quota,
                    locked: vec![None; nv],
                    locked_score: 0,
                }
            })
    })
}

/// A larger market (too large for [`brute_force`]) with benchmark-like scores (300..=1000 in
/// steps of 25, so ties are common), capacities 0..=3 and quotas that usually bind; compared
/// against the incremental engine, which the small cases check against exhaustive search.
pub fn larger_market_strategy() -> impl Strategy<Value = Market> {
    (20usize..=60, 4usize..=15, 1usize..=4).prop_flat_map(|(nv, nh, nt)| {
        (
            proptest::collection::vec(0..nt as u8, nv),
            proptest::collection::vec(0u32..=3, nh),
            proptest::collection::vec(0u32..=(nv as u32 / 2), nt),
            proptest::collection::vec(proptest::collection::vec((0..nh as u32, 12i32..=40), 0..=6), nv),
        )
            .prop_map(move |(types, cap, quota, rows)| {
                let mut g = CandidateGraph::empty();
                for row in rows {
                    let mut es: Vec<(u32, PairScore)> = Vec::new();
                    for (h, s) in row {
                        if !es.iter().any(|e| e.0 == h) {
                            es.push((h, PairScore { score: s * 25, pv: 0, ph: 0 }));
                        }
                    }
                    es.sort_by_key(|(h, s)| (std::cmp::Reverse(s.score), *h));
                    g.push_visitor(es);
                }
                Market {
                    graph: g,
                    visitor_type: types,
                    type_count: nt,
                    residual_capacity: cap,
                    residual_quota: quota,
                    locked: vec![None; nv],
                    locked_score: 0,
                }
            })
    })
}

/// Exhaustive maximum over all assignments of the present visitors (`alive` edges only).
pub fn brute_force(m: &Market, present: &[bool], alive: &[bool]) -> i64 {
    fn go(m: &Market, v: usize, present: &[bool], alive: &[bool], cap: &mut [u32], quota: &mut [u32]) -> i64 {
        if v == m.visitor_count() {
            return 0;
        }
        let mut best = go(m, v + 1, present, alive, cap, quota);
        let t = m.visitor_type[v] as usize;
        if present[v] && m.locked[v].is_none() && quota[t] > 0 {
            for e in m.graph.edges_of(v) {
                let h = m.graph.host[e] as usize;
                if alive[e] && cap[h] > 0 {
                    cap[h] -= 1;
                    quota[t] -= 1;
                    best = best.max(i64::from(m.graph.score[e]) + go(m, v + 1, present, alive, cap, quota));
                    cap[h] += 1;
                    quota[t] += 1;
                }
            }
        }
        best
    }
    go(m, 0, present, alive, &mut m.residual_capacity.clone(), &mut m.residual_quota.clone())
}

/// Checks every rule on a market solution (locked pairs excluded). Returns its score.
pub fn check_valid(m: &Market, pairs: &[(u32, u32)], alive: &[bool], quotas: bool) -> Result<i64, String> {
    let mut seen = vec![false; m.visitor_count()];
    let mut load = vec![0u32; m.host_count()];
    let mut per_type = vec![0u32; m.type_count];
    let mut total = 0i64;
    for &(v, h) in pairs {
        let v = v as usize;
        if let Some(lh) = m.locked[v] {
            if lh != h {
                return Err(format!("locked visitor {v} moved"));
            }
            continue;
        }
        if std::mem::replace(&mut seen[v], true) {
            return Err(format!("visitor {v} twice"));
        }
        let e = m
            .graph
            .edges_of(v)
            .find(|&e| m.graph.host[e] == h && alive[e])
            .ok_or(format!("({v},{h}) not a candidate"))?;
        total += i64::from(m.graph.score[e]);
        load[h as usize] += 1;
        per_type[m.visitor_type[v] as usize] += 1;
    }
    for (v, l) in m.locked.iter().enumerate() {
        if let Some(h) = l
            && !pairs.contains(&(v as u32, *h))
        {
            return Err(format!("lock ({v},{h}) missing"));
        }
    }
    if (0..m.host_count()).any(|h| load[h] > m.residual_capacity[h]) {
        return Err("host over capacity".into());
    }
    if quotas && (0..m.type_count).any(|t| per_type[t] > m.residual_quota[t]) {
        return Err("quota exceeded".into());
    }
    Ok(total)
}

/// Round-based deferred acceptance, written as plainly as possible: every free visitor proposes
/// to its next host, every host keeps its best `capacity` proposers.
pub fn naive_da(m: &Market) -> Vec<(u32, u32)> {
    let g = &m.graph;
    let pref = |v: usize| {
        let mut es: Vec<usize> = g.edges_of(v).filter(|&e| m.residual_capacity[g.host[e] as usize] > 0).collect();
        es.sort_by(|&a, &b| {
            (g.pv[b], g.score[b], std::cmp::Reverse(g.host[b])).cmp(&(
                g.pv[a],
                g.score[a],
                std::cmp::Reverse(g.host[a]),
            ))
        });
        es
    };
    let prefs: Vec<Vec<usize>> = (0..m.visitor_count()).map(pref).collect();
    let mut next = vec![0usize; m.visitor_count()];
    let mut held: Vec<Vec<(usize, usize)>> = vec![Vec::new(); m.host_count()]; // (visitor, edge)
    loop {
        let mut proposals: Vec<Vec<(usize, usize)>> = vec![Vec::new(); m.host_count()];
        let holding: Vec<bool> =
            (0..m.visitor_count()).map(|v| held.iter().any(|l| l.iter().any(|x| x.0 == v))).collect();
        let mut any = false;
        for v in 0..m.visitor_count() {
            if !holding[v] && next[v] < prefs[v].len() {
                let e = prefs[v][next[v]];
                next[v] += 1;
                proposals[g.host[e] as usize].push((v, e));
                any = true;
            }
        }
        if !any {
            break;
        }
        for h in 0..m.host_count() {
            let mut all = held[h].clone();
            all.extend(proposals[h].iter().copied());
            all.sort_by(|&(va, ea), &(vb, eb)| {
                (g.ph[eb], g.score[eb], std::cmp::Reverse(vb)).cmp(&(g.ph[ea], g.score[ea], std::cmp::Reverse(va)))
            });
            all.truncate(m.residual_capacity[h] as usize);
            held[h] = all;
        }
    }
    let mut out: Vec<(u32, u32)> =
        held.iter().enumerate().flat_map(|(h, l)| l.iter().map(move |&(v, _)| (v as u32, h as u32))).collect();
    out.sort_unstable();
    out
}

/// Number of blocking pairs of a stable-mode solution (SCHEMA.md section 7, classic).
pub fn blocking_pairs(m: &Market, pairs: &[(u32, u32)]) -> usize {
    let g = &m.graph;
    let mut mate_edge = vec![None; m.visitor_count()];
    for &(v, h) in pairs {
        mate_edge[v as usize] = g.edges_of(v as usize).find(|&e| g.host[e] == h);
    }
    let vkey = |e: usize| (g.pv[e], g.score[e], std::cmp::Reverse(g.host[e]));
    let hkey = |v: usize, e: usize| (g.ph[e], g.score[e], std::cmp::Reverse(v));
    let mut count = 0;
    for v in 0..m.visitor_count() {
        for e in g.edges_of(v) {
            let h = g.host[e] as usize;
            if mate_edge[v] == Some(e) || m.residual_capacity[h] == 0 {
                continue;
            }
            let v_wants = mate_edge[v].is_none_or(|me| vkey(e) > vkey(me));
            let held: Vec<(usize, usize)> = (0..m.visitor_count())
                .filter_map(|w| mate_edge[w].filter(|&we| g.host[we] as usize == h).map(|we| (w, we)))
                .collect();
            let h_wants =
                (held.len() as u32) < m.residual_capacity[h] || held.iter().any(|&(w, we)| hkey(v, e) > hkey(w, we));
            if v_wants && h_wants {
                count += 1;
            }
        }
    }
    count
}

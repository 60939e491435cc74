//! Turning "score ≥ bar" into bit-mask terms over the counts of one segment.

use crate::host_index::{HostIndex, Segment};
use crate::model::{IdSet, Rules, Visitor, Weights};

/// Weighted score parts that do not depend on the visitor, so that scoring a pair needs no
/// division by a run-time value.
pub(super) struct ScoreParts {
    pub(super) weights: Weights,
    /// `cover[of * 65 + hit]` = coverage of `hit` of `of` items (SCHEMA.md: `1000 * hit // of`).
    pub(super) cover: Vec<i64>,
    /// `interest[of * 65 + hit]` = interest weight × `cover[of * 65 + hit]`.
    pub(super) interest: Vec<i64>,
    /// Weighted value-chain and language parts of a shared chain / language.
    pub(super) chain: i64,
    pub(super) language: i64,
}

impl ScoreParts {
    pub(super) fn new(rules: &Rules) -> Self {
        let w = rules.score_weights;
        let mut cover = vec![0i64; 65 * 65];
        for of in 0..65u32 {
            for hit in 0..=of {
                cover[of as usize * 65 + hit as usize] = coverage(hit, of);
            }
        }
        let interest = cover.iter().map(|c| w.interest_coverage * c).collect();
        ScoreParts { weights: w, cover, interest, chain: w.value_chain * 1000, language: w.language * 1000 }
    }
}

/// What one visitor brings to the search, digested once.
pub(super) struct Query<'a> {
    pub(super) v: &'a Visitor,
    pub(super) parts: &'a ScoreParts,
    /// Needed topics that some host may offer (ids below the index's topic stride).
    pub(super) need_topics: Vec<usize>,
    /// Offered topics that some host may want.
    pub(super) offer_topics: Vec<usize>,
    pub(super) languages: Vec<usize>,
    pub(super) chains: Vec<usize>,
    /// `need_part[a]` = need weight × coverage of `a` needs met.
    pub(super) need_part: Vec<i64>,
}

fn coverage(hit: u32, of: u32) -> i64 {
    if of == 0 { 0 } else { 1000 * i64::from(hit) / i64::from(of) }
}

fn ids_below(set: IdSet, rows: usize) -> Vec<usize> {
    (0..rows.min(64)).filter(|&i| set >> i & 1 == 1).collect()
}

impl<'a> Query<'a> {
    pub(super) fn new(v: &'a Visitor, parts: &'a ScoreParts, ix: &HostIndex) -> Self {
        let need_topics = ids_below(v.needs, ix.topic_rows);
        let n = v.needs.count_ones();
        Query {
            v,
            parts,
            need_part: (0..=need_topics.len() as u32).map(|a| parts.weights.need_coverage * coverage(a, n)).collect(),
            need_topics,
            offer_topics: ids_below(v.offers, ix.topic_rows),
            languages: ids_below(v.languages, ix.language_rows),
            chains: ids_below(v.value_chains, ix.chain_rows),
        }
    }

    /// Most needs any host can meet.
    pub(super) fn max_a(&self) -> u32 {
        self.need_topics.len() as u32
    }

    /// Score of a host with `a` needs met and `b` of its `interests` met (same formula as
    /// [`score::combine`]).
    #[inline]
    pub(super) fn score(&self, a: u32, b: u32, interests: u32, c: bool, l: bool) -> i64 {
        let p = self.parts;
        (self.need_part[a as usize]
            + p.interest[interests as usize * 65 + b as usize]
            + if c { p.chain } else { 0 }
            + if l { p.language } else { 0 })
        .div_euclid(100)
    }
}

/// One term of a plan: hosts with at least `a` needs met, at least `b` interests met, and the
/// value-chain / language bit when required.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Term {
    pub(super) a: u32,
    pub(super) b: u32,
    pub(super) need_c: bool,
    pub(super) need_l: bool,
}

impl Term {
    /// Every host this term accepts is also accepted by `other`.
    fn implied_by(&self, other: &Term) -> bool {
        other.a <= self.a && other.b <= self.b && (!other.need_c || self.need_c) && (!other.need_l || self.need_l)
    }
}

/// What a plan depends on besides the visitor and the bar: the segment's value-chain bit
/// (`None`: tested per host) and interest count.
pub(super) type PlanKey = (Option<bool>, u32);

/// "score ≥ bar" inside one segment, as a union of [`Term`]s.
#[derive(Debug, Clone, Default)]
pub(super) struct Plan {
    pub(super) key: PlanKey,
    pub(super) bar: i64,
    pub(super) terms: Vec<Term>,
    /// The weakest need count of any term: a word without such hosts is dismissed early.
    pub(super) a_any: u32,
    pub(super) uses_c: bool,
    pub(super) uses_l: bool,
}

impl Plan {
    pub(super) fn key(q: &Query, seg: &Segment) -> PlanKey {
        (seg.value_chains.map(|vc| vc & q.v.value_chains != 0), seg.interest_count)
    }

    pub(super) fn rebuild(&mut self, q: &Query, key: PlanKey, bar: i64, common_language_required: bool) {
        self.key = key;
        self.bar = bar;
        self.terms.clear();
        let c_options: &[(bool, bool)] = match key.0 {
            Some(true) => &[(false, true)],
            Some(false) => &[(false, false)],
            None => &[(false, false), (true, true)],
        };
        // a required common language is already in the base mask, so l = 1 for every host
        let l_options: &[(bool, bool)] =
            if common_language_required { &[(false, true)] } else { &[(false, false), (true, true)] };
        let interests = key.1;
        let b_max = (q.offer_topics.len() as u32).min(interests);
        let p = q.parts;
        // the score is `sum.div_euclid(100)`, so "score ≥ bar" is "sum ≥ 100 · bar"
        let target = bar.saturating_mul(100);
        for &(need_c, c) in c_options {
            for &(need_l, l) in l_options {
                let cl = if c { p.chain } else { 0 } + if l { p.language } else { 0 };
                let mut prev_a = q.max_a() + 1;
                for b in 0..=b_max {
                    let rest = cl + p.interest[interests as usize * 65 + b as usize];
                    // need_part is non-decreasing in a: the first a that reaches the target
                    let a = q.need_part[..prev_a as usize].partition_point(|&n| n + rest < target) as u32;
                    if a < prev_a {
                        debug_assert!(q.score(a, b, interests, c, l) >= bar);
                        self.terms.push(Term { a, b, need_c, need_l });
                        prev_a = a;
                        if a == 0 {
                            break;
                        }
                    }
                }
            }
        }
        let mut i = 0;
        while i < self.terms.len() {
            let t = self.terms[i];
            if self.terms.iter().enumerate().any(|(j, o)| j != i && t.implied_by(o)) {
                self.terms.swap_remove(i);
            } else {
                i += 1;
            }
        }
        self.a_any = self.terms.iter().map(|t| t.a).min().unwrap_or(u32::MAX);
        self.uses_c = self.terms.iter().any(|t| t.need_c);
        self.uses_l = self.terms.iter().any(|t| t.need_l);
    }
}

//! Pair feasibility and scores (SCHEMA.md section 3), in integer arithmetic with floor division
//! so that every implementation gets bit-identical numbers.

use crate::model::{Host, Rules, Visitor, Weights};

/// Why a pair scores what it scores: what the UI shows next to a suggested match.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Reasons {
    /// Topics the visitor needs that the host offers.
    pub needs_met: u64,
    /// Topics the host is interested in that the visitor offers.
    pub interests_met: u64,
    /// Value chains both work in.
    pub shared_value_chains: u64,
    /// Languages both speak.
    pub shared_languages: u64,
    /// Longest overlap of the visitor's window with one host window, in days.
    pub overlap_days: i32,
    /// Whether the host lies in a country the visitor prefers. Not part of v1 data; kept so the
    /// app can add it without changing this type's users.
    pub preferred_country: bool,
}

/// The four score components, each in `0..=1000`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Components {
    pub need: i64,
    pub interest: i64,
    pub value_chain: i64,
    pub language: i64,
}

/// Score and the two stable-mode preference keys of a pair.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PairScore {
    pub score: i32,
    pub pv: i32,
    pub ph: i32,
}

/// Why a pair is not feasible (the first failing rule in SCHEMA.md order).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Exclusion {
    SameCountry,
    NoDateOverlap,
    NoCommonLanguage,
    Forbidden,
    ScoreBelowMinimum,
}

fn coverage(hit: u64, of: u64) -> i64 {
    let n = of.count_ones() as i64;
    if n == 0 { 0 } else { 1000 * hit.count_ones() as i64 / n }
}

/// The components of a pair, regardless of feasibility.
#[inline]
pub fn components(v: &Visitor, h: &Host) -> Components {
    Components {
        need: coverage(v.needs & h.offers, v.needs),
        interest: coverage(h.interests & v.offers, h.interests),
        value_chain: if v.value_chains & h.value_chains != 0 { 1000 } else { 0 },
        language: if v.languages & h.languages != 0 { 1000 } else { 0 },
    }
}

#[inline]
fn weigh(w: &Weights, c: &Components) -> i32 {
    ((w.need_coverage * c.need
        + w.interest_coverage * c.interest
        + w.value_chain * c.value_chain
        + w.language * c.language)
        .div_euclid(100)) as i32
}

/// Score and preference keys from components.
#[inline]
pub fn combine(rules: &Rules, c: &Components) -> PairScore {
    PairScore {
        score: weigh(&rules.score_weights, c),
        pv: weigh(&rules.visitor_pref_weights, c),
        ph: weigh(&rules.host_pref_weights, c),
    }
}

/// Score and preference keys of any pair (also of locked pairs, which skip feasibility).
pub fn pair_score(rules: &Rules, v: &Visitor, h: &Host) -> PairScore {
    combine(rules, &components(v, h))
}

/// Whether some host window holds the whole stay.
#[inline]
pub fn dates_fit(v: &Visitor, h: &Host) -> bool {
    h.windows.iter().any(|w| v.window.holds_stay(*w, v.stay_days))
}

/// Checks the rules that do not depend on the score (forbidden pairs are checked by the caller,
/// who owns the forbidden set).
#[inline]
pub fn static_exclusion(rules: &Rules, v: &Visitor, h: &Host) -> Option<Exclusion> {
    if rules.require_different_country && v.country == h.country {
        return Some(Exclusion::SameCountry);
    }
    if !dates_fit(v, h) {
        return Some(Exclusion::NoDateOverlap);
    }
    if rules.require_common_language && v.languages & h.languages == 0 {
        return Some(Exclusion::NoCommonLanguage);
    }
    None
}

/// The explanation of a pair's score.
pub fn reasons(v: &Visitor, h: &Host) -> Reasons {
    Reasons {
        needs_met: v.needs & h.offers,
        interests_met: h.interests & v.offers,
        shared_value_chains: v.value_chains & h.value_chains,
        shared_languages: v.languages & h.languages,
        overlap_days: h.windows.iter().map(|w| v.window.overlap_days(*w)).max().unwrap_or(0),
        preferred_country: false,
    }
}

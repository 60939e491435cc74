//! The domain model of an exchange programme, independent of any file format.
//!
//! Everything that the scoring rules compare is pre-digested into small integers and `u64`
//! bitsets (topics, value chains, languages), so scoring one pair is a handful of `AND`s and
//! popcounts. Indices (`usize`/`u32`) are array positions; the bench format guarantees that a
//! visitor's or host's id equals its position, other front-ends map their ids themselves.

/// A set of up to 64 small ids (topics, value chains or languages) as a bitset.
pub type IdSet = u64;

/// Index into [`Instance::participant_types`].
pub type TypeId = u8;

/// Builds an [`IdSet`] from ids; `None` if an id does not fit into 64 bits.
pub fn id_set(ids: impl IntoIterator<Item = usize>) -> Option<IdSet> {
    ids.into_iter().try_fold(0u64, |acc, id| (id < 64).then(|| acc | (1u64 << id)))
}

/// An inclusive range of programme days `[start, end]`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DayRange {
    pub start: i32,
    pub end: i32,
}

impl DayRange {
    /// Number of days both ranges share (0 when disjoint).
    pub fn overlap_days(self, other: DayRange) -> i32 {
        (self.end.min(other.end) - self.start.max(other.start) + 1).max(0)
    }

    /// Whether `other` holds a stay of `days` days inside `self`: SCHEMA.md section 3 rule 2,
    /// `min(end) - max(start) + 1 >= days`, taken literally (not clamped at 0, so a stay of 0
    /// days needs the ranges to touch).
    #[inline]
    pub fn holds_stay(self, other: DayRange, days: i32) -> bool {
        self.end.min(other.end) - self.start.max(other.start) + 1 >= days
    }
}

/// Someone who applies to visit a host.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Visitor {
    pub country: u16,
    pub participant_type: TypeId,
    pub value_chains: IdSet,
    /// Topics the visitor wants to learn about.
    pub needs: IdSet,
    /// Topics the visitor can bring.
    pub offers: IdSet,
    pub languages: IdSet,
    pub window: DayRange,
    pub stay_days: i32,
}

/// An organisation that receives visitors.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Host {
    pub country: u16,
    pub value_chains: IdSet,
    /// Topics the host can show.
    pub offers: IdSet,
    /// Topics the host would like visitors to bring.
    pub interests: IdSet,
    pub languages: IdSet,
    /// Maximum number of visitors over the whole programme.
    pub capacity: u32,
    /// Sorted, disjoint availability windows.
    pub windows: Vec<DayRange>,
}

/// Weights of the four score components (they sum to 100 in v1; a zero weight drops the term).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Weights {
    pub need_coverage: i64,
    pub interest_coverage: i64,
    pub value_chain: i64,
    pub language: i64,
}

/// The programme's matching rules (SCHEMA.md section 2).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rules {
    pub require_different_country: bool,
    pub require_common_language: bool,
    pub min_score: i64,
    pub top_k: usize,
    pub score_weights: Weights,
    /// The visitor's ranking key for stable mode (`interest_coverage` unused).
    pub visitor_pref_weights: Weights,
    /// The host's ranking key for stable mode (`need_coverage` unused).
    pub host_pref_weights: Weights,
}

impl Default for Rules {
    /// The v1 rules of the benchmark generator.
    fn default() -> Self {
        Rules {
            require_different_country: true,
            require_common_language: false,
            min_score: 300,
            top_k: 40,
            score_weights: Weights { need_coverage: 45, interest_coverage: 25, value_chain: 20, language: 10 },
            visitor_pref_weights: Weights { need_coverage: 70, interest_coverage: 0, value_chain: 20, language: 10 },
            host_pref_weights: Weights { need_coverage: 0, interest_coverage: 70, value_chain: 20, language: 10 },
        }
    }
}

/// A whole programme: participants, rules, quotas and the organiser's locks and vetoes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Instance {
    pub name: String,
    pub participant_types: Vec<String>,
    pub rules: Rules,
    /// Maximum number of matched visitors per participant type, locked pairs included.
    pub quotas: Vec<u32>,
    /// Organiser-locked `(visitor, host)` pairs: part of every solution.
    pub locks: Vec<(u32, u32)>,
    /// Organiser-forbidden `(visitor, host)` pairs: never part of a solution.
    pub forbidden: Vec<(u32, u32)>,
    pub visitors: Vec<Visitor>,
    pub hosts: Vec<Host>,
}

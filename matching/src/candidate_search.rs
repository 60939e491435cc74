//! The pruned candidate search: the same top-`k` lists as the plain definition
//! ([`crate::candidates::feasible_hosts`] + [`crate::candidates::keep_top_k`]) without scoring
//! every pair one by one.
//!
//! For one visitor, hosts are seen 64 at a time ([`crate::host_index`]): two bit-sliced
//! counters per word ([`bitslice`]) hold, for every host, the number of the visitor's needs it
//! offers (`a`) and of its interests the visitor offers (`b`). They are computed once per visitor
//! for all words. Inside a segment (fixed value chains and interest count) the score is a
//! non-decreasing function of `a`, `b`, the value-chain bit and the language bit, so
//! "score ≥ bar" is an exact union of a few terms ([`plan`]) and costs a few bit operations
//! per 64 hosts.
//!
//! The bar starts at a guess of the visitor's `k`-th best score ([`bar_guess`]) and rises to
//! the `k`-th best kept so far. Segments are visited best upper bound first and skipped once
//! their bound is below the bar. Only hosts that pass the mask get the scalar checks (dates,
//! vetoes) and enter the [`TopK`]. If the guess was too high (fewer than `k` kept), another pass
//! with a lower floor offers the hosts the first one did not. Ties: a host equal to the bar's
//! score is still checked, since a lower host index wins a tie.

mod bar_guess;
mod bitslice;
mod plan;

use std::cmp::Reverse;

use bar_guess::BarGuess;
use bitslice::{at_least, count_at, count_rows};
use plan::{Plan, Query, ScoreParts};

use crate::candidates::CandidateGraph;
use crate::host_index::{HostIndex, Segment};
use crate::model::{Instance, Rules};
use crate::score;
use crate::top_k::TopK;

/// Words between two checks whether the bar rose enough to rebuild the plan (a stale plan is
/// only less strict).
const REFRESH_WORDS: usize = 4;

/// Visitors are told apart by their number of needs (up to this many) when guessing the bar.
const GUESS_CLASSES: usize = 8;

/// Whether the pruned search gives exact results for these rules: its bounds need
/// non-negative score weights (a larger component never lowers the score), and weights small
/// enough that no sum overflows.
pub(crate) fn supports(rules: &Rules) -> bool {
    let w = &rules.score_weights;
    [w.need_coverage, w.interest_coverage, w.value_chain, w.language].iter().all(|&x| (0..1 << 40).contains(&x))
}

/// Organiser vetoes per visitor, sorted, in compressed-row form.
pub(crate) struct ForbiddenLists {
    start: Vec<u32>,
    host: Vec<u32>,
}

impl ForbiddenLists {
    pub fn new(inst: &Instance) -> Self {
        let mut pairs: Vec<(u32, u32)> =
            inst.forbidden.iter().copied().filter(|&(v, _)| (v as usize) < inst.visitors.len()).collect();
        pairs.sort_unstable();
        pairs.dedup();
        let mut start = vec![0u32; inst.visitors.len() + 1];
        for &(v, _) in &pairs {
            start[v as usize + 1] += 1;
        }
        for i in 0..inst.visitors.len() {
            start[i + 1] += start[i];
        }
        ForbiddenLists { start, host: pairs.into_iter().map(|p| p.1).collect() }
    }

    pub fn of(&self, v: usize) -> &[u32] {
        &self.host[self.start[v] as usize..self.start[v + 1] as usize]
    }
}

/// Per-visitor columns over all words, computed once and read by every pass. Counters are
/// stored flat, `B` planes per word (viewed with `as_chunks`).
#[derive(Default)]
struct Columns {
    a: Vec<u64>,
    b: Vec<u64>,
    /// Slots that pass the score-independent rules: a host there, another country, a common
    /// language when required, and (a superset of) fitting dates.
    base: Vec<u64>,
    /// Slots whose host shares a language with the visitor.
    language: Vec<u64>,
    /// Slots whose host shares a value chain (only filled when some segment mixes chains).
    chain: Vec<u64>,
}

/// ORs the given rows into `out` (resized to `words`).
fn or_rows<'a>(out: &mut Vec<u64>, words: usize, rows: impl Iterator<Item = &'a [u64]>) {
    out.clear();
    out.resize(words, 0);
    for row in rows {
        for (o, &x) in out.iter_mut().zip(row) {
            *o |= x;
        }
    }
}

impl Columns {
    fn fill<const BA: usize, const BB: usize>(&mut self, ix: &HostIndex, q: &Query, rules: &Rules) {
        let words = ix.words;
        count_rows::<BA>(&mut self.a, words, q.need_topics.iter().map(|&t| ix.row(&ix.offers_bits, t)));
        count_rows::<BB>(&mut self.b, words, q.offer_topics.iter().map(|&t| ix.row(&ix.interests_bits, t)));
        or_rows(&mut self.language, words, q.languages.iter().map(|&l| ix.row(&ix.language_bits, l)));
        if ix.mixed_chains() {
            or_rows(&mut self.chain, words, q.chains.iter().map(|&c| ix.row(&ix.chain_bits, c)));
        }
        self.base.clear();
        self.base.extend_from_slice(&ix.valid);
        if rules.require_different_country
            && let Some(row) = ix.country_row(q.v.country)
        {
            for (b, &c) in self.base.iter_mut().zip(row) {
                *b &= !c;
            }
        }
        if rules.require_common_language {
            for (b, &l) in self.base.iter_mut().zip(&self.language) {
                *b &= l;
            }
        }
        ix.dates.restrict(q.v.window, q.v.stay_days, &mut self.base);
    }
}

/// The components of a kept pair, packed for [`TopK`]: needs met, interests met, interest
/// count, value-chain bit, language bit.
fn pack(a: u32, b: u32, interests: u32, c: bool, l: bool) -> u32 {
    a | b << 7 | interests << 14 | u32::from(c) << 21 | u32::from(l) << 22
}

/// The search state of one visitor.
struct VisitorSearch<'a> {
    ix: &'a HostIndex,
    rules: &'a Rules,
    q: Query<'a>,
    cols: &'a Columns,
    forbidden: &'a [u32],
    top: &'a mut TopK,
    /// Plans of this visitor, one per [`plan::PlanKey`] met so far (`plans[..plan_count]`; the
    /// rest are spare allocations).
    plans: Vec<Plan>,
    plan_count: usize,
    /// Lowest score the current pass looks at (at least `min_score`).
    floor: i64,
    /// Hosts scoring at least this were offered by an earlier pass (`i64::MAX` in the first).
    offered_from: i64,
}

impl VisitorSearch<'_> {
    /// The score a new host must reach: the pass's floor, or the `k`-th best once `k` are kept.
    fn bar(&self) -> i64 {
        self.top.bar().map_or(self.floor, |(s, _)| s.max(self.floor))
    }

    /// Best score any host of `seg` could reach.
    fn upper_bound(&self, seg: &Segment) -> i64 {
        let c = match seg.value_chains {
            Some(vc) => vc & self.q.v.value_chains != 0,
            None => self.q.v.value_chains != 0,
        };
        let b = (self.q.offer_topics.len() as u32).min(seg.interest_count);
        self.q.score(self.q.max_a(), b, seg.interest_count, c, self.q.v.languages != 0)
    }

    /// Runs one pass per floor (descending, the last one `min_score`) until `k` hosts are
    /// kept: a pass offers every host scoring at least its floor that earlier passes did not.
    /// Once `k` are kept, every host not offered scores below the `k`-th best.
    fn run<const BA: usize, const BB: usize>(&mut self, order: &mut Vec<(Reverse<i64>, usize)>, floors: &[i64]) {
        order.clear();
        order.extend(self.ix.segments.iter().enumerate().map(|(i, s)| (Reverse(self.upper_bound(s)), i)));
        order.sort_unstable();
        self.offered_from = i64::MAX;
        for &floor in floors {
            self.floor = floor;
            for &(Reverse(ub), si) in order.iter() {
                if ub < self.bar() {
                    break;
                }
                self.scan::<BA, BB>(&self.ix.segments[si]);
            }
            if self.top.bar().is_some() {
                return;
            }
            self.offered_from = floor;
        }
    }

    /// The index of the plan for `seg` at the current bar (segments of equal key share it).
    fn plan_for(&mut self, seg: &Segment) -> usize {
        let key = Plan::key(&self.q, seg);
        let bar = self.bar();
        let i = match self.plans[..self.plan_count].iter().position(|p| p.key == key) {
            Some(i) if self.plans[i].bar == bar => return i,
            Some(i) => i,
            None => {
                if self.plan_count == self.plans.len() {
                    self.plans.push(Plan::default());
                }
                self.plan_count += 1;
                self.plan_count - 1
            }
        };
        self.plans[i].rebuild(&self.q, key, bar, self.rules.require_common_language);
        i
    }

    /// Offers every host of one segment that can reach the bar.
    fn scan<const BA: usize, const BB: usize>(&mut self, seg: &Segment) {
        let cols = self.cols;
        let (a_cols, _) = cols.a.as_chunks::<BA>();
        let (b_cols, _) = cols.b.as_chunks::<BB>();
        let fixed_chain = seg.value_chains.map(|vc| if vc & self.q.v.value_chains != 0 { !0 } else { 0 });
        let mut pi = self.plan_for(seg);
        let mut next_refresh = seg.words.start + REFRESH_WORDS;
        for w in seg.words.clone() {
            if w >= next_refresh {
                next_refresh = w + REFRESH_WORDS;
                if self.bar() > self.plans[pi].bar {
                    pi = self.plan_for(seg);
                }
            }
            let plan = &self.plans[pi];
            let (a, b) = (&a_cols[w], &b_cols[w]);
            let candidates = cols.base[w] & at_least(a, plan.a_any);
            if candidates == 0 {
                continue;
            }
            let chain = fixed_chain.unwrap_or_else(|| cols.chain[w]);
            let language = cols.language[w];
            let mut mask = 0u64;
            for t in &plan.terms {
                let mut m = at_least(a, t.a) & at_least(b, t.b);
                if t.need_c {
                    m &= chain;
                }
                if t.need_l {
                    m &= language;
                }
                mask |= m;
            }
            mask &= candidates;
            while mask != 0 {
                let bit = mask.trailing_zeros();
                mask &= mask - 1;
                self.check(
                    w * 64 + bit as usize,
                    count_at(a, bit),
                    count_at(b, bit),
                    seg.interest_count,
                    chain >> bit & 1 == 1,
                    language >> bit & 1 == 1,
                );
            }
        }
    }

    /// The exact checks of one slot that passed the mask, from its counts: score first (no
    /// memory access), then the host's dates and the vetoes.
    #[inline]
    fn check(&mut self, slot: usize, a: u32, b: u32, interests: u32, c: bool, l: bool) {
        let score = self.q.score(a, b, interests, c, l);
        if score < self.bar() || score >= self.offered_from {
            return;
        }
        let ix = self.ix;
        let host = ix.slots[slot].host;
        if !self.top.admits(score, host) {
            return;
        }
        let v = self.q.v;
        if !ix.dates_fit(slot, v.window, v.stay_days) {
            return;
        }
        if self.forbidden.binary_search(&host).is_ok() {
            return;
        }
        self.top.offer(score, host, pack(a, b, interests, c, l));
    }
}

/// The candidate graph by the pruned search (callers check [`supports`] first).
pub(crate) fn build(inst: &Instance, locked: &[bool], forbidden: &ForbiddenLists) -> CandidateGraph {
    let rules = &inst.rules;
    let ix = HostIndex::new(&inst.hosts);
    let k = rules.top_k.min(inst.hosts.len());
    let parts = ScoreParts::new(rules);
    let mut top = TopK::new(k);
    let mut g = CandidateGraph::empty();
    let mut order = Vec::with_capacity(ix.segments.len());
    let mut kept = Vec::with_capacity(k);
    let mut plans = Vec::new();
    let mut cols = Columns::default();
    // one guess per number of needs: it moves the reachable need coverage most
    let mut guesses: Vec<BarGuess> = (0..=GUESS_CLASSES).map(|_| BarGuess::new()).collect();
    let mut floors = Vec::new();
    for (i, v) in inst.visitors.iter().enumerate() {
        top.clear();
        // no host window can hold a stay longer than the visitor's own window
        let hopeless = v.window.end - v.window.start + 1 < v.stay_days;
        if !locked[i] && k > 0 && !hopeless {
            let q = Query::new(v, &parts, &ix);
            let class = q.need_topics.len().min(GUESS_CLASSES);
            guesses[class].floors(rules.min_score, &mut floors);
            let wide = (q.need_topics.len() > 7, q.offer_topics.len() > 7);
            match wide {
                (false, false) => cols.fill::<3, 3>(&ix, &q, rules),
                (false, true) => cols.fill::<3, 7>(&ix, &q, rules),
                (true, false) => cols.fill::<7, 3>(&ix, &q, rules),
                (true, true) => cols.fill::<7, 7>(&ix, &q, rules),
            }
            let mut search = VisitorSearch {
                ix: &ix,
                rules,
                q,
                cols: &cols,
                forbidden: forbidden.of(i),
                top: &mut top,
                plans: std::mem::take(&mut plans),
                plan_count: 0,
                floor: rules.min_score,
                offered_from: i64::MAX,
            };
            match wide {
                (false, false) => search.run::<3, 3>(&mut order, &floors),
                (false, true) => search.run::<3, 7>(&mut order, &floors),
                (true, false) => search.run::<7, 3>(&mut order, &floors),
                (true, true) => search.run::<7, 7>(&mut order, &floors),
            }
            plans = search.plans;
            guesses[class].record(top.bar().map_or(rules.min_score, |b| b.0));
        }
        top.drain_sorted(&mut kept);
        let n = v.needs.count_ones() as usize;
        g.push_visitor(kept.iter().map(|&(h, s, comps)| {
            let part = |shift: u32| (comps >> shift & 0x7f) as usize;
            let ps = score::combine(
                rules,
                &score::Components {
                    need: parts.cover[n * 65 + part(0)],
                    interest: parts.cover[part(14) * 65 + part(7)],
                    value_chain: if comps >> 21 & 1 == 1 { 1000 } else { 0 },
                    language: if comps >> 22 & 1 == 1 { 1000 } else { 0 },
                },
            );
            debug_assert_eq!(ps, score::pair_score(rules, v, &inst.hosts[h as usize]));
            debug_assert_eq!(i64::from(ps.score), s);
            (h, ps)
        }));
    }
    g
}

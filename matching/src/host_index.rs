//! Hosts re-laid out for the candidate search ([`crate::candidate_search`]).
//!
//! The search compares one visitor with 64 hosts at a time: every host gets a *slot*, and for
//! every 64-slot *word* the index stores one bit set per topic ("which of these 64 hosts offer
//! topic t"), per interest topic, per language and per country. Counting a visitor's needs met
//! by 64 hosts then takes a few `AND`/`XOR`s per need (a bit-sliced counter) instead of 64
//! popcounts, which matters because 100k visitors × 40k hosts are 4·10⁹ pairs.
//!
//! Hosts are grouped into *segments* of equal value-chain set and equal number of interests,
//! each padded to whole words. Inside a segment the value-chain component is a constant and the
//! interest coverage a function of the number of interests met, so the score of a slot is a
//! function of two small counts and one language bit: the search turns a score threshold into an
//! exact bit-mask test. Slot order is internal; results always use original host indices.

use std::ops::Range;

use crate::date_index::DateIndex;
use crate::model::{DayRange, Host, IdSet};

/// Slot value of padding (no host).
pub(crate) const NO_HOST: u32 = u32::MAX;

/// Windows stored in a slot's own record; a host with more keeps the rest aside.
const INLINE_WINDOWS: usize = 3;

/// What the exact check of one slot reads, in 32 bytes (one cache line holds two): the host
/// and its first windows. The bit sets answer everything else.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Slot {
    pub host: u32,
    window_count: u32,
    windows: [DayRange; INLINE_WINDOWS],
}

impl Slot {
    const EMPTY: Slot =
        Slot { host: NO_HOST, window_count: 0, windows: [DayRange { start: 0, end: -1 }; INLINE_WINDOWS] };
}

/// A run of whole words whose hosts share their value chains and interest count.
#[derive(Debug, Clone)]
pub(crate) struct Segment {
    pub words: Range<usize>,
    /// The value chains of every host in the segment, or `None` when the instance has too many
    /// distinct sets to give each its own segment (the search then tests chains per host).
    pub value_chains: Option<IdSet>,
    /// Number of interests of every host in the segment.
    pub interest_count: u32,
}

/// Column-wise, bit-sliced host data; see the module documentation.
#[derive(Debug, Clone)]
pub(crate) struct HostIndex {
    pub words: usize,
    /// Rows of `offers_bits` and `interests_bits` (highest topic id in use + 1).
    pub topic_rows: usize,
    /// Rows of `language_bits`.
    pub language_rows: usize,
    /// Rows of `chain_bits`.
    pub chain_rows: usize,
    pub segments: Vec<Segment>,
    /// Per slot: host and windows.
    pub slots: Vec<Slot>,
    /// Windows beyond the inline ones of slot `s`: `extra_windows[extra_start[s]..extra_start[s + 1]]`.
    extra_start: Vec<u32>,
    extra_windows: Vec<DayRange>,
    /// Per word: which slots hold a host.
    pub valid: Vec<u64>,
    /// `[topic * words + word]`: slots whose host offers the topic (topic-major: a visitor reads
    /// whole rows, one per topic it needs).
    pub offers_bits: Vec<u64>,
    /// `[topic * words + word]`: slots whose host is interested in the topic.
    pub interests_bits: Vec<u64>,
    /// `[language * words + word]`: slots whose host speaks the language.
    pub language_bits: Vec<u64>,
    /// `[chain * words + word]`: slots whose host works in the value chain.
    pub chain_bits: Vec<u64>,
    /// `[country * words + word]`: slots whose host lies in the country (country-major, since a
    /// visitor reads one country's row).
    pub country_bits: Vec<u64>,
    pub country_count: usize,
    /// Which slots can hold a given stay (a pre-filter).
    pub dates: DateIndex,
}

/// Highest set bit + 1 over all sets (0 for none): the rows a table needs.
fn rows_of(sets: impl Iterator<Item = IdSet>) -> usize {
    sets.map(|s| 64 - s.leading_zeros() as usize).max().unwrap_or(0)
}

/// Sets the slot's bit in the rows `ids` of a topic-major `table` of `words` columns.
fn set_bits(table: &mut [u64], words: usize, word: usize, bit: u32, ids: IdSet) {
    let mut rest = ids;
    while rest != 0 {
        let id = rest.trailing_zeros() as usize;
        table[id * words + word] |= 1u64 << bit;
        rest &= rest - 1;
    }
}

impl HostIndex {
    pub fn new(hosts: &[Host]) -> Self {
        // Segment key: (value chains, interest count). Separate chain sets only while the
        // padding they cost stays small; otherwise chains are tested per host.
        let mut keys: Vec<(IdSet, u32)> = hosts.iter().map(|h| (h.value_chains, h.interests.count_ones())).collect();
        keys.sort_unstable();
        keys.dedup();
        let split_chains = keys.len() * 64 <= hosts.len() / 2 + 64 * 64;
        let key = |h: &Host| (if split_chains { h.value_chains } else { 0 }, h.interests.count_ones());
        let mut order: Vec<u32> = (0..hosts.len() as u32).collect();
        order.sort_by_key(|&j| (key(&hosts[j as usize]), j));

        let mut segments = Vec::new();
        let mut host_of_slot = Vec::new();
        let mut i = 0;
        while i < order.len() {
            let k = key(&hosts[order[i] as usize]);
            let first_word = host_of_slot.len() / 64;
            while i < order.len() && key(&hosts[order[i] as usize]) == k {
                host_of_slot.push(order[i]);
                i += 1;
            }
            host_of_slot.resize(host_of_slot.len().div_ceil(64) * 64, NO_HOST);
            segments.push(Segment {
                words: first_word..host_of_slot.len() / 64,
                value_chains: split_chains.then_some(k.0),
                interest_count: k.1,
            });
        }
        let words = host_of_slot.len() / 64;
        let topic_rows = rows_of(hosts.iter().map(|h| h.offers | h.interests));
        let language_rows = rows_of(hosts.iter().map(|h| h.languages));
        let chain_rows = rows_of(hosts.iter().map(|h| h.value_chains));
        let country_count = hosts.iter().map(|h| h.country as usize + 1).max().unwrap_or(0);
        let mut ix = HostIndex {
            words,
            topic_rows,
            language_rows,
            chain_rows,
            segments,
            slots: vec![Slot::EMPTY; host_of_slot.len()],
            extra_start: Vec::with_capacity(host_of_slot.len() + 1),
            extra_windows: Vec::new(),
            valid: vec![0; words],
            offers_bits: vec![0; words * topic_rows],
            interests_bits: vec![0; words * topic_rows],
            language_bits: vec![0; words * language_rows],
            chain_bits: vec![0; words * chain_rows],
            country_bits: vec![0; words * country_count],
            country_count,
            dates: DateIndex::new(host_of_slot.len(), |s| match host_of_slot[s] {
                NO_HOST => &[],
                j => &hosts[j as usize].windows,
            }),
        };
        ix.extra_start.push(0);
        for (slot, &j) in host_of_slot.iter().enumerate() {
            if j != NO_HOST {
                let h = &hosts[j as usize];
                let (w, bit) = (slot / 64, (slot % 64) as u32);
                ix.valid[w] |= 1u64 << bit;
                set_bits(&mut ix.offers_bits, words, w, bit, h.offers);
                set_bits(&mut ix.interests_bits, words, w, bit, h.interests);
                set_bits(&mut ix.language_bits, words, w, bit, h.languages);
                set_bits(&mut ix.chain_bits, words, w, bit, h.value_chains);
                ix.country_bits[h.country as usize * words + w] |= 1u64 << bit;
                let record = &mut ix.slots[slot];
                record.host = j;
                record.window_count = h.windows.len() as u32;
                for (inline, w) in record.windows.iter_mut().zip(&h.windows) {
                    *inline = *w;
                }
                ix.extra_windows.extend(h.windows.iter().skip(INLINE_WINDOWS));
            }
            ix.extra_start.push(ix.extra_windows.len() as u32);
        }
        ix
    }

    /// The `country`'s row of `country_bits` (`None` if no host lies there).
    pub fn country_row(&self, country: u16) -> Option<&[u64]> {
        let c = country as usize;
        (c < self.country_count).then(|| &self.country_bits[c * self.words..(c + 1) * self.words])
    }

    /// Row `id` of a topic-major table.
    pub fn row<'a>(&self, table: &'a [u64], id: usize) -> &'a [u64] {
        &table[id * self.words..(id + 1) * self.words]
    }

    /// Whether some segment leaves the value chains to be tested per host.
    pub fn mixed_chains(&self) -> bool {
        self.segments.iter().any(|s| s.value_chains.is_none())
    }

    /// Whether some window of the slot's host holds a stay of `stay` days within `window`
    /// (SCHEMA.md section 3, rule 2).
    #[inline]
    pub fn dates_fit(&self, slot: usize, window: DayRange, stay: i32) -> bool {
        let record = &self.slots[slot];
        let inline = (record.window_count as usize).min(INLINE_WINDOWS);
        record.windows[..inline].iter().any(|w| window.holds_stay(*w, stay))
            || (record.window_count as usize > INLINE_WINDOWS
                && self.extra_windows[self.extra_start[slot] as usize..self.extra_start[slot + 1] as usize]
                    .iter()
                    .any(|w| window.holds_stay(*w, stay)))
    }
}

//! Which hosts can hold a visitor's stay, 64 slots at a time (a pre-filter for the candidate
//! search: more than half of the pairs fail on dates, and testing them one by one costs a
//! cache miss each).
//!
//! A window `[s, e]` can hold a stay of `d` days inside `[vs, ve]` only if `s ≤ ve - d + 1` and
//! `e ≥ vs + d - 1`. For each window position `k` (a host's first, second, third window) the
//! index keeps cumulative bit rows "k-th window starts by day t" and "k-th window ends from
//! day t" for a list of thresholds `t`. The answer is a superset (thresholds may be coarser
//! than the data, and the window-length rule is left out): the exact test follows per host.

use crate::model::DayRange;

/// Window positions covered by rows; hosts with more windows always pass the filter.
pub(crate) const POSITIONS: usize = 3;

/// Most thresholds per row family (distinct days beyond this are merged).
const MAX_THRESHOLDS: usize = 512;

#[derive(Debug, Clone, Default)]
pub(crate) struct DateIndex {
    words: usize,
    /// Ascending start thresholds; `start_rows[(k * len + r) * words + w]` = slots whose k-th
    /// window starts on or before `starts[r]`.
    starts: Vec<i32>,
    start_rows: Vec<u64>,
    /// Ascending end thresholds; `end_rows[(k * len + r) * words + w]` = slots whose k-th
    /// window ends on or after `ends[r]`.
    ends: Vec<i32>,
    end_rows: Vec<u64>,
    /// Slots with more than [`POSITIONS`] windows.
    many: Vec<u64>,
}

/// The sorted distinct values, thinned to at most [`MAX_THRESHOLDS`] keeping both ends.
fn thresholds(mut values: Vec<i32>) -> Vec<i32> {
    values.sort_unstable();
    values.dedup();
    if values.len() <= MAX_THRESHOLDS {
        return values;
    }
    let step = values.len().div_ceil(MAX_THRESHOLDS - 1);
    let last = *values.last().unwrap_or(&0);
    let mut out: Vec<i32> = values.iter().step_by(step).copied().collect();
    if out.last() != Some(&last) {
        out.push(last);
    }
    out
}

/// Cumulative rows: row `r` has the bits of every `(value, slot)` whose value is covered by
/// threshold `r` (`covered(value, r)` is monotone in `r`).
fn cumulative_rows(
    words: usize,
    mut items: Vec<(i32, usize)>,
    thresholds: &[i32],
    ascending: bool,
    out: &mut Vec<u64>,
) {
    let mut running = vec![0u64; words];
    // starts: row r covers values ≤ t_r (add ascending); ends: row r covers values ≥ t_r
    // (build from the last row down, then the rows are appended in reverse)
    items.sort_unstable();
    let mut rows: Vec<Vec<u64>> = Vec::with_capacity(thresholds.len());
    if ascending {
        let mut i = 0;
        for &t in thresholds {
            while i < items.len() && items[i].0 <= t {
                running[items[i].1 / 64] |= 1 << (items[i].1 % 64);
                i += 1;
            }
            rows.push(running.clone());
        }
    } else {
        let mut i = items.len();
        for &t in thresholds.iter().rev() {
            while i > 0 && items[i - 1].0 >= t {
                running[items[i - 1].1 / 64] |= 1 << (items[i - 1].1 % 64);
                i -= 1;
            }
            rows.push(running.clone());
        }
        rows.reverse();
    }
    for row in rows {
        out.extend_from_slice(&row);
    }
}

impl DateIndex {
    /// `windows(slot)` lists each slot's windows (empty for padding).
    pub fn new<'a>(slots: usize, windows: impl Fn(usize) -> &'a [DayRange]) -> Self {
        let words = slots.div_ceil(64);
        let mut ix = DateIndex { words, many: vec![0; words], ..Default::default() };
        let all: Vec<&DayRange> = (0..slots).flat_map(|s| windows(s).iter().take(POSITIONS)).collect();
        ix.starts = thresholds(all.iter().map(|w| w.start).collect());
        ix.ends = thresholds(all.iter().map(|w| w.end).collect());
        for k in 0..POSITIONS {
            let at = |s: usize| windows(s).get(k).copied();
            let starts: Vec<(i32, usize)> = (0..slots).filter_map(|s| at(s).map(|w| (w.start, s))).collect();
            let ends: Vec<(i32, usize)> = (0..slots).filter_map(|s| at(s).map(|w| (w.end, s))).collect();
            cumulative_rows(words, starts, &ix.starts, true, &mut ix.start_rows);
            cumulative_rows(words, ends, &ix.ends, false, &mut ix.end_rows);
        }
        for s in 0..slots {
            if windows(s).len() > POSITIONS {
                ix.many[s / 64] |= 1 << (s % 64);
            }
        }
        ix
    }

    /// ANDs into `mask` (one word per 64 slots) a superset of the slots with a window that can
    /// hold `stay` days inside `window`.
    pub fn restrict(&self, window: DayRange, stay: i32, mask: &mut [u64]) {
        let (last_start, first_end) = (window.end - stay + 1, window.start + stay - 1);
        // smallest start threshold ≥ last_start (or the last); none if every start is later
        let start_row = match self.starts.first() {
            Some(&min) if last_start >= min => {
                Some(self.starts.partition_point(|&t| t < last_start).min(self.starts.len() - 1))
            }
            _ => None,
        };
        // largest end threshold ≤ first_end (or the first); none if every end is earlier
        let end_row = match self.ends.last() {
            Some(&max) if first_end <= max => Some(self.ends.partition_point(|&t| t <= first_end).saturating_sub(1)),
            _ => None,
        };
        let w = self.words;
        let mut fit = self.many.clone();
        if let (Some(rs), Some(re)) = (start_row, end_row) {
            for k in 0..POSITIONS {
                let s = &self.start_rows[(k * self.starts.len() + rs) * w..][..w];
                let e = &self.end_rows[(k * self.ends.len() + re) * w..][..w];
                for ((f, &s), &e) in fit.iter_mut().zip(s).zip(e) {
                    *f |= s & e;
                }
            }
        }
        for (m, f) in mask.iter_mut().zip(fit) {
            *m &= f;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_every_host_that_fits() {
        let hosts: Vec<Vec<DayRange>> = (0..150)
            .map(|i| {
                (0..(i % 5))
                    .map(|k| DayRange { start: (i * 7 + k * 30) % 90, end: (i * 7 + k * 30) % 90 + (i % 11) })
                    .collect()
            })
            .collect();
        let ix = DateIndex::new(hosts.len(), |s| &hosts[s]);
        for start in -3..95 {
            for len in [0, 3, 12] {
                for stay in [-1, 0, 1, 4] {
                    let window = DayRange { start, end: start + len };
                    let mut mask = vec![!0u64; 3];
                    ix.restrict(window, stay, &mut mask);
                    for (s, ws) in hosts.iter().enumerate() {
                        if ws.iter().any(|w| window.holds_stay(*w, stay)) {
                            assert!(mask[s / 64] >> (s % 64) & 1 == 1, "slot {s} window {window:?} stay {stay}");
                        }
                    }
                }
            }
        }
    }
}

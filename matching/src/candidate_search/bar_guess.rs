//! A guess of the bar to start a visitor's search with.

/// Guesses where a visitor's `k`-th best score will lie from the visitors before it, so that
/// the search starts with a high bar. A wrong guess costs another pass, never a wrong answer.
pub(super) struct BarGuess {
    /// The last [`BarGuess::WINDOW`] final bars (`min_score` for visitors with fewer than `k`).
    recent: Vec<i64>,
    next: usize,
    sorted: Vec<i64>,
    records_since_sort: usize,
}

impl BarGuess {
    const WINDOW: usize = 128;

    pub(super) fn new() -> Self {
        BarGuess { recent: Vec::new(), next: 0, sorted: Vec::new(), records_since_sort: 0 }
    }

    pub(super) fn record(&mut self, bar: i64) {
        if self.recent.len() < Self::WINDOW {
            self.recent.push(bar);
        } else {
            self.recent[self.next] = bar;
            self.next = (self.next + 1) % Self::WINDOW;
        }
        self.records_since_sort += 1;
        if self.records_since_sort >= 32 || self.recent.len() < 32 {
            self.sorted.clone_from(&self.recent);
            self.sorted.sort_unstable();
            self.records_since_sort = 0;
        }
    }

    /// Floors of the passes, descending, the last one `min_score`: a low quantile of recent
    /// bars (most visitors need one pass), a lower one, then everything.
    pub(super) fn floors(&self, min_score: i64, out: &mut Vec<i64>) {
        out.clear();
        if self.sorted.len() >= 16 {
            for q in [8, 32] {
                let f = self.sorted[self.sorted.len() / q];
                if f > min_score && out.last().is_none_or(|&l| f < l) {
                    out.push(f);
                }
            }
        }
        out.push(min_score);
    }
}

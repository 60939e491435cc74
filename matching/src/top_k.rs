//! A bounded selection of the best `k` hosts of one visitor by (score desc, host index asc), the
//! candidate order of SCHEMA.md section 4.

use std::cmp::Reverse;
use std::collections::BinaryHeap;

/// The best `k` `(score, host)` pairs seen so far. The heap's top is the *worst* kept pair, so
/// the entry bar ([`TopK::bar`]) is one look-up and a replacement is `O(log k)`.
#[derive(Debug, Clone)]
pub(crate) struct TopK {
    k: usize,
    /// Ordered so that the maximum is the worst pair: lowest score, then highest host. The
    /// third field is a payload (hosts are distinct, so it never decides the order).
    heap: BinaryHeap<(Reverse<i64>, u32, u32)>,
}

impl TopK {
    pub fn new(k: usize) -> Self {
        TopK { k, heap: BinaryHeap::with_capacity(k + 1) }
    }

    /// Empties the selection for the next visitor.
    pub fn clear(&mut self) {
        self.heap.clear();
    }

    /// The worst kept pair once `k` pairs are kept: a newcomer must beat it.
    #[inline]
    pub fn bar(&self) -> Option<(i64, u32)> {
        if self.heap.len() < self.k { None } else { self.heap.peek().map(|&(Reverse(s), h, _)| (s, h)) }
    }

    /// Whether `(score, host)` would be kept.
    #[inline]
    pub fn admits(&self, score: i64, host: u32) -> bool {
        match self.bar() {
            None => self.k > 0,
            Some(worst) => (Reverse(score), host) < (Reverse(worst.0), worst.1),
        }
    }

    /// Offers a pair with its payload; keeps it if it is among the best `k` so far.
    #[inline]
    pub fn offer(&mut self, score: i64, host: u32, payload: u32) {
        if !self.admits(score, host) {
            return;
        }
        if self.heap.len() == self.k {
            // replace the worst in place: one sift instead of a pop and a push
            if let Some(mut worst) = self.heap.peek_mut() {
                *worst = (Reverse(score), host, payload);
            }
        } else {
            self.heap.push((Reverse(score), host, payload));
        }
    }

    /// The kept `(host, score, payload)` in candidate order (score desc, host asc), emptying
    /// the selection.
    pub fn drain_sorted(&mut self, out: &mut Vec<(u32, i64, u32)>) {
        out.clear();
        out.extend(self.heap.drain().map(|(Reverse(s), h, p)| (h, s, p)));
        out.sort_unstable_by_key(|&(h, s, _)| (Reverse(s), h));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_the_best_with_ties_broken_by_host() {
        let mut t = TopK::new(3);
        for (s, h) in [(5, 9), (7, 1), (5, 2), (5, 4), (1, 0), (7, 0)] {
            t.offer(s, h, h + 100);
        }
        let mut out = Vec::new();
        t.drain_sorted(&mut out);
        assert_eq!(out, vec![(0, 7, 100), (1, 7, 101), (2, 5, 102)]);
        let mut none = TopK::new(0);
        none.offer(10, 1, 0);
        none.drain_sorted(&mut out);
        assert!(out.is_empty());
    }
}

//! A monotone priority queue for Dijkstra with small non-negative integer distances.
//!
//! The global price update measures distances in units of ε, which are small in practice, so
//! one bucket per distance (Dial's algorithm) replaces the binary heap's `O(log n)` pops by
//! `O(1)` ones. Distances of [`NEAR`] or more, which a pathological price gap can produce, go to
//! a binary heap, so the queue stays correct for any input.

use std::cmp::Reverse;
use std::collections::BinaryHeap;

/// Distances below this get a bucket each.
const NEAR: u64 = 1 << 16;

#[derive(Debug, Clone, Default)]
pub struct BucketQueue {
    buckets: Vec<Vec<u32>>,
    cursor: usize,
    far: BinaryHeap<Reverse<(u64, u32)>>,
}

impl BucketQueue {
    pub fn clear(&mut self) {
        for b in &mut self.buckets {
            b.clear();
        }
        self.cursor = 0;
        self.far.clear();
    }

    /// Adds `item` at distance `d`; `d` must not be below the distance last popped.
    pub fn push(&mut self, d: u64, item: u32) {
        if d < NEAR {
            let i = d as usize;
            debug_assert!(i >= self.cursor, "bucket queue is monotone");
            if i >= self.buckets.len() {
                self.buckets.resize_with(i + 1, Vec::new);
            }
            self.buckets[i].push(item);
        } else {
            self.far.push(Reverse((d, item)));
        }
    }

    /// An item of the smallest distance, with that distance.
    pub fn pop(&mut self) -> Option<(u64, u32)> {
        while self.cursor < self.buckets.len() {
            if let Some(x) = self.buckets[self.cursor].pop() {
                return Some((self.cursor as u64, x));
            }
            self.cursor += 1;
        }
        self.far.pop().map(|Reverse(p)| p)
    }
}

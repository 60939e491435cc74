//! Bit-sliced counters: `B` words ("planes") hold one small count per slot of a 64-slot word,
//! plane `i` holding bit `i` of every count, so one `AND`/`XOR` step adds a bit to 64 counts.

/// Adds `x` (one bit per slot) to the counts.
#[inline(always)]
pub(super) fn add<const B: usize>(planes: &mut [u64; B], x: u64) {
    let mut carry = x;
    for p in planes.iter_mut() {
        let next = *p & carry;
        *p ^= carry;
        carry = next;
    }
}

/// Slots whose count is at least `m`.
#[inline(always)]
pub(super) fn at_least<const B: usize>(planes: &[u64; B], m: u32) -> u64 {
    if m == 0 {
        return !0;
    }
    if m as usize >= 1 << B {
        return 0;
    }
    let (mut greater, mut equal) = (0u64, !0u64);
    for i in (0..B).rev() {
        if (m >> i) & 1 == 1 {
            equal &= planes[i];
        } else {
            greater |= equal & planes[i];
        }
    }
    greater | equal
}

/// The count of one slot.
#[inline(always)]
pub(super) fn count_at<const B: usize>(planes: &[u64; B], bit: u32) -> u32 {
    planes.iter().enumerate().map(|(i, p)| ((p >> bit) as u32 & 1) << i).sum()
}

/// Counts, for every word at once, how many of `rows` have each slot's bit set: `out` is
/// resized to `words` counters of `B` planes each, stored flat. Counts must stay below `2^B`.
pub(super) fn count_rows<'a, const B: usize>(out: &mut Vec<u64>, words: usize, rows: impl Iterator<Item = &'a [u64]>) {
    out.clear();
    out.resize(words * B, 0);
    let (counters, _) = out.as_chunks_mut::<B>();
    for row in rows {
        for (planes, &x) in counters.iter_mut().zip(row) {
            add(planes, x);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_and_thresholds_match_plain_arithmetic() {
        let rows: Vec<u64> = vec![0b1011, 0b0110, 0b1110, 0b0010, 0b1111];
        let mut planes = [0u64; 3];
        for &r in &rows {
            add(&mut planes, r);
        }
        for bit in 0..4 {
            let n = rows.iter().filter(|&&r| r >> bit & 1 == 1).count() as u32;
            assert_eq!(count_at(&planes, bit), n);
            for m in 0..9 {
                assert_eq!(at_least(&planes, m) >> bit & 1 == 1, n >= m, "bit {bit} m {m}");
            }
        }
    }
}

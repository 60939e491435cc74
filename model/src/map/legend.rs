//! The choropleth's classes: zero apart, then five equal steps up to the largest value,
//! so the legend reads in round numbers and a country's colour never depends on its neighbours.

pub const CLASSES: usize = 5;

/// Upper bounds of the classes above zero (the last is `max`), rounded up to readable numbers;
/// fewer than five when the largest value is small.
pub fn breaks(max: u32) -> Vec<u32> {
    if max == 0 {
        return Vec::new();
    }
    let step = nice_step(max.div_ceil(CLASSES as u32));
    let mut bounds: Vec<u32> = (1..=CLASSES as u32).map(|i| i * step).take_while(|&b| b < max).collect();
    bounds.push(max);
    bounds
}

/// The class of `value`: `None` for zero, else 0..breaks.len().
pub fn class_of(value: u32, breaks: &[u32]) -> Option<usize> {
    if value == 0 {
        return None;
    }
    Some(breaks.iter().position(|&b| value <= b).unwrap_or(breaks.len().saturating_sub(1)))
}

/// The lower bound of class `i` (for the legend's "from–to").
pub fn lower_bound(i: usize, breaks: &[u32]) -> u32 {
    if i == 0 { 1 } else { breaks[i - 1] + 1 }
}

/// 1, 2, 5, 10, 20, 50, ... at or above `raw`.
fn nice_step(raw: u32) -> u32 {
    let mut magnitude = 1u32;
    loop {
        for m in [1, 2, 5] {
            let candidate = m * magnitude;
            if candidate >= raw {
                return candidate;
            }
        }
        magnitude = magnitude.saturating_mul(10);
        if magnitude == u32::MAX {
            return raw;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn breaks_are_round_and_end_at_the_maximum() {
        assert_eq!(breaks(0), Vec::<u32>::new());
        assert_eq!(breaks(3), vec![1, 2, 3]);
        assert_eq!(breaks(97), vec![20, 40, 60, 80, 97]);
        assert_eq!(breaks(12_345), vec![5000, 10000, 12345]);
    }

    #[test]
    fn every_value_falls_in_one_class() {
        let b = breaks(97);
        assert_eq!(class_of(0, &b), None);
        assert_eq!(class_of(1, &b), Some(0));
        assert_eq!(class_of(20, &b), Some(0));
        assert_eq!(class_of(21, &b), Some(1));
        assert_eq!(class_of(97, &b), Some(4));
        assert_eq!(lower_bound(1, &b), 21);
    }
}

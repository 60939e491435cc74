//! Fruchterman–Reingold force-directed layout: connected nodes pull together, all nodes push
//! apart, and a cooling temperature caps each step. Deterministic: starting positions come
//! from the nodes' ids, so the same network always draws the same way (and a shared link
//! shows the same picture). Quadratic in the node count, which the network view caps.

use model::network::LAYOUT_SIZE;

/// Iterations; the temperature falls linearly to zero over them.
const ITERATIONS: usize = 300;

/// Positions for `n` nodes joined by `edges`, inside `[0, LAYOUT_SIZE]²` with a margin.
/// `seeds` gives each node a stable starting point.
pub fn layout(n: usize, edges: &[(u32, u32)], seeds: &[u64]) -> Vec<(f32, f32)> {
    if n == 0 {
        return Vec::new();
    }
    let size = f64::from(LAYOUT_SIZE);
    let area = size * size;
    let k = (area / n as f64).sqrt() * 0.8;
    let k2 = k * k;
    let mut pos: Vec<(f64, f64)> = (0..n)
        .map(|i| {
            let s = seeds.get(i).copied().unwrap_or(i as u64);
            let a = (s % 10_007) as f64 / 10_007.0 * std::f64::consts::TAU;
            let r = ((s / 10_007) % 1_000) as f64 / 1_000.0 * size * 0.45;
            (size / 2.0 + r * a.cos(), size / 2.0 + r * a.sin())
        })
        .collect();
    let mut shift = vec![(0.0f64, 0.0f64); n];
    for step in 0..ITERATIONS {
        let temperature = size / 10.0 * (1.0 - step as f64 / ITERATIONS as f64);
        shift.iter_mut().for_each(|d| *d = (0.0, 0.0));
        for i in 0..n {
            for j in i + 1..n {
                // The push is k²/d along the unit vector (dx, dy)/d, that is (dx, dy)·k²/d²:
                // no square root in the loop that runs n²/2 times per iteration.
                let (dx, dy) = (pos[i].0 - pos[j].0, pos[i].1 - pos[j].1);
                let push = k2 / (dx * dx + dy * dy).max(0.0001);
                let (fx, fy) = (dx * push, dy * push);
                shift[i].0 += fx;
                shift[i].1 += fy;
                shift[j].0 -= fx;
                shift[j].1 -= fy;
            }
        }
        for &(a, b) in edges {
            let (a, b) = (a as usize, b as usize);
            if a >= n || b >= n || a == b {
                continue;
            }
            let (dx, dy) = (pos[a].0 - pos[b].0, pos[a].1 - pos[b].1);
            let d = dx.hypot(dy).max(0.01);
            let pull = d * d / k;
            let (fx, fy) = (dx / d * pull, dy / d * pull);
            shift[a].0 -= fx;
            shift[a].1 -= fy;
            shift[b].0 += fx;
            shift[b].1 += fy;
        }
        for (p, d) in pos.iter_mut().zip(&shift) {
            // A weak pull to the centre keeps separate components on the page.
            let (cx, cy) = (size / 2.0 - p.0, size / 2.0 - p.1);
            let (dx, dy) = (d.0 + cx * 0.02 * k / 10.0, d.1 + cy * 0.02 * k / 10.0);
            let len = dx.hypot(dy).max(0.01);
            let step = len.min(temperature);
            p.0 += dx / len * step;
            p.1 += dy / len * step;
        }
    }
    fit(&pos, size)
}

/// Scales and centres positions into the box with a 4 % margin.
fn fit(pos: &[(f64, f64)], size: f64) -> Vec<(f32, f32)> {
    let (mut x0, mut y0, mut x1, mut y1) = (f64::MAX, f64::MAX, f64::MIN, f64::MIN);
    for &(x, y) in pos {
        (x0, y0, x1, y1) = (x0.min(x), y0.min(y), x1.max(x), y1.max(y));
    }
    let span = (x1 - x0).max(y1 - y0).max(1.0);
    let scale = size * 0.92 / span;
    let (ox, oy) = ((size - (x1 - x0) * scale) / 2.0, (size - (y1 - y0) * scale) / 2.0);
    pos.iter().map(|&(x, y)| (((x - x0) * scale + ox) as f32, ((y - y0) * scale + oy) as f32)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dist(a: (f32, f32), b: (f32, f32)) -> f32 {
        (a.0 - b.0).hypot(a.1 - b.1)
    }

    #[test]
    fn two_stars_separate_and_their_members_gather_round_them() {
        // Hubs 0 and 1, each with eight leaves.
        let mut edges = Vec::new();
        for leaf in 2..10 {
            edges.push((0, leaf));
        }
        for leaf in 10..18 {
            edges.push((1, leaf));
        }
        let seeds: Vec<u64> = (0..18).map(|i| i * 7_919 + 13).collect();
        let pos = layout(18, &edges, &seeds);
        assert!(pos.iter().all(|p| p.0.is_finite() && p.1.is_finite()));
        assert!(pos.iter().all(|p| (0.0..=LAYOUT_SIZE).contains(&p.0) && (0.0..=LAYOUT_SIZE).contains(&p.1)));
        let own: f32 = (2..10).map(|l| dist(pos[0], pos[l])).sum::<f32>() / 8.0;
        let other: f32 = (2..10).map(|l| dist(pos[1], pos[l])).sum::<f32>() / 8.0;
        assert!(own * 2.0 < other, "leaves sit near their own hub ({own}) rather than the other ({other})");
    }

    #[test]
    fn the_same_network_always_lays_out_the_same_way() {
        let edges = [(0, 1), (1, 2), (2, 0), (2, 3)];
        let seeds = [5, 17, 29, 41];
        assert_eq!(layout(4, &edges, &seeds), layout(4, &edges, &seeds));
        assert!(layout(0, &[], &[]).is_empty());
        assert_eq!(layout(1, &[], &[3]).len(), 1);
    }
}

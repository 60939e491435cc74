//! Markers: places close together on screen merge into one marker that splits as you zoom.
//! Greedy, largest place first (as Leaflet.markercluster and supercluster do), over a grid
//! of cells one radius wide so each place only looks at its neighbours: the cost is linear in
//! the number of places, which stays in the thousands even for 100,000 organisations.

use super::Place;
use super::viewport::Viewport;
use std::collections::HashMap;

/// Places within this many screen pixels of a marker's first place join it.
pub const CLUSTER_RADIUS_PX: f64 = 36.0;
/// The width the first view is clustered for before the browser knows its real width.
pub const NOMINAL_WIDTH_PX: f64 = 960.0;

/// One marker: one or more places.
#[derive(Clone, Debug, PartialEq)]
pub struct Marker {
    /// Count-weighted centre, frame km.
    pub x: f64,
    pub y: f64,
    /// Organisations in all its places.
    pub count: u32,
    /// Indices into the places slice, largest first.
    pub places: Vec<usize>,
}

impl Marker {
    /// A marker for one city (however many organisations it holds), which zooming cannot split.
    pub fn is_single_place(&self) -> bool {
        self.places.len() == 1
    }

    /// The frame box around its places (for zooming in until it splits).
    pub fn bounds(&self, places: &[Place]) -> [f64; 4] {
        self.places.iter().fold([f64::MAX, f64::MAX, f64::MIN, f64::MIN], |[x0, y0, x1, y1], &i| {
            let (x, y) = (f64::from(places[i].x), f64::from(places[i].y));
            [x0.min(x), y0.min(y), x1.max(x), y1.max(y)]
        })
    }
}

/// Clusters `places` for a map `width_px` wide showing `view`.
pub fn cluster(places: &[Place], view: Viewport, width_px: f64) -> Vec<Marker> {
    let radius = CLUSTER_RADIUS_PX * view.km_per_px(width_px);
    let cell_of = |x: f32, y: f32| ((f64::from(x) / radius).floor() as i64, (f64::from(y) / radius).floor() as i64);
    let mut grid: HashMap<(i64, i64), Vec<usize>> = HashMap::new();
    for (i, p) in places.iter().enumerate() {
        grid.entry(cell_of(p.x, p.y)).or_default().push(i);
    }
    let mut order: Vec<usize> = (0..places.len()).collect();
    order.sort_by(|&a, &b| places[b].count.cmp(&places[a].count).then(a.cmp(&b)));
    let mut taken = vec![false; places.len()];
    let mut markers = Vec::new();
    for seed in order {
        if taken[seed] {
            continue;
        }
        taken[seed] = true;
        let (sx, sy) = (places[seed].x, places[seed].y);
        let (cx, cy) = cell_of(sx, sy);
        let mut members = vec![seed];
        for gx in cx - 1..=cx + 1 {
            for gy in cy - 1..=cy + 1 {
                for &i in grid.get(&(gx, gy)).into_iter().flatten() {
                    let d = f64::from(places[i].x - sx).hypot(f64::from(places[i].y - sy));
                    if !taken[i] && d <= radius {
                        taken[i] = true;
                        members.push(i);
                    }
                }
            }
        }
        members[1..].sort_by(|&a, &b| places[b].count.cmp(&places[a].count).then(a.cmp(&b)));
        let count: u32 = members.iter().map(|&i| places[i].count).sum();
        let weight = f64::from(count.max(1));
        let (x, y) = members.iter().fold((0.0, 0.0), |(x, y), &i| {
            let w = f64::from(places[i].count) / weight;
            (x + f64::from(places[i].x) * w, y + f64::from(places[i].y) * w)
        });
        markers.push(Marker { x, y, count, places: members });
    }
    markers
}

/// A marker's radius in screen pixels: grows with the logarithm of its count.
pub fn marker_radius_px(count: u32) -> f64 {
    8.0 + 5.0 * f64::from(count.max(1)).log10()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::taxonomy::Country;

    fn place(x: f32, y: f32, count: u32) -> Place {
        Place { x, y, city: format!("{x},{y}"), country: Country::Es, count, kinds: vec![count], sole: None }
    }

    #[test]
    fn nearby_places_merge_when_zoomed_out_and_split_when_zoomed_in() {
        // 60 km apart: one marker across Europe, two at zoom 16.
        let places = [place(1000.0, 3000.0, 5), place(1060.0, 3000.0, 2), place(3000.0, 1000.0, 1)];
        let far = cluster(&places, Viewport::default(), NOMINAL_WIDTH_PX);
        assert_eq!(far.len(), 2);
        assert_eq!(far[0].count, 7);
        assert_eq!(far[0].places, vec![0, 1]);
        let near = cluster(&places, Viewport { cx: 1030.0, cy: 3000.0, zoom: 16.0 }, NOMINAL_WIDTH_PX);
        assert_eq!(near.len(), 3);
        assert!(near.iter().all(Marker::is_single_place));
    }

    #[test]
    fn every_organisation_is_in_exactly_one_marker() {
        let places: Vec<Place> =
            (0..500).map(|i| place((i * 37 % 4000) as f32, (i * 53 % 4000) as f32, (i % 7 + 1) as u32)).collect();
        for zoom in [1.0, 2.0, 8.0, 32.0] {
            let markers = cluster(&places, Viewport { zoom, ..Viewport::default() }, NOMINAL_WIDTH_PX);
            let mut seen: Vec<usize> = markers.iter().flat_map(|m| m.places.clone()).collect();
            seen.sort();
            assert_eq!(seen, (0..500).collect::<Vec<_>>());
            let total: u32 = markers.iter().map(|m| m.count).sum();
            assert_eq!(total, places.iter().map(|p| p.count).sum::<u32>());
        }
    }

    #[test]
    fn a_marker_sits_at_the_weighted_centre_of_its_places() {
        let places = [place(100.0, 100.0, 3), place(110.0, 100.0, 1)];
        let m = &cluster(&places, Viewport::default(), NOMINAL_WIDTH_PX)[0];
        assert!((m.x - 102.5).abs() < 1e-6 && (m.y - 100.0).abs() < 1e-6);
    }
}

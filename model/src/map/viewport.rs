//! Which part of the frame is on screen: a centre and a zoom factor, kept in the URL
//! (`zoom=4&at=1820,2950`) so a shared link opens on the same view.

use super::{HEIGHT, WIDTH};

pub const MIN_ZOOM: f64 = 1.0;
pub const MAX_ZOOM: f64 = 32.0;
/// One keyboard or button step.
pub const ZOOM_STEP: f64 = 2.0;

#[derive(Clone, Copy, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Viewport {
    pub cx: f64,
    pub cy: f64,
    pub zoom: f64,
}

impl Default for Viewport {
    fn default() -> Self {
        Self { cx: WIDTH / 2.0, cy: HEIGHT / 2.0, zoom: MIN_ZOOM }
    }
}

impl Viewport {
    /// Reads `zoom` and `at` as the URL carries them; anything unreadable gives the whole map.
    pub fn from_params(zoom: Option<&str>, at: Option<&str>) -> Self {
        let zoom = zoom.and_then(|z| z.trim().parse::<f64>().ok()).filter(|z| z.is_finite()).unwrap_or(MIN_ZOOM);
        let centre = at.and_then(|a| {
            let (x, y) = a.split_once(',')?;
            Some((x.trim().parse::<f64>().ok()?, y.trim().parse::<f64>().ok()?))
        });
        let (cx, cy) = centre.filter(|(x, y)| x.is_finite() && y.is_finite()).unwrap_or((WIDTH / 2.0, HEIGHT / 2.0));
        Self { cx, cy, zoom }.clamped()
    }

    /// The URL values for `zoom` and `at`, or `None` for the default view.
    pub fn to_params(self) -> Option<(String, String)> {
        (self != Self::default())
            .then(|| (format!("{}", round2(self.zoom)), format!("{},{}", self.cx.round(), self.cy.round())))
    }

    /// Zoom within bounds, and a centre that keeps the view over the frame.
    pub fn clamped(self) -> Self {
        let zoom = self.zoom.clamp(MIN_ZOOM, MAX_ZOOM);
        let (w, h) = (WIDTH / zoom, HEIGHT / zoom);
        let cx = self.cx.clamp(w / 2.0, WIDTH - w / 2.0);
        let cy = self.cy.clamp(h / 2.0, HEIGHT - h / 2.0);
        Self { cx, cy, zoom }
    }

    /// The SVG `viewBox`: `[x, y, width, height]` in frame km.
    pub fn view_box(self) -> [f64; 4] {
        let (w, h) = (WIDTH / self.zoom, HEIGHT / self.zoom);
        [self.cx - w / 2.0, self.cy - h / 2.0, w, h]
    }

    pub fn view_box_attr(self) -> String {
        let [x, y, w, h] = self.view_box();
        format!("{:.1} {:.1} {:.1} {:.1}", x, y, w, h)
    }

    /// Zooms by `factor` keeping the frame point `(px, py)` where it is on screen
    /// (the cursor for the wheel, the midpoint of two fingers for a pinch).
    pub fn zoom_about(self, factor: f64, px: f64, py: f64) -> Self {
        let zoom = (self.zoom * factor).clamp(MIN_ZOOM, MAX_ZOOM);
        let k = self.zoom / zoom;
        Self { cx: px + (self.cx - px) * k, cy: py + (self.cy - py) * k, zoom }.clamped()
    }

    pub fn zoomed(self, factor: f64) -> Self {
        self.zoom_about(factor, self.cx, self.cy)
    }

    /// Moves by a fraction of the visible width and height (keyboard panning).
    pub fn panned_by_fraction(self, fx: f64, fy: f64) -> Self {
        let [_, _, w, h] = self.view_box();
        Self { cx: self.cx + fx * w, cy: self.cy + fy * h, ..self }.clamped()
    }

    /// Moves by a distance in frame km (dragging).
    pub fn panned(self, dx: f64, dy: f64) -> Self {
        Self { cx: self.cx + dx, cy: self.cy + dy, ..self }.clamped()
    }

    /// The view that shows `bounds` (`[x0, y0, x1, y1]`) whole, at the largest whole-step zoom.
    pub fn fitting(bounds: [f64; 4]) -> Self {
        let [x0, y0, x1, y1] = bounds;
        let fit = (WIDTH / (x1 - x0).max(1.0)).min(HEIGHT / (y1 - y0).max(1.0)) * 0.9;
        let zoom = ZOOM_STEP.powf(fit.log(ZOOM_STEP).floor()).clamp(MIN_ZOOM, MAX_ZOOM);
        Self { cx: (x0 + x1) / 2.0, cy: (y0 + y1) / 2.0, zoom }.clamped()
    }

    /// Frame km per screen pixel for a map drawn `width_px` wide.
    pub fn km_per_px(self, width_px: f64) -> f64 {
        WIDTH / self.zoom / width_px.max(1.0)
    }
}

fn round2(v: f64) -> f64 {
    (v * 100.0).round() / 100.0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_url_round_trips_and_nonsense_gives_the_whole_map() {
        let v = Viewport { cx: 1820.0, cy: 2950.0, zoom: 4.0 };
        let (z, at) = v.to_params().unwrap();
        assert_eq!(Viewport::from_params(Some(&z), Some(&at)), v);
        assert_eq!(Viewport::from_params(Some("NaN"), Some("x,y")), Viewport::default());
        assert_eq!(Viewport::default().to_params(), None);
    }

    #[test]
    fn zoom_is_bounded_and_the_view_stays_over_the_frame() {
        let v = Viewport::from_params(Some("1000"), Some("-500,99999"));
        assert_eq!(v.zoom, MAX_ZOOM);
        let [x, y, w, h] = v.view_box();
        assert!(x >= 0.0 && y >= 0.0 && x + w <= WIDTH + 1e-9 && y + h <= HEIGHT + 1e-9);
        assert_eq!(Viewport::default().zoomed(0.1), Viewport::default());
    }

    #[test]
    fn zooming_about_a_point_keeps_it_in_place_on_screen() {
        let v = Viewport { cx: 2000.0, cy: 2500.0, zoom: 2.0 };
        let (px, py) = (1800.0, 2300.0);
        let before = v.view_box();
        let after = v.zoom_about(2.0, px, py).view_box();
        let on_screen = |b: [f64; 4]| ((px - b[0]) / b[2], (py - b[1]) / b[3]);
        let (a, b) = (on_screen(before), on_screen(after));
        assert!((a.0 - b.0).abs() < 1e-9 && (a.1 - b.1).abs() < 1e-9);
    }

    #[test]
    fn fitting_a_country_zooms_in_on_it() {
        let es = super::super::country_shape(crate::taxonomy::Country::Es).unwrap();
        let v = Viewport::fitting(es.focus);
        assert!(v.zoom >= 2.0, "{v:?}");
        let [x, y, w, h] = v.view_box();
        assert!(x <= es.focus[0] && y <= es.focus[1] && x + w >= es.focus[2] && y + h >= es.focus[3]);
    }
}

//! Pointer and wheel handlers: drag to pan, two fingers to pinch, wheel to zoom about the
//! cursor.

use leptos::prelude::*;
use leptos::wasm_bindgen::JsCast;
use model::map::viewport::Viewport;
use std::collections::HashMap;

pub struct Gestures<W, D, M, U> {
    /// True once the current press has moved far enough to be a drag, not a click.
    pub dragged: StoredValue<bool>,
    pub on_wheel: W,
    pub on_pointerdown: D,
    pub on_pointermove: M,
    pub on_pointerup: U,
}

/// Screen pixels a press may move and still count as a click.
const CLICK_SLOP_PX: f64 = 4.0;

// Four closure types; naming them would mean boxing every pointer event's handler.
#[allow(clippy::type_complexity)]
pub fn gestures(
    svg: NodeRef<leptos::svg::Svg>,
    viewport: RwSignal<Viewport>,
    move_to: impl Fn(Viewport) + Clone + 'static,
) -> Gestures<
    impl Fn(web_sys::WheelEvent) + Clone + 'static,
    impl Fn(web_sys::PointerEvent) + Clone + 'static,
    impl Fn(web_sys::PointerEvent) + Clone + 'static,
    impl Fn(web_sys::PointerEvent) + Clone + 'static,
> {
    // Active pointers: id → last client position.
    let pointers: StoredValue<HashMap<i32, (f64, f64)>> = StoredValue::new(HashMap::new());
    let dragged = StoredValue::new(false);
    let press_start = StoredValue::new((0.0f64, 0.0f64));
    // Client coordinates to frame km (and km per pixel), through the SVG's box on screen.
    let to_frame = move |cx: f64, cy: f64| -> Option<(f64, f64, f64)> {
        let rect = svg.get_untracked()?.get_bounding_client_rect();
        let [x, y, w, h] = viewport.get_untracked().view_box();
        (rect.width() > 0.0 && rect.height() > 0.0).then(|| {
            (x + (cx - rect.left()) / rect.width() * w, y + (cy - rect.top()) / rect.height() * h, w / rect.width())
        })
    };
    let on_wheel = {
        let move_to = move_to.clone();
        move |ev: web_sys::WheelEvent| {
            let Some((fx, fy, _)) = to_frame(f64::from(ev.client_x()), f64::from(ev.client_y())) else { return };
            ev.prevent_default();
            let factor = (-ev.delta_y() * 0.002).exp().clamp(0.5, 2.0);
            move_to(viewport.get_untracked().zoom_about(factor, fx, fy));
        }
    };
    let on_pointerdown = move |ev: web_sys::PointerEvent| {
        if ev.button() != 0 {
            return;
        }
        let at = (f64::from(ev.client_x()), f64::from(ev.client_y()));
        pointers.update_value(|p| {
            p.insert(ev.pointer_id(), at);
        });
        if pointers.with_value(HashMap::len) == 1 {
            dragged.set_value(false);
            press_start.set_value(at);
        }
    };
    let on_pointermove = move |ev: web_sys::PointerEvent| {
        let id = ev.pointer_id();
        let at = (f64::from(ev.client_x()), f64::from(ev.client_y()));
        let Some(before) = pointers.with_value(|p| p.get(&id).copied()) else { return };
        let others: Vec<(f64, f64)> =
            pointers.with_value(|p| p.iter().filter(|(k, _)| **k != id).map(|(_, v)| *v).collect());
        pointers.update_value(|p| {
            p.insert(id, at);
        });
        let start = press_start.get_value();
        if !dragged.get_value() {
            if others.is_empty() && (at.0 - start.0).hypot(at.1 - start.1) < CLICK_SLOP_PX {
                return;
            }
            dragged.set_value(true);
            // From now on the press is a drag: keep receiving it outside the map too.
            if let Some(target) = ev.current_target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()) {
                let _ = target.set_pointer_capture(id);
            }
        }
        let v = viewport.get_untracked();
        if let [other] = others.as_slice() {
            // Pinch: zoom by the change in finger distance, about their midpoint.
            let (d0, d1) = ((before.0 - other.0).hypot(before.1 - other.1), (at.0 - other.0).hypot(at.1 - other.1));
            let mid = ((at.0 + other.0) / 2.0, (at.1 + other.1) / 2.0);
            if d0 > 0.0
                && let Some((fx, fy, _)) = to_frame(mid.0, mid.1)
            {
                move_to(v.zoom_about(d1 / d0, fx, fy));
            }
        } else if others.is_empty()
            && let Some((_, _, kpp)) = to_frame(at.0, at.1)
        {
            move_to(v.panned(-(at.0 - before.0) * kpp, -(at.1 - before.1) * kpp));
        }
    };
    let on_pointerup = move |ev: web_sys::PointerEvent| {
        pointers.update_value(|p| {
            p.remove(&ev.pointer_id());
        });
    };
    Gestures { dragged, on_wheel, on_pointerdown, on_pointermove, on_pointerup }
}

#![recursion_limit = "256"]
//! The WASM entry point: brings the page's islands to life. Nothing else lives here.

#[cfg(target_arch = "wasm32")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn hydrate() {
    console_error_panic_hook::set_once();
    // Through `app`, so its islands are linked into the bundle.
    app::hydrate();
}

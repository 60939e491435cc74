//! Everything that runs in the browser. Pages are HTML from the server; these islands are
//! the only components that hydrate, so the WASM holds them and what they call, nothing
//! else (`docs/client.md` says why). The rules an island keeps, which a test checks:
//! - its words come in its props (`text`), already translated: Fluent is not in the WASM;
//! - it uses neither the router's hooks nor the app's contexts (language, session): in the
//!   browser an island sees no context from the server's components;
//! - its props are serializable (they travel in the page as JSON).

pub mod as_of;
pub mod auto_submit;
pub mod live;
pub mod map;
pub mod marker;
pub mod text;

/// What the islands need of the browser's DOM (called only in the browser).
mod dom {
    use leptos::wasm_bindgen::JsCast;

    /// The address bar's query, as `URLSearchParams`.
    pub fn search_params() -> Option<web_sys::UrlSearchParams> {
        web_sys::UrlSearchParams::new_with_str(&leptos::prelude::window().location().search().ok()?).ok()
    }

    /// The form an event happened in.
    pub fn form_of(ev: &web_sys::Event) -> Option<web_sys::HtmlFormElement> {
        let el = ev.target()?.dyn_into::<web_sys::Element>().ok()?;
        if let Ok(form) = el.clone().dyn_into::<web_sys::HtmlFormElement>() {
            return Some(form);
        }
        el.closest("form").ok().flatten()?.dyn_into::<web_sys::HtmlFormElement>().ok()
    }

    /// Loads `href` as a new page.
    pub fn go(href: &str) {
        let _ = leptos::prelude::window().location().set_href(href);
    }
}

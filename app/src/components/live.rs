//! Live pages: in the browser, follow a cohort's event stream and bump a counter on every
//! event, so the page's resources reload. The server sends organisers every change and a
//! member only what concerns their organisation. The browser's EventSource reconnects by
//! itself and sends the last id it saw, so nothing is missed.

use leptos::prelude::*;

pub fn follow_cohort(cohort: Memo<String>, changes: RwSignal<u64>) {
    #[cfg(feature = "hydrate")]
    Effect::new(move |previous: Option<Option<web_sys::EventSource>>| {
        use wasm_bindgen::JsCast;
        use wasm_bindgen::closure::Closure;
        if let Some(Some(old)) = previous {
            old.close();
        }
        let source = web_sys::EventSource::new(&format!("/exchange/{}/events", cohort.get())).ok()?;
        let on_message = Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |_| changes.update(|n| *n += 1));
        source.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        on_message.forget();
        Some(source)
    });
    #[cfg(not(feature = "hydrate"))]
    let _ = (cohort, changes);
}

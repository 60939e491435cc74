//! A mark that the page has come alive. Islands hydrate in the order of the document and
//! this one is the last in `<body>`, so once it runs every island on the page is live. Tests
//! (and people debugging) wait for `<body data-hydrated>`.

use leptos::prelude::*;

#[island]
pub fn HydratedMarker() -> impl IntoView {
    Effect::new(|_| {
        if let Some(body) = document().body() {
            let _ = body.set_attribute("data-hydrated", "true");
        }
    });
}

//! Live pages: the board and a member's cohort page follow the cohort's event stream, and on
//! each event the page's live region is fetched again from the server and put in place. The
//! server renders (and translates) everything, so the browser holds no board code: it swaps
//! HTML. The browser's EventSource reconnects by itself and sends the last id it saw, so no
//! event is missed; events that arrive during a fetch are folded into one more fetch.

use leptos::prelude::*;

#[island]
pub fn LiveUpdates(
    /// The event stream (`/exchange/<cohort>/events`).
    events: String,
    /// The id of the element the server's fresh page replaces.
    region: String,
    /// What to tell people once the page follows the stream (nothing is said without
    /// JavaScript, where it does not).
    hint: Option<String>,
) -> impl IntoView {
    let live = RwSignal::new(false);
    Effect::new(move |_| {
        follow(&events, region.clone());
        live.set(true);
    });
    move || {
        let hint = hint.clone().filter(|_| live.get())?;
        Some(view! { <p class="mb-3 text-sm text-stone-600" data-testid="live-hint">{hint}</p> })
    }
}

fn follow(events: &str, region: String) {
    use leptos::wasm_bindgen::JsCast;
    use leptos::wasm_bindgen::closure::Closure;
    use std::cell::Cell;
    use std::rc::Rc;
    let Ok(source) = web_sys::EventSource::new(events) else { return };
    // (a fetch is running, another event came meanwhile)
    let state = Rc::new((Cell::new(false), Cell::new(false)));
    let on_message = Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |_| {
        let (running, again) = (&state.0, &state.1);
        if running.replace(true) {
            again.set(true);
            return;
        }
        let (state, region) = (state.clone(), region.clone());
        leptos::task::spawn_local(async move {
            loop {
                state.1.set(false);
                if let Err(error) = refresh(&region).await {
                    leptos::logging::warn!("live update failed: {error:?}");
                }
                if !state.1.get() {
                    break;
                }
            }
            state.0.set(false);
        });
    });
    source.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    // Both live as long as the page.
    on_message.forget();
    std::mem::forget(source);
}

/// Fetches this page again and puts its `region` in place of ours, keeping the focus on the
/// control that had it (by id) so a keyboard user does not lose their place.
async fn refresh(region: &str) -> Result<(), leptos::wasm_bindgen::JsValue> {
    use leptos::wasm_bindgen::JsCast;
    use wasm_bindgen_futures::JsFuture;
    let window = window();
    let init = web_sys::RequestInit::new();
    let headers = web_sys::Headers::new()?;
    headers.set("Accept", "text/html")?;
    init.set_headers(&headers);
    let href = window.location().href()?;
    let response: web_sys::Response = JsFuture::from(window.fetch_with_str_and_init(&href, &init)).await?.dyn_into()?;
    if !response.ok() {
        return Err(format!("status {}", response.status()).into());
    }
    let html = JsFuture::from(response.text()?).await?.as_string().unwrap_or_default();
    let fresh = web_sys::DomParser::new()?.parse_from_string(&html, web_sys::SupportedType::TextHtml)?;
    let document = document();
    let (Some(now), Some(next)) = (document.get_element_by_id(region), fresh.get_element_by_id(region)) else {
        return Ok(());
    };
    let focused = document.active_element().map(|e| e.id()).filter(|id| !id.is_empty());
    now.set_inner_html(&next.inner_html());
    if let Some(el) = focused.and_then(|id| document.get_element_by_id(&id))
        && let Ok(el) = el.dyn_into::<web_sys::HtmlElement>()
    {
        let _ = el.focus();
    }
    Ok(())
}

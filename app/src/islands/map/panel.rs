//! The panel a marker opens beside the map: one organisation, or everyone at one place. The
//! server renders it (in the page's language) and the island puts the HTML in place;
//! without JavaScript the marker's link goes to the same organisation's page or the
//! directory filtered to the place.

use super::text::MapText;
use crate::components::ui::CARD;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

/// What a marker click opens in the side panel.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum Selection {
    Org(String),
    Place { city: String, country: model::taxonomy::Country },
}

#[component]
pub fn SelectionPanel(
    selection: RwSignal<Option<Selection>>,
    query: model::directory::DirectoryQuery,
    text: StoredValue<MapText>,
) -> impl IntoView {
    // None: loading; Some(Ok(html)) the server's panel; Some(Err(())) it could not be reached.
    let body: RwSignal<Option<Result<String, ()>>> = RwSignal::new(None);
    Effect::new(move |_| {
        let chosen = selection.get();
        body.set(None);
        if let Some(chosen) = chosen {
            let query = query.clone();
            leptos::task::spawn_local(async move {
                let html = crate::server_fns::map::map_panel(chosen.clone(), query).await.map_err(|_| ());
                // A later click may have chosen something else meanwhile.
                if selection.get_untracked() == Some(chosen) {
                    body.set(Some(html));
                }
            });
        }
    });
    let close = move |_| selection.set(None);
    move || {
        selection.get().is_some().then(|| {
            let (close_label, loading, failed) =
                text.with_value(|t| (t.panel_close.clone(), t.loading.clone(), t.failed.clone()));
            view! {
                <aside class=format!("{CARD} relative mt-4") aria-labelledby="panel-heading" data-testid="map-panel">
                    <button type="button" on:click=close class="absolute right-2 top-2 rounded px-2 text-lg text-stone-500 hover:bg-stone-100" aria-label=close_label>"×"</button>
                    {move || match body.get() {
                        None => view! { <p class="py-8 text-center text-sm text-stone-500" aria-live="polite">{loading.clone()}</p> }.into_any(),
                        Some(Ok(html)) => view! { <div inner_html=html></div> }.into_any(),
                        Some(Err(())) => view! { <p role="alert" class="text-sm text-red-800">{failed.clone()}</p> }.into_any(),
                    }}
                </aside>
            }
        })
    }
}

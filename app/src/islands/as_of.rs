//! Watch the ecosystem grow: a month slider that sets the "as of" filter. It needs
//! JavaScript, so the server renders nothing for it and it appears once the page is live;
//! the filter form's date field does the same without it. The server works out the months
//! (the browser carries no calendar code) and the words.

use leptos::prelude::*;

#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct AsOfText {
    pub label: String,
    pub today: String,
}

#[island]
pub fn AsOfSlider(
    /// The last day of each month from the alliance's start, oldest first; the last is today.
    month_ends: Vec<String>,
    /// The month shown now (an index into `month_ends`).
    current: usize,
    text: AsOfText,
) -> impl IntoView {
    let live = RwSignal::new(false);
    Effect::new(move |_| live.set(true));
    let last = month_ends.len().saturating_sub(1);
    let shown = RwSignal::new(current.min(last));
    let month_ends = StoredValue::new(month_ends);
    let day = move |i: usize| month_ends.with_value(|m| m.get(i).cloned().unwrap_or_default());
    let on_input = move |ev: web_sys::Event| shown.set(event_target_value(&ev).parse().unwrap_or(last));
    let on_change = move |ev: web_sys::Event| {
        let offset: usize = event_target_value(&ev).parse().unwrap_or(last);
        if let Some(params) = super::dom::search_params() {
            if offset < last {
                params.set("asof", &day(offset))
            } else {
                params.delete("asof")
            }
            params.delete("page");
            let query = String::from(params.to_string());
            let path = window().location().pathname().unwrap_or_default();
            super::dom::go(&if query.is_empty() { path } else { format!("{path}?{query}") });
        }
    };
    let (label, today) = (text.label, text.today);
    move || {
        live.get().then(|| {
            let today = today.clone();
            // The month, as a screen reader reads the slider's position.
            let valuetext = move || day(shown.get()).chars().take(7).collect::<String>();
            view! {
                <div class="mt-2 flex flex-wrap items-center gap-3 text-sm" data-testid="as-of-slider">
                    <label for="as-of-month" class="font-medium text-stone-800">{label.clone()}</label>
                    <input id="as-of-month" type="range" min="0" max=last.to_string() step="1" value=current.to_string()
                        class="w-56 accent-emerald-700" on:input=on_input on:change=on_change
                        aria-valuetext=valuetext/>
                    <output for="as-of-month" class="tabular-nums text-stone-700">
                        {move || if shown.get() >= last { today.clone() } else { day(shown.get()) }}
                    </output>
                </div>
            }
        })
    }
}

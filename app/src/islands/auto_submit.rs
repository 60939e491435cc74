//! A GET form that applies a choice as soon as it is made and writes a clean URL. Without
//! JavaScript the form posts as it is (every field, empty ones too); with it, the URL holds
//! only the fields that are set, in a fixed order, and the page's own parameters (the map's
//! view, which moves after the page was drawn) as the address bar has them now.

use leptos::prelude::*;

#[island]
pub fn AutoSubmit(
    /// Where the form goes.
    action: String,
    /// The form's fields that make the URL, in the URL's order.
    fields: Vec<String>,
    /// The page's own parameters, carried from the address bar as it is at submit time.
    carried: Vec<String>,
    class: String,
    #[prop(optional)] role: Option<String>,
    testid: String,
    children: Children,
) -> impl IntoView {
    let on_submit = {
        let action = action.clone();
        move |ev: web_sys::SubmitEvent| {
            ev.prevent_default();
            if let Some(href) = clean_url(&ev, &action, &fields, &carried) {
                super::dom::go(&href);
            }
        }
    };
    let on_change = |ev: web_sys::Event| {
        if let Some(form) = super::dom::form_of(&ev) {
            let _ = form.request_submit();
        }
    };
    view! {
        <form method="get" action=action class=class role=role data-testid=testid on:submit=on_submit on:change=on_change>
            {children()}
        </form>
    }
}

fn clean_url(ev: &web_sys::SubmitEvent, action: &str, fields: &[String], carried: &[String]) -> Option<String> {
    let form = super::dom::form_of(ev)?;
    let data = web_sys::FormData::new_with_form(&form).ok()?;
    let now = super::dom::search_params();
    let mut pairs: Vec<(&str, String)> = fields
        .iter()
        .filter_map(|k| data.get(k).as_string().map(|v| (k.as_str(), v.trim().to_owned())))
        .filter(|(_, v)| !v.is_empty())
        .collect();
    pairs.extend(carried.iter().filter_map(|k| Some((k.as_str(), now.as_ref()?.get(k)?))));
    Some(format!("{action}{}", model::directory::query_string(pairs.iter().map(|(k, v)| (*k, v.as_str())))))
}

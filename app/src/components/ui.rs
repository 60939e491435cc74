//! Buttons, cards, badges, alerts and pagination.

use crate::error::AppError;
use crate::i18n::t;
use leptos::prelude::*;

/// Class lists shared by links and buttons that should look alike.
pub const BUTTON_PRIMARY: &str = "inline-flex items-center justify-center gap-2 rounded-md bg-emerald-700 px-4 py-2 \
    text-sm font-semibold text-white shadow-sm hover:bg-emerald-800 focus-visible:outline focus-visible:outline-2 \
    focus-visible:outline-offset-2 focus-visible:outline-emerald-700 disabled:opacity-60";
pub const BUTTON_SECONDARY: &str = "inline-flex items-center justify-center gap-2 rounded-md border border-stone-300 \
    bg-white px-4 py-2 text-sm font-semibold text-stone-800 shadow-sm hover:bg-stone-50 focus-visible:outline \
    focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-emerald-700";
pub const LINK: &str = "font-medium text-emerald-800 underline decoration-emerald-300 underline-offset-2 \
    hover:decoration-emerald-700 focus-visible:outline focus-visible:outline-2 focus-visible:outline-emerald-700";
pub const CARD: &str = "rounded-lg border border-stone-200 bg-white p-4 shadow-sm";

/// An action that messages or cancels for other people asks first. A disclosure (it works
/// without JavaScript and by keyboard) opens on what will happen and the button that does it;
/// the server, too, refuses the action unless the confirming form says so (`confirmed`).
#[component]
pub fn Confirm(
    /// What the action is, on the button that opens the question.
    label: String,
    /// What will happen, and to whom.
    warning: String,
    #[prop(optional)] primary: bool,
    #[prop(optional)] disabled: bool,
    testid: String,
    /// The form that does it (with a `confirmed` field and its submit button).
    children: Children,
) -> impl IntoView {
    let look = if primary { BUTTON_PRIMARY } else { BUTTON_SECONDARY };
    if disabled {
        return view! { <button type="button" class=look disabled data-testid=testid>{label}</button> }.into_any();
    }
    view! {
        <details class="group inline-block align-top">
            <summary class=format!("{look} cursor-pointer list-none [&::-webkit-details-marker]:hidden") data-testid=testid>{label.clone()}</summary>
            <div class="mt-2 max-w-md rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950" role="group" aria-label=label>
                <p>{warning}</p>
                <div class="mt-3">{children()}</div>
            </div>
        </details>
    }
    .into_any()
}

/// A small label, e.g. an organisation's kind.
#[component]
pub fn Badge(#[prop(into)] text: String, #[prop(optional)] tone: BadgeTone) -> impl IntoView {
    let tone = match tone {
        BadgeTone::Neutral => "bg-stone-100 text-stone-700 ring-stone-200",
        BadgeTone::Accent => "bg-emerald-50 text-emerald-800 ring-emerald-200",
        BadgeTone::Warning => "bg-amber-50 text-amber-900 ring-amber-200",
    };
    view! {
        <span class=format!("inline-flex items-center rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset {tone}")>
            {text}
        </span>
    }
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum BadgeTone {
    #[default]
    Neutral,
    Accent,
    Warning,
}

/// A message box; `role` is `alert` for errors (read out at once) and `status` otherwise.
#[component]
pub fn Alert(#[prop(optional)] error: bool, children: Children) -> impl IntoView {
    let (class, role) = if error {
        ("border-red-300 bg-red-50 text-red-900", "alert")
    } else {
        ("border-emerald-300 bg-emerald-50 text-emerald-900", "status")
    };
    view! {
        <div role=role class=format!("rounded-md border px-4 py-3 text-sm {class}")>
            {children()}
        </div>
    }
}

/// What a page shows when loading its data failed.
#[component]
pub fn ErrorPanel(error: AppError) -> impl IntoView {
    let detail = match &error {
        AppError::Internal(reference) => Some(format!("{} {reference}", t("error-reference"))),
        AppError::BadRequest(problem) => Some(problem.clone()),
        _ => None,
    };
    view! {
        <Alert error=true>
            <p class="font-semibold">{t(error.message_key())}</p>
            {detail.map(|d| view! { <p class="mt-1 text-xs">{d}</p> })}
        </Alert>
    }
}

/// A placeholder while data loads.
#[component]
pub fn Loading() -> impl IntoView {
    view! { <p class="py-8 text-center text-sm text-stone-500" aria-live="polite">{t("loading")}</p> }
}

/// Previous / next links that keep the current filters.
#[component]
pub fn Pagination(page: u64, pages: u64, href: impl Fn(u64) -> String + 'static) -> impl IntoView {
    let prev = (page > 1).then(|| href(page - 1));
    let next = (page < pages).then(|| href(page + 1));
    let label = crate::i18n::t_with("pagination-status", &[("page", page.to_string()), ("pages", pages.to_string())]);
    view! {
        <nav aria-label=t("pagination-label") class="mt-6 flex items-center justify-between gap-4">
            {match prev {
                Some(h) => view! { <a class=BUTTON_SECONDARY href=h rel="prev">{t("pagination-previous")}</a> }.into_any(),
                None => view! { <span></span> }.into_any(),
            }}
            <span class="text-sm text-stone-600" data-testid="page-status">{label}</span>
            {match next {
                Some(h) => view! { <a class=BUTTON_SECONDARY href=h rel="next">{t("pagination-next")}</a> }.into_any(),
                None => view! { <span></span> }.into_any(),
            }}
        </nav>
    }
}

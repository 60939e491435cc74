//! Signing in with email and password.

use crate::components::forms::{TextField, field_error};
use crate::components::ui::{Alert, BUTTON_PRIMARY, CARD, LINK};
use crate::error::AppError;
use crate::i18n::{t, t_with};
use crate::state::{rejection, use_session};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;
use model::FieldErrors;
use serde::Deserialize;

#[derive(Default, Deserialize)]
struct Echo {
    email: String,
}

#[component]
pub fn SignInPage() -> impl IntoView {
    let sign_in = use_session().sign_in;
    let next = use_query_map().with_untracked(|q| q.get("next")).unwrap_or_default();
    let rejection = rejection(sign_in);
    let errors: Signal<Option<FieldErrors>> = Signal::derive(move || {
        rejection.get().and_then(|e| e.field_errors().cloned()).map(|mut e| {
            // "Wrong address or password" belongs to the form, not to one field.
            if e.get("password") == Some("error-sign-in-failed") {
                e.0.remove("password");
            }
            e
        })
    });
    let form_error = move || {
        rejection.get().and_then(|e| match e {
            AppError::Invalid { errors, .. } => errors.get("password").filter(|k| *k == "error-sign-in-failed").map(t),
            AppError::RateLimited { retry_after_secs } => {
                Some(t_with("error-rate-limited-wait", &[("seconds", retry_after_secs.to_string())]))
            }
            other => Some(t(other.message_key())),
        })
    };
    let email = rejection.get_untracked().and_then(|e| e.echoed::<Echo>()).unwrap_or_default().email;
    view! {
        <Title text=t("sign-in")/>
        <div class="mx-auto max-w-md">
            <h1 class="text-2xl font-bold tracking-tight">{t("sign-in")}</h1>
            <ActionForm action=sign_in attr:class=format!("{CARD} mt-6 space-y-4") attr:novalidate="" attr:data-testid="sign-in-form">
                {move || form_error().map(|message| view! { <Alert error=true>{message}</Alert> })}
                <TextField name="email" label=t("field-email") value=email input_type="email" autocomplete="email" required=true error=field_error(errors, "email")/>
                <TextField name="password" label=t("field-password") input_type="password" autocomplete="current-password" required=true error=field_error(errors, "password")/>
                <input type="hidden" name="next" value=next/>
                <button type="submit" class=format!("{BUTTON_PRIMARY} w-full") disabled=move || sign_in.pending().get()>{t("sign-in")}</button>
            </ActionForm>
            <p class="mt-4 text-sm text-stone-600">{t("sign-in-no-account")} " " <a class=LINK href="/sign-up">{t("sign-up")}</a></p>
        </div>
    }
}

//! Creating an account together with the organisation one acts for.

use crate::components::forms::{ErrorSummary, SelectField, TextField, field_error};
use crate::components::ui::{BUTTON_PRIMARY, CARD, ErrorPanel, LINK};
use crate::i18n::t;
use crate::state::{rejection, use_session};
use crate::vocab;
use leptos::prelude::*;
use leptos_meta::Title;
use model::FieldErrors;
use model::account::SignUpForm;

#[component]
pub fn SignUpPage() -> impl IntoView {
    let sign_up = use_session().sign_up;
    let rejection = rejection(sign_up);
    let errors: Signal<Option<FieldErrors>> =
        Signal::derive(move || rejection.get().and_then(|e| e.field_errors().cloned()));
    let other_error = move || rejection.get().filter(|e| e.field_errors().is_none());
    let form: SignUpForm = rejection.get_untracked().and_then(|e| e.echoed()).unwrap_or_default();
    let err = move |field: &'static str| field_error(errors, field);
    let labels = vec![
        ("name", t("field-person-name")),
        ("email", t("field-email")),
        ("password", t("field-password")),
        ("org_name", t("field-org-name")),
        ("org_kind", t("field-kind")),
        ("country", t("field-country")),
        ("city", t("field-city")),
    ];
    view! {
        <Title text=t("sign-up")/>
        <div class="mx-auto max-w-xl">
            <h1 class="text-2xl font-bold tracking-tight">{t("sign-up-title")}</h1>
            <p class="mt-1 text-stone-600">{t("sign-up-intro")}</p>
            <ActionForm action=sign_up attr:class=format!("{CARD} mt-6 space-y-4") attr:novalidate="" attr:data-testid="sign-up-form">
                <ErrorSummary errors labels prefix="form["/>
                {move || other_error().map(|error| view! { <ErrorPanel error/> })}
                <h2 class="text-lg font-semibold">{t("sign-up-you")}</h2>
                <TextField name="form[name]" label=t("field-person-name") value=form.name.clone() autocomplete="name" required=true error=err("name")/>
                <TextField name="form[email]" label=t("field-email") value=form.email.clone() input_type="email" autocomplete="email" required=true error=err("email")/>
                <TextField name="form[password]" label=t("field-password") input_type="password" autocomplete="new-password" required=true error=err("password") hint=t("hint-password")/>
                <h2 class="pt-2 text-lg font-semibold">{t("sign-up-organisation")}</h2>
                <TextField name="form[org_name]" label=t("field-org-name") value=form.org_name.clone() autocomplete="organization" required=true error=err("org_name")/>
                <SelectField name="form[org_kind]" label=t("field-kind") options=vocab::kinds() value=form.org_kind.clone() placeholder=t("choose-one") required=true error=err("org_kind")/>
                <SelectField name="form[country]" label=t("field-country") options=vocab::countries() value=form.country.clone() placeholder=t("choose-one") required=true error=err("country")/>
                <TextField name="form[city]" label=t("field-city") value=form.city.clone() autocomplete="address-level2" required=true error=err("city")/>
                <button type="submit" class=format!("{BUTTON_PRIMARY} w-full") disabled=move || sign_up.pending().get()>{t("sign-up")}</button>
            </ActionForm>
            <p class="mt-4 text-sm text-stone-600">{t("sign-up-have-account")} " " <a class=LINK href="/sign-in">{t("sign-in")}</a></p>
        </div>
    }
}

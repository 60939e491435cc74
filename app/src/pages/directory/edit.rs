//! Editing one's own organisation. The server checks the right to edit on load and again on
//! save; a rejected save shows every problem by its field and keeps everything typed, with
//! or without JavaScript.

use crate::components::forms::{CheckboxGroup, ErrorSummary, SelectField, TextArea, TextField, field_error, ungrouped};
use crate::components::ui::{Alert, BUTTON_PRIMARY, BUTTON_SECONDARY, CARD, ErrorPanel, Loading};
use crate::error::AppError;
use crate::i18n::t;
use crate::server_fns::organisation::{UpdateOrganisation, organisation_profile};
use crate::vocab;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::{use_params_map, use_query_map};
use model::FieldErrors;
use model::organisation::{OrgForm, OrgProfile};

#[component]
pub fn OrgEditPage() -> impl IntoView {
    let params = use_params_map();
    let slug = move || params.with(|p| p.get("slug").unwrap_or_default());
    let profile = Resource::new(slug, organisation_profile);
    view! {
        <Title text=t("edit-title")/>
        <Suspense fallback=Loading>
            {move || Suspend::new(async move {
                match profile.await {
                    Ok(org) if org.can_edit => view! { <EditForm org/> }.into_any(),
                    Ok(_) => {
                        #[cfg(feature = "ssr")]
                        crate::ssr::set_status(http::StatusCode::FORBIDDEN);
                        view! { <ErrorPanel error=AppError::Forbidden/> }.into_any()
                    }
                    Err(error) => view! { <ErrorPanel error/> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn EditForm(org: OrgProfile) -> impl IntoView {
    let save = ServerAction::<UpdateOrganisation>::new();
    let welcome = use_query_map().with_untracked(|q| q.get("welcome").is_some());
    let rejection = Signal::derive(move || save.value().get().and_then(Result::err));
    let errors: Signal<Option<FieldErrors>> =
        Signal::derive(move || rejection.get().and_then(|e| e.field_errors().cloned()));
    let other_error = move || rejection.get().filter(|e| e.field_errors().is_none());
    // After a rejection without JavaScript the server echoes what was sent; show that, not
    // the stored profile, so nothing typed is lost.
    let form: OrgForm = save
        .value()
        .with_untracked(|v| v.as_ref().and_then(|r| r.as_ref().err()).and_then(AppError::echoed))
        .unwrap_or_else(|| OrgForm::from(&org));
    let err = move |field: &'static str| field_error(errors, field);
    let labels = vec![
        ("name", t("field-name")),
        ("kind", t("field-kind")),
        ("country", t("field-country")),
        ("region", t("field-region")),
        ("city", t("field-city")),
        ("latitude", t("field-latitude")),
        ("longitude", t("field-longitude")),
        ("value_chains", t("field-value-chains")),
        ("topics_offered", t("field-topics-offered")),
        ("topics_needed", t("field-topics-needed")),
        ("size_band", t("field-size-band")),
        ("languages", t("field-languages")),
        ("certifications", t("field-certifications")),
        ("website", t("field-website")),
        ("description", t("field-description")),
        ("visibility", t("field-visibility")),
    ];
    view! {
        <h1 class="text-2xl font-bold tracking-tight">{t("edit-title")} ": " {org.name.clone()}</h1>
        {welcome.then(|| view! { <div class="mt-4"><Alert>{t("edit-welcome")}</Alert></div> })}
        <ActionForm action=save attr:class="mt-6 space-y-6" attr:novalidate="" attr:data-testid="org-edit-form">
            <ErrorSummary errors labels prefix="org["/>
            {move || other_error().map(|error| view! { <ErrorPanel error/> })}
            <input type="hidden" name="slug" value=org.slug.clone()/>
            <section class=format!("{CARD} grid gap-4 sm:grid-cols-2")>
                <h2 class="text-lg font-semibold sm:col-span-2">{t("edit-section-identity")}</h2>
                <div class="sm:col-span-2">
                    <TextField name="org[name]" label=t("field-name") value=form.name.clone() error=err("name") required=true autocomplete="organization"/>
                </div>
                <SelectField name="org[kind]" label=t("field-kind") options=vocab::kinds() value=form.kind.clone() error=err("kind") required=true/>
                <SelectField name="org[size_band]" label=t("field-size-band") options=vocab::size_bands() value=form.size_band.clone() error=err("size_band") placeholder=t("choose-none")/>
                <SelectField name="org[visibility]" label=t("field-visibility") options=vocab::visibilities() value=form.visibility.clone() error=err("visibility") required=true/>
                <TextField name="org[website]" label=t("field-website") value=form.website.clone() error=err("website") input_type="url" autocomplete="url" hint=t("hint-website")/>
                <div class="sm:col-span-2">
                    <TextArea name="org[description]" label=t("field-description") value=form.description.clone() error=err("description") rows=6 hint=t("hint-description")/>
                </div>
            </section>
            <section class=format!("{CARD} grid gap-4 sm:grid-cols-2")>
                <h2 class="text-lg font-semibold sm:col-span-2">{t("edit-section-location")}</h2>
                <SelectField name="org[country]" label=t("field-country") options=vocab::countries() value=form.country.clone() error=err("country") required=true/>
                <TextField name="org[region]" label=t("field-region") value=form.region.clone() error=err("region") hint=t("hint-region")/>
                <TextField name="org[city]" label=t("field-city") value=form.city.clone() error=err("city") required=true autocomplete="address-level2"/>
                <div class="grid grid-cols-2 gap-4">
                    <TextField name="org[latitude]" label=t("field-latitude") value=form.latitude.clone() error=err("latitude") inputmode="decimal"/>
                    <TextField name="org[longitude]" label=t("field-longitude") value=form.longitude.clone() error=err("longitude") inputmode="decimal"/>
                </div>
            </section>
            <section class=format!("{CARD} space-y-6")>
                <h2 class="text-lg font-semibold">{t("edit-section-work")}</h2>
                <CheckboxGroup name="org[value_chains][]" legend=t("field-value-chains") groups=ungrouped(vocab::value_chains()) selected=form.value_chains.clone() error=err("value_chains")/>
                <CheckboxGroup name="org[topics_offered][]" legend=t("field-topics-offered") groups=vocab::topics_by_value_chain() selected=form.topics_offered.clone() error=err("topics_offered") columns=3/>
                <CheckboxGroup name="org[topics_needed][]" legend=t("field-topics-needed") groups=vocab::topics_by_value_chain() selected=form.topics_needed.clone() error=err("topics_needed") columns=3/>
                <CheckboxGroup name="org[languages][]" legend=t("field-languages") groups=ungrouped(vocab::languages()) selected=form.languages.clone() error=err("languages") columns=3/>
                <TextArea name="org[certifications]" label=t("field-certifications") value=form.certifications.clone() error=err("certifications") rows=3 hint=t("hint-certifications")/>
            </section>
            <div class="flex flex-wrap items-center gap-3">
                <button type="submit" class=BUTTON_PRIMARY disabled=move || save.pending().get() data-testid="save">
                    {move || if save.pending().get() { t("saving") } else { t("save") }}
                </button>
                <a class=BUTTON_SECONDARY href=format!("/organisations/{}", org.slug)>{t("cancel")}</a>
            </div>
        </ActionForm>
    }
}

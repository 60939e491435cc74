//! `/exchange/<cohort>/application` and `/exchange/<cohort>/offer`: a member organisation's
//! visitor application and host offer. Save a draft (kept as typed, even unfinished) or submit
//! it for matching; a rejected submission names each field at fault and keeps everything
//! typed, with or without JavaScript.

use crate::components::forms::{CheckboxGroup, ErrorSummary, TextArea, TextField, field_error, ungrouped};
use crate::components::ui::{Alert, BUTTON_PRIMARY, BUTTON_SECONDARY, CARD, ErrorPanel, Loading};
use crate::error::AppError;
use crate::i18n::t;
use crate::pages::exchange::home::CohortFacts;
use crate::server_fns::exchange_member::{SaveApplication, SaveOffer, load_application, load_offer};
use crate::vocab;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;
use model::FieldErrors;
use model::exchange::EntryPage;
use model::exchange::{ApplicationForm, OfferForm, Status, WINDOW_FIELDS, WINDOWS_MAX, WindowForm};

fn cohort_param() -> Memo<String> {
    let params = use_params_map();
    Memo::new(move |_| params.with(|p| p.get("cohort").unwrap_or_default()))
}

#[component]
pub fn ApplicationPage() -> impl IntoView {
    let cohort = cohort_param();
    let page = Resource::new(move || cohort.get(), load_application);
    view! {
        <Title text=t("exchange-your-application")/>
        <Suspense fallback=Loading>
            {move || Suspend::new(async move {
                match page.await {
                    Ok(page) => view! { <ApplicationEditor page/> }.into_any(),
                    Err(error) => view! { <ErrorPanel error/> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
pub fn OfferPage() -> impl IntoView {
    let cohort = cohort_param();
    let page = Resource::new(move || cohort.get(), load_offer);
    view! {
        <Title text=t("exchange-your-offer")/>
        <Suspense fallback=Loading>
            {move || Suspend::new(async move {
                match page.await {
                    Ok(page) => view! { <OfferEditor page/> }.into_any(),
                    Err(error) => view! { <ErrorPanel error/> }.into_any(),
                }
            })}
        </Suspense>
    }
}

/// The latest rejection's field errors, and any other refusal.
fn rejection(
    value: impl Fn() -> Option<Result<(), AppError>> + Copy + Send + Sync + 'static,
) -> (Signal<Option<FieldErrors>>, Signal<Option<AppError>>) {
    let errors = Signal::derive(move || value().and_then(Result::err).and_then(|e| e.field_errors().cloned()));
    let other = Signal::derive(move || value().and_then(Result::err).filter(|e| e.field_errors().is_none()));
    (errors, other)
}

/// The header every entry form shares: title, cohort facts, status, and a closed call.
#[component]
fn EntryHeader<F: 'static>(title: String, page: EntryPage<F>) -> impl IntoView {
    let status = page.status.map(|s| t(&s.label_key())).unwrap_or_else(|| t("entry-not-started"));
    view! {
        <p class="text-sm text-stone-600"><a class="hover:underline" href=format!("/exchange/{}", page.cohort.slug)>{page.cohort.name.clone()}</a></p>
        <h1 class="text-2xl font-bold tracking-tight">{title}</h1>
        <CohortFacts cohort=page.cohort.clone()/>
        <p class="mt-1 text-sm text-stone-700" data-testid="entry-status">{t("entry-status")}": "{status}</p>
        {(page.status == Some(Status::Submitted)).then(|| view! { <p class="mt-1 text-sm text-stone-600">{t("entry-submitted-hint")}</p> })}
        {(!page.open).then(|| view! { <div class="mt-4"><Alert error=true>{t("error-cohort-closed")}</Alert></div> })}
    }
}

/// Save draft and submit: one form, two buttons (the pressed one posts its `action`).
#[component]
fn EntryButtons(submitted: bool, open: bool, back: String) -> impl IntoView {
    view! {
        <div class="flex flex-wrap items-center gap-3">
            <button type="submit" name="action" value="submit" class=BUTTON_PRIMARY disabled=!open data-testid="submit">{t("entry-submit")}</button>
            {(!submitted).then(|| view! {
                <button type="submit" name="action" value="draft" class=BUTTON_SECONDARY disabled=!open data-testid="save-draft">{t("entry-save-draft")}</button>
            })}
            <a class=BUTTON_SECONDARY href=back>{t("cancel")}</a>
        </div>
    }
}

#[component]
fn ApplicationEditor(page: EntryPage<ApplicationForm>) -> impl IntoView {
    let save = ServerAction::<SaveApplication>::new();
    let (errors, other) = rejection(move || save.value().get());
    let form: ApplicationForm = save
        .value()
        .with_untracked(|v| v.as_ref().and_then(|r| r.as_ref().err()).and_then(AppError::echoed))
        .unwrap_or_else(|| page.form.clone());
    let err = move |field: &'static str| field_error(errors, field);
    let labels = vec![
        ("topics_wanted", t("field-topics-wanted")),
        ("value_chains", t("field-value-chains")),
        ("preferred_countries", t("field-preferred-countries")),
        ("languages", t("field-languages")),
        ("available_from", t("field-available-from")),
        ("available_to", t("field-available-to")),
        ("stay_days", t("field-stay-days")),
        ("motivation", t("field-motivation")),
    ];
    let slug = page.cohort.slug.clone();
    let stay_hint = crate::i18n::t_with(
        "hint-stay-days",
        &[("min", page.cohort.stay_min_days.to_string()), ("max", page.cohort.stay_max_days.to_string())],
    );
    let (submitted, open) = (page.status == Some(Status::Submitted), page.open);
    view! {
        <EntryHeader title=t("exchange-your-application") page=page.clone()/>
        <ActionForm action=save attr:class="mt-6 space-y-6" attr:novalidate="" attr:data-testid="application-form">
            <ErrorSummary errors labels prefix="application["/>
            {move || other.get().map(|error| view! { <ErrorPanel error/> })}
            <input type="hidden" name="cohort" value=slug.clone()/>
            <section class=format!("{CARD} space-y-6")>
                <h2 class="text-lg font-semibold">{t("application-section-learn")}</h2>
                <CheckboxGroup name="application[topics_wanted][]" legend=t("field-topics-wanted") groups=vocab::topics_by_value_chain() selected=form.topics_wanted.clone() error=err("topics_wanted") columns=3/>
                <CheckboxGroup name="application[value_chains][]" legend=t("field-value-chains") groups=ungrouped(vocab::value_chains()) selected=form.value_chains.clone() error=err("value_chains")/>
                <TextArea name="application[motivation]" label=t("field-motivation") value=form.motivation.clone() error=err("motivation") rows=5 hint=t("hint-motivation")/>
            </section>
            <section class=format!("{CARD} space-y-6")>
                <h2 class="text-lg font-semibold">{t("application-section-travel")}</h2>
                <CheckboxGroup name="application[preferred_countries][]" legend=t("field-preferred-countries") groups=ungrouped(vocab::countries()) selected=form.preferred_countries.clone() error=err("preferred_countries") columns=3/>
                <CheckboxGroup name="application[languages][]" legend=t("field-languages") groups=ungrouped(vocab::languages()) selected=form.languages.clone() error=err("languages") columns=3/>
                <div class="grid gap-4 sm:grid-cols-3">
                    <TextField name="application[available_from]" label=t("field-available-from") value=form.available_from.clone() error=err("available_from") input_type="date" required=true/>
                    <TextField name="application[available_to]" label=t("field-available-to") value=form.available_to.clone() error=err("available_to") input_type="date" required=true/>
                    <TextField name="application[stay_days]" label=t("field-stay-days") value=form.stay_days.clone() error=err("stay_days") inputmode="numeric" required=true hint=stay_hint/>
                </div>
            </section>
            <EntryButtons submitted open back=format!("/exchange/{slug}")/>
        </ActionForm>
    }
}

#[component]
fn OfferEditor(page: EntryPage<OfferForm>) -> impl IntoView {
    let save = ServerAction::<SaveOffer>::new();
    let (errors, other) = rejection(move || save.value().get());
    let mut form: OfferForm = save
        .value()
        .with_untracked(|v| v.as_ref().and_then(|r| r.as_ref().err()).and_then(AppError::echoed))
        .unwrap_or_else(|| page.form.clone());
    form.windows.resize(WINDOWS_MAX, WindowForm::default());
    let windows_shown = form.windows.clone();
    let err = move |field: &'static str| field_error(errors, field);
    let window_labels: Vec<(&'static str, String)> = WINDOW_FIELDS
        .iter()
        .enumerate()
        .flat_map(|(i, (from, to))| {
            let n = (i + 1).to_string();
            [
                (*from, crate::i18n::t_with("field-window-from", &[("n", n.clone())])),
                (*to, crate::i18n::t_with("field-window-to", &[("n", n)])),
            ]
        })
        .collect();
    let mut labels = vec![
        ("topics_offered", t("field-topics-shown")),
        ("topics_wanted", t("field-topics-brought")),
        ("capacity", t("field-capacity")),
        ("languages", t("field-languages")),
        ("includes", t("field-includes")),
    ];
    labels.extend(window_labels.iter().cloned());
    let slug = page.cohort.slug.clone();
    let (submitted, open) = (page.status == Some(Status::Submitted), page.open);
    let windows = windows_shown
        .iter()
        .enumerate()
        .map(|(i, w)| {
            let (from_field, to_field) = WINDOW_FIELDS[i];
            let (from_label, to_label) = (window_labels[2 * i].1.clone(), window_labels[2 * i + 1].1.clone());
            view! {
                <div class="grid gap-4 sm:grid-cols-2">
                    <TextField name=format!("offer[windows][{i}][from]") label=from_label value=w.from.clone() error=field_error(errors, from_field) input_type="date"/>
                    <TextField name=format!("offer[windows][{i}][to]") label=to_label value=w.to.clone() error=field_error(errors, to_field) input_type="date"/>
                </div>
            }
        })
        .collect_view();
    view! {
        <EntryHeader title=t("exchange-your-offer") page=page.clone()/>
        <ActionForm action=save attr:class="mt-6 space-y-6" attr:novalidate="" attr:data-testid="offer-form">
            <ErrorSummary errors labels prefix="offer["/>
            {move || other.get().map(|error| view! { <ErrorPanel error/> })}
            <input type="hidden" name="cohort" value=slug.clone()/>
            <section class=format!("{CARD} space-y-6")>
                <h2 class="text-lg font-semibold">{t("offer-section-visit")}</h2>
                <CheckboxGroup name="offer[topics_offered][]" legend=t("field-topics-shown") groups=vocab::topics_by_value_chain() selected=form.topics_offered.clone() error=err("topics_offered") columns=3/>
                <CheckboxGroup name="offer[topics_wanted][]" legend=t("field-topics-brought") groups=vocab::topics_by_value_chain() selected=form.topics_wanted.clone() error=err("topics_wanted") columns=3/>
                <TextArea name="offer[includes]" label=t("field-includes") value=form.includes.clone() error=err("includes") rows=4 hint=t("hint-includes")/>
            </section>
            <section class=format!("{CARD} space-y-6")>
                <h2 class="text-lg font-semibold">{t("offer-section-when")}</h2>
                <TextField name="offer[capacity]" label=t("field-capacity") value=form.capacity.clone() error=err("capacity") inputmode="numeric" required=true hint=t("hint-capacity")/>
                <p class="text-sm text-stone-600">{t("hint-windows")}</p>
                {windows}
                <CheckboxGroup name="offer[languages][]" legend=t("field-languages") groups=ungrouped(vocab::languages()) selected=form.languages.clone() error=err("languages") columns=3/>
            </section>
            <EntryButtons submitted open back=format!("/exchange/{slug}")/>
        </ActionForm>
    }
}

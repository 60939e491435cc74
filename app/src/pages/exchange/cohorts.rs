//! `/exchange`: the ClusterXchange cohorts, each with its dates, quotas and where to go next;
//! and, for organisers, `/exchange/new` and `/exchange/<cohort>/edit` to open or change one.

use crate::components::forms::{ErrorSummary, SelectField, TextField, field_error};
use crate::components::ui::{Alert, BUTTON_PRIMARY, BUTTON_SECONDARY, CARD, ErrorPanel, Loading};
use crate::error::AppError;
use crate::i18n::{t, t_with};
use crate::pages::exchange::home::CohortFacts;
use crate::server_fns::cohorts::{SaveCohort, list_cohorts, load_cohort_form};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;
use model::FieldErrors;
use model::exchange::CohortList;
use model::exchange::{CohortForm, MatchingMode, ParticipantType};

#[component]
pub fn CohortsPage() -> impl IntoView {
    let list = Resource::new(|| (), |_| list_cohorts());
    view! {
        <Title text=t("exchange-title")/>
        <Suspense fallback=Loading>
            {move || Suspend::new(async move {
                match list.await {
                    Ok(list) => view! { <Cohorts list/> }.into_any(),
                    Err(error) => view! { <ErrorPanel error/> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn Cohorts(list: CohortList) -> impl IntoView {
    let organiser = list.organiser;
    let today = list.today;
    view! {
        <div class="flex flex-wrap items-end justify-between gap-3">
            <div>
                <h1 class="text-2xl font-bold tracking-tight">{t("exchange-title")}</h1>
                <p class="mt-1 max-w-prose text-stone-700">{t("exchange-intro")}</p>
            </div>
            {organiser.then(|| view! { <a class=BUTTON_PRIMARY href="/exchange/new" data-testid="new-cohort">{t("cohort-new")}</a> })}
        </div>
        {list.cohorts.is_empty().then(|| view! { <p class="mt-6 text-stone-600">{t("exchange-no-cohorts")}</p> })}
        <ul class="mt-6 space-y-4" data-testid="cohorts">
            {list.cohorts.into_iter().map(|c| {
                let open = c.is_open_on(today);
                let quotas = ParticipantType::ALL
                    .iter()
                    .map(|&p| format!("{} {}", c.quotas.of(p), t(&p.label_key())))
                    .collect::<Vec<_>>()
                    .join(" · ");
                let slug = c.slug.clone();
                view! {
                    <li class=CARD>
                        <div class="flex flex-wrap items-start justify-between gap-2">
                            <h2 class="text-lg font-semibold"><a class="hover:underline" href=format!("/exchange/{slug}")>{c.name.clone()}</a></h2>
                            <span class="text-sm font-medium" class=("text-emerald-800", open) class=("text-stone-600", !open)>
                                {t(if open { "cohort-open" } else { "cohort-closed" })}
                            </span>
                        </div>
                        <CohortFacts cohort=c.clone()/>
                        <p class="mt-1 text-sm text-stone-600">{t("cohort-quotas")}": "{quotas}</p>
                        <div class="mt-3 flex flex-wrap gap-3">
                            <a class=BUTTON_SECONDARY href=format!("/exchange/{slug}")>{t("cohort-take-part")}</a>
                            {organiser.then(|| view! {
                                <a class=BUTTON_SECONDARY href=format!("/exchange/{slug}/board")>{t("board-title")}</a>
                                <a class=BUTTON_SECONDARY href=format!("/exchange/{slug}/edit")>{t("cohort-edit")}</a>
                            })}
                        </div>
                    </li>
                }
            }).collect_view()}
        </ul>
    }
}

/// Opens a cohort (`/exchange/new`) or changes one (`/exchange/<cohort>/edit`); organisers only,
/// checked by the server on load and on save.
#[component]
pub fn CohortEditPage() -> impl IntoView {
    let params = use_params_map();
    let slug = Memo::new(move |_| params.with(|p| p.get("cohort").unwrap_or_default()));
    let form = Resource::new(move || slug.get(), load_cohort_form);
    view! {
        <Title text=t("cohort-edit")/>
        <Suspense fallback=Loading>
            {move || Suspend::new(async move {
                match form.await {
                    Ok(form) => view! { <CohortEditor form slug=slug.get_untracked()/> }.into_any(),
                    Err(error) => {
                        #[cfg(feature = "ssr")]
                        crate::ssr::set_status(error.status());
                        view! { <ErrorPanel error/> }.into_any()
                    }
                }
            })}
        </Suspense>
    }
}

/// The quota fields' error keys (`quota-<type>`), in display order.
const QUOTA_FIELDS: [&str; 5] = ["quota-sme", "quota-cluster", "quota-scaleup", "quota-large", "quota-public"];

#[component]
fn CohortEditor(form: CohortForm, slug: String) -> impl IntoView {
    let save = ServerAction::<SaveCohort>::new();
    let errors: Signal<Option<FieldErrors>> =
        Signal::derive(move || save.value().get().and_then(Result::err).and_then(|e| e.field_errors().cloned()));
    let other = move || save.value().get().and_then(Result::err).filter(|e| e.field_errors().is_none());
    let form: CohortForm = save
        .value()
        .with_untracked(|v| v.as_ref().and_then(|r| r.as_ref().err()).and_then(AppError::echoed))
        .unwrap_or(form);
    let err = move |field: &'static str| field_error(errors, field);
    let mut labels = vec![
        ("name", t("field-cohort-name")),
        ("applications_open", t("field-applications-open")),
        ("applications_close", t("field-applications-close")),
        ("exchanges_start", t("field-exchanges-start")),
        ("exchanges_end", t("field-exchanges-end")),
        ("stay_min_days", t("field-stay-min")),
        ("stay_max_days", t("field-stay-max")),
        ("mode", t("field-mode")),
    ];
    labels.extend(
        ParticipantType::ALL
            .iter()
            .zip(QUOTA_FIELDS)
            .map(|(p, f)| (f, t_with("field-quota", &[("type", t(&p.label_key()))]))),
    );
    let modes: Vec<(String, String)> =
        MatchingMode::ALL.iter().map(|m| (m.slug().to_owned(), t(&m.label_key()))).collect();
    let title = if slug.is_empty() { t("cohort-new") } else { t("cohort-edit") };
    let back = if slug.is_empty() { "/exchange".to_owned() } else { format!("/exchange/{slug}/board") };
    view! {
        <h1 class="text-2xl font-bold tracking-tight">{title}</h1>
        {slug.is_empty().then(|| view! { <div class="mt-4"><Alert>{t("cohort-new-hint")}</Alert></div> })}
        <ActionForm action=save attr:class="mt-6 space-y-6" attr:novalidate="" attr:data-testid="cohort-form">
            <ErrorSummary errors labels prefix="cohort["/>
            {move || other().map(|error| view! { <ErrorPanel error/> })}
            <input type="hidden" name="slug" value=slug.clone()/>
            <section class=format!("{CARD} grid gap-4 sm:grid-cols-2")>
                <div class="sm:col-span-2">
                    <TextField name="cohort[name]" label=t("field-cohort-name") value=form.name.clone() error=err("name") required=true/>
                </div>
                <TextField name="cohort[applications_open]" label=t("field-applications-open") value=form.applications_open.clone() error=err("applications_open") input_type="date" required=true/>
                <TextField name="cohort[applications_close]" label=t("field-applications-close") value=form.applications_close.clone() error=err("applications_close") input_type="date" required=true/>
                <TextField name="cohort[exchanges_start]" label=t("field-exchanges-start") value=form.exchanges_start.clone() error=err("exchanges_start") input_type="date" required=true/>
                <TextField name="cohort[exchanges_end]" label=t("field-exchanges-end") value=form.exchanges_end.clone() error=err("exchanges_end") input_type="date" required=true/>
                <TextField name="cohort[stay_min_days]" label=t("field-stay-min") value=form.stay_min_days.clone() error=err("stay_min_days") inputmode="numeric" required=true/>
                <TextField name="cohort[stay_max_days]" label=t("field-stay-max") value=form.stay_max_days.clone() error=err("stay_max_days") inputmode="numeric" required=true/>
                <div class="sm:col-span-2">
                    <SelectField name="cohort[mode]" label=t("field-mode") options=modes value=form.mode.clone() error=err("mode") required=true/>
                </div>
            </section>
            <section class=format!("{CARD} grid gap-4 sm:grid-cols-5")>
                <h2 class="text-lg font-semibold sm:col-span-5">{t("cohort-quotas")}</h2>
                {ParticipantType::ALL.iter().zip(QUOTA_FIELDS).map(|(p, field)| {
                    let value = form.quotas.get(p.slug()).cloned().unwrap_or_default();
                    view! {
                        <TextField name=format!("cohort[quotas][{}]", p.slug()) label=t(&p.label_key()) value error=err(field) inputmode="numeric"/>
                    }
                }).collect_view()}
            </section>
            <div class="flex flex-wrap items-center gap-3">
                <button type="submit" class=BUTTON_PRIMARY data-testid="save">{t("save")}</button>
                <a class=BUTTON_SECONDARY href=back>{t("cancel")}</a>
            </div>
        </ActionForm>
    }
}

//! `/survey/challenges`: administrators keep the survey's challenge list: rename, describe,
//! link to the topics whose organisations can help, retire, or add one. One form at a time
//! (`?edit=<slug>` or `?edit=new`), so it works without JavaScript and ids stay unique.

use super::challenge_name;
use crate::components::forms::{CheckboxGroup, TextArea, TextField, field_error};
use crate::components::ui::{Alert, BUTTON_PRIMARY, BUTTON_SECONDARY, CARD, ErrorPanel, LINK, Loading};
use crate::error::AppError;
use crate::i18n::t;
use crate::server_fns::survey::{OpenRound, SaveChallenge, load_challenge_editor};
use crate::vocab;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;
use model::FieldErrors;
use model::survey::RoundForm;
use model::survey::{Challenge, ChallengeForm};

#[component]
pub fn SurveyChallengesPage() -> impl IntoView {
    // Loaded again after every save, so the list shows what was just saved.
    let save = ServerAction::<SaveChallenge>::new();
    let list = Resource::new(move || save.version().get(), |_| load_challenge_editor());
    let query = use_query_map();
    let editing = Memo::new(move |_| query.with(|q| q.get("edit")));
    let saved = query.with_untracked(|q| q.get("saved").is_some());
    view! {
        <Title text=t("challenges-title")/>
        <h1 class="text-2xl font-bold tracking-tight">{t("challenges-title")}</h1>
        <p class="mt-1 text-stone-600">{t("challenges-intro")}</p>
        {saved.then(|| view! { <div class="mt-4"><Alert>{t("challenges-saved")}</Alert></div> })}
        <Suspense fallback=Loading>
            {move || {
                let editing = editing.get();
                Suspend::new(async move {
                    match list.await {
                        Ok(list) => {
                            let form = editing.as_deref().and_then(|slug| {
                                if slug == "new" {
                                    Some(ChallengeForm { active: Some("on".into()), ..Default::default() })
                                } else {
                                    list.iter().find(|c| c.slug == slug).map(form_of)
                                }
                            });
                            view! {
                                {form.map(|form| view! { <EditChallenge form save/> })}
                                <ChallengeList list/>
                                <OpenRound/>
                            }
                            .into_any()
                        }
                        Err(error) => view! { <ErrorPanel error/> }.into_any(),
                    }
                })
            }}
        </Suspense>
    }
}

fn form_of(c: &Challenge) -> ChallengeForm {
    ChallengeForm {
        slug: c.slug.clone(),
        name: c.name.clone(),
        description: c.description.clone(),
        topics: c.topics.iter().map(|t| t.slug().to_owned()).collect(),
        active: c.active.then(|| "on".to_owned()),
    }
}

#[component]
fn ChallengeList(list: Vec<Challenge>) -> impl IntoView {
    view! {
        <div class="relative mt-6 overflow-x-auto rounded-lg border border-stone-200 bg-white">
            <table class="min-w-full divide-y divide-stone-200 text-sm" data-testid="challenge-list">
                <thead class="bg-stone-50"><tr>
                    <th scope="col" class="px-3 py-2 text-left">{t("survey-challenge")}</th>
                    <th scope="col" class="px-3 py-2 text-left">{t("survey-who-helps")}</th>
                    <th scope="col" class="px-3 py-2 text-left">{t("challenges-status")}</th>
                    <th scope="col" class="px-3 py-2"><span class="sr-only">{t("challenges-edit")}</span></th>
                </tr></thead>
                <tbody class="divide-y divide-stone-100">
                    {list.into_iter().map(|c| view! { <tr>
                        <th scope="row" class="px-3 py-2 text-left font-medium">{challenge_name(&c.slug, &c.name)}</th>
                        <td class="px-3 py-2 text-xs text-stone-600">{c.topics.iter().map(|t| crate::i18n::t(&t.label_key())).collect::<Vec<_>>().join(", ")}</td>
                        <td class="px-3 py-2">{if c.active { t("challenges-active") } else { t("challenges-retired") }}</td>
                        <td class="px-3 py-2 text-right"><a class=LINK href=format!("/survey/challenges?edit={}", c.slug)>{t("challenges-edit")}</a></td>
                    </tr> }).collect_view()}
                </tbody>
            </table>
        </div>
        <a class=format!("{BUTTON_SECONDARY} mt-4") href="/survey/challenges?edit=new">{t("challenges-add")}</a>
    }
}

#[component]
fn EditChallenge(form: ChallengeForm, save: ServerAction<SaveChallenge>) -> impl IntoView {
    let rejection = Signal::derive(move || save.value().get().and_then(Result::err));
    let errors: Signal<Option<FieldErrors>> =
        Signal::derive(move || rejection.get().and_then(|e| e.field_errors().cloned()));
    let other_error = move || rejection.get().filter(|e| e.field_errors().is_none());
    let form: ChallengeForm = save
        .value()
        .with_untracked(|v| v.as_ref().and_then(|r| r.as_ref().err()).and_then(AppError::echoed))
        .unwrap_or(form);
    let title = if form.slug.is_empty() { t("challenges-add") } else { challenge_name(&form.slug, &form.name) };
    view! {
        <section class=format!("{CARD} mt-6") aria-labelledby="edit-heading">
            <h2 id="edit-heading" class="text-lg font-semibold">{title}</h2>
            <ActionForm action=save attr:class="mt-4 space-y-4" attr:novalidate="" attr:data-testid="challenge-form">
                {move || other_error().map(|error| view! { <ErrorPanel error/> })}
                <input type="hidden" name="challenge[slug]" value=form.slug.clone()/>
                <TextField name="challenge[name]" label=t("challenges-name") value=form.name.clone() required=true error=field_error(errors, "name")/>
                <TextArea name="challenge[description]" label=t("field-description") value=form.description.clone() error=field_error(errors, "description") rows=3/>
                <CheckboxGroup name="challenge[topics][]" legend=t("challenges-topics") groups=vocab::topics_by_value_chain() selected=form.topics.clone() error=field_error(errors, "topics") columns=3/>
                <label class="flex items-center gap-2 text-sm">
                    <input type="checkbox" name="challenge[active]" checked=form.active.is_some() class="accent-emerald-700"/>
                    {t("challenges-on-survey")}
                </label>
                <div class="flex gap-3">
                    <button type="submit" class=BUTTON_PRIMARY>{t("challenges-save")}</button>
                    <a class=BUTTON_SECONDARY href="/survey/challenges">{t("challenges-cancel")}</a>
                </div>
            </ActionForm>
        </section>
    }
}

/// Opening the next survey round: a title and its first and last days.
#[component]
fn OpenRound() -> impl IntoView {
    let open = ServerAction::<OpenRound>::new();
    let rejection = Signal::derive(move || open.value().get().and_then(Result::err));
    let errors: Signal<Option<FieldErrors>> =
        Signal::derive(move || rejection.get().and_then(|e| e.field_errors().cloned()));
    let other_error = move || rejection.get().filter(|e| e.field_errors().is_none());
    let form: RoundForm = open
        .value()
        .with_untracked(|v| v.as_ref().and_then(|r| r.as_ref().err()).and_then(AppError::echoed))
        .unwrap_or_default();
    view! {
        <section class=format!("{CARD} mt-8") aria-labelledby="round-heading">
            <h2 id="round-heading" class="text-lg font-semibold">{t("rounds-open-title")}</h2>
            <p class="text-sm text-stone-600">{t("rounds-open-intro")}</p>
            <ActionForm action=open attr:class="mt-4 grid gap-4 sm:grid-cols-3" attr:novalidate="" attr:data-testid="round-form">
                {move || other_error().map(|error| view! { <div class="sm:col-span-3"><ErrorPanel error/></div> })}
                <TextField name="round[title]" label=t("rounds-title") value=form.title.clone() required=true error=field_error(errors, "title")/>
                <TextField name="round[opens_on]" label=t("rounds-opens") value=form.opens_on.clone() input_type="date" required=true error=field_error(errors, "opens_on")/>
                <TextField name="round[closes_on]" label=t("rounds-closes") value=form.closes_on.clone() input_type="date" required=true error=field_error(errors, "closes_on")/>
                <div class="sm:col-span-3"><button type="submit" class=BUTTON_PRIMARY>{t("rounds-open")}</button></div>
            </ActionForm>
        </section>
    }
}

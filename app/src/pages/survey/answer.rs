//! `/survey/answer`: an organisation rates each challenge from 1 to 5 (or leaves it blank).
//! A rejected submission names each field at fault and keeps every answer as given, with or
//! without JavaScript; the server checks again who may answer and that the round is open.

use super::challenge_name;
use crate::components::ui::{Alert, BUTTON_PRIMARY, CARD, ErrorPanel, Loading};
use crate::error::AppError;
use crate::i18n::t;
use crate::server_fns::survey::{SaveAnswers, load_my_answers};
use leptos::prelude::*;
use leptos_meta::Title;
use model::FieldErrors;
use model::survey::MyAnswers;
use model::survey::{RATING_MAX, RATING_MIN, SurveyForm, rating_field};

#[component]
pub fn SurveyAnswerPage() -> impl IntoView {
    let mine = Resource::new(|| (), |_| load_my_answers());
    view! {
        <Title text=t("survey-answer")/>
        <Suspense fallback=Loading>
            {move || Suspend::new(async move {
                match mine.await {
                    Ok(mine) => view! { <AnswerForm mine/> }.into_any(),
                    Err(error) => view! { <ErrorPanel error/> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn AnswerForm(mine: MyAnswers) -> impl IntoView {
    let save = ServerAction::<SaveAnswers>::new();
    let rejection = Signal::derive(move || save.value().get().and_then(Result::err));
    let errors: Signal<Option<FieldErrors>> =
        Signal::derive(move || rejection.get().and_then(|e| e.field_errors().cloned()));
    // After a rejection without JavaScript the server echoes the answers as sent.
    let form: SurveyForm = save
        .value()
        .with_untracked(|v| v.as_ref().and_then(|r| r.as_ref().err()).and_then(AppError::echoed))
        .unwrap_or(mine.form.clone());
    let names: Vec<(String, String)> =
        mine.challenges.iter().map(|c| (rating_field(&c.slug), challenge_name(&c.slug, &c.name))).collect();
    let summary = move || {
        errors.get().filter(|e| !e.is_empty()).map(|e| {
            let items = e
                .0
                .iter()
                .map(|(field, key)| {
                    let label = names.iter().find(|(f, _)| f == field).map_or_else(|| t("survey-title"), |(_, n)| n.clone());
                    view! { <li><a class="underline" href=format!("#{field}")>{format!("{label}: {}", t(key))}</a></li> }
                })
                .collect_view();
            view! {
                <div role="alert" class="rounded-md border border-red-300 bg-red-50 p-4 text-sm text-red-900" data-testid="survey-errors">
                    <p class="font-semibold">{t("error-check-form")}</p>
                    <ul class="mt-2 list-disc pl-5">{items}</ul>
                </div>
            }
        })
    };
    if !mine.open {
        return view! { <Alert error=true>{t("error-survey-closed")}</Alert> }.into_any();
    }
    view! {
        <h1 class="text-2xl font-bold tracking-tight">{t("survey-answer")}</h1>
        <p class="mt-1 text-stone-600">{mine.org_name.clone()} " · " {mine.round.title.clone()}</p>
        <p class="mt-1 text-sm text-stone-600">{t("survey-answer-intro")}</p>
        <ActionForm action=save attr:class="mt-6 space-y-4" attr:data-testid="survey-form">
            {summary}
            <input type="hidden" name="org" value=mine.org_slug.clone()/>
            {mine.challenges.iter().map(|c| {
                let field = rating_field(&c.slug);
                let name = format!("answers[ratings][{}]", c.slug);
                let current = form.ratings.get(&c.slug).cloned().unwrap_or_default();
                let error = {
                    let field = field.clone();
                    move || errors.get().and_then(|e| e.get(&field).map(t))
                };
                let error_id = format!("{field}-error");
                let choices = (RATING_MIN..=RATING_MAX).map(|r| r.to_string()).chain([String::new()]).map(|value| {
                    let label = if value.is_empty() { t("survey-no-answer") } else { value.clone() };
                    let checked = value == current;
                    view! {
                        <label class="inline-flex cursor-pointer items-center gap-1 rounded-md border border-stone-300 px-3 py-1.5 text-sm has-[:checked]:border-emerald-700 has-[:checked]:bg-emerald-50">
                            <input type="radio" name=name.clone() value=value checked=checked class="accent-emerald-700"/>
                            {label}
                        </label>
                    }
                }).collect_view();
                let described_by = error_id.clone();
                view! {
                    <fieldset id=field.clone() class=CARD aria-describedby=described_by data-testid="challenge">
                        <legend class="px-1 font-medium">{challenge_name(&c.slug, &c.name)}</legend>
                        <div class="mt-1 flex flex-wrap gap-2">{choices}</div>
                        <p id=error_id class="mt-1 text-sm text-red-700" role="status">{error}</p>
                    </fieldset>
                }
            }).collect_view()}
            <button type="submit" class=BUTTON_PRIMARY>{t("survey-save")}</button>
        </ActionForm>
    }
    .into_any()
}

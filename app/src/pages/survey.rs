//! `/survey`: the trends and challenges survey. Everyone sees how hard each challenge is,
//! country by country (a heat map of mean ratings), and which topics' organisations can help
//! with each; members answer for their organisation on `/survey/answer`.

// Answering for an organisation, and the challenge list administrators keep.
pub mod answer;
pub mod challenges;

use crate::components::ui::{Alert, BUTTON_PRIMARY, CARD, ErrorPanel, LINK, Loading};
use crate::i18n::{t, t_count};
use crate::server_fns::survey::load_survey;
use crate::state::use_session;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;
use model::survey::HeatCell;
use model::survey::SurveyOverview;
use model::taxonomy::Country;

/// Cell colours from "not a problem" (1) to "a serious obstacle" (5).
const HEAT: [&str; 5] = ["bg-emerald-100", "bg-lime-100", "bg-amber-100", "bg-orange-200", "bg-red-300"];

#[component]
pub fn SurveyPage() -> impl IntoView {
    let overview = Resource::new(|| (), |_| load_survey());
    let saved = use_query_map().with_untracked(|q| q.get("saved"));
    view! {
        <Title text=t("survey-title")/>
        <h1 class="text-2xl font-bold tracking-tight">{t("survey-title")}</h1>
        <p class="mt-1 text-stone-600">{t("survey-intro")}</p>
        {saved.map(|what| {
            let key = if what == "round" { "rounds-opened" } else { "survey-saved" };
            view! { <div class="mt-4" data-testid="survey-saved"><Alert>{t(key)}</Alert></div> }
        })}
        <Suspense fallback=Loading>
            {move || Suspend::new(async move {
                match overview.await {
                    Ok(o) => view! { <Overview overview=o/> }.into_any(),
                    Err(error) => view! { <ErrorPanel error/> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn Overview(overview: SurveyOverview) -> impl IntoView {
    let session = use_session();
    let has_org = move || session.user.get().and_then(|r| r.ok()).flatten().is_some_and(|u| u.org_slug.is_some());
    let is_admin = move || {
        session.user.get().and_then(|r| r.ok()).flatten().is_some_and(|u| u.role == model::taxonomy::Role::Admin)
    };
    let Some(round) = overview.round.clone() else {
        return view! { <p class="mt-6">{t("survey-no-round")}</p> }.into_any();
    };
    let mut countries: Vec<Country> = overview.heat.iter().map(|c| c.country).collect();
    countries.sort();
    countries.dedup();
    let cell = |challenge: &str, country: Country| -> Option<HeatCell> {
        overview.heat.iter().find(|c| c.challenge == challenge && c.country == country).cloned()
    };
    let respondents = overview
        .heat
        .iter()
        .filter(|c| c.challenge == overview.challenges.first().map_or("", |c| c.slug.as_str()))
        .map(|c| u64::from(c.answers))
        .sum::<u64>();
    let open = overview.open;
    view! {
        <section class=format!("{CARD} mt-6") aria-labelledby="round-heading">
            <h2 id="round-heading" class="font-semibold">{round.title.clone()}</h2>
            <p class="text-sm text-stone-600">
                {format!("{} – {}", round.opens_on.format("%Y-%m-%d"), round.closes_on.format("%Y-%m-%d"))} " · "
                {if open { t("survey-open") } else { t("survey-closed") }}
            </p>
            {move || (open && has_org()).then(|| view! {
                <a class=format!("{BUTTON_PRIMARY} mt-3") href="/survey/answer" data-testid="answer-survey">{t("survey-answer")}</a>
            })}
            {move || is_admin().then(|| view! {
                <a class=format!("{LINK} ml-4 text-sm") href="/survey/challenges">{t("survey-edit-challenges")}</a>
            })}
        </section>
        <section class="mt-6" aria-labelledby="heat-heading">
            <h2 id="heat-heading" class="text-lg font-semibold">{t("survey-heat-title")}</h2>
            <p class="text-sm text-stone-600">{t("survey-heat-intro")} " " {t_count("survey-respondents", "count", respondents)}</p>
            <div class="relative mt-3 overflow-x-auto rounded-lg border border-stone-200 bg-white">
                <table class="min-w-full text-sm" data-testid="heat-map">
                    <thead class="bg-stone-50"><tr>
                        <th scope="col" class="px-3 py-2 text-left font-semibold">{t("survey-challenge")}</th>
                        {countries.iter().map(|c| view! {
                            <th scope="col" class="px-2 py-2 text-center font-semibold" title=t(&c.label_key())>
                                <abbr title=t(&c.label_key())>{c.slug()}</abbr>
                            </th>
                        }).collect_view()}
                    </tr></thead>
                    <tbody class="divide-y divide-stone-100">
                        {overview.challenges.iter().map(|challenge| {
                            let helpers = challenge.topics.iter().map(|topic| view! {
                                <a class=format!("{LINK} mr-2 text-xs") href=format!("/organisations?topic={}", topic.slug())>{t(&topic.label_key())}</a>
                            }).collect_view();
                            view! { <tr>
                                <th scope="row" class="px-3 py-2 text-left align-top font-normal">
                                    <span class="font-medium">{challenge_name(&challenge.slug, &challenge.name)}</span>
                                    <span class="block text-xs text-stone-600">{t("survey-who-helps")} " " {helpers}</span>
                                </th>
                                {countries.iter().map(|&country| match cell(&challenge.slug, country) {
                                    Some(c) => {
                                        let class = HEAT[((c.mean.round() as usize).clamp(1, 5)) - 1];
                                        let title = format!("{}: {:.1} ({})", t(&country.label_key()), c.mean, t_count("survey-answers", "count", u64::from(c.answers)));
                                        view! { <td class=format!("px-2 py-2 text-center tabular-nums {class}") title=title>{format!("{:.1}", c.mean)}</td> }.into_any()
                                    }
                                    None => view! { <td class="px-2 py-2 text-center text-stone-300">"·"</td> }.into_any(),
                                }).collect_view()}
                            </tr> }
                        }).collect_view()}
                    </tbody>
                </table>
            </div>
            <p class="mt-2 flex flex-wrap items-center gap-2 text-xs text-stone-700">
                {t("survey-scale")}
                {HEAT.iter().enumerate().map(|(i, class)| view! { <span class=format!("rounded px-2 py-0.5 {class}")>{i + 1}</span> }).collect_view()}
            </p>
        </section>
    }
    .into_any()
}

/// The default challenges have translated names; ones administrators added show as typed.
pub fn challenge_name(slug: &str, stored: &str) -> String {
    let key = format!("challenge-{slug}");
    let translated = t(&key);
    if translated == key || translated.is_empty() { stored.to_owned() } else { translated }
}

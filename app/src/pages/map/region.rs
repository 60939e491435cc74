//! `/regions/<code>`: a country (`ES`) or a NUTS 2 region (`ES51`). Who is there by kind and
//! value chain, the topics offered and needed, and the needs nobody there offers, with the
//! countries where they are offered, each linking to the directory.

use crate::components::ui::{CARD, ErrorPanel, LINK, Loading};
use crate::i18n::{t, t_count};
use crate::server_fns::region::load_region;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;
use model::directory::query_string;
use model::region::{RegionProfile, RegionScope};
use model::taxonomy::Topic;

#[component]
pub fn RegionPage() -> impl IntoView {
    let params = use_params_map();
    let code = Memo::new(move |_| params.with(|p| p.get("code").unwrap_or_default()));
    let profile = Resource::new(move || code.get(), load_region);
    view! {
        <Suspense fallback=Loading>
            {move || Suspend::new(async move {
                match profile.await {
                    Ok(profile) => view! { <RegionView profile/> }.into_any(),
                    Err(error) => view! { <ErrorPanel error/> }.into_any(),
                }
            })}
        </Suspense>
    }
}

/// The region's name: "Cataluña (ES51), Spain" or "Spain".
pub fn region_title(scope: &RegionScope) -> String {
    let country = t(&scope.country().label_key());
    match scope {
        RegionScope::Country(_) => country,
        RegionScope::Nuts2 { code, .. } => {
            let name = model::nuts::nuts2_name(code).unwrap_or(code);
            format!("{name} ({code}), {country}")
        }
    }
}

/// The filter pairs that select this region in the directory and on the map.
fn region_pairs(scope: &RegionScope) -> Vec<(&'static str, String)> {
    match scope {
        RegionScope::Country(c) => vec![("country", c.slug().to_owned())],
        RegionScope::Nuts2 { code, country } => vec![("country", country.slug().to_owned()), ("region", code.clone())],
    }
}

fn link_with(path: &str, scope: &RegionScope, extra: &[(&'static str, &str)]) -> String {
    let pairs = region_pairs(scope);
    let all = pairs.iter().map(|(k, v)| (*k, v.as_str())).chain(extra.iter().copied());
    format!("{path}{}", query_string(all))
}

#[component]
fn RegionView(profile: RegionProfile) -> impl IntoView {
    let title = region_title(&profile.scope);
    let scope = profile.scope.clone();
    let map = link_with("/map", &scope, &[]);
    let directory = link_with("/organisations", &scope, &[]);
    let country_page = match &scope {
        RegionScope::Nuts2 { country, .. } => Some(format!("/regions/{}", country.slug())),
        RegionScope::Country(_) => None,
    };
    let bar = |n: u64, max: u64| format!("width: {:.1}%", if max == 0 { 0.0 } else { n as f64 / max as f64 * 100.0 });
    let kinds_max = profile.by_kind.first().map_or(0, |k| k.1);
    let chains_max = profile.by_value_chain.first().map_or(0, |k| k.1);
    let topic_list = |items: Vec<(Topic, u64)>, scope: RegionScope| {
        items
            .into_iter()
            .take(12)
            .map(|(topic, n)| {
                let href = link_with("/organisations", &scope, &[("topic", topic.slug())]);
                view! { <li class="flex justify-between gap-2"><a class=LINK href=href>{t(&topic.label_key())}</a><span class="tabular-nums text-stone-600">{n}</span></li> }
            })
            .collect_view()
    };
    view! {
        <Title text=title.clone()/>
        <p class="text-sm text-stone-600">
            {country_page.map(|href| view! { <a class=LINK href=href>{t(&scope.country().label_key())}</a>" · " })}
            {t("region-kicker")}
        </p>
        <h1 class="text-2xl font-bold tracking-tight" data-testid="region-title">{title}</h1>
        <p class="mt-1 text-stone-700" data-testid="region-count">{t_count("map-organisations", "count", profile.organisations)}</p>
        <p class="mt-2 flex gap-4 text-sm"><a class=LINK href=map>{t("region-on-map")}</a><a class=LINK href=directory>{t("region-in-directory")}</a></p>
        <div class="mt-6 grid gap-4 md:grid-cols-2">
            <section class=CARD aria-labelledby="kinds-heading">
                <h2 id="kinds-heading" class="font-semibold">{t("region-by-kind")}</h2>
                <ul class="mt-2 space-y-1 text-sm">
                    {profile.by_kind.iter().map(|&(kind, n)| view! {
                        <li>
                            <div class="flex justify-between"><span>{t(&kind.label_key())}</span><span class="tabular-nums">{n}</span></div>
                            <div class="h-1.5 rounded bg-stone-100"><div class="h-1.5 rounded bg-emerald-600" style=bar(n, kinds_max)></div></div>
                        </li>
                    }).collect_view()}
                </ul>
            </section>
            <section class=CARD aria-labelledby="chains-heading">
                <h2 id="chains-heading" class="font-semibold">{t("region-by-chain")}</h2>
                <ul class="mt-2 space-y-1 text-sm">
                    {profile.by_value_chain.iter().map(|&(chain, n)| view! {
                        <li>
                            <div class="flex justify-between"><span>{t(&chain.label_key())}</span><span class="tabular-nums">{n}</span></div>
                            <div class="h-1.5 rounded bg-stone-100"><div class="h-1.5 rounded bg-sky-600" style=bar(n, chains_max)></div></div>
                        </li>
                    }).collect_view()}
                </ul>
            </section>
            <section class=CARD aria-labelledby="offered-heading">
                <h2 id="offered-heading" class="font-semibold">{t("region-offered")}</h2>
                <ul class="mt-2 space-y-1 text-sm">{topic_list(profile.offered.clone(), scope.clone())}</ul>
            </section>
            <section class=CARD aria-labelledby="needed-heading">
                <h2 id="needed-heading" class="font-semibold">{t("region-needed")}</h2>
                <ul class="mt-2 space-y-1 text-sm">{topic_list(profile.needed.clone(), scope.clone())}</ul>
            </section>
        </div>
        <section class=format!("{CARD} mt-4") aria-labelledby="unmet-heading" data-testid="region-unmet">
            <h2 id="unmet-heading" class="font-semibold">{t("region-unmet")}</h2>
            <p class="text-sm text-stone-600">{t("region-unmet-intro")}</p>
            {profile.unmet.is_empty().then(|| view! { <p class="mt-2 text-sm">{t("region-unmet-none")}</p> })}
            <ul class="mt-2 divide-y divide-stone-100 text-sm">
                {profile.unmet.iter().map(|need| {
                    let topic = need.topic;
                    view! {
                        <li class="py-2">
                            <span class="font-medium">{t(&topic.label_key())}</span>
                            " · " {t_count("region-needed-by", "count", need.needed_by)}
                            <span class="block text-stone-600">
                                {t("region-offered-in")} " "
                                {need.offered_in.iter().map(|(country, n)| {
                                    let href = format!("/organisations?country={}&topic={}", country.slug(), topic.slug());
                                    view! { <a class=format!("{LINK} mr-2") href=href>{format!("{} ({n})", t(&country.label_key()))}</a> }
                                }).collect_view()}
                                {need.offered_in.is_empty().then(|| t("region-offered-nowhere"))}
                            </span>
                        </li>
                    }
                }).collect_view()}
            </ul>
        </section>
        <section class=format!("{CARD} mt-4") aria-labelledby="survey-heading" data-testid="region-survey">
            <h2 id="survey-heading" class="font-semibold">{t("survey-title")}</h2>
            <p class="text-sm text-stone-600">{t("survey-heat-intro")} " " <a class=LINK href="/survey">{t("region-survey-all")}</a></p>
            {profile.survey.is_empty().then(|| view! { <p class="mt-2 text-sm">{t("region-survey-none")}</p> })}
            <ul class="mt-2 space-y-1 text-sm">
                {profile.survey.iter().map(|c| view! {
                    <li>
                        <div class="flex justify-between gap-2">
                            <span>{crate::pages::survey::challenge_name(&c.slug, &c.name)}</span>
                            <span class="tabular-nums" title=t_count("survey-answers", "count", u64::from(c.answers))>{format!("{:.1}", c.mean)}</span>
                        </div>
                        <div class="h-1.5 rounded bg-stone-100"><div class="h-1.5 rounded bg-orange-400" style=format!("width: {:.0}%", c.mean / 5.0 * 100.0)></div></div>
                    </li>
                }).collect_view()}
            </ul>
        </section>
        {(!profile.regions.is_empty()).then(|| view! {
            <section class=format!("{CARD} mt-4") aria-labelledby="regions-heading">
                <h2 id="regions-heading" class="font-semibold">{t("region-regions")}</h2>
                <ul class="mt-2 grid gap-x-10 gap-y-1 text-sm sm:grid-cols-2">
                    {profile.regions.iter().map(|(code, n)| {
                        let name = model::nuts::nuts2_name(code).unwrap_or(code).to_owned();
                        view! { <li class="flex justify-between gap-2"><a class=LINK href=format!("/regions/{code}")>{format!("{name} ({code})")}</a><span class="tabular-nums">{*n}</span></li> }
                    }).collect_view()}
                </ul>
            </section>
        })}
    }
}

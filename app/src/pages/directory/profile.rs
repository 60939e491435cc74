//! An organisation's public (or members-only) profile.

use crate::components::ui::{Alert, BUTTON_PRIMARY, Badge, BadgeTone, CARD, ErrorPanel, LINK, Loading};
use crate::i18n::{t, t_count};
use crate::server_fns::organisation::organisation_profile;
use leptos::prelude::*;
use leptos_meta::{Meta, Title};
use leptos_router::hooks::{use_params_map, use_query_map};
use model::organisation::OrgProfile;
use model::taxonomy::{OrgKind, Visibility};

#[component]
pub fn OrgProfilePage() -> impl IntoView {
    let params = use_params_map();
    let query = use_query_map();
    let slug = move || params.with(|p| p.get("slug").unwrap_or_default());
    let profile = Resource::new(slug, organisation_profile);
    let saved = move || query.with(|q| q.get("saved").is_some());
    view! {
        <Transition fallback=Loading>
            {move || Suspend::new(async move {
                match profile.await {
                    Ok(org) => view! {
                        {saved().then(|| view! { <div class="mb-4"><Alert>{t("profile-saved")}</Alert></div> })}
                        <Profile org/>
                    }
                    .into_any(),
                    Err(error) => view! { <Title text=t(error.message_key())/><ErrorPanel error/> }.into_any(),
                }
            })}
        </Transition>
    }
}

#[component]
fn Profile(org: OrgProfile) -> impl IntoView {
    let summary: String = org.description.chars().take(160).collect();
    let location = match &org.region {
        Some(region) => format!("{}, {} ({region})", org.city, t(&org.country.label_key())),
        None => format!("{}, {}", org.city, t(&org.country.label_key())),
    };
    let members_link = (org.kind == OrgKind::Cluster).then(|| {
        let count = org.member_count.unwrap_or(0);
        view! {
            <p class="mt-2 text-sm">
                <a class=LINK href=format!("/organisations?cluster={}", org.slug) data-testid="cluster-members">
                    {t_count("profile-member-count", "count", count)}
                </a>
            </p>
        }
    });
    view! {
        <Title text=org.name.clone()/>
        <Meta name="description" content=summary/>
        <article data-testid="org-profile">
            <header class="flex flex-wrap items-start justify-between gap-4">
                <div>
                    <h1 class="text-2xl font-bold tracking-tight sm:text-3xl" data-testid="org-name">{org.name.clone()}</h1>
                    <p class="mt-1 text-stone-600">{t(&org.kind.label_key())} " · " {location}</p>
                    <div class="mt-2 flex flex-wrap gap-1">
                        {(org.visibility == Visibility::Members).then(|| view! { <Badge text=t("visibility-members") tone=BadgeTone::Warning/> })}
                        {org.value_chains.iter().map(|c| view! { <Badge text=t(&c.label_key()) tone=BadgeTone::Accent/> }).collect_view()}
                    </div>
                    {members_link}
                </div>
                {org.can_edit.then(|| view! {
                    <a class=BUTTON_PRIMARY href=format!("/organisations/{}/edit", org.slug) data-testid="edit-organisation">{t("profile-edit")}</a>
                })}
            </header>
            <div class="mt-6 grid gap-6 lg:grid-cols-[1fr_20rem]">
                <section class=CARD aria-labelledby="about">
                    <h2 id="about" class="text-lg font-semibold">{t("profile-about")}</h2>
                    {if org.description.is_empty() {
                        view! { <p class="mt-2 text-stone-500">{t("profile-no-description")}</p> }.into_any()
                    } else {
                        view! {
                            <div class="mt-2 space-y-3 text-stone-800" data-testid="org-description">
                                {org.description.split("\n\n").map(|p| view! { <p class="whitespace-pre-line">{p.to_owned()}</p> }).collect_view()}
                            </div>
                        }
                        .into_any()
                    }}
                    <TopicList heading=t("profile-offers") topics=org.topics_offered.iter().map(|t| t.label_key()).collect() testid="topics-offered"/>
                    <TopicList heading=t("profile-needs") topics=org.topics_needed.iter().map(|t| t.label_key()).collect() testid="topics-needed"/>
                </section>
                <Facts org=org.clone()/>
            </div>
        </article>
    }
}

/// The side panel of key facts; its own view type so the page's type stays shallow.
#[component]
fn Facts(org: OrgProfile) -> impl IntoView {
    view! {
                <aside class=format!("{CARD} text-sm") aria-label=t("profile-facts")>
                    <dl class="space-y-3">
                        <Fact label=t("field-size-band") value=org.size_band.map(|s| t(&s.label_key()))/>
                        <Fact label=t("field-languages") value=Some(org.languages.iter().map(|l| t(&l.label_key())).collect::<Vec<_>>().join(", ")).filter(|s| !s.is_empty())/>
                        <Fact label=t("field-certifications") value=Some(org.certifications.join(", ")).filter(|s| !s.is_empty())/>
                        <Fact label=t("profile-joined") value=Some(org.joined_on.format("%Y-%m-%d").to_string())/>
                        {org.website.clone().map(|url| {
                            let href = url.clone();
                            view! {
                            <div>
                                <dt class="font-medium text-stone-600">{t("field-website")}</dt>
                                <dd><a class=LINK href=href rel="noopener nofollow" target="_blank">{url}</a></dd>
                            </div>
                        }})}
                        {(!org.clusters.is_empty()).then(|| view! {
                            <div>
                                <dt class="font-medium text-stone-600">{t("profile-clusters")}</dt>
                                <dd>
                                    <ul data-testid="org-clusters">
                                        {org.clusters.iter().map(|c| view! {
                                            <li><a class=LINK href=format!("/organisations/{}", c.slug)>{c.name.clone()}</a></li>
                                        }).collect_view()}
                                    </ul>
                                </dd>
                            </div>
                        })}
                    </dl>
                </aside>
    }
    .into_any()
}

#[component]
fn Fact(label: String, value: Option<String>) -> impl IntoView {
    value.map(|v| {
        view! {
            <div>
                <dt class="font-medium text-stone-600">{label}</dt>
                <dd class="text-stone-900">{v}</dd>
            </div>
        }
    })
}

#[component]
fn TopicList(heading: String, topics: Vec<String>, testid: &'static str) -> impl IntoView {
    (!topics.is_empty()).then(|| {
        view! {
            <h3 class="mt-6 text-sm font-semibold uppercase tracking-wide text-stone-600">{heading}</h3>
            <ul class="mt-2 flex flex-wrap gap-1" data-testid=testid>
                {topics.into_iter().map(|key| view! { <li><Badge text=t(&key)/></li> }).collect_view()}
            </ul>
        }
    })
}

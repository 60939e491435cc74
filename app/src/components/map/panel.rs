//! The panel a marker opens beside the map: one organisation, or everyone at one place.
//! Loaded on demand in the browser; without JavaScript the marker's link goes to the same
//! organisation's page or the directory filtered to the place.

use super::europe::Selection;
use crate::components::org_card::OrgCardItem;
use crate::components::ui::{Badge, BadgeTone, CARD, ErrorPanel, LINK, Loading};
use crate::i18n::{t, t_count};
use crate::server_fns::directory::search_directory;
use crate::server_fns::organisation::organisation_profile;
use leptos::prelude::*;
use model::directory::{DirectoryPage, DirectoryQuery};
use model::organisation::OrgProfile;

/// Characters of the description the panel shows; the profile has the rest.
const EXCERPT_CHARS: usize = 280;

#[derive(Clone)]
enum Loaded {
    Org(Box<OrgProfile>),
    Place { page: DirectoryPage, href: String },
}

#[component]
pub fn SelectionPanel(selection: RwSignal<Option<Selection>>, query: DirectoryQuery) -> impl IntoView {
    let loaded = LocalResource::new(move || {
        let query = query.clone();
        let chosen = selection.get();
        async move {
            match chosen {
                None => Ok(None),
                Some(Selection::Org(slug)) => organisation_profile(slug).await.map(|p| Some(Loaded::Org(Box::new(p)))),
                Some(Selection::Place { city, country }) => {
                    let here = query.with("city", Some(city.as_str())).with("country", Some(country.slug()));
                    let href = format!("/organisations{}", here.with_page(None));
                    search_directory(here).await.map(|page| Some(Loaded::Place { page, href }))
                }
            }
        }
    });
    let close = move |_| selection.set(None);
    move || {
        selection.get().is_some().then(|| {
            view! {
                <aside class=format!("{CARD} relative mt-4") aria-labelledby="panel-heading" data-testid="map-panel">
                    <button type="button" on:click=close class="absolute right-2 top-2 rounded px-2 text-lg text-stone-500 hover:bg-stone-100" aria-label=t("map-panel-close")>"×"</button>
                    <Suspense fallback=Loading>
                        {move || Suspend::new(async move {
                            match loaded.await {
                                Ok(Some(content)) => panel_body(content).into_any(),
                                Ok(None) => ().into_any(),
                                Err(error) => view! { <ErrorPanel error/> }.into_any(),
                            }
                        })}
                    </Suspense>
                </aside>
            }
        })
    }
}

fn panel_body(content: Loaded) -> impl IntoView {
    match content {
        Loaded::Org(profile) => {
            let href = format!("/organisations/{}", profile.slug);
            let mut excerpt: String = profile.description.chars().take(EXCERPT_CHARS).collect();
            if profile.description.chars().count() > EXCERPT_CHARS {
                excerpt.push('…');
            }
            view! {
                <h2 id="panel-heading" class="pr-8 text-lg font-semibold">{profile.name.clone()}</h2>
                <p class="text-sm text-stone-600">
                    {format!("{} · {}, {}", t(&profile.kind.label_key()), profile.city, t(&profile.country.label_key()))}
                </p>
                <div class="mt-2 flex flex-wrap gap-1">
                    {profile.value_chains.iter().map(|c| view! { <Badge text=t(&c.label_key()) tone=BadgeTone::Accent/> }).collect_view()}
                    {profile.topics_offered.iter().take(6).map(|c| view! { <Badge text=t(&c.label_key())/> }).collect_view()}
                </div>
                <p class="mt-2 text-sm text-stone-700">{excerpt}</p>
                <a class=format!("{LINK} mt-3 inline-block text-sm") href=href>{t("map-panel-open-profile")}</a>
            }
            .into_any()
        }
        Loaded::Place { page, href } => {
            let first_city = page.cards.first().map(|c| c.city.clone()).unwrap_or_default();
            view! {
                <h2 id="panel-heading" class="pr-8 text-lg font-semibold">{first_city}</h2>
                <p class="text-sm text-stone-600">{t_count("map-organisations", "count", page.total)}</p>
                <ul class="mt-3 grid gap-2">
                    {page.cards.into_iter().map(|card| view! { <OrgCardItem card/> }).collect_view()}
                </ul>
                {(page.pages > 1).then(|| view! {
                    <a class=format!("{LINK} mt-3 inline-block text-sm") href=href>{t("map-panel-all-in-directory")}</a>
                })}
            }
            .into_any()
        }
    }
}

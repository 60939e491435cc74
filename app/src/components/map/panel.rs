//! What the panel a marker opens beside the map says: one organisation, or everyone at one
//! place. Rendered on the server; the map island (`islands::map::panel`) shows it.

use crate::components::directory::org_card::OrgCardItem;
use crate::components::ui::{Badge, BadgeTone, LINK};
use crate::i18n::{t, t_count};
pub use crate::islands::map::panel::Selection;
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

/// The panel's content for `selection`, as HTML in the request's language (the map island
/// asks for it through `server_fns::map::map_panel`).
pub async fn render(selection: Selection, query: DirectoryQuery) -> Result<String, crate::error::AppError> {
    let content = match selection {
        Selection::Org(slug) => Loaded::Org(Box::new(organisation_profile(slug).await?)),
        Selection::Place { city, country } => {
            let here = query.with("city", Some(city.as_str())).with("country", Some(country.slug()));
            let href = format!("/organisations{}", here.with_page(None));
            Loaded::Place { page: search_directory(here).await?, href }
        }
    };
    let lang = crate::i18n::detect();
    Ok(Owner::new().with(|| {
        provide_context(lang);
        panel_body(content).to_html()
    }))
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

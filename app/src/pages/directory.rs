//! The organisation directory: filters and text search on the server, kept in the URL.
//! Without JavaScript the filter form is a plain GET; with it, the same form navigates in
//! place (and applies a choice as soon as it is made) while the old results stay visible.

// One organisation: its profile and its edit form.
pub mod edit;
pub mod profile;

use crate::components::directory::filters::FilterForm;
use crate::components::directory::org_card::{MembersOnlyHint, OrgCardItem};
use crate::components::ui::{ErrorPanel, Loading, Pagination};
use crate::i18n::{t, t_count};
use crate::server_fns::directory::{load_directory_options, search_directory};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;
use model::directory::DirectoryQuery;

#[component]
pub fn DirectoryPage() -> impl IntoView {
    let params = use_query_map();
    let query = Memo::new(move |_| params.with(|p| DirectoryQuery::from_pairs(|key| p.get(key))));
    let results = Resource::new(move || query.get(), search_directory);
    let options = Resource::new(|| (), |_| load_directory_options());

    view! {
        <Title text=t("directory-title")/>
        <h1 class="text-2xl font-bold tracking-tight">{t("directory-title")}</h1>
        <p class="mt-1 text-stone-600">{t("directory-intro")}</p>
        <div class="mt-6 grid gap-6 lg:grid-cols-[18rem_1fr]">
            <Suspense fallback=|| ()>
                // Drawn again when the URL changes (the back button, a link with filters).
                {move || {
                    let query = query.get();
                    Suspend::new(async move {
                        let clusters = options.await.map(|o| o.clusters).unwrap_or_default();
                        view! { <FilterForm action="/organisations" query clusters/> }
                    })
                }}
            </Suspense>
            <section aria-labelledby="results-heading">
                <Transition fallback=Loading>
                    {move || Suspend::new(async move {
                        match results.await {
                            Ok(page) => {
                                let q = query.get_untracked();
                                view! {
                                    <h2 id="results-heading" class="text-sm font-medium text-stone-700" aria-live="polite" data-testid="result-count">
                                        {t_count("directory-count", "count", page.total)}
                                    </h2>
                                    <MembersOnlyHint next="/organisations"/>
                                    <ul class="mt-3 grid gap-3 sm:grid-cols-2" data-testid="results">
                                        {page.cards.into_iter().map(|card| view! { <OrgCardItem card/> }).collect_view()}
                                    </ul>
                                    {(page.total == 0).then(|| view! { <p class="mt-6 text-stone-600">{t("directory-empty")}</p> })}
                                    {(page.pages > 1).then(|| view! {
                                        <Pagination page=page.page pages=page.pages href=move |p| format!("/organisations{}", q.with_page(Some(p)))/>
                                    })}
                                }
                                    .into_any()
                            }
                            Err(error) => view! { <ErrorPanel error/> }.into_any(),
                        }
                    })}
                </Transition>
            </section>
        </div>
    }
}

//! The organisation directory: filters and text search on the server, kept in the URL.
//! Without JavaScript the filter form is a plain GET; with it, the same form navigates in
//! place (and applies a choice as soon as it is made) while the old results stay visible.

use crate::components::forms::SelectField;
use crate::components::ui::{BUTTON_PRIMARY, Badge, BadgeTone, CARD, ErrorPanel, LINK, Loading, Pagination};
use crate::i18n::{t, t_count};
use crate::server_fns::directory::{load_directory_options, search_directory};
use crate::state::use_session;
use crate::vocab;
use leptos::prelude::*;
use leptos::wasm_bindgen::JsCast;
use leptos_meta::Title;
use leptos_router::hooks::{use_navigate, use_query_map};
use model::directory::{DirectoryQuery, OrgCard};
use model::taxonomy::Visibility;

const FILTERS: [&str; 6] = ["q", "kind", "country", "chain", "topic", "cluster"];

#[component]
pub fn DirectoryPage() -> impl IntoView {
    let params = use_query_map();
    let query = Memo::new(move |_| {
        params.with(|p| DirectoryQuery {
            q: p.get("q"),
            kind: p.get("kind"),
            country: p.get("country"),
            chain: p.get("chain"),
            topic: p.get("topic"),
            cluster: p.get("cluster"),
            page: p.get("page"),
        })
    });
    let results = Resource::new(move || query.get(), search_directory);
    let options = Resource::new(|| (), |_| load_directory_options());

    view! {
        <Title text=t("directory-title")/>
        <h1 class="text-2xl font-bold tracking-tight">{t("directory-title")}</h1>
        <p class="mt-1 text-stone-600">{t("directory-intro")}</p>
        <div class="mt-6 grid gap-6 lg:grid-cols-[18rem_1fr]">
            <Suspense fallback=|| ()>
                {move || Suspend::new(async move {
                    let clusters = options.await.map(|o| o.clusters).unwrap_or_default();
                    view! { <FilterForm query=query.get_untracked() clusters/> }
                })}
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
                                    <MembersOnlyHint/>
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

/// Tells visitors that signing in shows more.
#[component]
fn MembersOnlyHint() -> impl IntoView {
    let session = use_session();
    move || {
        let signed_in = session.user.get().and_then(|r| r.ok()).flatten().is_some();
        (!signed_in).then(|| {
            view! {
                <p class="mt-1 text-xs text-stone-500">
                    {t("directory-members-only-hint")} " " <a class=LINK href="/sign-in?next=/organisations">{t("sign-in")}</a>
                </p>
            }
        })
    }
}

#[component]
fn FilterForm(query: DirectoryQuery, clusters: Vec<model::organisation::ClusterRef>) -> impl IntoView {
    let navigate = use_navigate();
    let value = |v: &Option<String>| v.clone().unwrap_or_default();
    let cluster_options: Vec<(String, String)> = clusters.into_iter().map(|c| (c.slug, c.name)).collect();
    // With JavaScript: build a clean URL (no empty parameters) and navigate in place.
    let on_submit = move |ev: web_sys::SubmitEvent| {
        ev.prevent_default();
        let Some(form) = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlFormElement>().ok()) else { return };
        let Ok(data) = web_sys::FormData::new_with_form(&form) else { return };
        let field = |name: &str| data.get(name).as_string().filter(|v| !v.trim().is_empty());
        let chosen = DirectoryQuery {
            q: field(FILTERS[0]),
            kind: field(FILTERS[1]),
            country: field(FILTERS[2]),
            chain: field(FILTERS[3]),
            topic: field(FILTERS[4]),
            cluster: field(FILTERS[5]),
            page: None,
        };
        navigate(&format!("/organisations{}", chosen.with_page(None)), Default::default());
    };
    let submit_on_change = |ev: web_sys::Event| {
        let form = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|el| el.closest("form").ok().flatten())
            .and_then(|f| f.dyn_into::<web_sys::HtmlFormElement>().ok());
        if let Some(form) = form {
            let _ = form.request_submit();
        }
    };
    view! {
        <form method="get" action="/organisations" on:submit=on_submit on:change=submit_on_change role="search" class=format!("{CARD} space-y-4 self-start") data-testid="filters">
            <div>
                <label for="field-q" class="block text-sm font-medium text-stone-800">{t("directory-search")}</label>
                <input id="field-q" name="q" type="search" value=value(&query.q) maxlength="100"
                    class="mt-1 block w-full rounded-md border border-stone-300 px-3 py-2 text-base shadow-sm focus:border-emerald-600 focus:outline-none focus:ring-2 focus:ring-emerald-600/40"
                    placeholder=t("directory-search-placeholder")/>
            </div>
            <SelectField name="kind" label=t("field-kind") options=vocab::kinds() value=value(&query.kind) placeholder=t("filter-any")/>
            <SelectField name="country" label=t("field-country") options=vocab::countries() value=value(&query.country) placeholder=t("filter-any")/>
            <SelectField name="chain" label=t("field-value-chain") options=vocab::value_chains() value=value(&query.chain) placeholder=t("filter-any")/>
            <SelectField name="topic" label=t("field-topic") options=vocab::topics() value=value(&query.topic) placeholder=t("filter-any")/>
            <SelectField name="cluster" label=t("field-cluster") options=cluster_options value=value(&query.cluster) placeholder=t("filter-any")/>
            <div class="flex flex-wrap items-center gap-3">
                <button type="submit" class=BUTTON_PRIMARY>{t("filter-apply")}</button>
                <a class=LINK href="/organisations">{t("filter-clear")}</a>
            </div>
        </form>
    }
}

#[component]
fn OrgCardItem(card: OrgCard) -> impl IntoView {
    let href = format!("/organisations/{}", card.slug);
    let members_only = card.visibility == Visibility::Members;
    view! {
        <li class=format!("{CARD} flex flex-col gap-2") data-testid="org-card">
            <div class="flex items-start justify-between gap-2">
                <a href=href class="font-semibold text-stone-900 hover:text-emerald-800 hover:underline">{card.name}</a>
                {members_only.then(|| view! { <Badge text=t("visibility-members") tone=BadgeTone::Warning/> })}
            </div>
            <p class="text-sm text-stone-600">
                {format!("{} · {}, {}", t(&card.kind.label_key()), card.city, t(&card.country.label_key()))}
            </p>
            <div class="flex flex-wrap gap-1">
                {card.value_chains.iter().map(|c| view! { <Badge text=t(&c.label_key()) tone=BadgeTone::Accent/> }).collect_view()}
                {card.topics_offered.iter().map(|c| view! { <Badge text=t(&c.label_key())/> }).collect_view()}
            </div>
        </li>
    }
}

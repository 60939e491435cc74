//! The landing page: what the alliance is, its headline numbers, its five clusters.

use crate::components::ui::{BUTTON_PRIMARY, BUTTON_SECONDARY, CARD, ErrorPanel};
use crate::i18n::{t, t_count};
use crate::server_fns::directory::load_alliance_summary;
use leptos::prelude::*;
use leptos_meta::Title;

#[component]
pub fn HomePage() -> impl IntoView {
    let summary = Resource::new(|| (), |_| load_alliance_summary());
    view! {
        <Title text=t("home-title")/>
        <section class="rounded-2xl bg-gradient-to-br from-emerald-800 to-emerald-950 px-6 py-10 text-white sm:px-10 sm:py-14">
            <h1 class="max-w-3xl text-3xl font-bold tracking-tight sm:text-4xl">{t("home-heading")}</h1>
            <p class="mt-4 max-w-2xl text-emerald-50">{t("home-intro")}</p>
            <div class="mt-6 flex flex-wrap gap-3">
                <a class="inline-flex items-center rounded-md bg-white px-4 py-2 text-sm font-semibold text-emerald-900 hover:bg-emerald-50" href="/organisations">
                    {t("home-browse")}
                </a>
                <a class="inline-flex items-center rounded-md border border-emerald-200 px-4 py-2 text-sm font-semibold text-white hover:bg-emerald-900" href="/sign-up">
                    {t("home-join")}
                </a>
            </div>
        </section>
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                match summary.await {
                    Ok(s) => {
                        let stats = [
                            (t_count("home-stat-organisations", "count", s.organisations), s.organisations),
                            (t_count("home-stat-smes", "count", s.smes), s.smes),
                            (t_count("home-stat-clusters", "count", s.clusters), s.clusters),
                            (t_count("home-stat-countries", "count", s.countries), s.countries),
                        ];
                        view! {
                            <section aria-label=t("home-stats") class="mt-8 grid grid-cols-2 gap-4 sm:grid-cols-4">
                                {stats
                                    .into_iter()
                                    .map(|(label, n)| view! {
                                        <div class=CARD>
                                            <p class="text-3xl font-bold text-emerald-800">{n}</p>
                                            <p class="text-sm text-stone-600">{label}</p>
                                        </div>
                                    })
                                    .collect_view()}
                            </section>
                            <section class="mt-10">
                                <h2 class="text-xl font-semibold">{t("home-clusters")}</h2>
                                <ul class="mt-4 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
                                    {s.alliance_clusters
                                        .into_iter()
                                        .map(|c| view! {
                                            <li class=CARD>
                                                <a class="font-semibold text-stone-900 hover:text-emerald-800" href=format!("/organisations/{}", c.slug)>{c.name}</a>
                                                <p class="text-sm text-stone-600">{t(&c.country.label_key())}</p>
                                                <a class="mt-2 inline-block text-sm text-emerald-800 underline" href=format!("/organisations?cluster={}", c.slug)>
                                                    {t("home-cluster-members")}
                                                </a>
                                            </li>
                                        })
                                        .collect_view()}
                                </ul>
                            </section>
                        }
                            .into_any()
                    }
                    Err(error) => view! { <div class="mt-8"><ErrorPanel error/></div> }.into_any(),
                }
            })}
        </Suspense>
        <p class="mt-10 flex flex-wrap gap-3">
            <a class=BUTTON_PRIMARY href="/organisations">{t("home-browse")}</a>
            <a class=BUTTON_SECONDARY href="/sign-in">{t("sign-in")}</a>
        </p>
    }
}

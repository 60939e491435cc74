#![recursion_limit = "256"]
//! What users see: the HTML shell, the route table, pages, components and the server
//! functions they call. Built twice: with `ssr` into the server, which renders every page,
//! and with `hydrate` into the WASM, which holds only the islands (`islands`) that make parts
//! of a page interactive.

pub mod components;
pub mod error;
pub mod i18n;
pub mod islands;
pub mod pages;
pub mod server_fns;
#[cfg(feature = "ssr")]
pub mod ssr;
pub mod state;
pub mod vocab;

use components::layout::{Footer, Header};
use leptos::prelude::*;
use leptos_meta::{HashedStylesheet, MetaTags, Title, provide_meta_context};
use leptos_router::components::{Route, Router, Routes};
use leptos_router::{SsrMode, path};

/// The document around the app; rendered on the server only.
pub fn shell(options: LeptosOptions) -> impl IntoView {
    let lang = i18n::detect();
    view! {
        <!DOCTYPE html>
        <html lang=lang.0>
            <head>
                <meta charset="utf-8"/>
                <meta name="viewport" content="width=device-width, initial-scale=1"/>
                <meta name="color-scheme" content="light"/>
                <link rel="icon" href="/favicon.svg" type="image/svg+xml"/>
                <AutoReload options=options.clone()/>
                <HashedStylesheet options=options.clone() id="leptos"/>
                <HydrationScripts options islands=true/>
                <MetaTags/>
            </head>
            <body class="min-h-screen bg-stone-50 text-stone-900 antialiased">
                <App/>
                // Last, so it runs once every island before it has come alive.
                <islands::marker::HydratedMarker/>
            </body>
        </html>
    }
}

/// Every page's `<title>`: "<page> · CLOTH". The formatter is the one place every title
/// passes through, and on the server it is also the last place the text can be escaped:
/// leptos_meta (0.8.7, `ServerMetaContextOutput::inject_meta_context`) writes the formatted
/// title into the HTML as it is, so an organisation named `x</title><script>…` would run in
/// every visitor's browser. In the browser the text goes to `document.title`, which takes
/// plain text, so escaping there would show the entities.
fn document_title(title: String) -> String {
    let title = if title.is_empty() { "CLOTH".to_owned() } else { format!("{title} · CLOTH") };
    #[cfg(feature = "ssr")]
    let title = html_escape::encode_text(&title).into_owned();
    title
}

/// The route table: the sitemap on one screen. Every page renders `SsrMode::Async`: the
/// server waits for its data and sends complete HTML, so it works without JavaScript (streamed
/// modes need the script to put late content in place).
#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    provide_context(i18n::detect());
    state::provide_session();

    view! {
        <Title formatter=document_title/>
        <Router>
            <Header/>
            <main id="main" class="mx-auto max-w-6xl px-4 py-6 sm:py-8">
                <Routes fallback=pages::not_found::NotFoundPage>
                    <Route path=path!("") view=pages::home::HomePage ssr=SsrMode::Async/>
                    <Route path=path!("/organisations") view=pages::directory::DirectoryPage ssr=SsrMode::Async/>
                    <Route path=path!("/map") view=pages::map::MapPage ssr=SsrMode::Async/>
                    <Route path=path!("/embed/map") view=pages::map::embed::EmbedMapPage ssr=SsrMode::Async/>
                    <Route path=path!("/regions/:code") view=pages::map::region::RegionPage ssr=SsrMode::Async/>
                    <Route path=path!("/exchange") view=pages::exchange::cohorts::CohortsPage ssr=SsrMode::Async/>
                    <Route path=path!("/exchange/new") view=pages::exchange::cohorts::CohortEditPage ssr=SsrMode::Async/>
                    <Route path=path!("/exchange/:cohort") view=pages::exchange::home::ExchangeHomePage ssr=SsrMode::Async/>
                    <Route path=path!("/exchange/:cohort/edit") view=pages::exchange::cohorts::CohortEditPage ssr=SsrMode::Async/>
                    <Route path=path!("/exchange/:cohort/application") view=pages::exchange::entry::ApplicationPage ssr=SsrMode::Async/>
                    <Route path=path!("/exchange/:cohort/offer") view=pages::exchange::entry::OfferPage ssr=SsrMode::Async/>
                    <Route path=path!("/exchange/:cohort/board") view=pages::exchange::board::ExchangeBoardPage ssr=SsrMode::Async/>
                    <Route path=path!("/survey") view=pages::survey::SurveyPage ssr=SsrMode::Async/>
                    <Route path=path!("/survey/answer") view=pages::survey::answer::SurveyAnswerPage ssr=SsrMode::Async/>
                    <Route path=path!("/survey/challenges") view=pages::survey::challenges::SurveyChallengesPage ssr=SsrMode::Async/>
                    <Route path=path!("/organisations/:slug") view=pages::directory::profile::OrgProfilePage ssr=SsrMode::Async/>
                    <Route path=path!("/organisations/:slug/edit") view=pages::directory::edit::OrgEditPage ssr=SsrMode::Async/>
                    <Route path=path!("/sign-in") view=pages::accounts::sign_in::SignInPage ssr=SsrMode::Async/>
                    <Route path=path!("/sign-up") view=pages::accounts::sign_up::SignUpPage ssr=SsrMode::Async/>
                </Routes>
            </main>
            <Footer/>
        </Router>
    }
}

/// The browser's entry point: brings every island on the page to life. Nothing else of the
/// app runs in the browser.
#[cfg(feature = "hydrate")]
pub fn hydrate() {
    leptos::mount::hydrate_islands();
}

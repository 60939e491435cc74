//! The page frame: skip link, header with navigation, account menu and language switcher,
//! and the footer.

use crate::components::ui::LINK;
use crate::i18n::{LANGUAGES, t, use_lang};
use crate::state::{SessionState, use_session};
use leptos::prelude::*;
use leptos_router::hooks::use_location;

/// Partner pages (`/embed/...`) sit inside someone else's site: no header or footer.
fn framed() -> impl Fn() -> bool + Copy + Send + Sync + 'static {
    let location = use_location();
    move || location.pathname.with(|p| p.starts_with("/embed/"))
}

#[component]
pub fn Header() -> impl IntoView {
    let framed = framed();
    view! { <Show when=move || !framed()><SiteHeader/></Show> }
}

#[component]
fn SiteHeader() -> impl IntoView {
    let session = use_session();
    view! {
        <a href="#main" class="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2 focus:shadow">
            {t("skip-to-content")}
        </a>
        // The header is the menu link's target, so opening the menu scrolls nowhere.
        <header id="site-menu" class="group/menu border-b border-stone-200 bg-white">
            <div class="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-x-6 gap-y-3 px-4 py-3">
                <a href="/" class="flex items-center gap-2 text-lg font-bold tracking-tight text-stone-900">
                    <span aria-hidden="true" class="inline-block h-6 w-6 rounded bg-emerald-700"></span>
                    "CLOTH"
                    <span class="sr-only">{t("home-link")}</span>
                </a>
                // On a phone everything else folds behind this link and opens when the header is
                // the page's target (CSS `:target`), so the menu works without JavaScript too.
                <a href="#site-menu" class=MENU_TOGGLE data-testid="menu-open">{t("menu-open")}</a>
                <div data-testid="site-menu"
                    class="hidden w-full flex-col gap-4 border-t border-stone-100 pt-3 group-target/menu:flex md:flex md:w-auto md:flex-1 md:flex-row md:flex-wrap md:items-center md:gap-6 md:border-0 md:pt-0">
                    <nav aria-label=t("nav-main") class="flex flex-col gap-1 text-base md:flex-1 md:flex-row md:flex-wrap md:items-center md:gap-x-4 md:text-sm">
                        {[
                            ("/organisations", t("nav-directory")),
                            ("/map", t("nav-map")),
                            ("/survey", t("nav-survey")),
                            ("/exchange", t("nav-exchange")),
                        ]
                            .into_iter()
                            .map(|(href, label)| view! { <a class=NAV_LINK href=href>{label}</a> })
                            .collect_view()}
                    </nav>
                    <AccountMenu session/>
                    <LanguageSwitcher/>
                    <a href="#" class="self-start text-sm font-medium text-stone-700 underline md:hidden">{t("menu-close")}</a>
                </div>
            </div>
        </header>
    }
}

/// The phone's menu link (hidden from `md` up, where the menu is always open).
const MENU_TOGGLE: &str = "rounded-md border border-stone-300 px-3 py-1.5 text-sm font-medium text-stone-800 \
    hover:bg-stone-50 md:hidden";
const NAV_LINK: &str = "rounded px-1 py-1.5 font-medium text-stone-700 hover:text-emerald-800 md:py-1";

#[component]
fn AccountMenu(session: SessionState) -> impl IntoView {
    let sign_out = session.sign_out;
    // Signing in comes back to this page (the account pages themselves excepted).
    let here = here();
    let sign_in_href = StoredValue::new(if here.starts_with("/sign-in") || here.starts_with("/sign-up") {
        "/sign-in".to_owned()
    } else {
        format!("/sign-in{}", model::directory::query_string([("next", here.as_str())]))
    });
    view! {
        <Transition fallback=|| ()>
            {move || Suspend::new(async move {
                match session.user.await.ok().flatten() {
                    Some(user) => {
                        let org_link = user.org_slug.clone().map(|slug| {
                            view! {
                                <a class="text-stone-700 hover:text-emerald-800" href=format!("/organisations/{slug}") data-testid="my-organisation">
                                    {user.org_name.clone().unwrap_or_default()}
                                </a>
                            }
                        });
                        view! {
                            <div class="flex flex-wrap items-center gap-3 text-sm">
                                <span class="text-stone-600" data-testid="signed-in-as">{user.name.clone()}</span>
                                {org_link}
                                <ActionForm action=sign_out>
                                    <button type="submit" class="rounded px-2 py-1 font-medium text-stone-700 underline hover:text-emerald-800">
                                        {t("sign-out")}
                                    </button>
                                </ActionForm>
                            </div>
                        }
                            .into_any()
                    }
                    None => view! {
                        <div class="flex items-center gap-3 text-sm">
                            <a class="font-medium text-stone-700 hover:text-emerald-800" href=sign_in_href.get_value() data-testid="sign-in-link">{t("sign-in")}</a>
                            <a class="rounded-md bg-emerald-700 px-3 py-1.5 font-semibold text-white hover:bg-emerald-800" href="/sign-up">
                                {t("sign-up")}
                            </a>
                        </div>
                    }
                    .into_any(),
                }
            })}
        </Transition>
    }
}

/// This page's path and query, as links back to it need them. A rejected form's payload
/// (`__path`, `__err`) stays out: the page came with a short reference to it, which is kept.
fn here() -> String {
    let location = use_location();
    let (path, search) = (location.pathname.get_untracked(), location.search.get_untracked());
    // The router's `search` has no leading "?".
    let kept: Vec<&str> = search
        .trim_start_matches('?')
        .split('&')
        .filter(|p| !p.is_empty() && !p.starts_with("__path=") && !p.starts_with("__err="))
        .collect();
    if kept.is_empty() { path } else { format!("{path}?{}", kept.join("&")) }
}

/// A plain form posting to `/lang`, so it works before (and without) the WASM.
#[component]
fn LanguageSwitcher() -> impl IntoView {
    let lang = use_lang();
    let here = here();
    view! {
        <form method="post" action="/lang" class="flex items-center gap-1 text-sm">
            <label for="language" class="sr-only">{t("language")}</label>
            <select id="language" name="lang" class="rounded-md border border-stone-300 bg-white px-2 py-1 text-sm">
                {LANGUAGES
                    .iter()
                    .map(|(code, name)| view! { <option value=*code selected=*code == lang.0 lang=*code>{*name}</option> })
                    .collect_view()}
            </select>
            <input type="hidden" name="next" value=here/>
            <button type="submit" class="rounded-md border border-stone-300 px-2 py-1 text-stone-700 hover:bg-stone-50">
                {t("language-apply")}
            </button>
        </form>
    }
}

#[component]
pub fn Footer() -> impl IntoView {
    let framed = framed();
    view! { <Show when=move || !framed()><SiteFooter/></Show> }
}

#[component]
fn SiteFooter() -> impl IntoView {
    view! {
        <footer class="mt-16 border-t border-stone-200 bg-white">
            <div class="mx-auto max-w-6xl px-4 py-6 text-sm text-stone-600">
                <p>{t("footer-about")}</p>
                <p class="mt-2">
                    <a class=LINK href="/organisations">{t("nav-directory")}</a>
                    " · "
                    <a class=LINK href="/map">{t("nav-map")}</a>
                    " · "
                    <a class=LINK href="/api/v1/openapi.json">{t("footer-open-data")}</a>
                </p>
            </div>
        </footer>
    }
}

use crate::components::ui::LINK;
use crate::i18n::t;
use leptos::prelude::*;
use leptos_meta::Title;

#[component]
pub fn NotFoundPage() -> impl IntoView {
    #[cfg(feature = "ssr")]
    crate::ssr::set_status(http::StatusCode::NOT_FOUND);
    view! {
        <Title text=t("not-found-title")/>
        <div class="py-16 text-center">
            <h1 class="text-2xl font-bold">{t("not-found-title")}</h1>
            <p class="mt-2 text-stone-600">{t("not-found-body")}</p>
            <p class="mt-6"><a class=LINK href="/">{t("back-home")}</a></p>
        </div>
    }
}

//! An organisation as one card in a result list, and the hint that signing in shows more.

use crate::components::ui::{Badge, BadgeTone, CARD, LINK};
use crate::i18n::t;
use crate::state::use_session;
use leptos::prelude::*;
use model::directory::OrgCard;
use model::taxonomy::Visibility;

#[component]
pub fn OrgCardItem(card: OrgCard) -> impl IntoView {
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

/// Tells visitors that signing in shows more; `next` is where signing in returns to.
#[component]
pub fn MembersOnlyHint(#[prop(into)] next: String) -> impl IntoView {
    let session = use_session();
    move || {
        let signed_in = session.user.get().and_then(|r| r.ok()).flatten().is_some();
        let href = format!("/sign-in?next={next}");
        (!signed_in).then(|| {
            view! {
                <p class="mt-1 text-xs text-stone-500">
                    {t("directory-members-only-hint")} " " <a class=LINK href=href>{t("sign-in")}</a>
                </p>
            }
        })
    }
}

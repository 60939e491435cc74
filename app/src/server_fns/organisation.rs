//! One organisation: its profile, and saving an edit.

use crate::error::AppError;
use leptos::prelude::*;
use model::organisation::{OrgForm, OrgProfile};

#[server(prefix = "/api/organisation", endpoint = "profile")]
pub async fn organisation_profile(slug: String) -> Result<OrgProfile, AppError> {
    use crate::ssr::{db, viewer};
    Ok(service::organisations::profile(&db()?, &viewer(), &slug).await?)
}

/// Saves an edit; the server checks again that the viewer may edit this organisation.
#[server(prefix = "/api/organisation", endpoint = "update")]
pub async fn update_organisation(slug: String, org: OrgForm) -> Result<(), AppError> {
    use crate::server_fns::session::echo;
    use crate::ssr::{db, viewer};
    let db = db()?;
    let editor = viewer().editor_of(&db, &slug).await?;
    let slug = service::organisations::update(&db, &editor, &org).await.map_err(|e| echo(e.into(), &org))?;
    leptos_axum::redirect(&format!("/organisations/{slug}?saved=1"));
    Ok(())
}

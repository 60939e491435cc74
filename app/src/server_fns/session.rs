//! Signing up, in and out, and who is signed in.

use crate::error::AppError;
use leptos::prelude::*;
use model::account::{SessionUser, SignUpForm};

/// The session key holding the signed-in user's id.
pub const USER_KEY: &str = "user_id";

#[server(prefix = "/api/session", endpoint = "current_user")]
pub async fn current_user() -> Result<Option<SessionUser>, AppError> {
    use crate::ssr::{db, viewer};
    Ok(viewer().session_user(&db()?).await?)
}

#[server(prefix = "/api/session", endpoint = "sign_in")]
pub async fn sign_in(email: String, password: String, next: Option<String>) -> Result<(), AppError> {
    use crate::ssr::{client_ip, db, throttle};
    let account = service::accounts::sign_in(&db()?, &throttle()?, client_ip(), &email, &password)
        .await
        .map_err(|e| echo(e.into(), &serde_json::json!({ "email": email, "next": next })))?;
    start_session(account.id).await?;
    leptos_axum::redirect(&safe_next(next.as_deref()));
    Ok(())
}

#[server(prefix = "/api/session", endpoint = "sign_up")]
pub async fn sign_up(form: SignUpForm) -> Result<(), AppError> {
    use crate::ssr::db;
    let signed_up =
        service::accounts::sign_up(&db()?, &form).await.map_err(|e| echo(e.into(), &form.without_password()))?;
    start_session(signed_up.account.id).await?;
    // First stop: completing the new organisation's profile.
    leptos_axum::redirect(&format!("/organisations/{}/edit?welcome=1", signed_up.org_slug));
    Ok(())
}

#[server(prefix = "/api/session", endpoint = "sign_out")]
pub async fn sign_out() -> Result<(), AppError> {
    let session = crate::ssr::session()?;
    session.flush().await.map_err(AppError::internal)?;
    leptos_axum::redirect("/");
    Ok(())
}

/// Starts a fresh session for `user` (a new id defeats session fixation).
#[cfg(feature = "ssr")]
async fn start_session(user: model::UserId) -> Result<(), AppError> {
    let session = crate::ssr::session()?;
    session.cycle_id().await.map_err(AppError::internal)?;
    session.insert(USER_KEY, user).await.map_err(AppError::internal)?;
    Ok(())
}

/// Attaches the submitted values to a field-level rejection so a page rendered without
/// JavaScript can show the form again as it was.
#[cfg(feature = "ssr")]
pub(crate) fn echo(err: AppError, submitted: &impl serde::Serialize) -> AppError {
    match err {
        AppError::Invalid { errors, .. } => AppError::Invalid { errors, echo: serde_json::to_string(submitted).ok() },
        other => other,
    }
}

/// Only same-site paths are followed after sign-in or a language change, never another host.
/// Browsers are lenient with what a `Location` says: they drop tabs and line breaks
/// (`/\t/evil.example` becomes `//evil.example`, another host), read `\\` as `/` and resolve
/// `//host` against the scheme. So a `next` must be a path (one leading `/`, not followed by
/// another `/` or `\\`) with no backslash, whitespace or control character anywhere.
pub fn safe_next(next: Option<&str>) -> String {
    let is_same_site_path = |path: &str| {
        path.starts_with('/')
            && !path[1..].starts_with(['/', '\\'])
            && !path.chars().any(|c| c == '\\' || c.is_whitespace() || c.is_control())
    };
    match next {
        Some(path) if is_same_site_path(path) => path.to_owned(),
        _ => "/".to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::safe_next;

    #[test]
    fn next_never_leaves_the_site() {
        assert_eq!(safe_next(Some("/organisations?kind=sme")), "/organisations?kind=sme");
        assert_eq!(safe_next(Some("//evil.example")), "/");
        assert_eq!(safe_next(Some("https://evil.example")), "/");
        assert_eq!(safe_next(Some("/\\evil.example")), "/");
        assert_eq!(safe_next(None), "/");
        for sneaky in [
            "/\t/evil.example",
            "/\n/evil.example",
            "/\r//evil.example",
            "/ /evil.example",
            "/\u{0}/evil",
            "/\u{a0}/evil",
            "javascript:alert(1)",
            "evil.example",
        ] {
            assert_eq!(safe_next(Some(sneaky)), "/", "{sneaky:?}");
        }
        assert_eq!(safe_next(Some("/survey/answer?round=2")), "/survey/answer?round=2");
    }
}

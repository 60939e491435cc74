//! The domain's failures. `app::AppError` decides what a user sees of each; internal
//! detail (database errors) is logged there once and never sent.

use model::FieldErrors;

#[derive(Debug, thiserror::Error)]
pub enum ServiceError {
    #[error("sign in to continue")]
    Unauthenticated,
    /// Also what strangers get for things they may not see: they learn nothing.
    #[error("{what} not found")]
    NotFound { what: &'static str },
    /// Visible, but not theirs to change.
    #[error("not allowed")]
    Forbidden,
    /// A rule that the input broke as a whole; the value is a translation key.
    #[error("conflict: {0}")]
    Conflict(&'static str),
    #[error("invalid input")]
    Invalid(FieldErrors),
    #[error("too many attempts, retry in {retry_after_secs} s")]
    RateLimited { retry_after_secs: u64 },
    #[error("database: {0}")]
    Db(#[from] sea_orm::DbErr),
    #[error("internal: {0}")]
    Internal(String),
}

impl ServiceError {
    pub fn invalid(field: &str, message_key: &str) -> Self {
        let mut errors = FieldErrors::default();
        errors.add(field, message_key);
        Self::Invalid(errors)
    }
}

impl From<FieldErrors> for ServiceError {
    fn from(errors: FieldErrors) -> Self {
        Self::Invalid(errors)
    }
}

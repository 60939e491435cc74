//! `AppError`, the only error that crosses the wire. What a user may see of a failure and
//! nothing more: internal detail is logged once on the server with a reference id.

use leptos::server_fn::codec::JsonEncoding;
use leptos::server_fn::error::{FromServerFnError, ServerFnErrorErr};
use model::FieldErrors;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, thiserror::Error)]
pub enum AppError {
    #[error("sign in to continue")]
    Unauthenticated,
    #[error("not found")]
    NotFound,
    #[error("not allowed")]
    Forbidden,
    /// The value is a translation key.
    #[error("conflict: {0}")]
    Conflict(String),
    /// Field problems (translation keys by field name) and, for forms posted without
    /// JavaScript, the submitted values as JSON so the page can show them again.
    #[error("please check the form")]
    Invalid { errors: FieldErrors, echo: Option<String> },
    #[error("too many attempts")]
    RateLimited { retry_after_secs: u64 },
    #[error("unexpected error (ref {0})")]
    Internal(String),
    /// The request could not be read (a malformed or incomplete body); the text names the
    /// problem as the decoder found it ("missing field `answers`"), never server internals.
    #[error("bad request: {0}")]
    BadRequest(String),
    #[error("network problem: {0}")]
    Transport(String),
}

impl FromServerFnError for AppError {
    type Encoder = JsonEncoding;

    /// On the server this is reached only when a request's arguments cannot be read (the
    /// server function's own errors are `AppError`s already): a client error, answered 400
    /// with what was wrong. In the browser it is a request that never got an answer.
    fn from_server_fn_error(e: ServerFnErrorErr) -> Self {
        #[cfg(feature = "ssr")]
        {
            let error = match e {
                ServerFnErrorErr::Args(why)
                | ServerFnErrorErr::Deserialization(why)
                | ServerFnErrorErr::MissingArg(why) => Self::BadRequest(why),
                ServerFnErrorErr::Request(why) | ServerFnErrorErr::UnsupportedRequestMethod(why) => {
                    Self::BadRequest(why)
                }
                other => return Self::internal(other),
            };
            crate::ssr::set_status(error.status());
            error
        }
        #[cfg(not(feature = "ssr"))]
        Self::Transport(e.to_string())
    }
}

impl AppError {
    /// The translation key of a one-line message for this error.
    pub fn message_key(&self) -> &str {
        match self {
            Self::Unauthenticated => "error-unauthenticated",
            Self::NotFound => "error-not-found",
            Self::Forbidden => "error-forbidden",
            Self::Conflict(key) => key,
            Self::Invalid { .. } => "error-check-form",
            Self::RateLimited { .. } => "error-rate-limited",
            Self::Internal(_) => "error-internal",
            Self::BadRequest(_) => "error-bad-request",
            Self::Transport(_) => "error-transport",
        }
    }

    pub fn field_errors(&self) -> Option<&FieldErrors> {
        match self {
            Self::Invalid { errors, .. } => Some(errors),
            _ => None,
        }
    }

    /// The submitted form, when a no-JavaScript submission was rejected.
    pub fn echoed<T: for<'de> Deserialize<'de>>(&self) -> Option<T> {
        match self {
            Self::Invalid { echo: Some(json), .. } => serde_json::from_str(json).ok(),
            _ => None,
        }
    }
}

#[cfg(feature = "ssr")]
mod from_service {
    use super::AppError;
    use http::StatusCode;
    use service::ServiceError as E;

    impl AppError {
        /// The status a page or server function answers with for this error.
        pub fn status(&self) -> StatusCode {
            match self {
                Self::Unauthenticated => StatusCode::UNAUTHORIZED,
                Self::NotFound => StatusCode::NOT_FOUND,
                Self::Forbidden => StatusCode::FORBIDDEN,
                Self::Conflict(_) => StatusCode::CONFLICT,
                Self::Invalid { .. } => StatusCode::UNPROCESSABLE_ENTITY,
                Self::RateLimited { .. } => StatusCode::TOO_MANY_REQUESTS,
                Self::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
                Self::BadRequest(_) | Self::Transport(_) => StatusCode::BAD_REQUEST,
            }
        }
    }

    impl AppError {
        /// An unexpected failure: `cause` is logged with a fresh reference, and only the
        /// reference reaches the client (a database's or a library's words never do).
        pub fn internal(cause: impl std::fmt::Display) -> Self {
            let reference = crate::ssr::short_ref();
            tracing::error!(error.reference = %reference, error = %cause, "request failed");
            crate::ssr::set_status(StatusCode::INTERNAL_SERVER_ERROR);
            Self::Internal(reference)
        }
    }

    impl From<E> for AppError {
        fn from(err: E) -> Self {
            let wire = match err {
                E::Unauthenticated => Self::Unauthenticated,
                E::NotFound { .. } => Self::NotFound,
                E::Forbidden => Self::Forbidden,
                E::Conflict(key) => Self::Conflict(key.into()),
                E::Invalid(errors) => Self::Invalid { errors, echo: None },
                E::RateLimited { retry_after_secs } => Self::RateLimited { retry_after_secs },
                E::Db(_) | E::Internal(_) => return Self::internal(err),
            };
            crate::ssr::set_status(wire.status());
            wire
        }
    }
}

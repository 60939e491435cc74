//! Errors of the matching library: bad input is reported, never panicked on.

use thiserror::Error;

#[derive(Debug, Error)]
pub enum MatchError {
    /// The input is inconsistent (unknown ids, bad sizes, locks beyond capacity, ...).
    #[error("invalid input: {0}")]
    Invalid(String),
    /// A file could not be parsed; names the file and what was wrong.
    #[error("{file}: {what}")]
    Format { file: String, what: String },
    #[error("{file}: {source}")]
    Io {
        file: String,
        #[source]
        source: std::io::Error,
    },
}

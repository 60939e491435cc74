//! Reading vocabulary values the database keeps as text where a column type cannot hold them
//! (lists joined by commas, and slugs that are part of a facet row's primary key). A value
//! outside the vocabulary is an internal error that names it, never skipped or defaulted:
//! the schema only ever receives validated values, so one that does not decode is a fault to
//! see in the log, not data to guess at.

use crate::error::ServiceError;
use std::str::FromStr;

/// One stored slug.
pub fn slug<T>(text: &str) -> Result<T, ServiceError>
where
    T: FromStr<Err = model::slug_enum::UnknownSlug>,
{
    text.parse().map_err(|e| ServiceError::Internal(format!("stored value: {e}")))
}

/// Slugs joined by commas (`"ca,en,es"`); the empty text is the empty list.
pub fn slug_list<T>(text: &str) -> Result<Vec<T>, ServiceError>
where
    T: FromStr<Err = model::slug_enum::UnknownSlug>,
{
    text.split(',').filter(|s| !s.is_empty()).map(slug).collect()
}

/// A JSON column's value read as the type `what` says it holds (the column is typed JSON, but
/// which shape it holds depends on another column, such as an entry's side).
pub fn from_json<T: serde::de::DeserializeOwned>(
    what: impl std::fmt::Display,
    value: &serde_json::Value,
) -> Result<T, ServiceError> {
    T::deserialize(value).map_err(|e| ServiceError::Internal(format!("stored {what}: {e}")))
}

/// A value for a JSON column.
pub fn to_json(value: &impl serde::Serialize) -> Result<serde_json::Value, ServiceError> {
    serde_json::to_value(value).map_err(|e| ServiceError::Internal(format!("encoding JSON: {e}")))
}

#[cfg(test)]
mod tests {
    use super::*;
    use model::taxonomy::Language;

    #[test]
    fn a_stored_list_decodes_whole_or_names_what_it_cannot_read() {
        assert_eq!(slug_list::<Language>("ca,en").unwrap(), [Language::Ca, Language::En]);
        assert!(slug_list::<Language>("").unwrap().is_empty());
        let err = slug_list::<Language>("ca,klingon").unwrap_err().to_string();
        assert!(err.contains("\"klingon\" is not a language slug"), "{err}");
    }
}

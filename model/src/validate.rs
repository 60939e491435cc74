//! Field-level validation results. Messages are translation keys, never English, so the
//! same rejection reads right in every language.

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Problems keyed by form field name; each value is a translation key.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct FieldErrors(pub BTreeMap<String, String>);

impl FieldErrors {
    /// Records a problem with `field`; the first problem found for a field wins.
    pub fn add(&mut self, field: &str, message_key: &str) {
        self.0.entry(field.to_owned()).or_insert_with(|| message_key.to_owned());
    }

    pub fn get(&self, field: &str) -> Option<&str> {
        self.0.get(field).map(String::as_str)
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// `Ok(())` when nothing was recorded.
    pub fn into_result(self) -> Result<(), FieldErrors> {
        if self.is_empty() { Ok(()) } else { Err(self) }
    }
}

/// Trims `raw` and checks its length in characters (not bytes, so accents count once).
pub fn text(errors: &mut FieldErrors, field: &str, raw: &str, required: bool, max_chars: usize) -> String {
    let value = raw.trim().to_owned();
    if required && value.is_empty() {
        errors.add(field, "error-required");
    } else if value.chars().count() > max_chars {
        errors.add(field, "error-too-long");
    }
    value
}

/// Parses a required single choice; an empty or unknown value is an error on `field`.
pub fn one_of<T>(e: &mut FieldErrors, field: &str, raw: &str, parse: fn(&str) -> Option<T>) -> Option<T> {
    let raw = raw.trim();
    if raw.is_empty() {
        e.add(field, "error-required");
        return None;
    }
    let parsed = parse(raw);
    if parsed.is_none() {
        e.add(field, "error-unknown-choice");
    }
    parsed
}

/// Parses a multi-select; duplicates collapse and the order is the vocabulary's.
pub fn many_of<T: Ord>(e: &mut FieldErrors, field: &str, raw: &[String], parse: fn(&str) -> Option<T>) -> Vec<T> {
    let mut values: Vec<T> = Vec::with_capacity(raw.len());
    for item in raw.iter().map(|r| r.trim()).filter(|r| !r.is_empty()) {
        match parse(item) {
            Some(v) => values.push(v),
            None => e.add(field, "error-unknown-choice"),
        }
    }
    values.sort();
    values.dedup();
    values
}

/// A required whole number in `min..=max`.
pub fn whole_number(e: &mut FieldErrors, field: &str, raw: &str, min: u32, max: u32) -> Option<u32> {
    let raw = raw.trim();
    if raw.is_empty() {
        e.add(field, "error-required");
        return None;
    }
    match raw.parse::<u32>() {
        Ok(n) if (min..=max).contains(&n) => Some(n),
        Ok(_) => {
            e.add(field, "error-out-of-range");
            None
        }
        Err(_) => {
            e.add(field, "error-whole-number");
            None
        }
    }
}

/// A required date written as YYYY-MM-DD (what `<input type="date">` posts).
pub fn date(e: &mut FieldErrors, field: &str, raw: &str) -> Option<chrono::NaiveDate> {
    let raw = raw.trim();
    if raw.is_empty() {
        e.add(field, "error-required");
        return None;
    }
    let parsed = chrono::NaiveDate::parse_from_str(raw, "%Y-%m-%d").ok();
    if parsed.is_none() {
        e.add(field, "error-date");
    }
    parsed
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn first_problem_for_a_field_wins() {
        let mut e = FieldErrors::default();
        e.add("name", "error-required");
        e.add("name", "error-too-long");
        assert_eq!(e.get("name"), Some("error-required"));
        assert!(e.into_result().is_err());
    }

    #[test]
    fn text_counts_characters_not_bytes() {
        let mut e = FieldErrors::default();
        assert_eq!(text(&mut e, "city", "  Plovdiv ", true, 7), "Plovdiv");
        assert_eq!(text(&mut e, "city", "Ålborgé", true, 7), "Ålborgé");
        assert!(e.is_empty());
        text(&mut e, "name", "   ", true, 10);
        assert_eq!(e.get("name"), Some("error-required"));
    }
}

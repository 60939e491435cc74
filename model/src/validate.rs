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

/// A one-line text (a name, a city): trimmed, its length checked in characters (not bytes, so
/// accents count once). Control characters (NUL, ESC, tabs, line breaks, ...) are refused:
/// they have no place in a line, and shown elsewhere (a title, a CSV cell, a log line) they
/// can change what the reader sees.
pub fn text(errors: &mut FieldErrors, field: &str, raw: &str, required: bool, max_chars: usize) -> String {
    let value = raw.trim().to_owned();
    if value.chars().any(is_forbidden_in_a_line) {
        errors.add(field, "error-control-characters");
    }
    checked_length(errors, field, value, required, max_chars)
}

/// A text of several lines (a description, a motivation): like [`text`], but line breaks and
/// tabs are kept, with Windows' CR LF written as LF so lengths and diffs agree across browsers.
pub fn paragraphs(errors: &mut FieldErrors, field: &str, raw: &str, required: bool, max_chars: usize) -> String {
    let value = raw.trim().replace("\r\n", "\n");
    if value.chars().any(|c| c != '\n' && c != '\t' && is_forbidden_in_a_line(c)) {
        errors.add(field, "error-control-characters");
    }
    checked_length(errors, field, value, required, max_chars)
}

/// C0 and C1 controls and DEL, plus the Unicode line and paragraph separators.
pub(crate) fn is_forbidden_in_a_line(c: char) -> bool {
    c.is_control() || c == '\u{2028}' || c == '\u{2029}'
}

fn checked_length(errors: &mut FieldErrors, field: &str, value: String, required: bool, max_chars: usize) -> String {
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

    #[test]
    fn control_characters_are_refused_by_field() {
        for bad in ["Alytus\0", "Aly\x1b[31mtus", "Alytus\r\nSet-Cookie: x", "Aly\ttus", "Aly\u{2028}tus", "Aly\u{7f}"]
        {
            let mut e = FieldErrors::default();
            text(&mut e, "city", bad, true, 100);
            assert_eq!(e.get("city"), Some("error-control-characters"), "{bad:?}");
        }
    }

    #[test]
    fn paragraphs_keep_line_breaks_and_refuse_other_controls() {
        let mut e = FieldErrors::default();
        assert_eq!(paragraphs(&mut e, "description", "One.\r\n\tTwo.\n", false, 100), "One.\n\tTwo.");
        assert!(e.is_empty());
        paragraphs(&mut e, "description", "One.\u{0}Two.", false, 100);
        assert_eq!(e.get("description"), Some("error-control-characters"));
    }
}

//! Words inside islands. Islands run in the browser without Fluent (its runtime, its plural
//! rules and seven languages' files were most of the WASM): the server translates every
//! string an island shows and passes it in the island's props. A string with a count travels
//! as a [`Counted`]: one template per plural form the language has, picked in the browser by
//! the same rule Fluent applies (a test holds the two to the same answers).

use serde::{Deserialize, Serialize};

/// A counted message in one language, such as "{n} organisations".
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Counted {
    lang: String,
    one: String,
    /// Romanian's "few" form (0 and 2–19); empty for the other languages.
    few: String,
    other: String,
}

/// Where the count goes in a template.
const SLOT: &str = "{n}";

/// The plural form each of the platform's languages uses for a whole number (CLDR's
/// cardinal rules; the translation files use `one`, `other` and, in Romanian, `few`).
fn form(lang: &str, n: u64) -> Form {
    match lang {
        "fr" if n <= 1 => Form::One,
        "ro" if n == 1 => Form::One,
        // CLDR also puts 102–119, 202–219, ... here; the Fluent build the server uses does not,
        // and the island must say what the page around it says.
        "ro" if n == 0 || (2..=19).contains(&n) => Form::Few,
        "fr" | "ro" => Form::Other,
        _ if n == 1 => Form::One,
        _ => Form::Other,
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Form {
    One,
    Few,
    Other,
}

impl Counted {
    /// The message for `n`.
    pub fn format(&self, n: u64) -> String {
        let template = match form(&self.lang, n) {
            Form::One => &self.one,
            Form::Few if !self.few.is_empty() => &self.few,
            Form::Few | Form::Other => &self.other,
        };
        template.replace(SLOT, &n.to_string())
    }
}

impl Counted {
    /// `key` in `lang`, with its count argument called `arg`, as templates: Fluent renders
    /// one sample number of each form and the number becomes the slot. (Only the server has
    /// Fluent; the browser receives the result.)
    #[cfg(not(feature = "ssr"))]
    pub fn new(_lang: crate::i18n::Lang, _key: &str, _arg: &'static str) -> Self {
        Self::default()
    }

    #[cfg(feature = "ssr")]
    pub fn new(lang: crate::i18n::Lang, key: &str, arg: &'static str) -> Self {
        use fluent_templates::fluent_bundle::FluentValue;
        // Samples whose digits cannot be mistaken for other text in a message.
        let (one, few, other) = match lang.0 {
            "ro" => (1, Some(2), 20),
            _ => (1, None, 2),
        };
        let template = |n: u64| {
            let text = lang.t_args(key, &[(arg, FluentValue::from(n))]);
            text.replacen(&n.to_string(), SLOT, 1)
        };
        Self {
            lang: lang.0.to_owned(),
            one: template(one),
            few: few.map(template).unwrap_or_default(),
            other: template(other),
        }
    }
}

#[cfg(all(test, feature = "ssr"))]
mod tests {
    use super::Counted;
    use crate::i18n::{LANGUAGES, Lang};
    use fluent_templates::fluent_bundle::FluentValue;

    /// Every counted message an island shows, with its argument's name.
    const ISLAND_COUNTS: &[(&str, &str)] = &[("map-organisations", "count"), ("map-cluster-label", "count")];

    #[test]
    fn templates_say_what_fluent_says_for_every_count_in_every_language() {
        let counts = (0..=250).chain([999, 1_000, 1_001, 1_019, 1_020, 100_000, 1_000_000, 1_000_001]);
        for (code, _) in LANGUAGES {
            let lang = Lang(code);
            for (key, arg) in ISLAND_COUNTS {
                let counted = Counted::new(lang, key, arg);
                for n in counts.clone() {
                    let fluent = lang.t_args(key, &[(arg, FluentValue::from(n))]);
                    assert_eq!(counted.format(n), fluent, "{key} in {code} for {n}");
                }
            }
        }
    }
}

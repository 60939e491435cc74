#![cfg(feature = "ssr")]
//! Every user-facing string goes through the translation files: each key the code uses
//! exists in English, and no language file carries keys English does not have.

use app::i18n::{LANGUAGES, Lang};
use model::taxonomy::{Country, Language, OrgKind, Role, SizeBand, Topic, ValueChain, Visibility};
use std::path::Path;

fn rust_files(dir: &Path, out: &mut Vec<String>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(std::fs::read_to_string(&path).unwrap());
        }
    }
}

/// String literals that follow `prefix` (e.g. `t("`) in `source`, where `prefix` starts a
/// word (so `get("` is not taken for `t("`).
fn literals_after<'a>(source: &'a str, prefix: &str) -> Vec<&'a str> {
    source
        .match_indices(prefix)
        .filter(|(i, _)| !source[..*i].ends_with(|c: char| c.is_alphanumeric() || c == '_' || c == '.'))
        .filter_map(|(i, _)| source[i + prefix.len()..].split('"').next())
        .collect()
}

fn keys_used_in_code() -> Vec<String> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let mut sources = Vec::new();
    for dir in ["app/src", "model/src", "service/src"] {
        rust_files(&root.join(dir), &mut sources);
    }
    let mut keys = Vec::new();
    for source in &sources {
        for prefix in ["t(\"", "t_count(\"", "t_with(\""] {
            keys.extend(literals_after(source, prefix).into_iter().map(str::to_owned));
        }
        // Validation messages and error keys are literals starting with "error-".
        keys.extend(literals_after(source, "\"error-").into_iter().map(|rest| format!("error-{rest}")));
    }
    fn labels<T: Copy>(all: &[T], key: fn(T) -> String) -> Vec<String> {
        all.iter().map(|&v| key(v)).collect()
    }
    keys.extend(labels(OrgKind::ALL, OrgKind::label_key));
    keys.extend(labels(ValueChain::ALL, ValueChain::label_key));
    keys.extend(labels(Topic::ALL, Topic::label_key));
    keys.extend(labels(SizeBand::ALL, SizeBand::label_key));
    keys.extend(labels(Visibility::ALL, Visibility::label_key));
    keys.extend(labels(Role::ALL, Role::label_key));
    keys.extend(labels(Language::ALL, Language::label_key));
    keys.extend(labels(Country::ALL, Country::label_key));
    keys.extend(labels(model::map::Metric::ALL, model::map::Metric::label_key));
    use model::exchange::{MatchingMode, ParticipantType, ProposalState, Status, UnmatchedReason};
    keys.extend(labels(ParticipantType::ALL, ParticipantType::label_key));
    keys.extend(labels(UnmatchedReason::ALL, UnmatchedReason::label_key));
    keys.extend(labels(ProposalState::ALL, ProposalState::label_key));
    keys.extend(labels(MatchingMode::ALL, MatchingMode::label_key));
    keys.extend(labels(Status::ALL, Status::label_key));
    // The cohort page's notice after each kind of save.
    keys.extend(["application", "offer", "withdrawn", "accept", "decline"].map(|s| format!("exchange-saved-{s}")));
    keys.extend(["unproposed", "proposed", "confirmed", "locked"].map(|s| format!("board-show-{s}")));
    keys.sort();
    keys.dedup();
    keys.retain(|k| !k.is_empty() && !k.contains(['{', ' ']));
    keys
}

fn ftl_keys(lang: &str) -> Option<Vec<String>> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("locales").join(lang).join("main.ftl");
    let text = std::fs::read_to_string(path).ok()?;
    Some(
        text.lines()
            .filter(|l| l.chars().next().is_some_and(|c| c.is_ascii_alphanumeric()))
            .filter_map(|l| l.split_once(" =").map(|(k, _)| k.trim().to_owned()))
            .collect(),
    )
}

#[test]
fn every_key_the_code_uses_is_in_english() {
    let english = ftl_keys("en").expect("English is there");
    let missing: Vec<String> = keys_used_in_code().into_iter().filter(|k| !english.contains(k)).collect();
    assert!(missing.is_empty(), "keys missing from locales/en/main.ftl: {missing:?}");
}

#[test]
fn other_languages_translate_only_english_keys() {
    let english = ftl_keys("en").expect("English is there");
    for (code, _) in LANGUAGES.iter().filter(|(c, _)| *c != "en") {
        let Some(keys) = ftl_keys(code) else { continue };
        let extra: Vec<&String> = keys.iter().filter(|k| !english.contains(k)).collect();
        assert!(extra.is_empty(), "{code} has keys English lacks: {extra:?}");
    }
}

#[test]
fn plurals_and_arguments_are_filled_in() {
    let en = Lang("en");
    use fluent_templates::fluent_bundle::FluentValue;
    assert_eq!(en.t_args("directory-count", &[("count", FluentValue::from(1))]), "1 organisation");
    assert_eq!(en.t_args("directory-count", &[("count", FluentValue::from(42))]), "42 organisations");
    assert_eq!(en.t_args("directory-count", &[("count", FluentValue::from(0))]), "No organisations match");
}

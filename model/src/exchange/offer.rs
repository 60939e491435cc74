//! A host's offer: what a visit shows, what visitors could bring, how many it takes and when.

use super::application::days_between;
use super::{Cohort, TEXT_MAX};
use crate::taxonomy::{Language, Topic};
use crate::validate::{self, FieldErrors, many_of};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// Availability windows per offer (the matching benchmark's format allows three).
pub const WINDOWS_MAX: usize = 3;
/// Visitors one host takes over a cohort, at most.
pub const CAPACITY_MAX: u32 = 50;
const TOPICS_MAX: usize = 12;

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Offer {
    pub topics_offered: Vec<Topic>,
    /// Topics the host would like visitors to bring.
    pub topics_wanted: Vec<Topic>,
    pub capacity: u32,
    /// Sorted, disjoint, inclusive date ranges.
    pub windows: Vec<(NaiveDate, NaiveDate)>,
    pub languages: Vec<Language>,
    /// What a visit includes (tour, workshop, meetings...).
    pub includes: String,
}

/// One availability window as typed.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct WindowForm {
    pub from: String,
    pub to: String,
}

impl WindowForm {
    pub fn new(from: impl Into<String>, to: impl Into<String>) -> Self {
        Self { from: from.into(), to: to.into() }
    }
}

/// The offer form exactly as posted. Windows come as up to [`WINDOWS_MAX`] from/to pairs
/// (their errors under `window-1-from`, `window-1-to`, ...); blank pairs are ignored.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct OfferForm {
    pub topics_offered: Vec<String>,
    pub topics_wanted: Vec<String>,
    pub capacity: String,
    pub windows: Vec<WindowForm>,
    pub languages: Vec<String>,
    pub includes: String,
}

/// The error keys of each window's from and to fields, in order.
pub const WINDOW_FIELDS: [(&str, &str); WINDOWS_MAX] =
    [("window-1-from", "window-1-to"), ("window-2-from", "window-2-to"), ("window-3-from", "window-3-to")];

/// The form fields of window `n` (counted from 1).
pub fn window_fields(n: usize) -> (String, String) {
    (format!("window-{n}-from"), format!("window-{n}-to"))
}

impl From<&Offer> for OfferForm {
    fn from(o: &Offer) -> Self {
        Self {
            topics_offered: o.topics_offered.iter().map(|t| t.slug().to_owned()).collect(),
            topics_wanted: o.topics_wanted.iter().map(|t| t.slug().to_owned()).collect(),
            capacity: o.capacity.to_string(),
            windows: o.windows.iter().map(|(f, t)| WindowForm::new(f.to_string(), t.to_string())).collect(),
            languages: o.languages.iter().map(|l| l.slug().to_owned()).collect(),
            includes: o.includes.clone(),
        }
    }
}

impl OfferForm {
    pub fn validate(&self, cohort: &Cohort) -> Result<Offer, FieldErrors> {
        let mut e = FieldErrors::default();
        let topics_offered = many_of(&mut e, "topics_offered", &self.topics_offered, Topic::from_slug);
        if topics_offered.is_empty() {
            e.add("topics_offered", "error-pick-at-least-one");
        }
        let topics_wanted = many_of(&mut e, "topics_wanted", &self.topics_wanted, Topic::from_slug);
        for (field, topics) in [("topics_offered", &topics_offered), ("topics_wanted", &topics_wanted)] {
            if topics.len() > TOPICS_MAX {
                e.add(field, "error-too-many");
            }
        }
        let capacity = validate::whole_number(&mut e, "capacity", &self.capacity, 1, CAPACITY_MAX);
        let windows = windows(&mut e, &self.windows, cohort);
        let languages = many_of(&mut e, "languages", &self.languages, Language::from_slug);
        if languages.is_empty() {
            e.add("languages", "error-pick-at-least-one");
        }
        let includes = validate::paragraphs(&mut e, "includes", &self.includes, true, TEXT_MAX);
        e.into_result()?;
        let Some(capacity) = capacity else { unreachable!("a missing capacity always records a field error") };
        Ok(Offer { topics_offered, topics_wanted, capacity, windows, languages, includes })
    }
}

/// The filled-in windows, each inside the exchange period and long enough for the shortest
/// stay, sorted; overlapping windows are an error on the later one.
fn windows(e: &mut FieldErrors, raw: &[WindowForm], cohort: &Cohort) -> Vec<(NaiveDate, NaiveDate)> {
    if raw.len() > WINDOWS_MAX {
        e.add("window-1-from", "error-too-many");
        return Vec::new();
    }
    let mut windows = Vec::new();
    let mut filled = 0;
    for (i, WindowForm { from, to }) in raw.iter().enumerate() {
        if from.trim().is_empty() && to.trim().is_empty() {
            continue;
        }
        filled += 1;
        let (from_field, to_field) = window_fields(i + 1);
        let (Some(from), Some(to)) = (validate::date(e, &from_field, from), validate::date(e, &to_field, to)) else {
            continue;
        };
        if from < cohort.exchanges_start || from > cohort.exchanges_end {
            e.add(&from_field, "error-outside-exchange-window");
        } else if to < from {
            e.add(&to_field, "error-ends-before-starts");
        } else if to > cohort.exchanges_end {
            e.add(&to_field, "error-outside-exchange-window");
        } else if days_between(from, to) < cohort.stay_min_days {
            e.add(&to_field, "error-window-too-short");
        } else if windows.iter().any(|&(f, t)| from <= t && f <= to) {
            e.add(&from_field, "error-windows-overlap");
        } else {
            windows.push((from, to));
        }
    }
    if filled == 0 {
        e.add("window-1-from", "error-required");
    }
    windows.sort();
    windows
}

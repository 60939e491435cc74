//! A visitor's application: what it wants to learn, where and when it can travel, and why.

use super::{Cohort, TEXT_MAX};
use crate::taxonomy::{Country, Language, Topic, ValueChain};
use crate::validate::{self, FieldErrors, many_of};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// At most this many topics wanted: a visit of a few days cannot cover more.
pub const TOPICS_WANTED_MAX: usize = 8;

/// A validated application, ready to be matched.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Application {
    pub topics_wanted: Vec<Topic>,
    pub value_chains: Vec<ValueChain>,
    /// Countries the visitor would rather go to (a bonus in the reasons, never a rule).
    pub preferred_countries: Vec<Country>,
    pub languages: Vec<Language>,
    pub available_from: NaiveDate,
    pub available_to: NaiveDate,
    pub stay_days: u32,
    pub motivation: String,
}

/// The application form exactly as posted (drafts are saved in this shape, so an unfinished
/// or rejected application comes back as typed).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ApplicationForm {
    pub topics_wanted: Vec<String>,
    pub value_chains: Vec<String>,
    pub preferred_countries: Vec<String>,
    pub languages: Vec<String>,
    pub available_from: String,
    pub available_to: String,
    pub stay_days: String,
    pub motivation: String,
}

impl From<&Application> for ApplicationForm {
    fn from(a: &Application) -> Self {
        let slugs = |values: Vec<&str>| values.into_iter().map(str::to_owned).collect();
        Self {
            topics_wanted: slugs(a.topics_wanted.iter().map(|t| t.slug()).collect()),
            value_chains: slugs(a.value_chains.iter().map(|c| c.slug()).collect()),
            preferred_countries: slugs(a.preferred_countries.iter().map(|c| c.slug()).collect()),
            languages: slugs(a.languages.iter().map(|l| l.slug()).collect()),
            available_from: a.available_from.to_string(),
            available_to: a.available_to.to_string(),
            stay_days: a.stay_days.to_string(),
            motivation: a.motivation.clone(),
        }
    }
}

impl ApplicationForm {
    /// Checks the application against `cohort`'s rules for a visitor based in `home`.
    pub fn validate(&self, cohort: &Cohort, home: Country) -> Result<Application, FieldErrors> {
        let mut e = FieldErrors::default();
        let topics_wanted = many_of(&mut e, "topics_wanted", &self.topics_wanted, Topic::from_slug);
        if topics_wanted.is_empty() {
            e.add("topics_wanted", "error-pick-at-least-one");
        } else if topics_wanted.len() > TOPICS_WANTED_MAX {
            e.add("topics_wanted", "error-too-many");
        }
        let value_chains = many_of(&mut e, "value_chains", &self.value_chains, ValueChain::from_slug);
        if value_chains.is_empty() {
            e.add("value_chains", "error-pick-at-least-one");
        }
        let preferred_countries = many_of(&mut e, "preferred_countries", &self.preferred_countries, Country::from_slug);
        if preferred_countries.contains(&home) {
            e.add("preferred_countries", "error-own-country");
        }
        let languages = many_of(&mut e, "languages", &self.languages, Language::from_slug);
        if languages.is_empty() {
            e.add("languages", "error-pick-at-least-one");
        }
        let from = validate::date(&mut e, "available_from", &self.available_from);
        let to = validate::date(&mut e, "available_to", &self.available_to);
        let stay =
            validate::whole_number(&mut e, "stay_days", &self.stay_days, cohort.stay_min_days, cohort.stay_max_days);
        for (field, day) in [("available_from", from), ("available_to", to)] {
            if day.is_some_and(|d| d < cohort.exchanges_start || d > cohort.exchanges_end) {
                e.add(field, "error-outside-exchange-window");
            }
        }
        if let (Some(from), Some(to)) = (from, to) {
            if to < from {
                e.add("available_to", "error-ends-before-starts");
            } else if let Some(stay) = stay
                && days_between(from, to) < stay
            {
                e.add("stay_days", "error-stay-longer-than-window");
            }
        }
        let motivation = validate::paragraphs(&mut e, "motivation", &self.motivation, true, TEXT_MAX);
        e.into_result()?;
        let (Some(available_from), Some(available_to), Some(stay_days)) = (from, to, stay) else {
            unreachable!("a missing value always records a field error")
        };
        Ok(Application {
            topics_wanted,
            value_chains,
            preferred_countries,
            languages,
            available_from,
            available_to,
            stay_days,
            motivation,
        })
    }
}

/// Days from `from` to `to`, both included.
pub(super) fn days_between(from: NaiveDate, to: NaiveDate) -> u32 {
    u32::try_from((to - from).num_days() + 1).unwrap_or(0)
}

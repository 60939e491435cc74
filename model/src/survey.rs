//! The trends and challenges survey: how hard each challenge is for an organisation, from 1
//! (not a problem) to 5 (a serious obstacle), once per survey round, editable until it closes.

use crate::taxonomy::{Country, Topic};
use crate::validate::FieldErrors;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

pub const RATING_MIN: u8 = 1;
pub const RATING_MAX: u8 = 5;

/// One challenge on the list administrators keep.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Challenge {
    pub slug: String,
    pub name: String,
    pub description: String,
    /// Topics whose offers address the challenge: their organisations are the ones to ask.
    pub topics: Vec<Topic>,
    pub active: bool,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SurveyRound {
    pub title: String,
    pub opens_on: NaiveDate,
    pub closes_on: NaiveDate,
}

impl SurveyRound {
    /// Answers are taken (and may be changed) from the opening day to the closing day inclusive.
    pub fn is_open_on(&self, day: NaiveDate) -> bool {
        self.opens_on <= day && day <= self.closes_on
    }
}

/// The answer form exactly as posted: challenge slug → the raw rating ("" for no answer),
/// so a rejected submission comes back with every value as typed.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct SurveyForm {
    pub ratings: BTreeMap<String, String>,
}

/// The form field of a challenge's rating.
pub fn rating_field(challenge_slug: &str) -> String {
    format!("rating-{challenge_slug}")
}

impl SurveyForm {
    /// The ratings given, by challenge slug; an unknown challenge or a rating outside 1–5 is
    /// an error on that challenge's field. Blank means "no answer" and is left out.
    pub fn validate(&self, challenges: &[Challenge]) -> Result<BTreeMap<String, u8>, FieldErrors> {
        let mut errors = FieldErrors::default();
        let mut ratings = BTreeMap::new();
        for (slug, raw) in &self.ratings {
            let raw = raw.trim();
            if raw.is_empty() {
                continue;
            }
            if !challenges.iter().any(|c| c.active && &c.slug == slug) {
                errors.add(&rating_field(slug), "error-challenge-unknown");
                continue;
            }
            match raw.parse::<u8>() {
                Ok(r) if (RATING_MIN..=RATING_MAX).contains(&r) => {
                    ratings.insert(slug.clone(), r);
                }
                _ => errors.add(&rating_field(slug), "error-rating-range"),
            }
        }
        if errors.is_empty() { Ok(ratings) } else { Err(errors) }
    }
}

/// An administrator's edit of one challenge (or a new one, with `slug` empty), as posted.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct ChallengeForm {
    pub slug: String,
    pub name: String,
    pub description: String,
    pub topics: Vec<String>,
    /// A checkbox: present ("on") when the challenge is on the survey.
    pub active: Option<String>,
}

/// A challenge edit after validation.
#[derive(Clone, Debug, PartialEq)]
pub struct ChallengeUpdate {
    pub name: String,
    pub description: String,
    pub topics: Vec<Topic>,
    pub active: bool,
}

impl ChallengeForm {
    pub fn validate(&self) -> Result<ChallengeUpdate, FieldErrors> {
        let mut errors = FieldErrors::default();
        let name = crate::validate::text(&mut errors, "name", &self.name, true, 120);
        let description = crate::validate::paragraphs(&mut errors, "description", &self.description, false, 1_000);
        let mut topics = Vec::new();
        for raw in &self.topics {
            match Topic::from_slug(raw) {
                Some(t) if !topics.contains(&t) => topics.push(t),
                Some(_) => {}
                None => errors.add("topics", "error-unknown-choice"),
            }
        }
        if topics.len() > 8 {
            errors.add("topics", "error-too-many");
        }
        if !errors.is_empty() {
            return Err(errors);
        }
        topics.sort();
        Ok(ChallengeUpdate { name, description, topics, active: self.active.is_some() })
    }
}

/// One cell of the challenge × country heat map.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct HeatCell {
    pub challenge: String,
    pub country: Country,
    /// Mean rating, 1–5.
    pub mean: f32,
    pub answers: u32,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn challenge(slug: &str) -> Challenge {
        Challenge { slug: slug.into(), name: slug.into(), description: String::new(), topics: vec![], active: true }
    }

    #[test]
    fn ratings_must_be_one_to_five_and_blanks_are_no_answer() {
        let list = [challenge("energy-costs"), challenge("finance"), challenge("skills")];
        let form = SurveyForm {
            ratings: [("energy-costs", "4"), ("finance", " "), ("skills", "5")]
                .into_iter()
                .map(|(k, v)| (k.to_owned(), v.to_owned()))
                .collect(),
        };
        let ok = form.validate(&list).unwrap();
        assert_eq!(ok.into_iter().collect::<Vec<_>>(), vec![("energy-costs".into(), 4), ("skills".into(), 5)]);

        let mut bad = form.clone();
        bad.ratings.insert("finance".into(), "7".into());
        bad.ratings.insert("weather".into(), "3".into());
        let errors = bad.validate(&list).unwrap_err();
        assert_eq!(errors.get("rating-finance"), Some("error-rating-range"));
        assert_eq!(errors.get("rating-weather"), Some("error-challenge-unknown"));
        assert_eq!(errors.get("rating-energy-costs"), None, "the other answers are fine");
    }

    #[test]
    fn a_round_is_open_from_its_first_to_its_last_day() {
        let d = |m, day| NaiveDate::from_ymd_opt(2026, m, day).unwrap();
        let round = SurveyRound { title: "2026".into(), opens_on: d(11, 1), closes_on: d(12, 15) };
        assert!(round.is_open_on(d(11, 1)) && round.is_open_on(d(12, 15)));
        assert!(!round.is_open_on(d(10, 31)) && !round.is_open_on(d(12, 16)));
    }
}

/// What `/survey` shows.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SurveyOverview {
    pub round: Option<SurveyRound>,
    pub open: bool,
    pub challenges: Vec<Challenge>,
    pub heat: Vec<HeatCell>,
}

/// An organisation's answers in the current round, for its answer form.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct MyAnswers {
    pub org_slug: String,
    pub org_name: String,
    pub round: SurveyRound,
    pub open: bool,
    pub challenges: Vec<Challenge>,
    pub form: SurveyForm,
}

/// The round form as posted (dates as typed, so a rejected form comes back unchanged).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct RoundForm {
    pub title: String,
    pub opens_on: String,
    pub closes_on: String,
}

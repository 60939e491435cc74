//! A cohort: one call for exchanges, with its windows, quotas, stay lengths and matching mode.

use super::{MatchingMode, ParticipantType, STAY_MAX_DAYS, STAY_MIN_DAYS};
use crate::validate::{self, FieldErrors, one_of};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Longest cohort name, in characters.
pub const NAME_MAX: usize = 120;
/// A quota above this is a typing slip, not a programme.
const QUOTA_MAX: u32 = 100_000;

/// The most visitors of each type the cohort matches (locked pairs included).
/// Stored as a JSON object keyed by slug.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(sea_orm::FromJsonQueryResult))]
pub struct Quotas(pub BTreeMap<ParticipantType, u32>);

impl Quotas {
    pub fn of(&self, participant: ParticipantType) -> u32 {
        self.0.get(&participant).copied().unwrap_or(0)
    }

    pub fn total(&self) -> u32 {
        self.0.values().sum()
    }
}

impl Default for Quotas {
    fn default() -> Self {
        Self(ParticipantType::ALL.iter().map(|&p| (p, p.default_quota())).collect())
    }
}

/// A cohort as organisers set it up and members read it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Cohort {
    pub slug: String,
    pub name: String,
    pub applications_open: NaiveDate,
    pub applications_close: NaiveDate,
    pub exchanges_start: NaiveDate,
    pub exchanges_end: NaiveDate,
    pub quotas: Quotas,
    pub stay_min_days: u32,
    pub stay_max_days: u32,
    pub mode: MatchingMode,
}

impl Cohort {
    /// Members may submit, change or withdraw applications and offers on these days.
    pub fn is_open_on(&self, day: NaiveDate) -> bool {
        self.applications_open <= day && day <= self.applications_close
    }
}

/// The cohort form exactly as posted, so a rejected form comes back as typed. Quotas are keyed
/// by participant slug (fields `quota-sme`, `quota-cluster`, ...).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct CohortForm {
    pub name: String,
    pub applications_open: String,
    pub applications_close: String,
    pub exchanges_start: String,
    pub exchanges_end: String,
    pub quotas: BTreeMap<String, String>,
    pub stay_min_days: String,
    pub stay_max_days: String,
    pub mode: String,
}

/// The form field of a participant type's quota.
pub fn quota_field(participant: ParticipantType) -> String {
    format!("quota-{}", participant.slug())
}

impl Default for CohortForm {
    fn default() -> Self {
        Self {
            name: String::new(),
            applications_open: String::new(),
            applications_close: String::new(),
            exchanges_start: String::new(),
            exchanges_end: String::new(),
            quotas: Quotas::default().0.iter().map(|(p, q)| (p.slug().to_owned(), q.to_string())).collect(),
            stay_min_days: STAY_MIN_DAYS.to_string(),
            stay_max_days: STAY_MAX_DAYS.to_string(),
            mode: MatchingMode::BestTotal.slug().to_owned(),
        }
    }
}

impl From<&Cohort> for CohortForm {
    fn from(c: &Cohort) -> Self {
        Self {
            name: c.name.clone(),
            applications_open: c.applications_open.to_string(),
            applications_close: c.applications_close.to_string(),
            exchanges_start: c.exchanges_start.to_string(),
            exchanges_end: c.exchanges_end.to_string(),
            quotas: c.quotas.0.iter().map(|(p, q)| (p.slug().to_owned(), q.to_string())).collect(),
            stay_min_days: c.stay_min_days.to_string(),
            stay_max_days: c.stay_max_days.to_string(),
            mode: c.mode.slug().to_owned(),
        }
    }
}

impl CohortForm {
    /// Every field checked, every problem reported; the slug is the caller's to give.
    pub fn validate(&self, slug: &str) -> Result<Cohort, FieldErrors> {
        let mut e = FieldErrors::default();
        let name = validate::text(&mut e, "name", &self.name, true, NAME_MAX);
        let applications_open = validate::date(&mut e, "applications_open", &self.applications_open);
        let applications_close = validate::date(&mut e, "applications_close", &self.applications_close);
        let exchanges_start = validate::date(&mut e, "exchanges_start", &self.exchanges_start);
        let exchanges_end = validate::date(&mut e, "exchanges_end", &self.exchanges_end);
        if let (Some(open), Some(close)) = (applications_open, applications_close)
            && close < open
        {
            e.add("applications_close", "error-closes-before-opens");
        }
        if let (Some(start), Some(end)) = (exchanges_start, exchanges_end)
            && end < start
        {
            e.add("exchanges_end", "error-ends-before-starts");
        }
        if let (Some(open), Some(start)) = (applications_open, exchanges_start)
            && start < open
        {
            e.add("exchanges_start", "error-exchanges-before-call");
        }
        let mut quotas = BTreeMap::new();
        for &participant in ParticipantType::ALL {
            let field = quota_field(participant);
            let raw = self.quotas.get(participant.slug()).map_or("", String::as_str);
            if let Some(quota) = validate::whole_number(&mut e, &field, raw, 0, QUOTA_MAX) {
                quotas.insert(participant, quota);
            }
        }
        let quotas = Quotas(quotas);
        if quotas.0.len() == ParticipantType::ALL.len() && quotas.total() == 0 {
            e.add(&quota_field(ParticipantType::Sme), "error-quota-total");
        }
        let stay_min =
            validate::whole_number(&mut e, "stay_min_days", &self.stay_min_days, STAY_MIN_DAYS, STAY_MAX_DAYS);
        let stay_max =
            validate::whole_number(&mut e, "stay_max_days", &self.stay_max_days, STAY_MIN_DAYS, STAY_MAX_DAYS);
        if let (Some(min), Some(max)) = (stay_min, stay_max)
            && max < min
        {
            e.add("stay_max_days", "error-stay-order");
        }
        let mode = one_of(&mut e, "mode", &self.mode, MatchingMode::from_slug);
        e.into_result()?;
        let (
            Some(applications_open),
            Some(applications_close),
            Some(exchanges_start),
            Some(exchanges_end),
            Some(stay_min_days),
            Some(stay_max_days),
            Some(mode),
        ) = (applications_open, applications_close, exchanges_start, exchanges_end, stay_min, stay_max, mode)
        else {
            unreachable!("a missing value always records a field error")
        };
        Ok(Cohort {
            slug: slug.to_owned(),
            name,
            applications_open,
            applications_close,
            exchanges_start,
            exchanges_end,
            quotas,
            stay_min_days,
            stay_max_days,
            mode,
        })
    }
}

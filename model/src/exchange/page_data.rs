//! What the exchange pages receive from the server beside the cohort's own types.

use super::{Cohort, Status};
use serde::{Deserialize, Serialize};

/// The cohorts, and whether the viewer runs the programme.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CohortList {
    pub cohorts: Vec<Cohort>,
    pub organiser: bool,
    pub today: chrono::NaiveDate,
}

/// An entry form as its page opens it: the cohort's rules, whether the call is open, and what
/// the organisation saved last (empty when it has not started).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct EntryPage<F> {
    pub cohort: Cohort,
    pub open: bool,
    pub status: Option<Status>,
    pub form: F,
}

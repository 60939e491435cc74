//! One route, one file. Pages fetch through server functions and only render.

pub mod directory;
pub mod embed_map;
pub mod exchange_board;
pub mod exchange_cohorts;
pub mod exchange_entry;
pub mod exchange_home;
pub mod home;
pub mod map;
pub mod not_found;
pub mod org_edit;
pub mod org_profile;
pub mod region;
pub mod sign_in;
pub mod sign_up;
pub mod survey;
pub mod survey_answer;
pub mod survey_challenges;

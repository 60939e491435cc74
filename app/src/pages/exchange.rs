//! Fashion ClusterXchange: the cohorts (`/exchange`), a cohort's page for members, their
//! application and offer forms, and the organisers' matching board.

pub mod board;
pub mod cohorts;
pub mod entry;
pub mod home;

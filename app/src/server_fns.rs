//! The server-function boundary: thin functions that turn the request into a viewer, call
//! the service, and map its errors. One file per area.

pub mod cohorts;
pub mod directory;
pub mod exchange;
pub mod exchange_member;
pub mod map;
pub mod network;
pub mod organisation;
pub mod region;
pub mod session;
pub mod survey;

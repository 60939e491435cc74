//! The design system: a small set of components used by every page, so a button, a field
//! or a card looks and behaves the same everywhere.

pub mod forms;
pub mod layout;
pub mod ui;

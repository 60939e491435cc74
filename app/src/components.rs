//! The design system: a small set of components used by every page, so a button, a field
//! or a card looks and behaves the same everywhere.

pub mod directory;
pub mod exchange;
pub mod forms;
pub mod layout;
pub mod map;
pub mod ui;

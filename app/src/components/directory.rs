//! The directory's pieces, shared with the map and the region pages: the filter form and the
//! organisation card.

pub mod filters;
pub mod org_card;

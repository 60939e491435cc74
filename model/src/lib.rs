//! The wasm-safe vocabulary of the CLOTH platform: everything that crosses the wire between
//! the server and the browser. Both sides validate with the same code: the form for feedback,
//! the service to enforce.

pub mod account;
pub mod directory;
pub mod exchange;
pub mod ids;
pub mod map;
pub mod network;
pub mod nuts;
pub mod organisation;
pub mod region;
pub mod slug_enum;
pub mod survey;
pub mod taxonomy;
pub mod validate;

pub use ids::{OrgId, UserId};
pub use validate::FieldErrors;

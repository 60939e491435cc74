//! One route, one file, in a folder per feature. Pages fetch through server functions and only
//! render.

pub mod accounts;
pub mod directory;
pub mod exchange;
pub mod home;
pub mod map;
pub mod not_found;
pub mod survey;

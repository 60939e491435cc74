#![recursion_limit = "256"]
//! The `cloth` server: configuration, the HTTP router and its middleware, start-up.
//! Wiring only; business rules live in `service`, pages in `app`.

pub mod api;
pub mod config;
pub mod cross_origin;
pub mod live;
pub mod rejections;
pub mod router;
pub mod session;
pub mod telemetry;

pub use config::Config;
pub use router::{AppState, build_router};

//! Structured logs through `tracing`: readable text by default, JSON for collectors.
//! `RUST_LOG` picks what is logged (default: info, and warnings from dependencies).

use tracing_subscriber::EnvFilter;

pub fn init(format: &str) {
    let filter = EnvFilter::try_from_default_env()
        .unwrap_or_else(|_| EnvFilter::new("info,sqlx=warn,sea_orm=warn,tower_sessions=warn"));
    let builder = tracing_subscriber::fmt().with_env_filter(filter).with_target(false);
    // A second init (tests) is harmless: the first subscriber stays.
    let _ = if format == "json" { builder.json().flatten_event(true).try_init() } else { builder.try_init() };
}

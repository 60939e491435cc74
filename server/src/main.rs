#![recursion_limit = "256"]
//! `cloth`: serve the platform (default), apply migrations, or load demo data.

use anyhow::Context;
use clap::{Parser, Subcommand};
use leptos::prelude::*;
use server::{AppState, Config, build_router};
use std::net::SocketAddr;
use tower_sessions::ExpiredDeletion;

#[derive(Parser)]
#[command(name = "cloth", about = "The CLOTH fashion platform", version)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Subcommand)]
enum Command {
    /// Serve the web app (the default).
    Serve,
    /// Apply pending database migrations and exit.
    Migrate,
    /// Load a generated alliance into an empty database (for demos, load and benchmark work).
    Seed {
        /// Member organisations to generate beside the five alliance clusters.
        #[arg(long, default_value_t = demo::DEFAULT_MEMBERS)]
        orgs: usize,
        /// Generator seed: the same seed always gives the same alliance.
        #[arg(long, default_value_t = 1)]
        seed: u64,
        /// Skip the demo accounts (for databases that real people will use).
        #[arg(long)]
        no_accounts: bool,
    },
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let cli = Cli::parse();
    let config = Config::load().context("reading configuration")?;
    server::telemetry::init(&config.log_format);
    if let Some(dir) = config.sqlite_dir() {
        std::fs::create_dir_all(&dir).with_context(|| format!("creating {}", dir.display()))?;
    }
    let db = service::db::connect_and_migrate(&config.database_url).await.context("opening the database")?;
    match cli.command.unwrap_or(Command::Serve) {
        Command::Migrate => {
            tracing::info!("migrations applied");
            Ok(())
        }
        Command::Seed { orgs, seed, no_accounts } => {
            anyhow::ensure!(service::seed::is_empty(&db).await?, "the database already holds organisations");
            let started = std::time::Instant::now();
            let report = service::seed::seed_demo(&db, orgs, seed, !no_accounts).await?;
            tracing::info!(
                organisations = report.organisations,
                memberships = report.memberships,
                accounts = report.accounts,
                seconds = started.elapsed().as_secs_f64(),
                "demo data loaded"
            );
            Ok(())
        }
        Command::Serve => serve(config, db).await,
    }
}

async fn serve(config: Config, db: service::sea_orm::DatabaseConnection) -> anyhow::Result<()> {
    if config.wants_demo_data() && service::seed::is_empty(&db).await? {
        let report = service::seed::seed_demo(&db, demo::DEFAULT_MEMBERS, 1, true).await?;
        tracing::info!(
            organisations = report.organisations,
            accounts = report.accounts,
            "demo data loaded into the new database"
        );
    }
    let leptos_options = load_leptos_options()?;
    let addr: SocketAddr = leptos_options.site_addr;
    tokio::spawn(delete_expired_sessions(service::session_store::DbSessionStore::new(db.clone())));
    let app = build_router(AppState::new(leptos_options, db, config));
    let listener = tokio::net::TcpListener::bind(addr).await.with_context(|| format!("binding {addr}"))?;
    tracing::info!(%addr, "listening on http://{addr}");
    axum::serve(listener, app.into_make_service_with_connect_info::<SocketAddr>())
        .with_graceful_shutdown(shutdown_signal())
        .await?;
    Ok(())
}

/// `Leptos.toml` beside the working directory, with `LEPTOS_*` variables on top (cargo-leptos
/// sets them when it runs the server).
fn load_leptos_options() -> anyhow::Result<LeptosOptions> {
    let text = std::fs::read_to_string("Leptos.toml").context("reading Leptos.toml (run from the workspace root)")?;
    Ok(leptos_config::get_config_from_str(&text)?)
}

/// Expired sessions never load; this hourly sweep keeps the table from growing.
async fn delete_expired_sessions(store: service::session_store::DbSessionStore) {
    let mut every_hour = tokio::time::interval(std::time::Duration::from_secs(3600));
    loop {
        every_hour.tick().await;
        if let Err(e) = store.delete_expired().await {
            tracing::warn!(error = %e, "could not delete expired sessions");
        }
    }
}

async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let terminate = async {
        if let Ok(mut s) = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            s.recv().await;
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! { _ = ctrl_c => {}, _ = terminate => {} }
    tracing::info!("shutting down");
}

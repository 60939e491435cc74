//! Connecting to SQLite (the embedded default) or Postgres, and migrating at start-up.

use migration::{Migrator, MigratorTrait};
use sea_orm::{ConnectOptions, ConnectionTrait, Database, DatabaseConnection, DbBackend, DbErr};
use std::time::Duration;

/// Connects to `url` (`sqlite://path?mode=rwc` or `postgres://...`) and applies every
/// pending migration.
pub async fn connect_and_migrate(url: &str) -> Result<DatabaseConnection, DbErr> {
    let db = connect(url).await?;
    let pending = Migrator::get_pending_migrations(&db).await?.len();
    Migrator::up(&db, None).await?;
    if pending > 0 {
        // A new index without statistics can look best to SQLite's planner for queries it
        // serves badly (the map's index made the directory 4× slower at 100k until ANALYZE).
        refresh_statistics(&db).await?;
    }
    Ok(db)
}

pub async fn connect(url: &str) -> Result<DatabaseConnection, DbErr> {
    connect_with(ConnectOptions::new(url.to_owned())).await
}

/// Connects with `options` as given, adding the pool sizes and SQLite settings we rely on.
pub async fn connect_with(mut options: ConnectOptions) -> Result<DatabaseConnection, DbErr> {
    let url = options.get_url().to_owned();
    options.connect_timeout(Duration::from_secs(5)).acquire_timeout(Duration::from_secs(5)).sqlx_logging(false);
    if url.contains(":memory:") {
        // Every connection to `:memory:` is a separate database: keep exactly one, forever.
        options.max_connections(1).min_connections(1).idle_timeout(None).max_lifetime(None);
    } else if url.starts_with("sqlite:") {
        // One writer at a time is SQLite's rule; a small pool avoids lock churn.
        options.max_connections(8).min_connections(1);
    } else {
        options.max_connections(16);
    }
    let db = Database::connect(options).await?;
    if db.get_database_backend() == DbBackend::Sqlite {
        // WAL lets readers proceed while one request writes; busy_timeout waits instead of
        // failing when two writes meet. Neither applies to an in-memory database.
        if !url.contains(":memory:") {
            db.execute_unprepared("PRAGMA journal_mode = WAL;").await?;
        }
        db.execute_unprepared("PRAGMA busy_timeout = 5000; PRAGMA foreign_keys = ON;").await?;
    }
    Ok(db)
}

/// Refreshes the query planner's statistics after a bulk load, so SQLite picks the right
/// index for each filter (without them it guesses, and a kind filter at 100,000
/// organisations scans 60,000 rows). Postgres's autovacuum would get there too, later.
pub async fn refresh_statistics(db: &impl ConnectionTrait) -> Result<(), DbErr> {
    // The same statement on both databases.
    db.execute_unprepared("ANALYZE;").await.map(|_| ())
}

/// True while the database answers a trivial query (the `/healthz` probe).
pub async fn ping(db: &DatabaseConnection) -> bool {
    db.ping().await.is_ok()
}

//! Connecting to SQLite (the embedded default) or Postgres, and migrating at start-up.

use migration::{Migrator, MigratorTrait};
use sea_orm::sqlx::sqlite::SqliteJournalMode;
use sea_orm::{
    ConnectOptions, ConnectionTrait, Database, DatabaseConnection, DbErr, SqliteTransactionMode, TransactionOptions,
    TransactionTrait,
};
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
    // Set on every connection the pool opens (a PRAGMA run through the pool reaches only the
    // one connection that ran it). WAL lets readers go on while one request writes; the busy
    // timeout makes a writer wait for the one before it instead of failing. WAL does not
    // apply to an in-memory database.
    let in_memory = url.contains(":memory:");
    options.map_sqlx_sqlite_opts(move |sqlite| {
        let sqlite = sqlite.busy_timeout(SQLITE_BUSY_TIMEOUT).foreign_keys(true);
        if in_memory { sqlite } else { sqlite.journal_mode(SqliteJournalMode::Wal) }
    });
    Database::connect(options).await
}

/// How long a SQLite writer waits for the one before it. Writes take milliseconds, so this
/// is only reached when something holds the lock far too long.
const SQLITE_BUSY_TIMEOUT: Duration = Duration::from_secs(10);

/// Starts a transaction that will write. On SQLite it takes the write lock at once
/// (`BEGIN IMMEDIATE`) so that concurrent writers queue behind the busy timeout: a deferred
/// transaction that reads first and writes later cannot wait for a writer that committed in
/// between (its snapshot is stale), and SQLite answers "database is locked" at once. Under
/// 8 concurrent profile edits that lost 5 of 120. Postgres ignores the mode.
pub async fn begin_write<C: TransactionTrait>(db: &C) -> Result<C::Transaction, DbErr> {
    let options = TransactionOptions {
        sqlite_transaction_mode: Some(SqliteTransactionMode::Immediate),
        ..TransactionOptions::default()
    };
    db.begin_with_options(options).await
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

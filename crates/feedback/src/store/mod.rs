//! The database: SQLite by default, PostgreSQL when the URL names one, through one sqlx `Any`
//! pool and the same SQL. Durable means durable: SQLite in WAL mode with `synchronous=FULL`,
//! PostgreSQL with `synchronous_commit=on`. Statuses and codes are enums everywhere but in SQL.
//!
//! [`items`]: the feedback items; [`list`]: the moderators' filtered list and exports;
//! [`changes`]: versioned changes; [`audit`]: the audit trail; [`erasure`]: deletion on request;
//! [`public`]: counts and published answers; [`tokens`]: the moderators' tokens.

mod audit;
mod changes;
mod erasure;
mod items;
mod list;
mod public;
mod tokens;

pub use changes::{ChangeError, ItemChange};
pub use erasure::Erasure;
pub use items::{search_text, Outcome};
pub use list::{like_pattern, ItemFilter, Paging};
pub use tokens::{ActiveToken, TokenRecord, TokenStatus};

use serde::Serialize;
use sqlx::any::AnyPoolOptions;
use sqlx::{AnyPool, Executor};
use std::fmt;

/// Which database is behind the pool.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Backend {
    /// An embedded SQLite file.
    Sqlite,
    /// A PostgreSQL server.
    Postgres,
}

impl Backend {
    /// Every backend.
    pub const ALL: [Backend; 2] = [Backend::Sqlite, Backend::Postgres];
}

/// Why a database operation failed.
#[derive(Debug)]
pub enum StoreError {
    /// The database refused or could not be reached.
    Database(sqlx::Error),
    /// Migrations failed.
    Migration(sqlx::migrate::MigrateError),
    /// The URL names no supported database.
    UnsupportedUrl(String),
    /// The moderator already has an active token.
    ActiveTokenExists(String),
    /// A stored value is not one of its column's codes (the database was edited by hand).
    Corrupt {
        /// The column.
        column: &'static str,
        /// The value found.
        value: String,
    },
}

impl fmt::Display for StoreError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            StoreError::Database(e) => write!(f, "database error: {e}"),
            StoreError::Migration(e) => write!(f, "migration failed: {e}"),
            StoreError::UnsupportedUrl(url) => {
                write!(f, "`{url}` is not a sqlite:// or postgres:// URL")
            }
            StoreError::ActiveTokenExists(name) => write!(
                f,
                "{name} already has an active token: revoke it first (token revoke {name})"
            ),
            StoreError::Corrupt { column, value } => {
                write!(
                    f,
                    "the database holds `{value}` in {column}, which is not a known code"
                )
            }
        }
    }
}

impl std::error::Error for StoreError {}

impl From<sqlx::Error> for StoreError {
    fn from(e: sqlx::Error) -> Self {
        StoreError::Database(e)
    }
}

/// The database.
#[derive(Clone, Debug)]
pub struct Store {
    pool: AnyPool,
    backend: Backend,
}

/// Turns a bare file path into a SQLite URL that creates the file on first start.
pub fn normalise_url(url: &str) -> String {
    if url.starts_with("sqlite:") || url.starts_with("postgres:") || url.starts_with("postgresql:")
    {
        if url.starts_with("sqlite:") && !url.contains("mode=") {
            let sep = if url.contains('?') { '&' } else { '?' };
            return format!("{url}{sep}mode=rwc");
        }
        url.to_string()
    } else {
        format!("sqlite://{url}?mode=rwc")
    }
}

impl Store {
    /// Connects (creating a SQLite file if needed) and runs the migrations.
    pub async fn connect(url: &str) -> Result<Store, StoreError> {
        sqlx::any::install_default_drivers();
        let url = normalise_url(url);
        let backend = if url.starts_with("sqlite:") {
            Backend::Sqlite
        } else if url.starts_with("postgres") {
            Backend::Postgres
        } else {
            return Err(StoreError::UnsupportedUrl(url));
        };
        let options = AnyPoolOptions::new()
            .max_connections(if backend == Backend::Sqlite { 4 } else { 8 })
            .after_connect(move |conn, _meta| {
                Box::pin(async move {
                    let statements: &[&str] = match backend {
                        Backend::Sqlite => &[
                            "PRAGMA journal_mode=WAL",
                            "PRAGMA synchronous=FULL",
                            "PRAGMA busy_timeout=5000",
                        ],
                        Backend::Postgres => &["SET synchronous_commit = on"],
                    };
                    for statement in statements {
                        conn.execute(*statement).await?;
                    }
                    Ok(())
                })
            });
        let pool = options.connect(&url).await?;
        let migrator = match backend {
            Backend::Sqlite => sqlx::migrate!("migrations/sqlite"),
            Backend::Postgres => sqlx::migrate!("migrations/postgres"),
        };
        migrator.run(&pool).await.map_err(StoreError::Migration)?;
        let store = Store { pool, backend };
        store.fill_search_text().await?;
        Ok(store)
    }

    /// Which database this is.
    pub fn backend(&self) -> Backend {
        self.backend
    }

    /// A cheap round trip, for the health check.
    pub async fn ping(&self) -> Result<(), StoreError> {
        sqlx::query("SELECT 1").fetch_one(&self.pool).await?;
        Ok(())
    }

    /// Closes the pool (after the writer has drained).
    pub async fn close(&self) {
        self.pool.close().await;
    }
}

//! The database: SQLite by default, PostgreSQL when the URL names one, through one sqlx `Any`
//! pool and the same SQL. Durable means durable: SQLite in WAL mode with `synchronous=FULL`,
//! PostgreSQL with `synchronous_commit=on`.

use crate::clock::now;
use crate::submission::Submission;
use serde::Serialize;
use sqlx::any::{AnyPoolOptions, AnyRow};
use sqlx::{AnyPool, Executor, Row};
use std::fmt;

/// Which database is behind the pool.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Backend {
    /// An embedded SQLite file.
    Sqlite,
    /// A PostgreSQL server.
    Postgres,
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
}

impl fmt::Display for StoreError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            StoreError::Database(e) => write!(f, "database error: {e}"),
            StoreError::Migration(e) => write!(f, "migration failed: {e}"),
            StoreError::UnsupportedUrl(url) => {
                write!(f, "`{url}` is not a sqlite:// or postgres:// URL")
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

/// What happened to a submission.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Outcome {
    /// Stored now.
    Created { id: i64, created_at: i64 },
    /// The same key and body were stored before: the first answer again.
    Replayed { id: i64, created_at: i64 },
    /// The key was used before with a different body.
    Conflict,
}

/// A stored feedback item, as exports show it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct FeedbackItem {
    pub id: i64,
    pub created_at: String,
    pub topic: String,
    pub message: String,
    pub name: Option<String>,
    pub email: Option<String>,
    pub organisation_type: String,
    pub language: String,
    pub snapshot: Option<String>,
    pub page: Option<String>,
    pub status: String,
}

/// Filters of an export.
#[derive(Clone, Debug, Default)]
pub struct ExportFilter {
    pub topic: Option<String>,
    pub status: Option<String>,
    /// Inclusive, Unix seconds.
    pub from: Option<i64>,
    /// Exclusive, Unix seconds.
    pub to: Option<i64>,
}

/// The database.
#[derive(Clone)]
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
        Ok(Store { pool, backend })
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

    /// Stores a batch in one transaction (one durable commit for all of them).
    pub async fn insert_batch(&self, batch: &[Submission]) -> Result<Vec<Outcome>, StoreError> {
        let mut tx = self.pool.begin().await?;
        let created_at = now();
        let mut outcomes = Vec::with_capacity(batch.len());
        for s in batch {
            let inserted = sqlx::query(
                "INSERT INTO feedback (created_at, topic, message, name, email, organisation_type, language, snapshot, page, idempotency_key, body_sha256, status) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) \
                 ON CONFLICT (idempotency_key) DO NOTHING RETURNING id",
            )
            .bind(created_at)
            .bind(&s.fields.topic)
            .bind(&s.fields.message)
            .bind(s.fields.name.clone())
            .bind(s.fields.email.clone())
            .bind(s.fields.organisation_type.code())
            .bind(s.fields.language.code())
            .bind(s.fields.snapshot.map(|id| id.to_string()))
            .bind(s.fields.page.clone())
            .bind(&s.fields.idempotency_key)
            .bind(&s.body_sha256)
            .bind(s.fields.status.code())
            .fetch_optional(&mut *tx)
            .await?;
            let outcome = match inserted {
                Some(row) => Outcome::Created {
                    id: row.try_get("id")?,
                    created_at,
                },
                None => {
                    let row = sqlx::query("SELECT id, created_at, body_sha256 FROM feedback WHERE idempotency_key = $1")
                        .bind(&s.fields.idempotency_key)
                        .fetch_one(&mut *tx)
                        .await?;
                    let stored_hash: String = row.try_get("body_sha256")?;
                    if stored_hash == s.body_sha256 {
                        Outcome::Replayed {
                            id: row.try_get("id")?,
                            created_at: row.try_get("created_at")?,
                        }
                    } else {
                        Outcome::Conflict
                    }
                }
            };
            outcomes.push(outcome);
        }
        tx.commit().await?;
        Ok(outcomes)
    }

    /// Items matching the filters, oldest first.
    pub async fn export(&self, filter: &ExportFilter) -> Result<Vec<FeedbackItem>, StoreError> {
        let rows = sqlx::query(
            "SELECT id, created_at, topic, message, name, email, organisation_type, language, snapshot, page, status FROM feedback \
             WHERE ($1 = '' OR topic = $1) AND ($2 = '' OR status = $2) AND created_at >= $3 AND created_at < $4 \
             ORDER BY id",
        )
        .bind(filter.topic.clone().unwrap_or_default())
        .bind(filter.status.clone().unwrap_or_default())
        .bind(filter.from.unwrap_or(i64::MIN))
        .bind(filter.to.unwrap_or(i64::MAX))
        .fetch_all(&self.pool)
        .await?;
        rows.iter().map(item_from_row).collect()
    }

    /// Sets an item's moderation status; false when there is no such item.
    pub async fn set_status(&self, id: i64, status: &str) -> Result<bool, StoreError> {
        let done = sqlx::query("UPDATE feedback SET status = $1 WHERE id = $2")
            .bind(status)
            .bind(id)
            .execute(&self.pool)
            .await?;
        Ok(done.rows_affected() > 0)
    }

    /// Deletes every submission sent with this email address (a deletion request); returns how many.
    pub async fn erase_email(&self, email: &str) -> Result<u64, StoreError> {
        let done = sqlx::query("DELETE FROM feedback WHERE lower(email) = lower($1)")
            .bind(email.trim())
            .execute(&self.pool)
            .await?;
        Ok(done.rows_affected())
    }

    /// Deletes one submission by id; false when there is no such item.
    pub async fn erase_id(&self, id: i64) -> Result<bool, StoreError> {
        let done = sqlx::query("DELETE FROM feedback WHERE id = $1")
            .bind(id)
            .execute(&self.pool)
            .await?;
        Ok(done.rows_affected() > 0)
    }

    /// Deletes everything older than the retention period; returns how many.
    pub async fn purge_older_than(&self, cutoff: i64) -> Result<u64, StoreError> {
        let done = sqlx::query("DELETE FROM feedback WHERE created_at < $1")
            .bind(cutoff)
            .execute(&self.pool)
            .await?;
        Ok(done.rows_affected())
    }

    /// How many items are stored.
    pub async fn count(&self) -> Result<i64, StoreError> {
        Ok(sqlx::query("SELECT COUNT(*) AS n FROM feedback")
            .fetch_one(&self.pool)
            .await?
            .try_get("n")?)
    }

    /// Adds a moderator token (its hash only).
    pub async fn add_token(&self, name: &str, token_sha256: &str) -> Result<(), StoreError> {
        sqlx::query(
            "INSERT INTO moderator_token (name, token_sha256, created_at) VALUES ($1, $2, $3)",
        )
        .bind(name)
        .bind(token_sha256)
        .bind(now())
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    /// Revokes a moderator's token; false when there is no active one.
    pub async fn revoke_token(&self, name: &str) -> Result<bool, StoreError> {
        let done = sqlx::query(
            "UPDATE moderator_token SET revoked_at = $1 WHERE name = $2 AND revoked_at IS NULL",
        )
        .bind(now())
        .bind(name)
        .execute(&self.pool)
        .await?;
        Ok(done.rows_affected() > 0)
    }

    /// The hashes of every active token, with their moderator's name.
    pub async fn active_tokens(&self) -> Result<Vec<(String, String)>, StoreError> {
        let rows =
            sqlx::query("SELECT name, token_sha256 FROM moderator_token WHERE revoked_at IS NULL")
                .fetch_all(&self.pool)
                .await?;
        rows.iter()
            .map(|r| Ok((r.try_get("name")?, r.try_get("token_sha256")?)))
            .collect()
    }

    /// Moderators and whether their token is active.
    pub async fn list_tokens(&self) -> Result<Vec<(String, bool)>, StoreError> {
        let rows = sqlx::query("SELECT name, revoked_at FROM moderator_token ORDER BY name")
            .fetch_all(&self.pool)
            .await?;
        rows.iter()
            .map(|r| {
                let revoked: Option<i64> = r.try_get("revoked_at")?;
                Ok((r.try_get("name")?, revoked.is_none()))
            })
            .collect()
    }

    /// Closes the pool (after the writer has drained).
    pub async fn close(&self) {
        self.pool.close().await;
    }
}

fn item_from_row(row: &AnyRow) -> Result<FeedbackItem, StoreError> {
    let created_at: i64 = row.try_get("created_at")?;
    Ok(FeedbackItem {
        id: row.try_get("id")?,
        created_at: crate::clock::rfc3339(created_at),
        topic: row.try_get("topic")?,
        message: row.try_get("message")?,
        name: row.try_get("name")?,
        email: row.try_get("email")?,
        organisation_type: row.try_get("organisation_type")?,
        language: row.try_get("language")?,
        snapshot: row.try_get("snapshot")?,
        page: row.try_get("page")?,
        status: row.try_get("status")?,
    })
}

//! Feedback items in the database: group-committed inserts with idempotency, filtered exports,
//! moderation status, deletion on request and retention.

use super::{Store, StoreError};
use crate::clock::now;
use crate::submission::Submission;
use model::feedback::{ModerationStatus, OrganisationType};
use model::{Code, Lang};
use serde::Serialize;
use sqlx::any::AnyRow;
use sqlx::Row;

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
    pub organisation_type: OrganisationType,
    pub language: Lang,
    pub snapshot: Option<String>,
    pub page: Option<String>,
    pub status: ModerationStatus,
}

/// Filters of an export.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ExportFilter {
    pub topic: Option<String>,
    pub status: Option<ModerationStatus>,
    /// Inclusive, Unix seconds.
    pub from: Option<i64>,
    /// Exclusive, Unix seconds.
    pub to: Option<i64>,
}

impl Store {
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
        .bind(filter.status.map_or("", ModerationStatus::code))
        .bind(filter.from.unwrap_or(i64::MIN))
        .bind(filter.to.unwrap_or(i64::MAX))
        .fetch_all(&self.pool)
        .await?;
        rows.iter().map(item_from_row).collect()
    }

    /// Sets an item's moderation status; false when there is no such item.
    pub async fn set_status(&self, id: i64, status: ModerationStatus) -> Result<bool, StoreError> {
        let done = sqlx::query("UPDATE feedback SET status = $1 WHERE id = $2")
            .bind(status.code())
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

    /// Deletes everything received before `cutoff` (Unix seconds); returns how many.
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
}

/// A code column read back as its enum.
fn code_column<T: Code>(row: &AnyRow, column: &'static str) -> Result<T, StoreError> {
    let value: String = row.try_get(column)?;
    T::from_code(&value).ok_or(StoreError::Corrupt { column, value })
}

fn item_from_row(row: &AnyRow) -> Result<FeedbackItem, StoreError> {
    let created_at: i64 = row.try_get("created_at")?;
    let language: String = row.try_get("language")?;
    let language = Lang::ALL
        .into_iter()
        .find(|lang| lang.code() == language)
        .ok_or(StoreError::Corrupt {
            column: "language",
            value: language,
        })?;
    Ok(FeedbackItem {
        id: row.try_get("id")?,
        created_at: crate::clock::rfc3339(created_at),
        topic: row.try_get("topic")?,
        message: row.try_get("message")?,
        name: row.try_get("name")?,
        email: row.try_get("email")?,
        organisation_type: code_column(row, "organisation_type")?,
        language,
        snapshot: row.try_get("snapshot")?,
        page: row.try_get("page")?,
        status: code_column(row, "status")?,
    })
}

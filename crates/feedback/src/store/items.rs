//! Feedback items in the database: group-committed inserts with idempotency, one item as
//! moderators see it, retention, and the folded search text every row carries.

use super::{Store, StoreError};
use crate::clock::{now, rfc3339};
use crate::submission::Submission;
use model::feedback::ModerationStatus;
use model::moderation::{ModerationItem, Publication};
use model::search::fold;
use model::{Code, Lang, SnapshotId};
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

/// The columns an item is read from (by name, in [`item_from_row`]); shared by every query that
/// returns items. The opt-in is read as a number: sqlx's `Any` driver cannot decode SQLite's
/// booleans, and both databases agree on a `BIGINT`.
pub(super) const ITEM_COLUMNS: &str = "id, created_at, topic, message, name, email, \
    organisation_type, language, snapshot, page, status, \
    CAST(CASE WHEN publish_consent THEN 1 ELSE 0 END AS BIGINT) AS publish_consent, answer, \
    published_question, published_answer, published_at, version";

/// The text the moderators' search looks in: message, name and email, folded as the site's
/// search folds Azerbaijani (case, ə/e, ı/i, …), so both databases match alike.
pub fn search_text(message: &str, name: Option<&str>, email: Option<&str>) -> String {
    fold(&[message, name.unwrap_or(""), email.unwrap_or("")].join(" "))
}

impl Store {
    /// Stores a batch in one transaction (one durable commit for all of them).
    pub async fn insert_batch(&self, batch: &[Submission]) -> Result<Vec<Outcome>, StoreError> {
        let mut tx = self.pool.begin().await?;
        let created_at = now();
        let mut outcomes = Vec::with_capacity(batch.len());
        for s in batch {
            let f = &s.fields;
            let inserted = sqlx::query(
                "INSERT INTO feedback (created_at, topic, message, name, email, organisation_type, language, snapshot, page, idempotency_key, body_sha256, status, publish_consent, search_text) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14) \
                 ON CONFLICT (idempotency_key) DO NOTHING RETURNING id",
            )
            .bind(created_at)
            .bind(&f.topic)
            .bind(&f.message)
            .bind(f.name.clone())
            .bind(f.email.clone())
            .bind(f.organisation_type.code())
            .bind(f.language.code())
            .bind(f.snapshot.map(|id| id.to_string()))
            .bind(f.page.clone())
            .bind(&f.idempotency_key)
            .bind(&s.body_sha256)
            .bind(f.status.code())
            .bind(f.publish_consent)
            .bind(search_text(&f.message, f.name.as_deref(), f.email.as_deref()))
            .fetch_optional(&mut *tx)
            .await?;
            let outcome = match inserted {
                Some(row) => Outcome::Created {
                    id: row.try_get("id")?,
                    created_at,
                },
                None => {
                    let row = sqlx::query("SELECT id, created_at, body_sha256 FROM feedback WHERE idempotency_key = $1")
                        .bind(&f.idempotency_key)
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

    /// One item, if it exists.
    pub async fn item(&self, id: i64) -> Result<Option<ModerationItem>, StoreError> {
        let row = sqlx::query(&format!(
            "SELECT {ITEM_COLUMNS} FROM feedback WHERE id = $1"
        ))
        .bind(id)
        .fetch_optional(&self.pool)
        .await?;
        row.as_ref().map(item_from_row).transpose()
    }

    /// Deletes everything received before `cutoff` (Unix seconds), published copies with it;
    /// returns how many.
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

    /// Fills the search text of rows stored before it existed (once, at start after the
    /// migration; quick when there are none).
    pub(super) async fn fill_search_text(&self) -> Result<u64, StoreError> {
        let mut filled = 0;
        loop {
            let rows = sqlx::query(
                "SELECT id, message, name, email FROM feedback WHERE search_text IS NULL LIMIT 500",
            )
            .fetch_all(&self.pool)
            .await?;
            if rows.is_empty() {
                return Ok(filled);
            }
            let mut tx = self.pool.begin().await?;
            for row in &rows {
                let name: Option<String> = row.try_get("name")?;
                let email: Option<String> = row.try_get("email")?;
                let message: String = row.try_get("message")?;
                sqlx::query("UPDATE feedback SET search_text = $1 WHERE id = $2")
                    .bind(search_text(&message, name.as_deref(), email.as_deref()))
                    .bind(row.try_get::<i64, _>("id")?)
                    .execute(&mut *tx)
                    .await?;
            }
            tx.commit().await?;
            filled += rows.len() as u64;
        }
    }
}

/// A code column read back as its enum.
pub(super) fn code_column<T: Code>(row: &AnyRow, column: &'static str) -> Result<T, StoreError> {
    let value: String = row.try_get(column)?;
    T::from_code(&value).ok_or(StoreError::Corrupt { column, value })
}

/// The language column read back.
pub(super) fn language_column(row: &AnyRow, column: &'static str) -> Result<Lang, StoreError> {
    let value: String = row.try_get(column)?;
    Lang::from_code(&value).ok_or(StoreError::Corrupt { column, value })
}

/// An item from a row of [`ITEM_COLUMNS`].
pub(super) fn item_from_row(row: &AnyRow) -> Result<ModerationItem, StoreError> {
    let snapshot: Option<String> = row.try_get("snapshot")?;
    let snapshot = match snapshot {
        None => None,
        Some(text) => Some(
            text.parse::<SnapshotId>()
                .map_err(|_| StoreError::Corrupt {
                    column: "snapshot",
                    value: text,
                })?,
        ),
    };
    let published_at: Option<i64> = row.try_get("published_at")?;
    let published_answer: Option<String> = row.try_get("published_answer")?;
    let publication = match (published_at, published_answer) {
        (Some(at), Some(answer)) => Some(Publication {
            question: row.try_get("published_question")?,
            answer,
            published_at: rfc3339(at),
        }),
        _ => None,
    };
    Ok(ModerationItem {
        id: row.try_get("id")?,
        created_at: rfc3339(row.try_get("created_at")?),
        topic: row.try_get("topic")?,
        message: row.try_get("message")?,
        name: row.try_get("name")?,
        email: row.try_get("email")?,
        organisation_type: code_column(row, "organisation_type")?,
        language: language_column(row, "language")?,
        snapshot,
        page: row.try_get("page")?,
        status: code_column::<ModerationStatus>(row, "status")?,
        publish_consent: row.try_get::<i64, _>("publish_consent")? != 0,
        answer: row.try_get("answer")?,
        publication,
        version: row.try_get("version")?,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_search_text_is_folded_like_the_site_s_search() {
        assert_eq!(
            search_text("Süni İntellekt", Some("Əli"), Some("ALI@Mail.az")),
            "suni intellekt eli ali@mail.az"
        );
        assert_eq!(search_text("bir", None, None), "bir");
    }
}

//! Moderators' changes to an item (status, answer, publication), each made on the version the
//! moderator saw and recorded in the audit trail in the same transaction. Of two moderators
//! changing one item at once, one wins and the other gets [`ChangeError::EditConflict`] with
//! nothing overwritten: the change is guarded by `version = seen` in SQL, and the guard is
//! checked again by the update itself (PostgreSQL re-reads a row another transaction changed).

use super::items::{item_from_row, ITEM_COLUMNS};
use super::{Store, StoreError};
use crate::clock::now;
use model::feedback::ModerationStatus;
use model::moderation::{AuditAction, BulkOutcome, ItemVersion, ModerationItem};
use sqlx::{AnyConnection, Row};
use std::fmt;

/// A change to one item.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ItemChange {
    /// A new moderation status.
    Status(ModerationStatus),
    /// A new answer, or none (removes it).
    Answer(Option<String>),
    /// Publish a copy of the answer, with a redacted copy of the question if given; only when
    /// the sender opted in and there is an answer.
    Publish { question: Option<String> },
    /// Take the publication down (nothing happens when nothing is published).
    Unpublish,
}

/// Why a change was not made.
#[derive(Debug)]
pub enum ChangeError {
    /// There is no such item (or it was erased meanwhile).
    NoSuchItem,
    /// The item is at another version than the one the change was made on.
    EditConflict,
    /// The sender did not opt in to publication, or the item has no answer.
    NotPublishable,
    /// The database failed; nothing was changed.
    Store(StoreError),
}

impl fmt::Display for ChangeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ChangeError::NoSuchItem => f.write_str("no such feedback item"),
            ChangeError::EditConflict => {
                f.write_str("the item was changed meanwhile: load it again and redo the change")
            }
            ChangeError::NotPublishable => {
                f.write_str("only an answered item whose sender opted in can be published")
            }
            ChangeError::Store(e) => e.fmt(f),
        }
    }
}

impl std::error::Error for ChangeError {}

impl From<sqlx::Error> for ChangeError {
    fn from(e: sqlx::Error) -> Self {
        ChangeError::Store(StoreError::Database(e))
    }
}

impl From<StoreError> for ChangeError {
    fn from(e: StoreError) -> Self {
        ChangeError::Store(e)
    }
}

impl ItemChange {
    fn action(&self) -> AuditAction {
        match self {
            ItemChange::Status(_) => AuditAction::SetStatus,
            ItemChange::Answer(_) => AuditAction::Answer,
            ItemChange::Publish { .. } => AuditAction::Publish,
            ItemChange::Unpublish => AuditAction::Unpublish,
        }
    }

    /// What else must hold for the change to apply (besides the id and the version).
    fn guard(&self) -> &'static str {
        match self {
            ItemChange::Publish { .. } => " AND publish_consent AND answer IS NOT NULL",
            ItemChange::Unpublish => " AND published_at IS NOT NULL",
            ItemChange::Status(_) | ItemChange::Answer(_) => "",
        }
    }

    /// The audit detail as an SQL expression of the row before the change and `$6`, with the
    /// value bound to `$6`: codes and counts only.
    fn detail(&self) -> (&'static str, String) {
        match self {
            ItemChange::Status(status) => ("status || ' → ' || $6", status.code().to_string()),
            ItemChange::Answer(Some(answer)) => (
                "$6",
                format!("answer written ({} characters)", answer.chars().count()),
            ),
            ItemChange::Answer(None) => ("$6", "answer removed".into()),
            ItemChange::Publish { question: Some(_) } => {
                ("$6", "answer and redacted question published".into())
            }
            ItemChange::Publish { question: None } => ("$6", "answer published".into()),
            ItemChange::Unpublish => ("$6", "publication taken down".into()),
        }
    }
}

/// A value an update sets.
enum Value {
    Text(Option<String>),
    Seconds(i64),
}

/// Why a guarded change found no row: no item, another version, or a condition unmet. An
/// unpublish of an item with nothing published is no change (`Ok` with its version).
async fn why_not(
    conn: &mut AnyConnection,
    id: i64,
    seen: i64,
    change: &ItemChange,
) -> Result<i64, ChangeError> {
    let row = sqlx::query("SELECT version FROM feedback WHERE id = $1")
        .bind(id)
        .fetch_optional(conn)
        .await?;
    let Some(row) = row else {
        return Err(ChangeError::NoSuchItem);
    };
    let version: i64 = row.try_get("version")?;
    match change {
        _ if version != seen => Err(ChangeError::EditConflict),
        ItemChange::Publish { .. } => Err(ChangeError::NotPublishable),
        ItemChange::Unpublish => Ok(version),
        // The guard held a moment ago and the row is back at that version: another change
        // came and went; the moderator must look again all the same.
        ItemChange::Status(_) | ItemChange::Answer(_) => Err(ChangeError::EditConflict),
    }
}

/// Applies one change inside the caller's transaction; returns the item's new version.
async fn apply(
    conn: &mut AnyConnection,
    moderator: &str,
    id: i64,
    seen: i64,
    change: &ItemChange,
) -> Result<i64, ChangeError> {
    let guard = change.guard();
    let (detail_sql, detail_value) = change.detail();
    // The audit entry first: a write, so SQLite takes its write lock before anything is read.
    let entry = sqlx::query(&format!(
        "INSERT INTO audit_entry (at, moderator, action, item_id, detail) \
         SELECT $1, $2, $3, id, {detail_sql} FROM feedback WHERE id = $4 AND version = $5{guard} \
         RETURNING id"
    ))
    .bind(now())
    .bind(moderator)
    .bind(change.action().code())
    .bind(id)
    .bind(seen)
    .bind(detail_value)
    .fetch_optional(&mut *conn)
    .await?;
    let Some(entry) = entry else {
        return why_not(conn, id, seen, change).await;
    };
    let entry: i64 = entry.try_get("id")?;
    // The values first, then the id and the version the guard names.
    let (set, values): (&str, Vec<Value>) = match change {
        ItemChange::Status(status) => (
            "status = $1",
            vec![Value::Text(Some(status.code().to_string()))],
        ),
        ItemChange::Answer(answer) => ("answer = $1", vec![Value::Text(answer.clone())]),
        ItemChange::Publish { question } => (
            "published_question = $1, published_answer = answer, published_at = $2",
            vec![Value::Text(question.clone()), Value::Seconds(now())],
        ),
        ItemChange::Unpublish => (
            "published_question = NULL, published_answer = NULL, published_at = NULL",
            Vec::new(),
        ),
    };
    let n = values.len();
    let sql = format!(
        "UPDATE feedback SET {set}, version = version + 1 WHERE id = ${} AND version = ${}{guard}",
        n + 1,
        n + 2
    );
    let mut query = sqlx::query(&sql);
    for value in values {
        query = match value {
            Value::Text(text) => query.bind(text),
            Value::Seconds(seconds) => query.bind(seconds),
        };
    }
    let done = query.bind(id).bind(seen).execute(&mut *conn).await?;
    if done.rows_affected() == 0 {
        // Another transaction changed the row after the entry was written: take it back.
        sqlx::query("DELETE FROM audit_entry WHERE id = $1")
            .bind(entry)
            .execute(&mut *conn)
            .await?;
        return why_not(conn, id, seen, change).await;
    }
    Ok(seen + 1)
}

impl Store {
    /// Changes one item on the version the moderator saw; returns it as it is now.
    pub async fn change_item(
        &self,
        moderator: &str,
        id: i64,
        seen: i64,
        change: &ItemChange,
    ) -> Result<ModerationItem, ChangeError> {
        let mut tx = self.pool.begin().await?;
        apply(&mut tx, moderator, id, seen, change).await?;
        let row = sqlx::query(&format!(
            "SELECT {ITEM_COLUMNS} FROM feedback WHERE id = $1"
        ))
        .bind(id)
        .fetch_optional(&mut *tx)
        .await?
        .ok_or(ChangeError::NoSuchItem)?;
        let item = item_from_row(&row)?;
        tx.commit().await?;
        Ok(item)
    }

    /// One status for a selection, in one transaction: each item changes only at the version
    /// the moderator saw; the others are reported as conflicts and left as they are.
    pub async fn change_statuses(
        &self,
        moderator: &str,
        status: ModerationStatus,
        items: &[ItemVersion],
    ) -> Result<BulkOutcome, StoreError> {
        let mut tx = self.pool.begin().await?;
        let mut outcome = BulkOutcome {
            changed: Vec::new(),
            conflicts: Vec::new(),
        };
        let change = ItemChange::Status(status);
        for item in items {
            match apply(&mut tx, moderator, item.id, item.version, &change).await {
                Ok(version) => outcome.changed.push(ItemVersion {
                    id: item.id,
                    version,
                }),
                Err(ChangeError::Store(error)) => return Err(error),
                Err(
                    ChangeError::NoSuchItem
                    | ChangeError::EditConflict
                    | ChangeError::NotPublishable,
                ) => outcome.conflicts.push(item.id),
            }
        }
        tx.commit().await?;
        Ok(outcome)
    }

    /// Records an action in the trail of every item (for the CLI, which has no version to
    /// show): the status is set on whatever version the item is at now.
    pub async fn set_status_now(
        &self,
        moderator: &str,
        id: i64,
        status: ModerationStatus,
    ) -> Result<ModerationItem, ChangeError> {
        let current = self.item(id).await?.ok_or(ChangeError::NoSuchItem)?;
        self.change_item(moderator, id, current.version, &ItemChange::Status(status))
            .await
    }
}

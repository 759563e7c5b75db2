//! The audit trail: every moderator's action, who, what and when, written in the same
//! transaction as the change it records. A detail is made of codes and counts only, never of a
//! message, a name, an email or a search.

use super::items::code_column;
use super::{Store, StoreError};
use crate::clock::{now, rfc3339};
use model::moderation::{AuditAction, AuditEntry, MAX_AUDIT_ENTRIES};
use sqlx::{AnyConnection, Row};

/// Records one action (inside the caller's transaction).
pub(super) async fn record(
    conn: &mut AnyConnection,
    moderator: &str,
    action: AuditAction,
    item: Option<i64>,
    detail: &str,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO audit_entry (at, moderator, action, item_id, detail) VALUES ($1, $2, $3, $4, $5)",
    )
    .bind(now())
    .bind(moderator)
    .bind(action.code())
    .bind(item)
    .bind(detail)
    .execute(conn)
    .await?;
    Ok(())
}

impl Store {
    /// Records an action that changes nothing stored (an export).
    pub async fn record_action(
        &self,
        moderator: &str,
        action: AuditAction,
        detail: &str,
    ) -> Result<(), StoreError> {
        let mut conn = self.pool.acquire().await?;
        record(&mut conn, moderator, action, None, detail).await?;
        Ok(())
    }

    /// The trail of one item, or of everything, newest first (at most [`MAX_AUDIT_ENTRIES`]).
    pub async fn audit_trail(&self, item: Option<i64>) -> Result<Vec<AuditEntry>, StoreError> {
        let rows = sqlx::query(
            "SELECT at, moderator, action, item_id, detail FROM audit_entry \
             WHERE ($1 = 0 OR item_id = $1) ORDER BY id DESC LIMIT $2",
        )
        .bind(item.unwrap_or(0))
        .bind(MAX_AUDIT_ENTRIES as i64)
        .fetch_all(&self.pool)
        .await?;
        rows.iter()
            .map(|row| {
                Ok(AuditEntry {
                    at: rfc3339(row.try_get("at")?),
                    moderator: row.try_get("moderator")?,
                    action: code_column(row, "action")?,
                    item: row.try_get("item_id")?,
                    detail: row.try_get("detail")?,
                })
            })
            .collect()
    }
}

//! Deletion on request: every submission of one person (by email), or one item, with its
//! published copy, recorded in the audit trail (as counts: the email is not kept).

use super::audit::record;
use super::{Store, StoreError};
use model::moderation::AuditAction;
use sqlx::Row;

/// What an erasure deleted.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Erasure {
    /// Submissions deleted.
    pub deleted: u64,
    /// Of them, how many were published (their public copies are gone with them).
    pub published: u64,
}

impl Erasure {
    /// The audit detail: counts only.
    pub fn detail(&self) -> String {
        format!(
            "{} submissions erased, {} of them published",
            self.deleted, self.published
        )
    }
}

impl Store {
    /// Deletes every submission sent with this email address (any case), published copies
    /// included, and records the erasure.
    pub async fn erase_email(&self, moderator: &str, email: &str) -> Result<Erasure, StoreError> {
        self.erase(
            moderator,
            "DELETE FROM feedback WHERE lower(email) = lower($1) RETURNING published_at",
            Value::Email(email.trim()),
        )
        .await
    }

    /// Deletes one item (and its published copy), and records the erasure.
    pub async fn erase_item(&self, moderator: &str, id: i64) -> Result<Erasure, StoreError> {
        self.erase(
            moderator,
            "DELETE FROM feedback WHERE id = $1 RETURNING published_at",
            Value::Id(id),
        )
        .await
    }

    async fn erase(
        &self,
        moderator: &str,
        sql: &str,
        value: Value<'_>,
    ) -> Result<Erasure, StoreError> {
        let mut tx = self.pool.begin().await?;
        let query = sqlx::query(sql);
        let query = match value {
            Value::Email(email) => query.bind(email.to_string()),
            Value::Id(id) => query.bind(id),
        };
        let rows = query.fetch_all(&mut *tx).await?;
        let mut erasure = Erasure::default();
        for row in &rows {
            erasure.deleted += 1;
            if row.try_get::<Option<i64>, _>("published_at")?.is_some() {
                erasure.published += 1;
            }
        }
        record(
            &mut tx,
            moderator,
            AuditAction::Erase,
            None,
            &erasure.detail(),
        )
        .await?;
        tx.commit().await?;
        Ok(erasure)
    }
}

/// Whose submissions an erasure deletes.
enum Value<'a> {
    Email(&'a str),
    Id(i64),
}

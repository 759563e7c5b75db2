//! Moderators' tokens in the database: only hashes are stored. A moderator has at most one active
//! token; revoked and expired ones stay as history, so a name can be given a new token later.

use super::{Store, StoreError};
use crate::clock::now;
use sqlx::Row;

/// Where a token stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TokenStatus {
    /// It opens the moderators' routes.
    Active,
    /// Its expiry date has passed.
    Expired,
    /// It was revoked.
    Revoked,
}

impl TokenStatus {
    /// The word the CLI prints.
    pub fn word(self) -> &'static str {
        match self {
            TokenStatus::Active => "active",
            TokenStatus::Expired => "expired",
            TokenStatus::Revoked => "revoked",
        }
    }
}

/// A token that opens the moderators' routes now.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ActiveToken {
    /// The moderator's name.
    pub name: String,
    /// The SHA-256 of the token (hex).
    pub token_sha256: String,
    /// Unix seconds; none: never expires.
    pub expires_at: Option<i64>,
}

/// One token as `token list` shows it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TokenRecord {
    pub name: String,
    /// Unix seconds.
    pub created_at: i64,
    /// Unix seconds; none: never expires.
    pub expires_at: Option<i64>,
    /// Unix seconds, when revoked.
    pub revoked_at: Option<i64>,
}

impl TokenRecord {
    /// Where the token stands at `now`.
    pub fn status(&self, now: i64) -> TokenStatus {
        match (self.revoked_at, self.expires_at) {
            (Some(_), _) => TokenStatus::Revoked,
            (None, Some(expiry)) if expiry <= now => TokenStatus::Expired,
            (None, _) => TokenStatus::Active,
        }
    }
}

impl Store {
    /// Adds a moderator's token (its hash only), expiring at `expires_at` if given. An expired
    /// token of the same name is retired first; an active one is an error (revoke it first).
    pub async fn add_token(
        &self,
        name: &str,
        token_sha256: &str,
        expires_at: Option<i64>,
    ) -> Result<(), StoreError> {
        let now = now();
        let mut tx = self.pool.begin().await?;
        sqlx::query(
            "UPDATE moderator_token SET revoked_at = $1 \
             WHERE name = $2 AND revoked_at IS NULL AND expires_at IS NOT NULL AND expires_at <= $1",
        )
        .bind(now)
        .bind(name)
        .execute(&mut *tx)
        .await?;
        let active = sqlx::query(
            "SELECT COUNT(*) AS n FROM moderator_token WHERE name = $1 AND revoked_at IS NULL",
        )
        .bind(name)
        .fetch_one(&mut *tx)
        .await?
        .try_get::<i64, _>("n")?;
        if active > 0 {
            return Err(StoreError::ActiveTokenExists(name.to_string()));
        }
        sqlx::query(
            "INSERT INTO moderator_token (name, token_sha256, created_at, expires_at) VALUES ($1, $2, $3, $4)",
        )
        .bind(name)
        .bind(token_sha256)
        .bind(now)
        .bind(expires_at)
        .execute(&mut *tx)
        .await?;
        tx.commit().await?;
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

    /// The tokens active at `now`: their hashes, moderators and expiry.
    pub async fn active_tokens(&self, now: i64) -> Result<Vec<ActiveToken>, StoreError> {
        let rows = sqlx::query(
            "SELECT name, token_sha256, expires_at FROM moderator_token \
             WHERE revoked_at IS NULL AND (expires_at IS NULL OR expires_at > $1)",
        )
        .bind(now)
        .fetch_all(&self.pool)
        .await?;
        rows.iter()
            .map(|r| {
                Ok(ActiveToken {
                    name: r.try_get("name")?,
                    token_sha256: r.try_get("token_sha256")?,
                    expires_at: r.try_get("expires_at")?,
                })
            })
            .collect()
    }

    /// Every token ever created, by name, oldest first.
    pub async fn list_tokens(&self) -> Result<Vec<TokenRecord>, StoreError> {
        let rows = sqlx::query(
            "SELECT name, created_at, expires_at, revoked_at FROM moderator_token ORDER BY name, id",
        )
        .fetch_all(&self.pool)
        .await?;
        rows.iter()
            .map(|r| {
                Ok(TokenRecord {
                    name: r.try_get("name")?,
                    created_at: r.try_get("created_at")?,
                    expires_at: r.try_get("expires_at")?,
                    revoked_at: r.try_get("revoked_at")?,
                })
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_token_is_active_until_revoked_or_expired() {
        let record = |expires_at, revoked_at| TokenRecord {
            name: "aysel".into(),
            created_at: 0,
            expires_at,
            revoked_at,
        };
        assert_eq!(record(None, None).status(100), TokenStatus::Active);
        assert_eq!(record(Some(101), None).status(100), TokenStatus::Active);
        assert_eq!(record(Some(100), None).status(100), TokenStatus::Expired);
        assert_eq!(record(None, Some(50)).status(100), TokenStatus::Revoked);
        assert_eq!(record(Some(10), Some(50)).status(100), TokenStatus::Revoked);
    }
}

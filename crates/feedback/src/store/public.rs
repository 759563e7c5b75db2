//! What the public may read: per-topic counts (spam excluded) and the published questions and
//! answers of a topic. Nothing personal: no name, email, page, message or item id.

use super::items::language_column;
use super::{Store, StoreError};
use crate::clock::rfc3339;
use model::moderation::{PublishedAnswer, TopicCount, MAX_PUBLISHED_ANSWERS};
use sqlx::Row;

/// `YYYY-MM-DD` of a time in Unix seconds.
fn day(seconds: i64) -> String {
    rfc3339(seconds)[..10].to_string()
}

impl Store {
    /// Per topic: messages received (spam excluded) and answered, by topic id.
    pub async fn topic_counts(&self) -> Result<Vec<TopicCount>, StoreError> {
        let rows = sqlx::query(
            "SELECT topic, COUNT(*) AS received, \
             SUM(CASE WHEN status = 'answered' THEN 1 ELSE 0 END) AS answered \
             FROM feedback WHERE status <> 'spam' GROUP BY topic ORDER BY topic",
        )
        .fetch_all(&self.pool)
        .await?;
        rows.iter()
            .map(|row| {
                let count = |column: &'static str| -> Result<u64, StoreError> {
                    let n: i64 = row.try_get(column)?;
                    u64::try_from(n).map_err(|_| StoreError::Corrupt {
                        column,
                        value: n.to_string(),
                    })
                };
                Ok(TopicCount {
                    topic: row.try_get("topic")?,
                    received: count("received")?,
                    answered: count("answered")?,
                })
            })
            .collect()
    }

    /// The published questions and answers of a topic, newest first (at most
    /// [`MAX_PUBLISHED_ANSWERS`]); spam is never shown.
    pub async fn published(&self, topic: &str) -> Result<Vec<PublishedAnswer>, StoreError> {
        let rows = sqlx::query(
            "SELECT topic, language, created_at, published_question, published_answer, published_at \
             FROM feedback WHERE topic = $1 AND published_at IS NOT NULL AND status <> 'spam' \
             ORDER BY published_at DESC, id DESC LIMIT $2",
        )
        .bind(topic)
        .bind(MAX_PUBLISHED_ANSWERS as i64)
        .fetch_all(&self.pool)
        .await?;
        rows.iter()
            .map(|row| {
                Ok(PublishedAnswer {
                    topic: row.try_get("topic")?,
                    lang: language_column(row, "language")?,
                    asked_on: day(row.try_get("created_at")?),
                    question: row.try_get("published_question")?,
                    answer: row.try_get("published_answer")?,
                    answered_on: day(row.try_get("published_at")?),
                })
            })
            .collect()
    }
}

//! The public side of the feedback loop: `GET /api/feedback/summary` (per topic, received and
//! answered; cacheable for a few minutes) and `GET /api/feedback/published?topic=` (the
//! published questions and answers of a topic). Counts and published copies only: nothing
//! personal, and nothing published without the sender's opt-in and a moderator's action.

use crate::error::ApiError;
use crate::extract::QueryParams;
use crate::AppState;
use axum::extract::State;
use axum::http::{header, HeaderValue};
use axum::response::{IntoResponse, Response};
use axum::Json;
use model::feedback::{ErrorCode, Field, FieldError};
use model::moderation::{
    PublishedAnswers, Summary, PUBLISHED_MAX_AGE_SECONDS, SUMMARY_MAX_AGE_SECONDS,
};
use serde::Deserialize;

/// Longest topic id asked for, in characters.
pub const MAX_TOPIC_CHARS: usize = 64;

/// A JSON answer any cache may keep for `seconds`.
fn cacheable<T: serde::Serialize>(body: T, seconds: u32) -> Response {
    let mut response = Json(body).into_response();
    if let Ok(value) = HeaderValue::from_str(&format!("public, max-age={seconds}")) {
        response.headers_mut().insert(header::CACHE_CONTROL, value);
    }
    response
}

/// `GET /api/feedback/summary`.
pub async fn summary(State(state): State<AppState>) -> Result<Response, ApiError> {
    let topics = state.store.topic_counts().await?;
    Ok(cacheable(Summary { topics }, SUMMARY_MAX_AGE_SECONDS))
}

/// The query of the published answers.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct PublishedQuery {
    pub topic: Option<String>,
}

/// The topic asked for: required, not empty, at most [`MAX_TOPIC_CHARS`] characters (an
/// unknown topic simply has nothing published).
pub fn topic(query: &PublishedQuery) -> Result<&str, FieldError> {
    match query.topic.as_deref() {
        None | Some("") => Err(FieldError::new(Field::Topic, ErrorCode::Required)),
        Some(topic) if topic.chars().count() > MAX_TOPIC_CHARS => {
            Err(FieldError::new(Field::Topic, ErrorCode::TooLong))
        }
        Some(topic) => Ok(topic),
    }
}

/// `GET /api/feedback/published?topic=`.
pub async fn published(
    State(state): State<AppState>,
    QueryParams(query): QueryParams<PublishedQuery>,
) -> Result<Response, ApiError> {
    let topic = topic(&query).map_err(|e| ApiError::Validation(vec![e]))?;
    let items = state.store.published(topic).await?;
    Ok(cacheable(
        PublishedAnswers { items },
        PUBLISHED_MAX_AGE_SECONDS,
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_topic_is_required_and_short() {
        let query = |topic: Option<&str>| PublishedQuery {
            topic: topic.map(str::to_string),
        };
        assert_eq!(topic(&query(Some("8.1.1.1"))), Ok("8.1.1.1"));
        for missing in [None, Some("")] {
            assert_eq!(
                topic(&query(missing)),
                Err(FieldError::new(Field::Topic, ErrorCode::Required))
            );
        }
        assert!(topic(&query(Some(&"9".repeat(MAX_TOPIC_CHARS + 1)))).is_err());
    }
}

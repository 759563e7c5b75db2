//! `POST /api/feedback`: the rate limit first, then the body, its validation, and the durable
//! write; `201` only once the row is committed.

use crate::error::ApiError;
use crate::extract::{JsonBody, Peer};
use crate::rate_limit::client_key;
use crate::store::Outcome;
use crate::submission::{validate, FeedbackRequest};
use crate::AppState;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::Json;
use model::feedback::Accepted;

/// `POST /api/feedback`.
pub async fn post_feedback(
    State(state): State<AppState>,
    Peer(peer): Peer,
    headers: HeaderMap,
    body: Result<JsonBody<FeedbackRequest>, ApiError>,
) -> Result<(StatusCode, Json<Accepted>), ApiError> {
    let client = client_key(state.config.trusted_proxy_header.as_deref(), &headers, peer);
    state
        .limiter
        .check(&client)
        .map_err(|retry_after_seconds| ApiError::RateLimited {
            retry_after_seconds,
        })?;
    let JsonBody(request) = body?;
    let submission = validate(&request, &state.topics.current()).map_err(ApiError::Validation)?;
    match state.writer.write(submission).await? {
        Outcome::Created { id, created_at } | Outcome::Replayed { id, created_at } => Ok((
            StatusCode::CREATED,
            Json(Accepted {
                id,
                received_at: crate::clock::rfc3339(created_at),
            }),
        )),
        Outcome::Conflict => Err(ApiError::IdempotencyConflict),
    }
}

//! `GET /api/health` (the database answers), and the answers for any other `/api/…` path or a
//! method a route does not take.

use crate::error::ApiError;
use crate::store::Backend;
use crate::AppState;
use axum::extract::State;
use axum::http::StatusCode;
use axum::Json;
use serde::Serialize;

/// Whether the service can do its job.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum HealthStatus {
    /// The database answers.
    Ok,
    /// The database does not answer.
    Unavailable,
}

/// The health answer.
#[derive(Debug, Serialize)]
pub struct Health {
    pub status: HealthStatus,
    pub database: Backend,
}

/// `GET /api/health`.
pub async fn health(State(state): State<AppState>) -> (StatusCode, Json<Health>) {
    let database = state.store.backend();
    match state.store.ping().await {
        Ok(()) => (
            StatusCode::OK,
            Json(Health {
                status: HealthStatus::Ok,
                database,
            }),
        ),
        Err(error) => {
            tracing::warn!(%error, "health check: the database does not answer");
            (
                StatusCode::SERVICE_UNAVAILABLE,
                Json(Health {
                    status: HealthStatus::Unavailable,
                    database,
                }),
            )
        }
    }
}

/// Any other `/api/…` path.
pub async fn api_not_found() -> ApiError {
    ApiError::NotFound("no such API route")
}

/// A method an API route does not take (the router adds `Allow`).
pub async fn method_not_allowed() -> ApiError {
    ApiError::MethodNotAllowed
}

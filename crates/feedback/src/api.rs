//! The HTTP API: `POST /api/feedback`, `GET /api/health`, and the moderators' routes under
//! `/api/admin/` (bearer token). Every error answers JSON; nothing personal is logged.

use crate::auth::moderator_for;
use crate::export::to_csv;
use crate::rate_limit::client_key;
use crate::store::{ExportFilter, Outcome};
use crate::submission::{validate, FeedbackRequest, FieldError};
use crate::writer::WriteError;
use crate::AppState;
use axum::extract::rejection::JsonRejection;
use axum::extract::{ConnectInfo, Path, Query, State};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;
use model::feedback::{ErrorCode, Field, ModerationStatus};
use serde::{Deserialize, Serialize};
use serde_json::json;
use std::net::SocketAddr;

/// An error answer: `{"error": code, "message": text, "fields": [...]}`.
fn error(status: StatusCode, code: &str, message: &str) -> Response {
    (status, Json(json!({ "error": code, "message": message }))).into_response()
}

/// The 201 (and replayed) answer.
#[derive(Serialize)]
struct Accepted {
    id: i64,
    received_at: String,
}

/// The peer address when the server recorded it (absent in in-process tests).
pub struct Peer(pub Option<SocketAddr>);

impl<S: Send + Sync> axum::extract::FromRequestParts<S> for Peer {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(
        parts: &mut axum::http::request::Parts,
        _: &S,
    ) -> Result<Self, Self::Rejection> {
        Ok(Peer(
            parts
                .extensions
                .get::<ConnectInfo<SocketAddr>>()
                .map(|c| c.0),
        ))
    }
}

/// `POST /api/feedback`.
pub async fn post_feedback(
    State(state): State<AppState>,
    Peer(peer): Peer,
    headers: HeaderMap,
    body: Result<Json<FeedbackRequest>, JsonRejection>,
) -> Response {
    let client = client_key(state.config.trusted_proxy_header.as_deref(), &headers, peer);
    if let Err(wait) = state.limiter.check(&client) {
        let mut response = error(
            StatusCode::TOO_MANY_REQUESTS,
            "rate_limited",
            "too many submissions: wait and try again",
        );
        if let Ok(value) = HeaderValue::from_str(&wait.to_string()) {
            response.headers_mut().insert(header::RETRY_AFTER, value);
        }
        return response;
    }
    let Json(request) = match body {
        Ok(body) => body,
        Err(JsonRejection::MissingJsonContentType(_)) => {
            return error(
                StatusCode::UNSUPPORTED_MEDIA_TYPE,
                "unsupported_media_type",
                "send application/json",
            )
        }
        Err(JsonRejection::BytesRejection(_)) => {
            return error(
                StatusCode::PAYLOAD_TOO_LARGE,
                "payload_too_large",
                "the body is too large",
            )
        }
        Err(rejection) => {
            return error(StatusCode::BAD_REQUEST, "malformed", &rejection.body_text())
        }
    };
    let submission = match validate(&request, &state.topics) {
        Ok(s) => s,
        Err(fields) => return validation_error(fields),
    };
    match state.writer.write(submission).await {
        Ok(Outcome::Created { id, created_at }) | Ok(Outcome::Replayed { id, created_at }) => (
            StatusCode::CREATED,
            Json(Accepted {
                id,
                received_at: crate::clock::rfc3339(created_at),
            }),
        )
            .into_response(),
        Ok(Outcome::Conflict) => error(
            StatusCode::CONFLICT,
            "idempotency_conflict",
            "this idempotency key was already used with a different submission",
        ),
        Err(WriteError::Stopped) => error(
            StatusCode::SERVICE_UNAVAILABLE,
            "unavailable",
            "the service is shutting down",
        ),
        Err(WriteError::Failed(_)) => error(
            StatusCode::SERVICE_UNAVAILABLE,
            "unavailable",
            "the submission could not be stored: try again",
        ),
    }
}

fn validation_error(fields: Vec<FieldError>) -> Response {
    (
        StatusCode::BAD_REQUEST,
        Json(json!({ "error": "validation", "message": "some fields are not valid", "fields": fields })),
    )
        .into_response()
}

/// `GET /api/health`.
pub async fn health(State(state): State<AppState>) -> Response {
    let database = match state.store.backend() {
        crate::store::Backend::Sqlite => "sqlite",
        crate::store::Backend::Postgres => "postgres",
    };
    match state.store.ping().await {
        Ok(()) => Json(json!({ "status": "ok", "database": database })).into_response(),
        Err(_) => (
            StatusCode::SERVICE_UNAVAILABLE,
            Json(json!({ "status": "unavailable", "database": database })),
        )
            .into_response(),
    }
}

async fn authorised(state: &AppState, headers: &HeaderMap) -> Result<String, Response> {
    let unauthorised = || {
        let mut response = error(
            StatusCode::UNAUTHORIZED,
            "unauthorized",
            "a valid moderator token is required",
        );
        response
            .headers_mut()
            .insert(header::WWW_AUTHENTICATE, HeaderValue::from_static("Bearer"));
        response
    };
    let token = headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "))
        .map(str::trim)
        .filter(|t| !t.is_empty())
        .ok_or_else(unauthorised)?;
    let active = state
        .store
        .active_tokens()
        .await
        .map_err(|_| error(StatusCode::SERVICE_UNAVAILABLE, "unavailable", "try again"))?;
    moderator_for(token, &active)
        .map(str::to_string)
        .ok_or_else(unauthorised)
}

/// Query of the export.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct ExportQuery {
    pub format: Option<String>,
    pub topic: Option<String>,
    pub status: Option<String>,
    pub from: Option<String>,
    pub to: Option<String>,
}

/// Turns the export query into a filter, or a 400 naming the bad parameter.
pub fn export_filter(query: &ExportQuery) -> Result<ExportFilter, FieldError> {
    let date = |field: Field, value: &Option<String>| -> Result<Option<i64>, FieldError> {
        match value.as_deref().map(str::trim).filter(|v| !v.is_empty()) {
            None => Ok(None),
            Some(text) => text
                .parse::<model::Date>()
                .map(|d| Some(crate::clock::start_of(d)))
                .map_err(|_| FieldError::new(field, ErrorCode::Invalid)),
        }
    };
    let status = query.status.clone().filter(|s| !s.is_empty());
    if status
        .as_deref()
        .is_some_and(|s| ModerationStatus::from_code(s).is_none())
    {
        return Err(FieldError::new(Field::Status, ErrorCode::Unknown));
    }
    let to = date(Field::To, &query.to)?.map(|start| start + 86_400); // `to` is inclusive of that day
    Ok(ExportFilter {
        topic: query.topic.clone().filter(|t| !t.is_empty()),
        status,
        from: date(Field::From, &query.from)?,
        to,
    })
}

/// `GET /api/admin/export?format=csv|json&topic=&from=&to=&status=`.
pub async fn export(
    State(state): State<AppState>,
    headers: HeaderMap,
    Query(query): Query<ExportQuery>,
) -> Response {
    if let Err(response) = authorised(&state, &headers).await {
        return response;
    }
    let filter = match export_filter(&query) {
        Ok(f) => f,
        Err(field_error) => return validation_error(vec![field_error]),
    };
    let items = match state.store.export(&filter).await {
        Ok(items) => items,
        Err(_) => return error(StatusCode::SERVICE_UNAVAILABLE, "unavailable", "try again"),
    };
    match query.format.as_deref().unwrap_or("json") {
        "csv" => (
            [
                (header::CONTENT_TYPE, "text/csv; charset=utf-8"),
                (
                    header::CONTENT_DISPOSITION,
                    "attachment; filename=\"feedback.csv\"",
                ),
            ],
            to_csv(&items),
        )
            .into_response(),
        "json" => Json(json!({ "items": items })).into_response(),
        _ => validation_error(vec![FieldError::new(Field::Format, ErrorCode::Unknown)]),
    }
}

/// Body of a status change.
#[derive(Debug, Deserialize)]
pub struct StatusChange {
    pub status: String,
}

/// `PUT /api/admin/feedback/{id}/status`.
pub async fn set_status(
    State(state): State<AppState>,
    headers: HeaderMap,
    Path(id): Path<i64>,
    body: Result<Json<StatusChange>, JsonRejection>,
) -> Response {
    if let Err(response) = authorised(&state, &headers).await {
        return response;
    }
    let Ok(Json(change)) = body else {
        return error(
            StatusCode::BAD_REQUEST,
            "malformed",
            "send {\"status\": \"read\"}",
        );
    };
    if ModerationStatus::from_code(&change.status).is_none() {
        return validation_error(vec![FieldError::new(Field::Status, ErrorCode::Unknown)]);
    }
    match state.store.set_status(id, &change.status).await {
        Ok(true) => Json(json!({ "id": id, "status": change.status })).into_response(),
        Ok(false) => error(StatusCode::NOT_FOUND, "not_found", "no such feedback item"),
        Err(_) => error(StatusCode::SERVICE_UNAVAILABLE, "unavailable", "try again"),
    }
}

/// Body of a deletion request.
#[derive(Debug, Deserialize)]
pub struct Erase {
    pub email: String,
}

/// `POST /api/admin/erase`: deletes every submission of one person (by email), on request.
pub async fn erase(
    State(state): State<AppState>,
    headers: HeaderMap,
    body: Result<Json<Erase>, JsonRejection>,
) -> Response {
    if let Err(response) = authorised(&state, &headers).await {
        return response;
    }
    let Ok(Json(request)) = body else {
        return error(
            StatusCode::BAD_REQUEST,
            "malformed",
            "send {\"email\": \"…\"}",
        );
    };
    if !crate::submission::is_plausible_email(request.email.trim()) {
        return validation_error(vec![FieldError::new(Field::Email, ErrorCode::Invalid)]);
    }
    match state.store.erase_email(&request.email).await {
        Ok(deleted) => Json(json!({ "deleted": deleted })).into_response(),
        Err(_) => error(StatusCode::SERVICE_UNAVAILABLE, "unavailable", "try again"),
    }
}

/// Any other `/api/…` path.
pub async fn api_not_found() -> Response {
    error(StatusCode::NOT_FOUND, "not_found", "no such API route")
}

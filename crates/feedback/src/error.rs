//! Every refusal the HTTP API makes, as one type: handlers and extractors return [`ApiError`],
//! and it answers the documented JSON [`ErrorBody`] with its status and headers. The cause of a
//! server-side failure is logged, never sent; nothing a sender wrote is logged.

use crate::store::{ChangeError, StoreError};
use crate::writer::WriteError;
use axum::extract::rejection::{JsonRejection, PathRejection, QueryRejection};
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;
use model::feedback::{ErrorBody, ErrorKind, FieldError};
use std::any::Any;
use std::fmt;

/// Why a request was refused.
#[derive(Debug)]
pub enum ApiError {
    /// Some fields or parameters are not valid; each with its code.
    Validation(Vec<FieldError>),
    /// The body or a parameter is not what the route expects; the text says what, for developers.
    Malformed(String),
    /// The body is not `application/json`.
    UnsupportedMediaType,
    /// The body is larger than the limit.
    PayloadTooLarge,
    /// The client sent too many submissions; it may try again after this many seconds.
    RateLimited { retry_after_seconds: u64 },
    /// The idempotency key was used before with another body.
    IdempotencyConflict,
    /// The database failed or the service is stopping: try again later.
    Unavailable(Unavailable),
    /// No moderator token, or one that is unknown, revoked or expired.
    Unauthorized,
    /// No such route or item; the text says which.
    NotFound(&'static str),
    /// Another moderator changed the item first; nothing was changed.
    EditConflict,
    /// The item cannot be published (no opt-in, or no answer).
    NotPublishable,
    /// The route has no handler for this method.
    MethodNotAllowed,
    /// The request took longer than the service allows.
    Timeout,
    /// A handler failed (it panicked); nothing was stored by it.
    Internal,
}

/// Why the service could not do its job right now.
#[derive(Debug)]
pub enum Unavailable {
    /// The service is shutting down.
    ShuttingDown,
    /// The database refused or could not be reached.
    Database(String),
}

impl fmt::Display for Unavailable {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Unavailable::ShuttingDown => f.write_str("the service is shutting down"),
            Unavailable::Database(cause) => write!(f, "database: {cause}"),
        }
    }
}

/// The HTTP status of each kind of error answer.
pub fn status_of(kind: ErrorKind) -> StatusCode {
    match kind {
        ErrorKind::Validation | ErrorKind::Malformed => StatusCode::BAD_REQUEST,
        ErrorKind::UnsupportedMediaType => StatusCode::UNSUPPORTED_MEDIA_TYPE,
        ErrorKind::PayloadTooLarge => StatusCode::PAYLOAD_TOO_LARGE,
        ErrorKind::RateLimited => StatusCode::TOO_MANY_REQUESTS,
        ErrorKind::IdempotencyConflict | ErrorKind::EditConflict | ErrorKind::NotPublishable => {
            StatusCode::CONFLICT
        }
        ErrorKind::Unavailable => StatusCode::SERVICE_UNAVAILABLE,
        ErrorKind::Unauthorized => StatusCode::UNAUTHORIZED,
        ErrorKind::NotFound => StatusCode::NOT_FOUND,
        ErrorKind::MethodNotAllowed => StatusCode::METHOD_NOT_ALLOWED,
        ErrorKind::Timeout => StatusCode::REQUEST_TIMEOUT,
        ErrorKind::Internal => StatusCode::INTERNAL_SERVER_ERROR,
    }
}

impl ApiError {
    /// The kind the answer names in its `error` member.
    pub fn kind(&self) -> ErrorKind {
        match self {
            ApiError::Validation(_) => ErrorKind::Validation,
            ApiError::Malformed(_) => ErrorKind::Malformed,
            ApiError::UnsupportedMediaType => ErrorKind::UnsupportedMediaType,
            ApiError::PayloadTooLarge => ErrorKind::PayloadTooLarge,
            ApiError::RateLimited { .. } => ErrorKind::RateLimited,
            ApiError::IdempotencyConflict => ErrorKind::IdempotencyConflict,
            ApiError::Unavailable(_) => ErrorKind::Unavailable,
            ApiError::Unauthorized => ErrorKind::Unauthorized,
            ApiError::NotFound(_) => ErrorKind::NotFound,
            ApiError::EditConflict => ErrorKind::EditConflict,
            ApiError::NotPublishable => ErrorKind::NotPublishable,
            ApiError::MethodNotAllowed => ErrorKind::MethodNotAllowed,
            ApiError::Timeout => ErrorKind::Timeout,
            ApiError::Internal => ErrorKind::Internal,
        }
    }

    /// A short English explanation for developers (the site shows its own texts).
    fn message(&self) -> String {
        match self {
            ApiError::Validation(_) => "some fields are not valid".into(),
            ApiError::Malformed(detail) => detail.clone(),
            ApiError::UnsupportedMediaType => "send application/json".into(),
            ApiError::PayloadTooLarge => "the body is too large".into(),
            ApiError::RateLimited { .. } => "too many submissions: wait and try again".into(),
            ApiError::IdempotencyConflict => {
                "this idempotency key was already used with a different submission".into()
            }
            ApiError::Unavailable(Unavailable::ShuttingDown) => {
                "the service is shutting down: try again".into()
            }
            ApiError::Unavailable(Unavailable::Database(_)) => {
                "the service cannot reach its database: try again".into()
            }
            ApiError::Unauthorized => "a valid moderator token is required".into(),
            ApiError::NotFound(what) => (*what).into(),
            ApiError::EditConflict => {
                "another moderator changed this item first: load it again".into()
            }
            ApiError::NotPublishable => {
                "only an answered item whose sender opted in can be published".into()
            }
            ApiError::MethodNotAllowed => "this route does not take this method".into(),
            ApiError::Timeout => "the request took too long: try again".into(),
            ApiError::Internal => "the service failed: try again".into(),
        }
    }

    /// The answer's body.
    pub fn body(&self) -> ErrorBody {
        ErrorBody {
            error: self.kind(),
            message: self.message(),
            fields: match self {
                ApiError::Validation(fields) => fields.clone(),
                _ => Vec::new(),
            },
        }
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        if let ApiError::Unavailable(cause) = &self {
            tracing::warn!(%cause, "answering unavailable");
        }
        let kind = self.kind();
        let mut response = (status_of(kind), Json(self.body())).into_response();
        let headers = response.headers_mut();
        match self {
            ApiError::RateLimited {
                retry_after_seconds,
            } => {
                headers.insert(header::RETRY_AFTER, HeaderValue::from(retry_after_seconds));
            }
            ApiError::Unauthorized => {
                headers.insert(header::WWW_AUTHENTICATE, HeaderValue::from_static("Bearer"));
            }
            _ => {}
        }
        // The request log and the metrics read the kind from here.
        response.extensions_mut().insert(kind);
        response
    }
}

impl From<StoreError> for ApiError {
    fn from(error: StoreError) -> Self {
        ApiError::Unavailable(Unavailable::Database(error.to_string()))
    }
}

impl From<ChangeError> for ApiError {
    fn from(error: ChangeError) -> Self {
        match error {
            ChangeError::NoSuchItem => ApiError::NotFound("no such feedback item"),
            ChangeError::EditConflict => ApiError::EditConflict,
            ChangeError::NotPublishable => ApiError::NotPublishable,
            ChangeError::Store(error) => error.into(),
        }
    }
}

impl From<WriteError> for ApiError {
    fn from(error: WriteError) -> Self {
        match error {
            WriteError::Stopped => ApiError::Unavailable(Unavailable::ShuttingDown),
            WriteError::Failed(cause) => ApiError::Unavailable(Unavailable::Database(cause)),
        }
    }
}

impl From<JsonRejection> for ApiError {
    fn from(rejection: JsonRejection) -> Self {
        match rejection {
            JsonRejection::MissingJsonContentType(_) => ApiError::UnsupportedMediaType,
            rejection if rejection.status() == StatusCode::PAYLOAD_TOO_LARGE => {
                ApiError::PayloadTooLarge
            }
            rejection => ApiError::Malformed(rejection.body_text()),
        }
    }
}

impl From<PathRejection> for ApiError {
    fn from(_: PathRejection) -> Self {
        ApiError::NotFound("no such feedback item")
    }
}

impl From<QueryRejection> for ApiError {
    fn from(rejection: QueryRejection) -> Self {
        ApiError::Malformed(rejection.body_text())
    }
}

/// The answer when a handler panics (`CatchPanicLayer`): a JSON 500. The panic's message is not
/// logged (it could hold what a sender wrote); the panic hook logs where it happened.
pub fn answer_panic(_payload: Box<dyn Any + Send + 'static>) -> Response {
    tracing::error!("a request handler panicked; answered 500");
    ApiError::Internal.into_response()
}

#[cfg(test)]
mod tests {
    use super::*;
    use model::feedback::{ErrorCode, Field};

    #[test]
    fn each_error_answers_its_kind_status_and_headers() {
        let limited = ApiError::RateLimited {
            retry_after_seconds: 42,
        }
        .into_response();
        assert_eq!(limited.status(), StatusCode::TOO_MANY_REQUESTS);
        assert_eq!(limited.headers()[header::RETRY_AFTER], "42");
        assert_eq!(
            limited.extensions().get::<ErrorKind>(),
            Some(&ErrorKind::RateLimited)
        );
        let unauthorised = ApiError::Unauthorized.into_response();
        assert_eq!(unauthorised.headers()[header::WWW_AUTHENTICATE], "Bearer");
        let body =
            ApiError::Validation(vec![FieldError::new(Field::Email, ErrorCode::Invalid)]).body();
        assert_eq!(body.error, ErrorKind::Validation);
        assert_eq!(body.fields.len(), 1);
        assert!(ApiError::NotFound("no such item").body().fields.is_empty());
    }

    #[test]
    fn a_database_failure_is_not_described_to_the_client() {
        let error = ApiError::Unavailable(Unavailable::Database("password=secret".into()));
        assert!(!error.body().message.contains("secret"));
    }
}

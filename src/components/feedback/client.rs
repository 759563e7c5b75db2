//! Sending a request to the feedback service and reading its answer into the contract's types.

use gloo_net::http::Request;
use model::feedback::{Accepted, ErrorBody, FeedbackRequest, FieldError};

/// Why a message was not stored.
#[derive(Clone, Debug, PartialEq)]
pub enum SendError {
    /// The service refused some fields.
    Invalid(Vec<FieldError>),
    /// No answer (offline, or the answer was lost): the draft is kept, a retry is safe.
    Network,
    /// The service failed.
    Server,
    /// Too many messages from this reader; the service's `Retry-After` (seconds).
    RateLimited(String),
    /// The key was used before with another message.
    Conflict,
}

/// Posts `request` to `endpoint`; `Ok` once the service has stored it.
pub async fn send(endpoint: &str, request: &FeedbackRequest) -> Result<Accepted, SendError> {
    let response = Request::post(endpoint)
        .json(request)
        .map_err(|_| SendError::Network)?
        .send()
        .await
        .map_err(|_| SendError::Network)?;
    match response.status() {
        201 => response
            .json::<Accepted>()
            .await
            .map_err(|_| SendError::Server),
        400 => match response.json::<ErrorBody>().await {
            Ok(body) if !body.fields.is_empty() => Err(SendError::Invalid(body.fields)),
            _ => Err(SendError::Server),
        },
        409 => Err(SendError::Conflict),
        429 => Err(SendError::RateLimited(
            response
                .headers()
                .get("retry-after")
                .unwrap_or_else(|| "60".into()),
        )),
        _ => Err(SendError::Server),
    }
}

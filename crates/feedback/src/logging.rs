//! Logs, with `tracing`: one line per request (a request id, the method, the route template,
//! the status, the error kind if any, the latency) and the failures that would otherwise go
//! unseen. Never a message, name, email, address, token, query or raw URL: the route is the
//! matched template (`/api/admin/feedback/{id}/status`), not the path asked for.

use axum::extract::{MatchedPath, Request};
use axum::http::HeaderValue;
use axum::middleware::Next;
use axum::response::Response;
use model::feedback::ErrorKind;
use std::time::Instant;
use tracing::Instrument;
use tracing_subscriber::filter::Targets;
use tracing_subscriber::prelude::*;

/// The environment variable that sets what is logged (`info` by default; e.g. `debug`,
/// `info,feedback=debug`).
pub const LOG_ENV: &str = "FEEDBACK_LOG";

/// The header that carries the request id back to the client, to quote when reporting a problem.
pub const REQUEST_ID_HEADER: &str = "x-request-id";

/// The route logged for a request no route matched (a site file or the single-page fallback).
pub const FALLBACK_ROUTE: &str = "(fallback)";

/// Sends logs to standard error, one line per event, at the level `FEEDBACK_LOG` gives.
pub fn init() {
    let default = || {
        "info,sqlx=warn"
            .parse()
            .unwrap_or_else(|_| Targets::new().with_default(tracing::Level::INFO))
    };
    let asked = std::env::var(LOG_ENV).ok();
    let parsed = asked.as_deref().map(str::parse::<Targets>);
    let filter = match &parsed {
        Some(Ok(filter)) => filter.clone(),
        Some(Err(_)) | None => default(),
    };
    let output = tracing_subscriber::fmt::layer()
        .with_writer(std::io::stderr)
        .with_ansi(false)
        .with_target(false);
    // A second call (tests) keeps the first subscriber.
    let _ = tracing_subscriber::registry()
        .with(output.with_filter(filter))
        .try_init();
    if let Some(Err(error)) = parsed {
        tracing::warn!(%error, "{LOG_ENV} is not a filter such as `info` or `info,sqlx=debug`; logging at info");
    }
}

/// Logs where a panic happened, inside the request's span (so with its id), but not its
/// message, which could hold what a sender wrote.
pub fn log_panics() {
    std::panic::set_hook(Box::new(|info| {
        let location = info
            .location()
            .map(|l| format!("{}:{}", l.file(), l.line()))
            .unwrap_or_default();
        tracing::error!(%location, "panic");
    }));
}

/// A new request id: 16 random hex digits.
fn new_request_id() -> String {
    format!("{:016x}", rand::random::<u64>())
}

/// Middleware (outermost): gives the request an id, runs it inside a span that names the id,
/// method and route, and logs one line when the answer is ready.
pub async fn log_request(request: Request, next: Next) -> Response {
    let started = Instant::now();
    let id = new_request_id();
    let route = request
        .extensions()
        .get::<MatchedPath>()
        .map_or(FALLBACK_ROUTE, MatchedPath::as_str)
        .to_string();
    let span = tracing::info_span!("request", id = %id, method = %request.method(), route = %route);
    let mut response = next.run(request).instrument(span.clone()).await;
    let status = response.status().as_u16();
    let latency_ms = format!("{:.1}", started.elapsed().as_secs_f64() * 1000.0);
    let _entered = span.enter();
    match response.extensions().get::<ErrorKind>() {
        Some(kind) => {
            tracing::info!(status, error = %kind, latency_ms = %latency_ms, "answered")
        }
        None => tracing::info!(status, latency_ms = %latency_ms, "answered"),
    }
    if let Ok(value) = HeaderValue::from_str(&id) {
        response.headers_mut().insert(REQUEST_ID_HEADER, value);
    }
    response
}

//! Operator metrics in the Prometheus text format (OpenMetrics), served on a separate listen
//! address (`--metrics-listen`), never on the public one: submissions accepted, rejected by
//! reason, rate-limited and unavailable, and how long each group commit takes.
//!
//! Built on `prometheus-client` (the Prometheus project's own crate): each service has its own
//! registry, so tests run side by side without a process-wide recorder.

use axum::extract::{MatchedPath, Request, State};
use axum::http::{header, Method, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::Router;
use model::feedback::ErrorKind;
use prometheus_client::encoding::text::encode;
use prometheus_client::metrics::counter::Counter;
use prometheus_client::metrics::family::Family;
use prometheus_client::metrics::histogram::{exponential_buckets, Histogram};
use prometheus_client::registry::Registry;
use std::sync::Arc;
use std::time::Duration;

/// The label set of a refusal: `reason` is the error kind's code.
type Reason = [(&'static str, &'static str); 1];

/// Every metric the service keeps.
pub struct Metrics {
    registry: Registry,
    accepted: Counter,
    rejected: Family<Reason, Counter>,
    rate_limited: Counter,
    unavailable: Counter,
    commit_seconds: Histogram,
    batch_size: Histogram,
}

impl Default for Metrics {
    fn default() -> Self {
        Metrics::new()
    }
}

/// What became of one `POST /api/feedback`, as the metrics count it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SubmissionOutcome {
    /// 201: stored (or stored before, for a retry).
    Accepted,
    /// Refused for something the client sent; the reason is the error kind.
    Rejected(ErrorKind),
    /// 429.
    RateLimited,
    /// The service could not store it (database, shutdown, timeout or a failure of its own).
    Unavailable,
}

impl SubmissionOutcome {
    /// The outcome of an answer, from its status and the error kind an error answer carries;
    /// none for an answer that is neither (a wrong method answered by the router).
    pub fn of(status: StatusCode, kind: Option<ErrorKind>) -> Option<SubmissionOutcome> {
        Some(match kind {
            None if status.is_success() => SubmissionOutcome::Accepted,
            None => return None,
            Some(kind) => match kind {
                ErrorKind::RateLimited => SubmissionOutcome::RateLimited,
                ErrorKind::Unavailable | ErrorKind::Timeout | ErrorKind::Internal => {
                    SubmissionOutcome::Unavailable
                }
                ErrorKind::Validation
                | ErrorKind::Malformed
                | ErrorKind::UnsupportedMediaType
                | ErrorKind::PayloadTooLarge
                | ErrorKind::IdempotencyConflict
                | ErrorKind::EditConflict
                | ErrorKind::NotPublishable
                | ErrorKind::Unauthorized
                | ErrorKind::NotFound
                | ErrorKind::MethodNotAllowed => SubmissionOutcome::Rejected(kind),
            },
        })
    }
}

impl Metrics {
    /// Empty metrics, registered.
    pub fn new() -> Metrics {
        let mut registry = Registry::default();
        let accepted = Counter::default();
        let rejected = Family::<Reason, Counter>::default();
        let rate_limited = Counter::default();
        let unavailable = Counter::default();
        // 0.5 ms to about 4 s.
        let commit_seconds = Histogram::new(exponential_buckets(0.0005, 2.0, 14));
        let batch_size = Histogram::new(exponential_buckets(1.0, 2.0, 10));
        registry.register(
            "feedback_submissions_accepted",
            "Submissions answered 201 (stored, or a retry of one stored before)",
            accepted.clone(),
        );
        registry.register(
            "feedback_submissions_rejected",
            "Submissions refused for what the client sent, by reason (the error kind)",
            rejected.clone(),
        );
        registry.register(
            "feedback_submissions_rate_limited",
            "Submissions refused with 429 by the per-client limit",
            rate_limited.clone(),
        );
        registry.register(
            "feedback_submissions_unavailable",
            "Submissions that could not be stored (database, shutdown, timeout, failure)",
            unavailable.clone(),
        );
        registry.register(
            "feedback_commit_duration_seconds",
            "Time of one group commit (one durable transaction)",
            commit_seconds.clone(),
        );
        registry.register(
            "feedback_commit_batch_size",
            "Submissions written by one group commit",
            batch_size.clone(),
        );
        Metrics {
            registry,
            accepted,
            rejected,
            rate_limited,
            unavailable,
            commit_seconds,
            batch_size,
        }
    }

    /// Counts one submission's outcome.
    pub fn count(&self, outcome: SubmissionOutcome) {
        match outcome {
            SubmissionOutcome::Accepted => {
                self.accepted.inc();
            }
            SubmissionOutcome::Rejected(kind) => {
                self.rejected
                    .get_or_create(&[("reason", kind.code())])
                    .inc();
            }
            SubmissionOutcome::RateLimited => {
                self.rate_limited.inc();
            }
            SubmissionOutcome::Unavailable => {
                self.unavailable.inc();
            }
        }
    }

    /// Records one commit of `batch` submissions.
    pub fn observe_commit(&self, took: Duration, batch: usize) {
        self.commit_seconds.observe(took.as_secs_f64());
        self.batch_size.observe(batch as f64);
    }

    /// The metrics in the text exposition format.
    pub fn render(&self) -> String {
        let mut text = String::new();
        // Writing to a String cannot fail.
        let _ = encode(&mut text, &self.registry);
        text
    }
}

/// The route whose answers are counted.
pub const SUBMISSIONS_ROUTE: &str = "/api/feedback";

/// Middleware (outside the time limit and the panic catcher, so their answers count too):
/// counts what became of each `POST /api/feedback`.
pub async fn count_submissions(
    State(metrics): State<Arc<Metrics>>,
    request: Request,
    next: Next,
) -> Response {
    let is_submission = request.method() == Method::POST
        && request
            .extensions()
            .get::<MatchedPath>()
            .is_some_and(|route| route.as_str() == SUBMISSIONS_ROUTE);
    let response = next.run(request).await;
    if is_submission {
        let kind = response.extensions().get::<ErrorKind>().copied();
        if let Some(outcome) = SubmissionOutcome::of(response.status(), kind) {
            metrics.count(outcome);
        }
    }
    response
}

/// The operators' metrics app: `GET /metrics`, for the separate metrics listener only.
pub fn router(metrics: Arc<Metrics>) -> Router {
    Router::new().route(
        "/metrics",
        get(|State(metrics): State<Arc<Metrics>>| async move {
            (
                [(
                    header::CONTENT_TYPE,
                    "application/openmetrics-text; version=1.0.0; charset=utf-8",
                )],
                metrics.render(),
            )
                .into_response()
        })
        .with_state(metrics),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn outcomes_are_counted_by_reason() {
        let metrics = Metrics::new();
        for (status, kind) in [
            (StatusCode::CREATED, None),
            (StatusCode::BAD_REQUEST, Some(ErrorKind::Validation)),
            (StatusCode::TOO_MANY_REQUESTS, Some(ErrorKind::RateLimited)),
            (
                StatusCode::SERVICE_UNAVAILABLE,
                Some(ErrorKind::Unavailable),
            ),
        ] {
            metrics.count(SubmissionOutcome::of(status, kind).unwrap());
        }
        assert_eq!(
            SubmissionOutcome::of(StatusCode::METHOD_NOT_ALLOWED, None),
            None
        );
        metrics.observe_commit(Duration::from_millis(3), 4);
        let text = metrics.render();
        for line in [
            "feedback_submissions_accepted_total 1",
            "feedback_submissions_rejected_total{reason=\"validation\"} 1",
            "feedback_submissions_rate_limited_total 1",
            "feedback_submissions_unavailable_total 1",
            "feedback_commit_duration_seconds_count 1",
            "feedback_commit_batch_size_sum 4.0",
        ] {
            assert!(text.lines().any(|l| l == line), "{line} in\n{text}");
        }
    }
}

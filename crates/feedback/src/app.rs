//! The whole HTTP app: the API's routes, the site when it is served, and the layers every
//! request goes through, from the outside in: the request log (with its id), the security
//! headers, the submission metrics, the panic catcher (a JSON 500; the service lives on), the
//! time limit (a JSON 408).

use crate::api::admin::{change, read};
use crate::api::{health, public, submit};
use crate::error::{answer_panic, ApiError};
use crate::{logging, metrics, security, site, AppState, BODY_LIMIT};
use axum::extract::{DefaultBodyLimit, Request, State};
use axum::http::{header, HeaderValue, Method};
use axum::middleware::{from_fn, from_fn_with_state, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::{any, get, post, put};
use axum::Router;
use std::time::Duration;
use tower_http::catch_panic::CatchPanicLayer;
use tower_http::cors::{AllowOrigin, CorsLayer};

/// The API's routes, with CORS for the site's origins and the body limit.
fn api_routes(state: &AppState) -> Router {
    let origins: Vec<HeaderValue> = state
        .config
        .allowed_origins
        .iter()
        .filter_map(|origin| {
            let value = HeaderValue::from_str(origin.trim_end_matches('/'));
            if value.is_err() {
                tracing::warn!(%origin, "not a valid origin for CORS; ignored");
            }
            value.ok()
        })
        .collect();
    let cors = CorsLayer::new()
        .allow_origin(AllowOrigin::list(origins))
        .allow_methods([Method::GET, Method::POST, Method::PUT, Method::DELETE])
        .allow_headers([header::CONTENT_TYPE, header::AUTHORIZATION])
        .max_age(Duration::from_secs(3600));
    Router::new()
        .route(metrics::SUBMISSIONS_ROUTE, post(submit::post_feedback))
        .route("/api/feedback/summary", get(public::summary))
        .route("/api/feedback/published", get(public::published))
        .route("/api/health", get(health::health))
        .route("/api/admin/me", get(read::me))
        .route("/api/admin/feedback", get(read::list))
        .route("/api/admin/feedback/status", post(change::set_statuses))
        .route("/api/admin/feedback/{id}", get(read::item))
        .route("/api/admin/feedback/{id}/status", put(change::set_status))
        .route("/api/admin/feedback/{id}/answer", put(change::set_answer))
        .route(
            "/api/admin/feedback/{id}/publication",
            put(change::publish).delete(change::unpublish),
        )
        .route("/api/admin/audit", get(read::audit))
        .route("/api/admin/export", get(read::export))
        .route("/api/admin/erase", post(change::erase))
        .route("/api/{*rest}", any(health::api_not_found))
        .method_not_allowed_fallback(health::method_not_allowed)
        .layer(DefaultBodyLimit::max(BODY_LIMIT))
        .layer(cors)
        .with_state(state.clone())
}

/// Middleware: answers 408 (JSON) when the rest of the request takes longer than `limit`.
async fn limit_time(State(limit): State<Duration>, request: Request, next: Next) -> Response {
    match tokio::time::timeout(limit, next.run(request)).await {
        Ok(response) => response,
        Err(_) => ApiError::Timeout.into_response(),
    }
}

/// Puts the layers every request goes through around `routes`.
pub fn with_layers(routes: Router, state: &AppState) -> Router {
    routes
        .layer(from_fn_with_state(state.config.request_timeout, limit_time))
        .layer(CatchPanicLayer::custom(answer_panic))
        .layer(from_fn_with_state(
            state.metrics.clone(),
            metrics::count_submissions,
        ))
        .layer(from_fn_with_state(
            state.security.clone(),
            security::add_security_headers,
        ))
        .layer(from_fn(logging::log_request))
}

/// The whole HTTP app: the API, and the site when configured.
pub fn router(state: AppState) -> Router {
    let api = api_routes(&state);
    let routes = match &state.config.site_dir {
        Some(dir) => api.merge(site::site_router(dir.clone())),
        None => api,
    };
    with_layers(routes, &state)
}

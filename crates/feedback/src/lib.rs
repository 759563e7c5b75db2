//! The feedback service: receives the site's feedback form (`POST /api/feedback`), stores it
//! durably in SQLite (default) or PostgreSQL, lets moderators export and moderate it with their
//! own tokens, and in `serve` mode also serves the built site.
//!
//! - [`submission`]: the request and its validation; [`topics`]: which ids may be commented on.
//! - [`store`]: the database; [`writer`]: group commit; [`rate_limit`]: per-client limits.
//! - [`api`]: the HTTP handlers; [`auth`]: moderator tokens; [`export`]: CSV; [`site`]: static files.

pub mod api;
pub mod auth;
pub mod clock;
pub mod export;
pub mod rate_limit;
pub mod site;
pub mod store;
pub mod submission;
pub mod topics;
pub mod writer;

use axum::extract::DefaultBodyLimit;
use axum::http::{header, HeaderName, HeaderValue, Method};
use axum::routing::{get, post, put};
use axum::Router;
use rate_limit::{RateLimit, RateLimiter};
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;
use store::Store;
use topics::Topics;
use tower_http::cors::{AllowOrigin, CorsLayer};
use tower_http::set_header::SetResponseHeaderLayer;
use tower_http::timeout::TimeoutLayer;
use writer::Writer;

/// Largest request body accepted (bytes); larger gets 413.
pub use model::feedback::MAX_BODY_BYTES as BODY_LIMIT;

/// How the service is set up.
#[derive(Clone, Debug)]
pub struct Config {
    /// Origins allowed to call the API from a browser (CORS), e.g. `https://strategy.example.az`.
    pub allowed_origins: Vec<String>,
    /// The header a trusted proxy or CDN puts the client address in, if behind one.
    pub trusted_proxy_header: Option<String>,
    /// Per-client limit on submissions.
    pub rate_limit: RateLimit,
    /// The built site to serve (serve mode), if any.
    pub site_dir: Option<PathBuf>,
    /// How long each request may take.
    pub request_timeout: Duration,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            allowed_origins: Vec::new(),
            trusted_proxy_header: None,
            rate_limit: RateLimit {
                burst: 5.0,
                per_minute: 10.0,
            },
            site_dir: None,
            request_timeout: Duration::from_secs(15),
        }
    }
}

/// Everything the handlers share.
#[derive(Clone)]
pub struct AppState {
    pub store: Store,
    pub writer: Writer,
    pub topics: Arc<Topics>,
    pub limiter: Arc<RateLimiter>,
    pub config: Arc<Config>,
}

fn security_headers(router: Router) -> Router {
    let headers: [(&str, &str); 5] = [
        ("x-content-type-options", "nosniff"),
        ("x-frame-options", "DENY"),
        ("referrer-policy", "strict-origin-when-cross-origin"),
        ("permissions-policy", "camera=(), microphone=(), geolocation=()"),
        (
            "content-security-policy",
            "default-src 'self'; script-src 'self' 'unsafe-inline' 'wasm-unsafe-eval'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'",
        ),
    ];
    headers.into_iter().fold(router, |router, (name, value)| {
        router.layer(SetResponseHeaderLayer::if_not_present(
            HeaderName::from_static(name),
            HeaderValue::from_static(value),
        ))
    })
}

/// The whole HTTP app: the API, and the site when configured.
pub fn router(state: AppState) -> Router {
    let origins: Vec<HeaderValue> = state
        .config
        .allowed_origins
        .iter()
        .filter_map(|o| HeaderValue::from_str(o.trim_end_matches('/')).ok())
        .collect();
    let cors = CorsLayer::new()
        .allow_origin(AllowOrigin::list(origins))
        .allow_methods([Method::GET, Method::POST, Method::PUT])
        .allow_headers([header::CONTENT_TYPE, header::AUTHORIZATION])
        .max_age(Duration::from_secs(3600));
    let api = Router::new()
        .route("/api/feedback", post(api::post_feedback))
        .route("/api/health", get(api::health))
        .route("/api/admin/export", get(api::export))
        .route("/api/admin/feedback/{id}/status", put(api::set_status))
        .route("/api/admin/erase", post(api::erase))
        .route("/api/{*rest}", axum::routing::any(api::api_not_found))
        .layer(DefaultBodyLimit::max(BODY_LIMIT))
        .layer(cors)
        .with_state(state.clone());
    let app = match &state.config.site_dir {
        Some(dir) => api.merge(site::site_router(dir.clone())),
        None => api,
    };
    security_headers(app).layer(TimeoutLayer::with_status_code(
        axum::http::StatusCode::REQUEST_TIMEOUT,
        state.config.request_timeout,
    ))
}

/// Connects the store, starts the writer and builds the state.
pub async fn start(
    database_url: &str,
    topics: Topics,
    config: Config,
) -> Result<(AppState, tokio::task::JoinHandle<()>), store::StoreError> {
    let store = Store::connect(database_url).await?;
    let (writer, writer_task) = Writer::start(store.clone());
    let limiter = Arc::new(RateLimiter::new(config.rate_limit));
    Ok((
        AppState {
            store,
            writer,
            topics: Arc::new(topics),
            limiter,
            config: Arc::new(config),
        },
        writer_task,
    ))
}

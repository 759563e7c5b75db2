//! The feedback service: receives the site's feedback form (`POST /api/feedback`), stores it
//! durably in SQLite (default) or PostgreSQL, lets moderators export and moderate it with their
//! own tokens, and in `serve` mode also serves the built site.
//!
//! - [`submission`]: the request and its validation; [`topics`]: which ids may be commented on,
//!   followed from the published data by [`reload`].
//! - [`store`]: the database; [`writer`]: group commit; [`rate_limit`]: per-client limits;
//!   [`retention`]: the scheduled purge.
//! - [`app`]: the routes and layers; [`api`]: the handlers; [`error`]: every refusal as JSON;
//!   [`extract`]: extractors; [`auth`]: moderator tokens and the `Moderator` extractor;
//!   [`export`]: CSV and JSON exports.
//! - [`site`]: the built site's files; [`security`] and [`page_policy`]: the security headers
//!   and the Content-Security-Policy made from the built pages.
//! - [`logging`]: request logs; [`metrics`]: the operators' metrics; [`cli`]: the command line.

#[cfg(panic = "abort")]
compile_error!(
    "the feedback service must unwind on panic (a handler's panic is answered 500): build it with \
     a profile without `panic = \"abort\"` (the wasm-release profile is for the browser app only)"
);

pub mod api;
pub mod app;
pub mod auth;
pub mod cli;
pub mod clock;
pub mod error;
pub mod export;
pub mod extract;
pub mod logging;
pub mod metrics;
pub mod page_policy;
pub mod rate_limit;
pub mod reload;
pub mod retention;
pub mod security;
pub mod site;
pub mod store;
pub mod submission;
pub mod topics;
pub mod writer;

pub use app::router;

use metrics::Metrics;
use page_policy::PageNeeds;
use rate_limit::{RateLimit, RateLimiter};
use reload::{Reloading, Source};
use security::SecurityPolicy;
use std::fmt;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;
use store::{Store, StoreError};
use topics::Topics;
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
    /// Origins the pages may fetch from besides their own and those their `<meta>` tags name.
    pub connect_origins: Vec<String>,
    /// Send `Strict-Transport-Security` (the site is reached over TLS only).
    pub hsts: bool,
    /// How often the published data and the built site are checked for changes.
    pub reload_every: Duration,
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
            connect_origins: Vec::new(),
            hsts: false,
            reload_every: Duration::from_secs(5),
        }
    }
}

/// Everything the handlers share.
#[derive(Clone)]
pub struct AppState {
    pub store: Store,
    pub writer: Writer,
    pub topics: Arc<Reloading<Topics>>,
    pub limiter: Arc<RateLimiter>,
    pub config: Arc<Config>,
    pub metrics: Arc<Metrics>,
    pub security: Arc<SecurityPolicy>,
}

/// Why the service could not start.
#[derive(Debug)]
pub enum StartError {
    /// The database could not be opened or migrated.
    Store(StoreError),
    /// The built site could not be read.
    Site(String),
}

impl fmt::Display for StartError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            StartError::Store(e) => e.fmt(f),
            StartError::Site(e) => write!(f, "the site: {e}"),
        }
    }
}

impl std::error::Error for StartError {}

/// Connects the store, starts the writer, reads the site's pages (followed for changes) and
/// builds the state. Must be called inside the Tokio runtime.
pub async fn start(
    database_url: &str,
    topics: Arc<Reloading<Topics>>,
    config: Config,
) -> Result<(AppState, tokio::task::JoinHandle<()>), StartError> {
    let store = Store::connect(database_url)
        .await
        .map_err(StartError::Store)?;
    let metrics = Arc::new(Metrics::new());
    let (writer, writer_task) = Writer::start(store.clone(), metrics.clone());
    let limiter = Arc::new(RateLimiter::new(config.rate_limit));
    let pages = match &config.site_dir {
        Some(dir) => {
            let site = dir.clone();
            Some(
                Reloading::follow(Source {
                    what: "site policy",
                    watched: dir.join("index.html"),
                    check_every: config.reload_every,
                    load: Box::new(move || PageNeeds::scan(&site)),
                })
                .map_err(StartError::Site)?,
            )
        }
        None => None,
    };
    let security = Arc::new(SecurityPolicy {
        pages,
        extra_connect: config.connect_origins.clone(),
        hsts: config.hsts,
    });
    Ok((
        AppState {
            store,
            writer,
            topics,
            limiter,
            config: Arc::new(config),
            metrics,
            security,
        },
        writer_task,
    ))
}

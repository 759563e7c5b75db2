//! `serve`: the HTTP service (and the built site with `--site`), the scheduled purge, the topics
//! and pages followed for changes, and the operators' metrics on their own address. Stops on
//! SIGTERM or Ctrl+C: stops accepting, finishes in-flight requests, commits what is queued.

use crate::rate_limit::RateLimit;
use crate::retention::{self, Retention};
use crate::topics::Topics;
use crate::{logging, metrics, Config};
use clap::Args;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::time::Duration;
use tokio::net::TcpListener;
use tokio::sync::watch;

/// `serve`'s options.
#[derive(Args)]
pub struct ServeArgs {
    /// Address to listen on (port 0: any free port, printed at start).
    #[arg(long, env = "FEEDBACK_LISTEN", default_value = "127.0.0.1:8080")]
    listen: SocketAddr,
    /// The built site to serve as well (e.g. dist); its data/ folder names the valid topics.
    #[arg(long, env = "FEEDBACK_SITE")]
    site: Option<PathBuf>,
    /// The published data folder, when the site is served elsewhere (default: <site>/data).
    #[arg(long, env = "FEEDBACK_DATA")]
    data: Option<PathBuf>,
    /// Origins allowed to call the API from browsers (comma-separated).
    #[arg(long, env = "FEEDBACK_ALLOWED_ORIGINS", value_delimiter = ',')]
    allowed_origin: Vec<String>,
    /// The header a trusted proxy or CDN puts the client address in (e.g. x-forwarded-for).
    #[arg(long, env = "FEEDBACK_TRUSTED_PROXY_HEADER")]
    trusted_proxy_header: Option<String>,
    /// Submissions a client may send at once.
    #[arg(long, env = "FEEDBACK_RATE_BURST", default_value_t = 5.0)]
    rate_burst: f64,
    /// Submissions per minute a client regains.
    #[arg(long, env = "FEEDBACK_RATE_PER_MINUTE", default_value_t = 10.0)]
    rate_per_minute: f64,
    /// Delete feedback older than this many days (checked at start, then every
    /// --purge-interval-seconds); 0 keeps everything.
    #[arg(long, env = "FEEDBACK_RETENTION_DAYS", default_value_t = 730)]
    retention_days: u64,
    /// How often the retention period is enforced.
    #[arg(long, env = "FEEDBACK_PURGE_INTERVAL_SECONDS", default_value_t = 3600)]
    purge_interval_seconds: u64,
    /// How often the published manifest (topics) and the site's pages (security policy) are
    /// checked for changes.
    #[arg(long, env = "FEEDBACK_RELOAD_SECONDS", default_value_t = 5)]
    reload_seconds: u64,
    /// Origins the pages may fetch from, besides those the built pages name (comma-separated).
    #[arg(long, env = "FEEDBACK_CONNECT_ORIGINS", value_delimiter = ',')]
    connect_origin: Vec<String>,
    /// Send Strict-Transport-Security: only when every visitor reaches the site over HTTPS.
    #[arg(long, env = "FEEDBACK_HSTS")]
    hsts: bool,
    /// Serve Prometheus metrics at http://ADDRESS/metrics, for operators only (e.g. 127.0.0.1:9090).
    #[arg(long, env = "FEEDBACK_METRICS_LISTEN")]
    metrics_listen: Option<SocketAddr>,
}

async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let terminate = async {
        if let Ok(mut signal) =
            tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate())
        {
            signal.recv().await;
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! { _ = ctrl_c => {}, _ = terminate => {} }
}

/// Resolves once `stop` says so.
async fn stopped(mut stop: watch::Receiver<bool>) {
    let _ = stop.wait_for(|stopping| *stopping).await;
}

async fn bind(address: SocketAddr) -> Result<TcpListener, String> {
    TcpListener::bind(address)
        .await
        .map_err(|e| format!("{address}: {e}"))
}

/// Runs the service until SIGTERM or Ctrl+C.
pub async fn run(database: &str, args: ServeArgs) -> Result<String, String> {
    logging::log_panics();
    let data_dir = args
        .data
        .clone()
        .or_else(|| args.site.as_ref().map(|s| s.join("data")))
        .ok_or("give --site or --data: the published data names the valid topics")?;
    let reload_every = Duration::from_secs(args.reload_seconds.max(1));
    let topics = Topics::follow(&data_dir, reload_every)?;
    let config = Config {
        allowed_origins: args.allowed_origin,
        trusted_proxy_header: args.trusted_proxy_header.map(|h| h.to_ascii_lowercase()),
        rate_limit: RateLimit {
            burst: args.rate_burst,
            per_minute: args.rate_per_minute,
        },
        site_dir: args.site,
        request_timeout: Duration::from_secs(15),
        connect_origins: args.connect_origin,
        hsts: args.hsts,
        reload_every,
    };
    let (state, writer_task) = crate::start(database, topics, config)
        .await
        .map_err(|e| e.to_string())?;
    let store = state.store.clone();
    let purge = retention::spawn_purge(
        store.clone(),
        Retention {
            keep_days: args.retention_days,
            check_every: Duration::from_secs(args.purge_interval_seconds.max(1)),
        },
    );
    let (stop, stopping) = watch::channel(false);
    let metrics_server = match args.metrics_listen {
        Some(address) => {
            let listener = bind(address).await?;
            let address = listener.local_addr().map_err(|e| e.to_string())?;
            tracing::info!(%address, "metrics on http://{address}/metrics");
            let app = metrics::router(state.metrics.clone());
            let until = stopped(stopping.clone());
            Some(tokio::spawn(async move {
                axum::serve(listener, app)
                    .with_graceful_shutdown(until)
                    .await
            }))
        }
        None => None,
    };
    let listener = bind(args.listen).await?;
    let address = listener.local_addr().map_err(|e| e.to_string())?;
    tracing::info!(
        %address,
        database = ?store.backend(),
        "feedback service listening on http://{address}/"
    );
    tokio::spawn(async move {
        shutdown_signal().await;
        tracing::info!("stopping: finishing the requests under way");
        let _ = stop.send(true);
    });
    let app = crate::router(state).into_make_service_with_connect_info::<SocketAddr>();
    axum::serve(listener, app)
        .with_graceful_shutdown(stopped(stopping))
        .await
        .map_err(|e| e.to_string())?;
    // In-flight requests are done; the router (and its writer handles) are dropped, so the
    // writer commits what is queued and ends.
    if let Err(error) = writer_task.await {
        tracing::error!(%error, "the writer ended abnormally");
    }
    if let Some(purge) = purge {
        purge.abort();
    }
    if let Some(server) = metrics_server {
        match server.await {
            Ok(Ok(())) => {}
            Ok(Err(error)) => tracing::warn!(%error, "the metrics server failed"),
            Err(error) => tracing::warn!(%error, "the metrics server ended abnormally"),
        }
    }
    store.close().await;
    Ok("stopped".into())
}

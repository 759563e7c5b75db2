//! `feedback`: the feedback service's command line. `serve` runs the HTTP service (and, with
//! `--site`, the built site); the other commands are the moderators' and operators' tools.

use clap::{Parser, Subcommand};
use feedback::rate_limit::RateLimit;
use feedback::store::{ExportFilter, Store};
use feedback::topics::Topics;
use feedback::{auth, clock, export, Config};
use model::feedback::ModerationStatus;
use model::Code;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Duration;

#[derive(Parser)]
#[command(
    name = "feedback",
    version,
    about = "The strategy site's feedback service"
)]
struct Cli {
    /// The database: a SQLite file path or sqlite:// URL (created on first start), or a postgres:// URL.
    #[arg(
        long,
        env = "DATABASE_URL",
        default_value = "feedback.db",
        global = true
    )]
    database: String,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Run the service.
    Serve {
        /// Address to listen on.
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
        /// Delete feedback older than this many days (checked hourly); 0 keeps everything.
        #[arg(long, env = "FEEDBACK_RETENTION_DAYS", default_value_t = 730)]
        retention_days: u64,
    },
    /// Moderator tokens.
    Token {
        #[command(subcommand)]
        action: TokenAction,
    },
    /// Export feedback (same filters as the API).
    Export {
        #[arg(long, default_value = "csv")]
        format: String,
        #[arg(long)]
        topic: Option<String>,
        #[arg(long)]
        status: Option<String>,
        /// First day, YYYY-MM-DD.
        #[arg(long)]
        from: Option<String>,
        /// Last day, YYYY-MM-DD.
        #[arg(long)]
        to: Option<String>,
    },
    /// Set an item's moderation status (new, read, answered, spam).
    SetStatus { id: i64, status: String },
    /// Delete one person's submissions on request, by email (or one item by --id).
    Erase {
        #[arg(long)]
        email: Option<String>,
        #[arg(long)]
        id: Option<i64>,
    },
    /// Delete feedback older than a number of days now.
    Purge {
        #[arg(long)]
        older_than_days: u64,
    },
}

#[derive(Subcommand)]
enum TokenAction {
    /// Create a token for a moderator; it is printed once and only its hash is kept.
    Create { name: String },
    /// Revoke a moderator's token.
    Revoke { name: String },
    /// List moderators and whether their token is active.
    List,
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

async fn run(cli: Cli) -> Result<String, String> {
    match cli.command {
        Command::Serve {
            listen,
            site,
            data,
            allowed_origin,
            trusted_proxy_header,
            rate_burst,
            rate_per_minute,
            retention_days,
        } => {
            let data_dir = data
                .or_else(|| site.as_ref().map(|s| s.join("data")))
                .ok_or("give --site or --data: the published data names the valid topics")?;
            let topics = Topics::load(&data_dir)?;
            let config = Config {
                allowed_origins: allowed_origin,
                trusted_proxy_header: trusted_proxy_header.map(|h| h.to_ascii_lowercase()),
                rate_limit: RateLimit {
                    burst: rate_burst,
                    per_minute: rate_per_minute,
                },
                site_dir: site,
                request_timeout: Duration::from_secs(15),
            };
            let (state, writer_task) = feedback::start(&cli.database, topics, config)
                .await
                .map_err(|e| e.to_string())?;
            let store = state.store.clone();
            if retention_days > 0 {
                let store = store.clone();
                tokio::spawn(async move {
                    let mut tick = tokio::time::interval(Duration::from_secs(3600));
                    loop {
                        tick.tick().await;
                        let cutoff = clock::now() - (retention_days as i64) * 86_400;
                        let _ = store.purge_older_than(cutoff).await;
                    }
                });
            }
            let listener = tokio::net::TcpListener::bind(listen)
                .await
                .map_err(|e| format!("{listen}: {e}"))?;
            // The address actually bound (`--listen 127.0.0.1:0` asks for any free port).
            let bound = listener.local_addr().unwrap_or(listen);
            eprintln!(
                "feedback service listening on http://{bound}/ (database: {:?})",
                store.backend()
            );
            let app = feedback::router(state).into_make_service_with_connect_info::<SocketAddr>();
            axum::serve(listener, app)
                .with_graceful_shutdown(shutdown_signal())
                .await
                .map_err(|e| e.to_string())?;
            // In-flight requests are done; the router (and its writer handles) are dropped, so the
            // writer commits what is queued and ends.
            let _ = writer_task.await;
            store.close().await;
            Ok("stopped".into())
        }
        Command::Token { action } => {
            let store = Store::connect(&cli.database)
                .await
                .map_err(|e| e.to_string())?;
            match action {
                TokenAction::Create { name } => {
                    let token = auth::new_token();
                    store
                        .add_token(&name, &auth::token_hash(&token))
                        .await
                        .map_err(|e| e.to_string())?;
                    Ok(format!(
                        "token for {name} (shown once, keep it secret):\n{token}"
                    ))
                }
                TokenAction::Revoke { name } => {
                    match store.revoke_token(&name).await.map_err(|e| e.to_string())? {
                        true => Ok(format!("revoked the token of {name}")),
                        false => Err(format!("{name} has no active token")),
                    }
                }
                TokenAction::List => {
                    let list = store.list_tokens().await.map_err(|e| e.to_string())?;
                    Ok(list
                        .iter()
                        .map(|(name, active)| {
                            format!("{name}\t{}", if *active { "active" } else { "revoked" })
                        })
                        .collect::<Vec<_>>()
                        .join("\n"))
                }
            }
        }
        Command::Export {
            format,
            topic,
            status,
            from,
            to,
        } => {
            let store = Store::connect(&cli.database)
                .await
                .map_err(|e| e.to_string())?;
            let query = feedback::api::ExportQuery {
                format: Some(format.clone()),
                topic,
                status,
                from,
                to,
            };
            let filter: ExportFilter = feedback::api::export_filter(&query)
                .map_err(|e| format!("--{}: {}", e.field, e.code))?;
            let items = store.export(&filter).await.map_err(|e| e.to_string())?;
            match format.as_str() {
                "csv" => Ok(export::to_csv(&items).trim_end().to_string()),
                "json" => serde_json::to_string_pretty(&serde_json::json!({ "items": items }))
                    .map_err(|e| e.to_string()),
                other => Err(format!("--format {other}: use csv or json")),
            }
        }
        Command::SetStatus { id, status } => {
            if ModerationStatus::from_code(&status).is_none() {
                return Err(format!(
                    "`{status}` is not one of: {}",
                    ModerationStatus::code_list()
                ));
            }
            let store = Store::connect(&cli.database)
                .await
                .map_err(|e| e.to_string())?;
            match store
                .set_status(id, &status)
                .await
                .map_err(|e| e.to_string())?
            {
                true => Ok(format!("{id}: {status}")),
                false => Err(format!("no feedback item {id}")),
            }
        }
        Command::Erase { email, id } => {
            let store = Store::connect(&cli.database)
                .await
                .map_err(|e| e.to_string())?;
            match (email, id) {
                (Some(email), None) => Ok(format!(
                    "deleted {} submissions",
                    store.erase_email(&email).await.map_err(|e| e.to_string())?
                )),
                (None, Some(id)) => match store.erase_id(id).await.map_err(|e| e.to_string())? {
                    true => Ok(format!("deleted item {id}")),
                    false => Err(format!("no feedback item {id}")),
                },
                _ => Err("give exactly one of --email or --id".into()),
            }
        }
        Command::Purge { older_than_days } => {
            let store = Store::connect(&cli.database)
                .await
                .map_err(|e| e.to_string())?;
            let cutoff = clock::now() - (older_than_days as i64) * 86_400;
            Ok(format!(
                "deleted {} submissions",
                store
                    .purge_older_than(cutoff)
                    .await
                    .map_err(|e| e.to_string())?
            ))
        }
    }
}

#[tokio::main]
async fn main() -> ExitCode {
    match run(Cli::parse()).await {
        Ok(message) => {
            println!("{message}");
            ExitCode::SUCCESS
        }
        Err(error) => {
            eprintln!("error: {error}");
            ExitCode::FAILURE
        }
    }
}

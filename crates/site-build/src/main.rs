//! `site-build`: renders every page of the built site (see the library's documentation).

use clap::Parser;
use site_build::{build_site, Options};
use std::path::PathBuf;
use std::process::ExitCode;
use strategy_site::deployment::Deployment;

/// Renders every route of the app, in both languages, for the latest published snapshot, into
/// trunk's `dist/` (run after `trunk build` and after the data is copied to `dist/data`).
#[derive(Parser)]
#[command(version, about)]
struct Cli {
    /// The built site: trunk's output with the published data in `data/`.
    #[arg(long, default_value = "dist")]
    dist: PathBuf,
    /// The site's public address, for canonical links, alternates, the sitemap and citations.
    #[arg(long, env = "SITE_URL", default_value = "http://127.0.0.1:8080")]
    site_url: String,
    /// Where the browser fetches the published data; empty: `/data/` on the same origin.
    #[arg(long, env = "DATA_BASE_URL", default_value = "")]
    data_base_url: String,
    /// Where the feedback form posts; empty: `/api/feedback` on the same origin.
    #[arg(long, env = "FEEDBACK_API_URL", default_value = "")]
    feedback_api_url: String,
    /// Which instance this is; `local` makes every page say it is a local instance.
    #[arg(long, env = "SITE_INSTANCE", default_value = "local")]
    instance: String,
    /// The operator's privacy contact, shown with the feedback form; empty: none is named.
    #[arg(long, env = "PRIVACY_CONTACT", default_value = "")]
    privacy_contact: String,
    /// The build date (YYYY-MM-DD) the pages are built for; default: today (UTC).
    #[arg(long, env = "BUILD_DATE")]
    build_date: Option<String>,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let options = Options {
        dist: cli.dist,
        deployment: Deployment {
            data_base_url: cli.data_base_url,
            feedback_api_url: cli.feedback_api_url,
            site_url: cli.site_url.trim_end_matches('/').to_string(),
            instance: cli.instance,
            privacy_contact: cli.privacy_contact,
            draft_preview: String::new(),
        },
        build_date: cli.build_date,
    };
    match build_site(&options) {
        Ok(report) => {
            println!("{report}");
            ExitCode::SUCCESS
        }
        Err(error) => {
            eprintln!("site-build: {error}");
            ExitCode::FAILURE
        }
    }
}

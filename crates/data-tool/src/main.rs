//! `data-tool`: turns the editor's source files under `data/` into the published JSON and CSV
//! the site reads, and refuses bad source with errors that name file, line and field.
//!
//! Commands: `validate`, `build`, `publish`, `new-snapshot`, `diff`. See `docs/editors-guide.md`.
//! Problems are reported in English, or in Azerbaijani with `--lang az` (or an Azerbaijani
//! `LANG`).

use clap::{Parser, Subcommand};
use data_tool::build::{build, Audience};
use data_tool::commands;
use data_tool::problem::ToolError;
use data_tool::project::Project;
use model::Lang;
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Parser)]
#[command(
    name = "data-tool",
    version,
    about = "Validate and publish the strategy site's data"
)]
struct Cli {
    /// The data directory (holds strategy/, snapshots/ and published.lock).
    #[arg(long, default_value = "data", global = true)]
    data: PathBuf,
    /// The strategy folder (default: <data>/strategy). Test fixtures use the real one.
    #[arg(long, global = true)]
    strategy: Option<PathBuf>,
    /// The language of problem messages: `az` or `en` (default: Azerbaijani when the shell's
    /// LANG is, else English).
    #[arg(long, global = true, value_parser = parse_lang)]
    lang: Option<Lang>,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Check every source file and report every problem with file:line and field.
    Validate,
    /// Write the manifest, strategy, snapshots and CSV exports into a folder.
    Build {
        /// Output folder (replaced as a whole).
        #[arg(long, default_value = "build/data")]
        out: PathBuf,
        /// Include draft and synthetic snapshots (for previews and tests; never deploy this).
        #[arg(long)]
        preview: bool,
    },
    /// Publish a draft snapshot: mark it published and record its hash in published.lock.
    Publish {
        /// The snapshot id, e.g. 2026-Q4.
        id: String,
    },
    /// Start the next snapshot's source files from the newest one.
    NewSnapshot {
        /// The new id: the next quarter (2026-Q4), or a correction (2026-Q3-r2).
        id: String,
        /// The as-of date (default: the quarter's last day).
        #[arg(long)]
        as_of: Option<String>,
    },
    /// Show what changed between two snapshots.
    Diff {
        /// The older snapshot id.
        from: String,
        /// The newer snapshot id.
        to: String,
        /// Print JSON instead of text.
        #[arg(long)]
        json: bool,
    },
}

fn parse_lang(code: &str) -> Result<Lang, String> {
    match code {
        "az" => Ok(Lang::Az),
        "en" => Ok(Lang::En),
        other => Err(format!("`{other}` is not az or en")),
    }
}

/// The language asked for, else the shell's (`LANG=az_AZ.UTF-8`), else English.
fn message_lang(asked: Option<Lang>) -> Lang {
    asked
        .or_else(|| std::env::var("LANG").ok().and_then(|l| Lang::from_code(&l)))
        .unwrap_or(Lang::En)
}

fn run(cli: Cli) -> Result<String, ToolError> {
    let strategy_dir = cli
        .strategy
        .clone()
        .unwrap_or_else(|| cli.data.join("strategy"));
    let load = || Project::load_with_strategy(&cli.data, &strategy_dir);
    match cli.command {
        Command::Validate => {
            let project = load()?;
            Ok(format!(
                "ok: {} goals, {} directions, {} measures, {} indicators, {} flagships, {} agencies, {} source notes, {} snapshots",
                project.strategy.goals.len(),
                project.strategy.directions.len(),
                project.strategy.measures.len(),
                project.strategy.indicators.len(),
                project.strategy.flagships.len(),
                project.strategy.agencies.len(),
                project.strategy.source_notes.len(),
                project.snapshots.len()
            ))
        }
        Command::Build { out, preview } => {
            let project = load()?;
            let audience = if preview {
                Audience::Preview
            } else {
                Audience::Public
            };
            let report = build(&project, &out, audience)?;
            let mut lines: Vec<String> = report
                .files
                .iter()
                .map(|(name, size)| format!("  {size:>9}  {name}"))
                .collect();
            lines.insert(
                0,
                format!(
                    "built {} (latest snapshot {}):",
                    out.display(),
                    report.manifest.latest
                ),
            );
            Ok(lines.join("\n"))
        }
        Command::Publish { id } => commands::publish(&cli.data, &id),
        Command::NewSnapshot { id, as_of } => {
            commands::new_snapshot(&cli.data, &id, as_of.as_deref())
        }
        Command::Diff { from, to, json } => commands::diff(&load()?, &from, &to, json),
    }
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let lang = message_lang(cli.lang);
    match run(cli) {
        Ok(message) => {
            println!("{message}");
            ExitCode::SUCCESS
        }
        Err(error) => {
            eprintln!("{}", error.render(lang));
            ExitCode::FAILURE
        }
    }
}

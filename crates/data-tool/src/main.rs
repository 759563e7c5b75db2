//! `data-tool`: turns the editor's source files under `data/` into the published JSON and CSV
//! the site reads, and refuses bad source with errors that name file, line and field.
//!
//! Commands: `validate`, `build`, `publish`, `new-snapshot`, `diff`, `export-xlsx`,
//! `import-xlsx`, `preview`. See `docs/editors-guide.md`. Messages are in English, or in
//! Azerbaijani with `--lang az` (or an Azerbaijani `LANG`).

mod cli_lang;

use clap::{Parser, Subcommand};
use data_tool::build::{build_with_terms, Audience};
use data_tool::commands;
use data_tool::outcome::{Counts, Outcome};
use data_tool::preview::{render_preview, server};
use data_tool::problem::{ToolError, UsageError};
use data_tool::project::Project;
use model::open_data::{License, PackageTerms, Publisher};
use model::Lang;
use std::io::Write as _;
use std::net::{SocketAddr, TcpListener};
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
    /// The language of messages: `az` or `en` (default: Azerbaijani when the shell's LANG is,
    /// else English).
    #[arg(long, global = true, value_parser = cli_lang::parse_lang)]
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
        /// The open data's licence, as the data packages state it (an id such as CC-BY-4.0);
        /// without it they state none.
        #[arg(long, env = "DATA_LICENSE")]
        license: Option<String>,
        /// Where the licence's text is.
        #[arg(long, env = "DATA_LICENSE_URL", requires = "license")]
        license_url: Option<String>,
        /// Who publishes the open data (the operator); without it the packages name nobody.
        #[arg(long, env = "DATA_PUBLISHER")]
        publisher: Option<String>,
        /// The publisher's web address.
        #[arg(long, env = "DATA_PUBLISHER_URL", requires = "publisher")]
        publisher_url: Option<String>,
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
    /// Write a workbook (.xlsx) prefilled from a snapshot, to fill in a spreadsheet.
    ExportXlsx {
        /// The snapshot id, e.g. 2026-Q4.
        id: String,
        /// The workbook to write.
        #[arg(long)]
        out: PathBuf,
    },
    /// Check a filled workbook and write it into a draft snapshot's CSV files.
    ImportXlsx {
        /// The snapshot id, e.g. 2026-Q4.
        id: String,
        /// The filled workbook.
        file: PathBuf,
    },
    /// Render the site with a draft as its latest snapshot and serve it on this computer.
    Preview {
        /// The draft's id, e.g. 2026-Q4.
        id: String,
        /// The address to serve on (127.0.0.1 only; port 0: any free port).
        #[arg(long, default_value = "127.0.0.1:8090")]
        listen: String,
        /// The built site whose app files are used (scripts/assemble-site.sh's dist/).
        #[arg(long, default_value = "dist")]
        dist: PathBuf,
        /// Where the preview is written (replaced at each start).
        #[arg(long)]
        out: Option<PathBuf>,
    },
}

fn counts(project: &Project) -> Counts {
    let s = &project.strategy;
    Counts {
        goals: s.goals.len(),
        directions: s.directions.len(),
        measures: s.measures.len(),
        indicators: s.indicators.len(),
        flagships: s.flagships.len(),
        agencies: s.agencies.len(),
        notes: s.source_notes.len(),
        snapshots: project.snapshots.len(),
    }
}

fn run(cli: Cli) -> Result<Outcome, ToolError> {
    let strategy_dir = cli
        .strategy
        .clone()
        .unwrap_or_else(|| cli.data.join("strategy"));
    let load = || Project::load_with_strategy(&cli.data, &strategy_dir);
    match cli.command {
        Command::Validate => {
            let project = load()?;
            Ok(Outcome::Valid {
                counts: counts(&project),
                warnings: project.all_warnings(),
            })
        }
        Command::Build {
            out,
            preview,
            license,
            license_url,
            publisher,
            publisher_url,
        } => {
            let audience = if preview {
                Audience::Preview
            } else {
                Audience::Public
            };
            let given = |value: Option<String>| value.filter(|v| !v.trim().is_empty());
            let terms = PackageTerms {
                license: given(license).map(|name| License {
                    name,
                    url: given(license_url),
                }),
                publisher: given(publisher).map(|name| Publisher {
                    name,
                    url: given(publisher_url),
                }),
            };
            let report = build_with_terms(&load()?, &out, audience, &terms)?;
            Ok(Outcome::Built {
                out,
                latest: report.manifest.latest.to_string(),
                files: report.files,
            })
        }
        Command::Publish { id } => commands::publish(&cli.data, &id),
        Command::NewSnapshot { id, as_of } => {
            commands::new_snapshot(&cli.data, &id, as_of.as_deref())
        }
        Command::Diff { from, to, json } => commands::diff(&load()?, &from, &to, json),
        Command::ExportXlsx { id, out } => commands::export_xlsx(&load()?, &id, &out),
        Command::ImportXlsx { id, file } => {
            data_tool::workbook::import_workbook(&cli.data, &strategy_dir, &id, &file)
        }
        Command::Preview { .. } => unreachable!("preview is run by `preview`"),
    }
}

/// `preview`: renders, prints where, then serves until the process is stopped.
fn preview(cli: &Cli, lang: Lang) -> Result<Outcome, ToolError> {
    let Command::Preview {
        id,
        listen,
        dist,
        out,
    } = &cli.command
    else {
        unreachable!("called for preview only")
    };
    let address: SocketAddr = listen.parse().map_err(|_| UsageError::NotLoopback {
        address: listen.clone(),
    })?;
    if !address.ip().is_loopback() {
        let address = listen.clone();
        return Err(UsageError::NotLoopback { address }.into());
    }
    let strategy_dir = cli
        .strategy
        .clone()
        .unwrap_or_else(|| cli.data.join("strategy"));
    let project = Project::load_with_strategy(&cli.data, &strategy_dir)?;
    let out = out
        .clone()
        .unwrap_or_else(|| std::env::temp_dir().join("data-tool-preview"));
    let site = render_preview(&project, id, dist, &out)?;
    let listener = TcpListener::bind(address).map_err(|e| UsageError::Listen {
        address: listen.clone(),
        error: e.to_string(),
    })?;
    let bound = listener.local_addr().map_err(|e| ToolError::io(&out, e))?;
    let shown = Outcome::Previewing {
        url: format!("http://{bound}/"),
        id: id.clone(),
        pages: site.pages,
        dir: site.dir.clone(),
    };
    for warning in project.warnings_for(site.snapshot) {
        println!("{}", warning.render(lang));
    }
    println!("{}", shown.render(lang));
    let _ = std::io::stdout().flush();
    server::serve(listener, site.dir);
    Ok(shown)
}

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(error) => return cli_lang::exit_with(error),
    };
    let lang = cli_lang::message_lang(cli.lang);
    let result = match cli.command {
        Command::Preview { .. } => preview(&cli, lang),
        _ => run(cli),
    };
    match result {
        Ok(outcome) => {
            println!("{}", outcome.render(lang));
            ExitCode::SUCCESS
        }
        Err(error) => {
            eprintln!("{}", error.render(lang));
            ExitCode::FAILURE
        }
    }
}

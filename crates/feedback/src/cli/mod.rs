//! `feedback`'s command line: `serve` runs the HTTP service ([`serve`]); the other commands are
//! the moderators' and operators' tools ([`token`], [`items`]). Each command returns the text to
//! print or an error that says what to do.

pub mod items;
pub mod serve;
pub mod token;

use crate::store::Store;
use clap::{Parser, Subcommand};

/// The command line.
#[derive(Parser)]
#[command(
    name = "feedback",
    version,
    about = "The strategy site's feedback service"
)]
pub struct Cli {
    /// The database: a SQLite file path or sqlite:// URL (created on first start), or a postgres:// URL.
    #[arg(
        long,
        env = "DATABASE_URL",
        default_value = "feedback.db",
        global = true
    )]
    pub database: String,
    #[command(subcommand)]
    pub command: Command,
}

/// The commands.
#[derive(Subcommand)]
pub enum Command {
    /// Run the service.
    Serve(serve::ServeArgs),
    /// Moderator tokens.
    Token {
        #[command(subcommand)]
        action: token::TokenAction,
    },
    /// Export feedback (same filters as the API).
    Export(items::ExportArgs),
    /// Set an item's moderation status (new, read, answered, spam).
    SetStatus {
        id: i64,
        status: String,
        /// The name the audit trail records.
        #[arg(long, default_value = items::COMMAND_LINE)]
        moderator: String,
    },
    /// Delete one person's submissions on request, by email (or one item by --id), published
    /// copies included.
    Erase {
        #[arg(long)]
        email: Option<String>,
        #[arg(long)]
        id: Option<i64>,
        /// The name the audit trail records.
        #[arg(long, default_value = items::COMMAND_LINE)]
        moderator: String,
    },
    /// Delete feedback older than a number of days now.
    Purge {
        #[arg(long)]
        older_than_days: u64,
    },
}

/// Opens the database for a one-off command.
async fn open(database: &str) -> Result<Store, String> {
    Store::connect(database).await.map_err(|e| e.to_string())
}

/// Runs a command; `Ok` holds what to print.
pub async fn run(cli: Cli) -> Result<String, String> {
    match cli.command {
        Command::Serve(args) => serve::run(&cli.database, args).await,
        Command::Token { action } => token::run(&open(&cli.database).await?, action).await,
        Command::Export(args) => items::export(&open(&cli.database).await?, args).await,
        Command::SetStatus {
            id,
            status,
            moderator,
        } => items::set_status(&open(&cli.database).await?, id, &status, &moderator).await,
        Command::Erase {
            email,
            id,
            moderator,
        } => items::erase(&open(&cli.database).await?, email, id, &moderator).await,
        Command::Purge { older_than_days } => {
            items::purge(&open(&cli.database).await?, older_than_days).await
        }
    }
}

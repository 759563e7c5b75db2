//! The moderators' and operators' commands on feedback items: export, set-status, erase, purge.
//! Changes are recorded in the audit trail like the API's, under the name given with
//! `--moderator` (default [`COMMAND_LINE`]).

use crate::api::admin::query::{both, AdminQuery};
use crate::export::{to_csv, Export};
use crate::store::{ChangeError, Store};
use crate::{clock, retention};
use clap::Args;
use model::feedback::{ExportFormat, FieldError, ModerationStatus};
use model::moderation::AuditAction;
use model::Code;

/// Who the audit trail names for a command when `--moderator` is not given.
pub const COMMAND_LINE: &str = "command line";

/// `export`'s options: the API's filters.
#[derive(Args)]
pub struct ExportArgs {
    /// csv or json.
    #[arg(long, default_value = "csv")]
    format: String,
    #[arg(long)]
    topic: Option<String>,
    #[arg(long)]
    status: Option<String>,
    /// az or en.
    #[arg(long)]
    language: Option<String>,
    /// First day, YYYY-MM-DD.
    #[arg(long)]
    from: Option<String>,
    /// Last day, YYYY-MM-DD.
    #[arg(long)]
    to: Option<String>,
    /// Words to find in the message, name or email.
    #[arg(long)]
    q: Option<String>,
    /// The name the audit trail records.
    #[arg(long, default_value = COMMAND_LINE)]
    moderator: String,
}

fn problems(errors: Vec<FieldError>) -> String {
    errors
        .iter()
        .map(|e| format!("--{}: {}", e.field, e.code))
        .collect::<Vec<_>>()
        .join("; ")
}

/// `export`: the filtered items as CSV (with its byte order mark) or JSON.
pub async fn export(store: &Store, args: ExportArgs) -> Result<String, String> {
    let query = AdminQuery {
        format: Some(args.format),
        topic: args.topic,
        status: args.status,
        language: args.language,
        from: args.from,
        to: args.to,
        q: args.q,
        ..AdminQuery::default()
    };
    let (format, filter) = both(query.format(), query.filter())
        .map_err(|e| format!("{} (formats: {})", problems(e), ExportFormat::code_list()))?;
    let items = store.export(&filter).await.map_err(|e| e.to_string())?;
    store
        .record_action(
            &args.moderator,
            AuditAction::Export,
            &format!("{format}, {} items", items.len()),
        )
        .await
        .map_err(|e| e.to_string())?;
    match format {
        ExportFormat::Csv => Ok(to_csv(&items).trim_end().to_string()),
        ExportFormat::Json => {
            serde_json::to_string_pretty(&Export { items }).map_err(|e| e.to_string())
        }
    }
}

/// `set-status ID STATUS`: on the version the item is at now (the command line shows no
/// version to check), recorded in the audit trail.
pub async fn set_status(
    store: &Store,
    id: i64,
    status: &str,
    moderator: &str,
) -> Result<String, String> {
    let status = status
        .parse::<ModerationStatus>()
        .map_err(|e| e.to_string())?;
    match store.set_status_now(moderator, id, status).await {
        Ok(item) => Ok(format!("{id}: {status} (version {})", item.version)),
        Err(ChangeError::NoSuchItem) => Err(format!("no feedback item {id}")),
        Err(error) => Err(error.to_string()),
    }
}

/// `erase --email ADDRESS` or `erase --id ID`: a deletion request, published copies included.
pub async fn erase(
    store: &Store,
    email: Option<String>,
    id: Option<i64>,
    moderator: &str,
) -> Result<String, String> {
    match (email, id) {
        (Some(email), None) => {
            let erasure = store
                .erase_email(moderator, &email)
                .await
                .map_err(|e| e.to_string())?;
            Ok(format!("deleted {} submissions", erasure.deleted))
        }
        (None, Some(id)) => {
            let erasure = store
                .erase_item(moderator, id)
                .await
                .map_err(|e| e.to_string())?;
            match erasure.deleted {
                0 => Err(format!("no feedback item {id}")),
                _ => Ok(format!("deleted item {id}")),
            }
        }
        _ => Err("give exactly one of --email or --id".into()),
    }
}

/// `purge --older-than-days N`: the retention period, applied now.
pub async fn purge(store: &Store, older_than_days: u64) -> Result<String, String> {
    let cutoff = retention::cutoff(clock::now(), older_than_days);
    let deleted = store
        .purge_older_than(cutoff)
        .await
        .map_err(|e| e.to_string())?;
    Ok(format!("deleted {deleted} submissions"))
}

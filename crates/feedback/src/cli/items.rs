//! The moderators' and operators' commands on feedback items: export, set-status, erase, purge.

use crate::api::admin::{export_filter, export_format, ExportQuery};
use crate::export::{to_csv, Export};
use crate::store::Store;
use crate::{clock, retention};
use clap::Args;
use model::feedback::{ExportFormat, ModerationStatus};
use model::Code;

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
    /// First day, YYYY-MM-DD.
    #[arg(long)]
    from: Option<String>,
    /// Last day, YYYY-MM-DD.
    #[arg(long)]
    to: Option<String>,
}

/// `export`: the filtered items as CSV (with its byte order mark) or JSON.
pub async fn export(store: &Store, args: ExportArgs) -> Result<String, String> {
    let query = ExportQuery {
        format: Some(args.format),
        topic: args.topic,
        status: args.status,
        from: args.from,
        to: args.to,
    };
    let problem = |e: model::feedback::FieldError| format!("--{}: {}", e.field, e.code);
    let format = export_format(&query)
        .map_err(|e| format!("{}; use one of: {}", problem(e), ExportFormat::code_list()))?;
    let filter = export_filter(&query).map_err(problem)?;
    let items = store.export(&filter).await.map_err(|e| e.to_string())?;
    match format {
        ExportFormat::Csv => Ok(to_csv(&items).trim_end().to_string()),
        ExportFormat::Json => {
            serde_json::to_string_pretty(&Export { items }).map_err(|e| e.to_string())
        }
    }
}

/// `set-status ID STATUS`.
pub async fn set_status(store: &Store, id: i64, status: &str) -> Result<String, String> {
    let status = status
        .parse::<ModerationStatus>()
        .map_err(|e| e.to_string())?;
    match store
        .set_status(id, status)
        .await
        .map_err(|e| e.to_string())?
    {
        true => Ok(format!("{id}: {status}")),
        false => Err(format!("no feedback item {id}")),
    }
}

/// `erase --email ADDRESS` or `erase --id ID`: a deletion request.
pub async fn erase(
    store: &Store,
    email: Option<String>,
    id: Option<i64>,
) -> Result<String, String> {
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

/// `purge --older-than-days N`: the retention period, applied now.
pub async fn purge(store: &Store, older_than_days: u64) -> Result<String, String> {
    let cutoff = retention::cutoff(clock::now(), older_than_days);
    let deleted = store
        .purge_older_than(cutoff)
        .await
        .map_err(|e| e.to_string())?;
    Ok(format!("deleted {deleted} submissions"))
}

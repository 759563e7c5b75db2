//! The commands that change the data directory (`publish`, `new-snapshot`) or read it (`diff`).

use crate::compile::snapshot::{actuals, results, statuses};
use crate::compile::SnapshotState;
use crate::lock::LockEntry;
use crate::output::{sha256_hex, write_atomic};
use crate::problem::ToolError;
use crate::project::{archive_dir, archive_name, lock_path, to_json, Project};
use crate::source::csv::CsvRecord;
use model::diff::{diff as diff_snapshots, SnapshotDiff};
use model::{Lang, SnapshotId};
use std::fmt::Write as _;
use std::path::Path;

/// Publishes a draft: marks it `published` and records its hash in the lock file.
pub fn publish(data: &Path, id: &str) -> Result<String, ToolError> {
    let project = Project::load(data)?;
    let compiled = project
        .snapshots
        .iter()
        .find(|c| c.snapshot.id.to_string() == id)
        .ok_or_else(|| {
            ToolError::Usage(format!(
                "no snapshot {id} under {}",
                data.join("snapshots").display()
            ))
        })?;
    if compiled.state == SnapshotState::Published {
        return Err(ToolError::Usage(format!(
            "snapshot {id} is already published"
        )));
    }
    if compiled.snapshot.synthetic {
        return Err(ToolError::Usage(format!(
            "snapshot {id} is synthetic (test data) and can never be published"
        )));
    }
    let meta_path = data.join("snapshots").join(id).join("snapshot.toml");
    let meta = std::fs::read_to_string(&meta_path).map_err(|e| ToolError::io(&meta_path, e))?;
    let replaced = meta.replacen("state = \"draft\"", "state = \"published\"", 1);
    if replaced == meta {
        return Err(ToolError::Usage(format!(
            "{}: write the line `state = \"draft\"` so publish can change it",
            meta_path.display()
        )));
    }
    let sha256 = sha256_hex(&to_json(&compiled.snapshot));
    let mut lock = project.lock.clone();
    lock.snapshot.push(LockEntry {
        id: id.to_string(),
        sha256: sha256.clone(),
    });
    // Archive the exact bytes first, then the lock: a crash in between leaves a state
    // `validate` reports clearly, never a lock without its files.
    let archive = archive_dir(data);
    std::fs::create_dir_all(&archive).map_err(|e| ToolError::io(&archive, e))?;
    write_atomic(
        &archive.join(archive_name(&format!("snapshot-{id}"), &sha256)),
        &to_json(&compiled.snapshot),
    )?;
    write_atomic(
        &archive.join(archive_name("strategy", &project.strategy_sha256)),
        &project.strategy_json,
    )?;
    lock.write(&lock_path(data))?;
    write_atomic(&meta_path, replaced.as_bytes())?;
    Project::load(data)?;
    Ok(format!("published {id} (sha256 {sha256})"))
}

fn copy_csv_carrying_over(
    from: &Path,
    to: &Path,
    previous: SnapshotId,
    header: &[&str],
) -> Result<usize, ToolError> {
    let mut writer = csv::WriterBuilder::new()
        .terminator(csv::Terminator::Any(b'\n'))
        .from_writer(Vec::new());
    writer
        .write_record(header)
        .map_err(|e| ToolError::Usage(e.to_string()))?;
    let mut rows = 0;
    if from.exists() {
        let mut reader = csv::Reader::from_path(from)
            .map_err(|e| ToolError::Usage(format!("{}: {e}", from.display())))?;
        let first_col = header.iter().position(|h| *h == "first_reported_in");
        for record in reader.records() {
            let record =
                record.map_err(|e| ToolError::Usage(format!("{}: {e}", from.display())))?;
            let mut values: Vec<String> = record.iter().map(str::to_string).collect();
            if let Some(i) = first_col {
                if values.get(i).is_some_and(|v| v.trim().is_empty()) {
                    values[i] = previous.to_string();
                }
            }
            writer
                .write_record(&values)
                .map_err(|e| ToolError::Usage(e.to_string()))?;
            rows += 1;
        }
    }
    let bytes = writer
        .into_inner()
        .map_err(|e| ToolError::Usage(e.to_string()))?;
    std::fs::write(to, bytes).map_err(|e| ToolError::io(to, e))?;
    Ok(rows)
}

/// Starts a new snapshot from the newest one: entries are carried over and keep the snapshot
/// they were first reported in.
pub fn new_snapshot(data: &Path, id: &str, as_of: Option<&str>) -> Result<String, ToolError> {
    let new_id: SnapshotId = id
        .parse()
        .map_err(|e: model::snapshot_id::SnapshotIdError| ToolError::Usage(e.to_string()))?;
    let project = Project::load(data)?;
    let newest = project
        .snapshots
        .iter()
        .map(|c| c.snapshot.id)
        .max()
        .ok_or_else(|| ToolError::Usage("there is no snapshot to start from".into()))?;
    let is_correction = new_id.revision() > 1;
    if project.snapshots.iter().any(|c| c.snapshot.id == new_id) {
        return Err(ToolError::Usage(format!(
            "snapshot {new_id} already exists"
        )));
    }
    if !is_correction && new_id <= newest {
        return Err(ToolError::Usage(format!(
            "{new_id} must come after the newest snapshot {newest} (to correct an older quarter, start its next revision, e.g. {}-r2)",
            new_id
        )));
    }
    let supersedes = is_correction.then(|| {
        project
            .snapshots
            .iter()
            .map(|c| c.snapshot.id)
            .filter(|s| s.year() == new_id.year() && s.quarter() == new_id.quarter() && *s < new_id)
            .max()
    });
    let as_of = match as_of {
        None => new_id.quarter_end(),
        Some(text) => text
            .parse::<model::Date>()
            .map_err(|e| ToolError::Usage(format!("--as-of: {e}")))?,
    };
    let target = data.join("snapshots").join(id);
    if target.exists() {
        return Err(ToolError::Usage(format!(
            "{} already exists",
            target.display()
        )));
    }
    let base = match supersedes {
        Some(Some(old)) => old,
        Some(None) => {
            return Err(ToolError::Usage(format!(
                "{new_id} corrects quarter {}-Q{}, which has no snapshot yet",
                new_id.year(),
                new_id.quarter()
            )))
        }
        None => newest,
    };
    let staging = data.join("snapshots").join(format!(".{id}.new"));
    let _ = std::fs::remove_dir_all(&staging);
    std::fs::create_dir_all(&staging).map_err(|e| ToolError::io(&staging, e))?;
    let source = data.join("snapshots").join(base.to_string());
    let mut meta = format!("id = \"{id}\"\nas_of = \"{as_of}\"\nstate = \"draft\"\n");
    if let Some(Some(old)) = supersedes {
        let _ = writeln!(meta, "supersedes = \"{old}\"");
    }
    std::fs::write(staging.join("snapshot.toml"), meta).map_err(|e| ToolError::io(&staging, e))?;
    let mut carried = 0;
    for (name, header) in [
        (statuses::FILE, statuses::StatusRow::COLUMNS),
        (results::FILE, results::ResultRow::COLUMNS),
        (actuals::FILE, actuals::ActualRow::COLUMNS),
    ] {
        carried += copy_csv_carrying_over(&source.join(name), &staging.join(name), base, header)?;
    }
    std::fs::rename(&staging, &target).map_err(|e| ToolError::io(&target, e))?;
    Ok(format!(
        "started {} from {base} ({carried} rows carried over); edit it, run `data-tool validate`, then `data-tool publish {id}`",
        target.display()
    ))
}

/// Prints what changed between two snapshots, as text or JSON.
pub fn diff(project: &Project, from: &str, to: &str, json: bool) -> Result<String, ToolError> {
    let find = |id: &str| {
        project
            .snapshot(id)
            .ok_or_else(|| ToolError::Usage(format!("no snapshot {id}")))
    };
    let changes = diff_snapshots(find(from)?, find(to)?);
    if json {
        return serde_json::to_string_pretty(&changes).map_err(|e| ToolError::Usage(e.to_string()));
    }
    Ok(diff_text(&changes))
}

/// The diff as plain English text for the terminal.
pub fn diff_text(changes: &SnapshotDiff) -> String {
    let mut out = format!("changes from {} to {}\n", changes.from, changes.to);
    if changes.is_empty() {
        out.push_str("  nothing changed\n");
    }
    for c in &changes.status_changes {
        let _ = writeln!(
            out,
            "  status   {}: {} -> {}",
            c.measure,
            c.from.code(),
            c.to.code()
        );
    }
    for r in &changes.results_achieved {
        let _ = writeln!(
            out,
            "  result   {} {}: achieved on {}",
            r.measure,
            r.stage.code(),
            r.achieved_on
        );
    }
    for a in &changes.new_actuals {
        let value = model::format::format_number(a.value, 3, Lang::En);
        match a.previous {
            Some(p) => {
                let _ = writeln!(
                    out,
                    "  value    {} {}: {} -> {value}",
                    a.indicator,
                    a.year,
                    model::format::format_number(p, 3, Lang::En)
                );
            }
            None => {
                let _ = writeln!(out, "  value    {} {}: {value} (new)", a.indicator, a.year);
            }
        }
    }
    out
}

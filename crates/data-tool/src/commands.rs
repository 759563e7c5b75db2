//! The commands that change the data directory (`publish`, `new-snapshot`) or read it (`diff`,
//! `export-xlsx`).

use crate::compile::snapshot::{actuals, results, statuses};
use crate::compile::SnapshotState;
use crate::lock::LockEntry;
use crate::outcome::Outcome;
use crate::output::{sha256_hex, write_atomic};
use crate::problem::{ToolError, UsageError};
use crate::project::{archive_dir, archive_name, lock_path, to_json, Project};
use crate::source::csv::CsvRecord;
use model::diff::diff as diff_snapshots;
use model::SnapshotId;
use std::fmt::Write as _;
use std::path::Path;

fn internal(error: impl std::fmt::Display) -> ToolError {
    UsageError::Internal(error.to_string()).into()
}

/// Publishes a draft: marks it `published` and records its hash in the lock file.
pub fn publish(data: &Path, id: &str) -> Result<Outcome, ToolError> {
    let project = Project::load(data)?;
    let compiled = project
        .snapshots
        .iter()
        .find(|c| c.snapshot.id.to_string() == id)
        .ok_or_else(|| UsageError::NoSnapshotIn {
            id: id.to_string(),
            dir: data.join("snapshots"),
        })?;
    let id_text = || id.to_string();
    if compiled.state == SnapshotState::Published {
        return Err(UsageError::AlreadyPublished { id: id_text() }.into());
    }
    if compiled.snapshot.synthetic {
        return Err(UsageError::Synthetic { id: id_text() }.into());
    }
    let meta_path = data.join("snapshots").join(id).join("snapshot.toml");
    let meta = std::fs::read_to_string(&meta_path).map_err(|e| ToolError::io(&meta_path, e))?;
    let replaced = meta.replacen("state = \"draft\"", "state = \"published\"", 1);
    if replaced == meta {
        return Err(UsageError::NoDraftLine { path: meta_path }.into());
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
    Ok(Outcome::Published {
        id: id.to_string(),
        sha256,
    })
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
    writer.write_record(header).map_err(internal)?;
    let mut rows = 0;
    if from.exists() {
        let mut reader = csv::Reader::from_path(from)
            .map_err(|e| internal(format!("{}: {e}", from.display())))?;
        let first_col = header.iter().position(|h| *h == "first_reported_in");
        for record in reader.records() {
            let record = record.map_err(|e| internal(format!("{}: {e}", from.display())))?;
            let mut values: Vec<String> = record.iter().map(str::to_string).collect();
            if let Some(i) = first_col {
                if values.get(i).is_some_and(|v| v.trim().is_empty()) {
                    values[i] = previous.to_string();
                }
            }
            writer.write_record(&values).map_err(internal)?;
            rows += 1;
        }
    }
    let bytes = writer.into_inner().map_err(internal)?;
    std::fs::write(to, bytes).map_err(|e| ToolError::io(to, e))?;
    Ok(rows)
}

/// Starts a new snapshot from the newest one: entries are carried over and keep the snapshot
/// they were first reported in.
pub fn new_snapshot(data: &Path, id: &str, as_of: Option<&str>) -> Result<Outcome, ToolError> {
    let new_id: SnapshotId = id.parse().map_err(UsageError::BadSnapshotId)?;
    let project = Project::load(data)?;
    let newest = project
        .snapshots
        .iter()
        .map(|c| c.snapshot.id)
        .max()
        .ok_or(UsageError::NothingToStartFrom)?;
    let is_correction = new_id.revision() > 1;
    if project.snapshots.iter().any(|c| c.snapshot.id == new_id) {
        return Err(UsageError::AlreadyExists { id: new_id }.into());
    }
    if !is_correction && new_id <= newest {
        return Err(UsageError::NotAfterNewest {
            new: new_id,
            newest,
        }
        .into());
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
        Some(text) => text.parse::<model::Date>().map_err(UsageError::BadAsOf)?,
    };
    let target = data.join("snapshots").join(id);
    if target.exists() {
        return Err(UsageError::PathExists { path: target }.into());
    }
    let base = match supersedes {
        Some(Some(old)) => old,
        Some(None) => return Err(UsageError::CorrectsNothing { new: new_id }.into()),
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
    Ok(Outcome::Started {
        dir: target,
        from: base.to_string(),
        carried,
        id: id.to_string(),
    })
}

/// What changed between two snapshots, as text or JSON.
pub fn diff(project: &Project, from: &str, to: &str, json: bool) -> Result<Outcome, ToolError> {
    let find = |id: &str| {
        project
            .snapshot(id)
            .ok_or_else(|| UsageError::NoSnapshot { id: id.to_string() })
    };
    let changes = diff_snapshots(find(from)?, find(to)?);
    if json {
        return serde_json::to_string_pretty(&changes)
            .map(Outcome::Json)
            .map_err(internal);
    }
    Ok(Outcome::Diff(changes))
}

/// Writes the workbook of a snapshot (`export-xlsx`).
pub fn export_xlsx(project: &Project, id: &str, out: &Path) -> Result<Outcome, ToolError> {
    let snapshot = project
        .snapshot(id)
        .ok_or_else(|| UsageError::NoSnapshotIn {
            id: id.to_string(),
            dir: project.dir.join("snapshots"),
        })?;
    let bytes = crate::workbook::export_workbook(&project.strategy, snapshot)?;
    crate::output::write_atomic(out, &bytes)?;
    Ok(Outcome::Exported {
        file: out.to_path_buf(),
        id: id.to_string(),
    })
}

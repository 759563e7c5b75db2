//! `import-xlsx`: a filled workbook back into a draft snapshot's CSV files, which stay the one
//! canonical, reviewable source. Every cell is checked first (at `FILE: sheet!cell`), then the
//! whole data directory as it would be with the new files; only then are the files written,
//! each atomically. Nothing is written when anything is wrong.

use super::carry::Earlier;
use super::csv_out::{csv_bytes, merge};
use super::read::read_workbook;
use super::rows::workbook_rows;
use crate::compile::number::{read_number, write_number};
use crate::compile::snapshot::{
    actuals, compile_snapshot, meta, results, statuses, PendingCsv, RowContext, SnapshotSrc,
};
use crate::compile::{compile_strategy, SnapshotState};
use crate::outcome::Outcome;
use crate::output::write_atomic;
use crate::problem::{Problems, ToolError, UsageError};
use crate::project::{snapshot_dirs, Project};
use model::{Snapshot, SnapshotId, Strategy};
use std::path::Path;

/// The snapshot just before `id` (the highest id below it), compiled as far as it compiles.
fn previous_snapshot(
    data: &Path,
    strategy: &Strategy,
    id: SnapshotId,
) -> Result<Option<Snapshot>, ToolError> {
    let mut best: Option<(SnapshotId, std::path::PathBuf)> = None;
    for dir in snapshot_dirs(data)? {
        let Some(other) = dir
            .file_name()
            .and_then(|n| n.to_str())
            .and_then(|n| n.parse::<SnapshotId>().ok())
        else {
            continue;
        };
        if other < id && best.as_ref().is_none_or(|(b, _)| other > *b) {
            best = Some((other, dir));
        }
    }
    let Some((_, dir)) = best else {
        return Ok(None);
    };
    let mut ignored = Problems::default();
    let src = SnapshotSrc::read(&dir, &mut ignored)?;
    Ok(compile_snapshot(&src, strategy, "", &mut ignored).map(|c| c.snapshot))
}

/// Imports `file` into the draft snapshot `id` of the data directory `data`.
pub fn import_workbook(
    data: &Path,
    strategy_dir: &Path,
    id: &str,
    file: &Path,
) -> Result<Outcome, ToolError> {
    let mut problems = Problems::default();
    let Some(strategy) = compile_strategy(strategy_dir, &mut problems)? else {
        return Err(ToolError::Invalid(problems.into_sorted()));
    };
    let dir = data.join("snapshots").join(id);
    if !dir.join(meta::FILE).is_file() {
        return Err(UsageError::NoSnapshot { id: id.to_string() }.into());
    }
    let mut ignored = Problems::default();
    let now = SnapshotSrc::read(&dir, &mut ignored)?;
    let Some(meta) = meta::compile(&now, &mut problems) else {
        return Err(ToolError::Invalid(problems.into_sorted()));
    };
    if meta.state == SnapshotState::Published {
        return Err(UsageError::ImportIntoPublished { id: meta.id }.into());
    }
    let cells = read_workbook(file).map_err(|error| UsageError::WorkbookUnreadable {
        path: file.to_path_buf(),
        error,
    })?;
    let rows = workbook_rows(file, &cells, &strategy, &mut problems);
    let context = RowContext {
        strategy: &strategy,
        id: meta.id,
        as_of: meta.as_of,
    };
    let progress: Vec<_> = statuses::compile(&rows.statuses, &context, &mut problems)
        .into_iter()
        .map(|(_, p)| p)
        .collect();
    results::compile(&rows.results, &context, &progress, &mut problems);
    actuals::compile(&rows.actuals, &context, &mut problems);
    if !problems.is_empty() {
        return Err(ToolError::Invalid(problems.into_sorted()));
    }

    let previous = previous_snapshot(data, &strategy, meta.id)?;
    let earlier = Earlier {
        statuses: &now.statuses,
        results: &now.results,
        actuals: &now.actuals,
        previous: previous.as_ref(),
    };
    let mut new_statuses: Vec<_> = rows.statuses.into_iter().map(|r| r.cells).collect();
    new_statuses.iter_mut().for_each(|r| earlier.status(r));
    let mut new_results: Vec<_> = rows.results.into_iter().map(|r| r.cells).collect();
    new_results.iter_mut().for_each(|r| earlier.result(r));
    let mut new_actuals: Vec<_> = rows.actuals.into_iter().map(|r| r.cells).collect();
    for row in &mut new_actuals {
        // Checked above: the value reads as a number.
        if let Ok(value) = read_number(&row.value) {
            row.value = write_number(value, '.');
        }
        earlier.actual(row);
    }

    let csv_error = |e: csv::Error| UsageError::Internal(e.to_string());
    let files = vec![
        (
            statuses::FILE,
            csv_bytes(&merge(&now.statuses, &new_statuses)).map_err(csv_error)?,
        ),
        (
            results::FILE,
            csv_bytes(&merge(&now.results, &new_results)).map_err(csv_error)?,
        ),
        (
            actuals::FILE,
            csv_bytes(&merge(&now.actuals, &new_actuals)).map_err(csv_error)?,
        ),
    ];
    let pending = PendingCsv {
        dir: dir.clone(),
        files,
    };
    let project = Project::load_pending(data, strategy_dir, Some(&pending))?;
    let mut changed = Vec::new();
    for (name, bytes) in &pending.files {
        let path = dir.join(name);
        if std::fs::read(&path).ok().as_deref() != Some(bytes.as_slice()) {
            write_atomic(&path, bytes)?;
            changed.push(*name);
        }
    }
    Ok(Outcome::Imported {
        file: file.to_path_buf(),
        dir,
        statuses: new_statuses.len(),
        results: new_results.len(),
        values: new_actuals.len(),
        changed,
        warnings: project.warnings_for(meta.id),
    })
}

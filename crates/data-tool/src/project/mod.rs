//! Loads a whole data directory (strategy, snapshots, lock) and checks it as one: the
//! `validate` command is exactly this, and every other command starts with it.

mod history;
mod lock_check;

use crate::compile::snapshot::PendingCsv;
use crate::compile::{compile_snapshot, compile_strategy, CompiledSnapshot, SnapshotSrc};
use crate::consistency::{self, Warning};
use crate::lock::Lock;
use crate::problem::{FileLine, ProblemKind, Problems, ToolError};
use lock_check::{check_against_lock, ArchivedStrategies};
use model::{Snapshot, SnapshotId, Strategy};
use std::path::{Path, PathBuf};

/// A data directory, checked.
#[derive(Debug)]
pub struct Project {
    /// The data directory (`data/`).
    pub dir: PathBuf,
    /// The strategy.
    pub strategy: Strategy,
    /// Its published JSON bytes.
    pub strategy_json: Vec<u8>,
    /// Their SHA-256.
    pub strategy_sha256: String,
    /// Every snapshot, oldest first.
    pub snapshots: Vec<CompiledSnapshot>,
    /// The lock file.
    pub lock: Lock,
    /// Published strategy versions older than the current one, by SHA-256 (from the archive).
    pub archived_strategies: ArchivedStrategies,
    /// What looks inconsistent, by snapshot (not errors).
    pub warnings: Vec<(SnapshotId, Warning)>,
}

/// The JSON bytes of a published file: compact, fields in schema order, so builds are repeatable.
pub fn to_json<T: serde::Serialize>(value: &T) -> Vec<u8> {
    let mut bytes = serde_json::to_vec(value).expect("published types always serialize");
    bytes.push(b'\n');
    bytes
}

/// The archive of published files (`data/published/`): the exact bytes of every published
/// snapshot and of every strategy version one reports against, so an amended strategy never
/// rewrites what an old snapshot shows.
pub fn archive_dir(dir: &Path) -> PathBuf {
    dir.join("published")
}

/// The archive file name of a published file: `<stem>.<first 16 hex of its hash>.json`.
pub fn archive_name(stem: &str, sha256: &str) -> String {
    format!("{stem}.{}.json", &sha256[..16.min(sha256.len())])
}

/// Path of the lock file in a data directory.
pub fn lock_path(dir: &Path) -> PathBuf {
    dir.join("published.lock")
}

pub fn snapshot_dirs(dir: &Path) -> Result<Vec<PathBuf>, ToolError> {
    let snapshots = dir.join("snapshots");
    if !snapshots.exists() {
        return Ok(Vec::new());
    }
    let mut dirs: Vec<PathBuf> = std::fs::read_dir(&snapshots)
        .map_err(|e| ToolError::io(&snapshots, e))?
        .filter_map(Result::ok)
        .map(|e| e.path())
        // Hidden folders (e.g. a `.2026-Q4.new` left by an interrupted command) are not snapshots.
        .filter(|p| {
            p.is_dir()
                && !p
                    .file_name()
                    .and_then(|n| n.to_str())
                    .is_some_and(|n| n.starts_with('.'))
        })
        .collect();
    dirs.sort();
    Ok(dirs)
}

impl Project {
    /// Loads and checks everything in `dir`; any problem fails with all problems listed.
    pub fn load(dir: &Path) -> Result<Project, ToolError> {
        Project::load_with_strategy(dir, &dir.join("strategy"))
    }

    /// Like [`Project::load`], with the strategy taken from another folder (test fixtures hold
    /// only snapshots and report against the real strategy).
    pub fn load_with_strategy(dir: &Path, strategy_dir: &Path) -> Result<Project, ToolError> {
        Project::load_pending(dir, strategy_dir, None)
    }

    /// Like [`Project::load_with_strategy`], with one snapshot's CSV files as they would be
    /// written (`pending`) in place of those on disk.
    pub fn load_pending(
        dir: &Path,
        strategy_dir: &Path,
        pending: Option<&PendingCsv>,
    ) -> Result<Project, ToolError> {
        let mut problems = Problems::default();
        let strategy = compile_strategy(strategy_dir, &mut problems)?;
        let lock = Lock::read(&lock_path(dir), &mut problems)?;
        let Some(strategy) = strategy else {
            return Err(ToolError::Invalid(problems.into_sorted()));
        };
        let strategy_json = to_json(&strategy);
        let strategy_sha256 = crate::output::sha256_hex(&strategy_json);

        let mut snapshots: Vec<CompiledSnapshot> = Vec::new();
        let mut archived_strategies = ArchivedStrategies::new();
        for snapshot_dir in snapshot_dirs(dir)? {
            let src = SnapshotSrc::read_with(&snapshot_dir, pending, &mut problems)?;
            let Some(mut compiled) =
                compile_snapshot(&src, &strategy, &strategy_sha256, &mut problems)
            else {
                continue;
            };
            check_against_lock(
                dir,
                &mut compiled,
                &src.meta_file,
                &lock,
                &mut archived_strategies,
                &mut problems,
            )?;
            snapshots.push(compiled);
        }
        archived_strategies.remove(&strategy_sha256);
        snapshots.sort_by_key(|s| s.snapshot.id);
        history::check_order(&snapshots, &mut problems);
        history::check_carried_over(&snapshots, &mut problems);
        for entry in &lock.snapshot {
            if !snapshots
                .iter()
                .any(|s| s.snapshot.id.to_string() == entry.id)
            {
                let id = entry.id.clone();
                problems.report(
                    &FileLine::new(lock_path(dir), 1),
                    "snapshot",
                    ProblemKind::PublishedSnapshotRemoved { id },
                );
            }
        }
        if !problems.is_empty() {
            return Err(ToolError::Invalid(problems.into_sorted()));
        }
        let warnings = consistency::check(&strategy, &snapshots);
        Ok(Project {
            warnings,
            dir: dir.to_path_buf(),
            strategy,
            strategy_json,
            strategy_sha256,
            snapshots,
            lock,
            archived_strategies,
        })
    }

    /// Every warning, oldest snapshot first.
    pub fn all_warnings(&self) -> Vec<Warning> {
        self.warnings.iter().map(|(_, w)| w.clone()).collect()
    }

    /// The warnings of one snapshot.
    pub fn warnings_for(&self, id: SnapshotId) -> Vec<Warning> {
        let of_id = self.warnings.iter().filter(|(s, _)| *s == id);
        of_id.map(|(_, w)| w.clone()).collect()
    }

    /// A snapshot by id.
    pub fn snapshot(&self, id: &str) -> Option<&Snapshot> {
        self.snapshots
            .iter()
            .map(|c| &c.snapshot)
            .find(|s| s.id.to_string() == id)
    }
}

//! Loads a whole data directory (strategy, snapshots, lock) and checks it as one: the
//! `validate` command is exactly this, and every other command starts with it.

use crate::compile_snapshot::{compile_snapshot, CompiledSnapshot, SnapshotState};
use crate::compile_strategy::compile_strategy;
use crate::lock::Lock;
use crate::problem::{Problems, ToolError};
use crate::source::progress::SnapshotSrc;
use model::{Snapshot, Strategy};
use std::collections::BTreeMap;
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
    pub archived_strategies: BTreeMap<String, Vec<u8>>,
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

fn snapshot_dirs(dir: &Path) -> Result<Vec<PathBuf>, ToolError> {
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
        let mut problems = Problems::default();
        let strategy = compile_strategy(strategy_dir, &mut problems)?;
        let lock = Lock::read(&lock_path(dir), &mut problems)?;
        let Some(strategy) = strategy else {
            return Err(ToolError::Invalid(problems.into_sorted()));
        };
        let strategy_json = to_json(&strategy);
        let strategy_sha256 = crate::output::sha256_hex(&strategy_json);

        let mut snapshots: Vec<CompiledSnapshot> = Vec::new();
        let mut archived_strategies = BTreeMap::new();
        for snapshot_dir in snapshot_dirs(dir)? {
            let src = SnapshotSrc::read(&snapshot_dir, &mut problems)?;
            if let Some(mut compiled) =
                compile_snapshot(&src, &strategy, &strategy_sha256, &mut problems)
            {
                check_against_lock(
                    dir,
                    &mut compiled,
                    &src,
                    &lock,
                    &mut archived_strategies,
                    &mut problems,
                )?;
                snapshots.push(compiled);
            }
        }
        archived_strategies.remove(&strategy_sha256);
        snapshots.sort_by_key(|s| s.snapshot.id);
        check_order(&snapshots, dir, &mut problems);
        check_carried_over(&snapshots, &mut problems);
        for entry in &lock.snapshot {
            if !snapshots
                .iter()
                .any(|s| s.snapshot.id.to_string() == entry.id)
            {
                problems.push(
                    &lock_path(dir),
                    1,
                    "snapshot",
                    format!("published snapshot {} has no source folder: a published snapshot is never removed", entry.id),
                );
            }
        }
        if !problems.is_empty() {
            return Err(ToolError::Invalid(problems.into_sorted()));
        }
        Ok(Project {
            dir: dir.to_path_buf(),
            strategy,
            strategy_json,
            strategy_sha256,
            snapshots,
            lock,
            archived_strategies,
        })
    }

    /// A snapshot by id.
    pub fn snapshot(&self, id: &str) -> Option<&Snapshot> {
        self.snapshots
            .iter()
            .map(|c| &c.snapshot)
            .find(|s| s.id.to_string() == id)
    }
}

fn read_archived(path: &Path) -> Result<Option<Vec<u8>>, ToolError> {
    match std::fs::read(path) {
        Ok(bytes) => Ok(Some(bytes)),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(ToolError::io(path, e)),
    }
}

/// Checks a snapshot against the lock. A published snapshot whose bytes differ only because
/// the strategy was amended since is served from the archive, against its own strategy version.
fn check_against_lock(
    dir: &Path,
    compiled: &mut CompiledSnapshot,
    src: &SnapshotSrc,
    lock: &Lock,
    archived_strategies: &mut BTreeMap<String, Vec<u8>>,
    problems: &mut Problems,
) -> Result<(), ToolError> {
    let id = compiled.snapshot.id.to_string();
    let sha = crate::output::sha256_hex(&to_json(&compiled.snapshot));
    let state_line = src
        .meta_file
        .field_line(&(0..src.meta_file.text.len()), "state");
    let mut complain =
        |message: String| problems.push(&src.meta_file.path, state_line, "state", message);
    match (compiled.state, lock.hash_of(&id)) {
        (SnapshotState::Published, Some(recorded)) if recorded == sha => {}
        (SnapshotState::Published, Some(recorded)) => {
            let archive = archive_dir(dir);
            let archived_path = archive.join(archive_name(&format!("snapshot-{id}"), recorded));
            let archived = read_archived(&archived_path)?;
            let verdict = match archived {
                Some(bytes) if crate::output::sha256_hex(&bytes) == recorded => {
                    match serde_json::from_slice::<model::Snapshot>(&bytes) {
                        Ok(old) => {
                            let mut same = compiled.snapshot.clone();
                            same.strategy_sha256 = old.strategy_sha256.clone();
                            let strategy_path = archive.join(archive_name("strategy", &old.strategy_sha256));
                            match read_archived(&strategy_path)? {
                                Some(strategy) if to_json(&same) == bytes => {
                                    archived_strategies.insert(old.strategy_sha256.clone(), strategy);
                                    compiled.snapshot = old;
                                    Ok(())
                                }
                                Some(_) => Err(format!(
                                    "published snapshot {id} would change (published.lock has {}…, the source now gives {}…): \
                                     undo the edit, and publish a correction as a new snapshot (data-tool new-snapshot {})",
                                    &recorded[..recorded.len().min(12)],
                                    &sha[..12],
                                    compiled.snapshot.id.next_revision()
                                )),
                                None => Err(format!("the strategy version {id} reports against is missing from the archive: restore {}", strategy_path.display())),
                            }
                        }
                        Err(e) => Err(format!("the archived file {} is unreadable: {e}", archived_path.display())),
                    }
                }
                Some(_) => Err(format!("the archived file {} does not match published.lock: restore it from version control", archived_path.display())),
                None => Err(format!(
                    "published snapshot {id} would change (published.lock has {}…, the source now gives {}…) and no archived copy exists: \
                     undo the edit, and publish a correction as a new snapshot (data-tool new-snapshot {})",
                    &recorded[..recorded.len().min(12)],
                    &sha[..12],
                    compiled.snapshot.id.next_revision()
                )),
            };
            if let Err(message) = verdict {
                complain(message);
            }
        }
        (SnapshotState::Published, None) => complain(format!(
            "snapshot {id} says published but is not in published.lock: set it to draft and run `data-tool publish {id}`"
        )),
        (SnapshotState::Draft, Some(_)) => complain(format!("snapshot {id} is in published.lock, so it must stay `published`")),
        _ => {}
    }
    Ok(())
}

/// A row that says it was first reported in an earlier snapshot must say the same as that
/// snapshot (same status; same indicator value); a changed status or value is new and must leave
/// `first_reported_in` empty. Checked against the snapshot the row names, so a later correction of
/// that quarter does not invalidate rows already published after it.
fn check_carried_over(snapshots: &[CompiledSnapshot], problems: &mut Problems) {
    let by_id = |id| snapshots.iter().map(|c| &c.snapshot).find(|s| s.id == id);
    for compiled in snapshots {
        let newer = &compiled.snapshot;
        let mut report = |key: String, message: String| {
            if let Some((file, line)) = compiled.rows.get(&key) {
                problems.push(file, *line, "first_reported_in", message);
            }
        };
        for progress in newer
            .measures
            .iter()
            .filter(|p| p.first_reported_in < newer.id)
        {
            let Some(older) = by_id(progress.first_reported_in) else {
                report(
                    format!("measure {}", progress.measure),
                    format!("snapshot {} does not exist", progress.first_reported_in),
                );
                continue;
            };
            let before = older.progress_of(&progress.measure);
            if before.map(|p| p.status) != Some(progress.status) {
                report(
                    format!("measure {}", progress.measure),
                    format!(
                        "the status of {} differs from {} ({}), so it is first reported now: leave first_reported_in empty",
                        progress.measure,
                        older.id,
                        before.map_or("no row", |p| p.status.code())
                    ),
                );
            }
        }
        for actual in newer
            .indicators
            .iter()
            .filter(|a| a.first_reported_in < newer.id)
        {
            let key = format!("indicator {} {}", actual.indicator, actual.year);
            let Some(older) = by_id(actual.first_reported_in) else {
                report(
                    key,
                    format!("snapshot {} does not exist", actual.first_reported_in),
                );
                continue;
            };
            if older
                .actual(&actual.indicator, actual.year)
                .map(|a| a.value)
                != Some(actual.value)
            {
                report(
                    key,
                    format!(
                        "the {} value of {} differs from {}, so it is first reported now: leave first_reported_in empty",
                        actual.year, actual.indicator, older.id
                    ),
                );
            }
        }
    }
}

fn check_order(snapshots: &[CompiledSnapshot], dir: &Path, problems: &mut Problems) {
    for pair in snapshots.windows(2) {
        let (older, newer) = (&pair[0].snapshot, &pair[1].snapshot);
        if newer.as_of < older.as_of {
            problems.push(
                &dir.join("snapshots").join(newer.id.to_string()).join("snapshot.toml"),
                1,
                "as_of",
                format!(
                    "{} is as of {}, earlier than the older snapshot {} ({}): snapshots must be in date order",
                    newer.id, newer.as_of, older.id, older.as_of
                ),
            );
        }
    }
    for compiled in snapshots {
        if let Some(old) = compiled.snapshot.supersedes {
            if !snapshots.iter().any(|s| s.snapshot.id == old) {
                problems.push(
                    &dir.join("snapshots")
                        .join(compiled.snapshot.id.to_string())
                        .join("snapshot.toml"),
                    1,
                    "supersedes",
                    format!("snapshot {old} does not exist"),
                );
            }
        }
    }
}

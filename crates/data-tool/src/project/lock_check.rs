//! A snapshot against `data/published.lock` and the archive of published files: a published
//! snapshot gives the bytes the lock records, or, when only the strategy was amended since, is
//! served from the archive against its own strategy version. Anything else is refused.

use crate::compile::{CompiledSnapshot, SnapshotState};
use crate::lock::Lock;
use crate::output::sha256_hex;
use crate::problem::{ProblemKind, Problems, ToolError};
use crate::project::{archive_dir, archive_name, to_json};
use crate::source::SourceFile;
use model::Snapshot;
use std::collections::BTreeMap;
use std::path::Path;

/// Archived strategy versions by SHA-256, as their bytes.
pub type ArchivedStrategies = BTreeMap<String, Vec<u8>>;

fn read_archived(path: &Path) -> Result<Option<Vec<u8>>, ToolError> {
    match std::fs::read(path) {
        Ok(bytes) => Ok(Some(bytes)),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(ToolError::io(path, e)),
    }
}

/// Checks a snapshot against the lock, reporting at its `state` line. An accepted snapshot
/// served from the archive is replaced by the archived one, and its strategy version kept.
pub fn check_against_lock(
    dir: &Path,
    compiled: &mut CompiledSnapshot,
    meta_file: &SourceFile,
    lock: &Lock,
    archived: &mut ArchivedStrategies,
    problems: &mut Problems,
) -> Result<(), ToolError> {
    let id = compiled.snapshot.id;
    let verdict = match (compiled.state, lock.hash_of(&id.to_string())) {
        (SnapshotState::Published, Some(recorded)) => {
            check_published(dir, compiled, recorded, archived)?
        }
        (SnapshotState::Published, None) => Err(ProblemKind::PublishedNotInLock { id }),
        (SnapshotState::Draft, Some(_)) => Err(ProblemKind::LockedButDraft { id }),
        (SnapshotState::Draft, None) => Ok(()),
    };
    if let Err(kind) = verdict {
        problems.report(&meta_file.whole(None), "state", kind);
    }
    Ok(())
}

/// A published snapshot: its archived copy is intact, and the source gives its recorded bytes,
/// or the same snapshot against an older (archived) strategy version.
fn check_published(
    dir: &Path,
    compiled: &mut CompiledSnapshot,
    recorded: &str,
    archived: &mut ArchivedStrategies,
) -> Result<Result<(), ProblemKind>, ToolError> {
    let id = compiled.snapshot.id;
    let archive = archive_dir(dir);
    let archived_path = archive.join(archive_name(&format!("snapshot-{id}"), recorded));
    let archived_bytes = read_archived(&archived_path)?;
    if archived_bytes
        .as_ref()
        .is_some_and(|bytes| sha256_hex(bytes) != recorded)
    {
        return Ok(Err(ProblemKind::ArchiveTampered {
            path: archived_path,
        }));
    }
    let now = sha256_hex(&to_json(&compiled.snapshot));
    if now == recorded {
        return Ok(Ok(()));
    }
    let would_change = |archived| ProblemKind::PublishedWouldChange {
        id,
        recorded: recorded.to_string(),
        now: now.clone(),
        archived,
    };
    let Some(bytes) = archived_bytes else {
        return Ok(Err(would_change(false)));
    };
    let old: Snapshot = match serde_json::from_slice(&bytes) {
        Ok(old) => old,
        Err(e) => {
            let (path, error) = (archived_path, e.to_string());
            return Ok(Err(ProblemKind::ArchiveUnreadable { path, error }));
        }
    };
    let strategy_path = archive.join(archive_name("strategy", &old.strategy_sha256));
    let Some(strategy) = read_archived(&strategy_path)? else {
        let path = strategy_path;
        return Ok(Err(ProblemKind::ArchivedStrategyMissing { id, path }));
    };
    if sha256_hex(&strategy) != old.strategy_sha256 {
        let path = strategy_path;
        return Ok(Err(ProblemKind::ArchiveTampered { path }));
    }
    let mut against_old_strategy = compiled.snapshot.clone();
    against_old_strategy.strategy_sha256 = old.strategy_sha256.clone();
    if to_json(&against_old_strategy) != bytes {
        return Ok(Err(would_change(true)));
    }
    archived.insert(old.strategy_sha256.clone(), strategy);
    compiled.snapshot = old;
    Ok(Ok(()))
}

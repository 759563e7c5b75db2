//! `data/published.lock`: the hash of every published snapshot. A published snapshot never
//! changes; `build` refuses to produce different bytes for an id recorded here.

use crate::problem::{FileLine, ProblemKind, Problems, ToolError, UsageError};
use crate::source::SourceFile;
use model::SnapshotId;
use serde::{Deserialize, Serialize};
use std::path::Path;

/// One published snapshot's record.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LockEntry {
    /// The snapshot id.
    pub id: String,
    /// Hex SHA-256 of the published JSON file.
    pub sha256: String,
}

/// The lock file's contents.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Lock {
    /// Published snapshots, oldest first.
    #[serde(default)]
    pub snapshot: Vec<LockEntry>,
}

impl Lock {
    /// Reads the lock file; a missing file is an empty lock.
    pub fn read(path: &Path, problems: &mut Problems) -> Result<Lock, ToolError> {
        if !path.exists() {
            return Ok(Lock::default());
        }
        let file = SourceFile::read(path)?;
        let lock: Lock = file.parse_toml(problems).unwrap_or_default();
        for entry in &lock.snapshot {
            if let Err(e) = entry.id.parse::<SnapshotId>() {
                problems.report(&FileLine::new(path, 1), "id", ProblemKind::BadSnapshotId(e));
            }
        }
        Ok(lock)
    }

    /// The recorded hash of a snapshot.
    pub fn hash_of(&self, id: &str) -> Option<&str> {
        self.snapshot
            .iter()
            .find(|e| e.id == id)
            .map(|e| e.sha256.as_str())
    }

    /// Writes the lock file (entries sorted by id).
    pub fn write(&self, path: &Path) -> Result<(), ToolError> {
        let mut sorted = self.clone();
        sorted
            .snapshot
            .sort_by_key(|e| e.id.parse::<SnapshotId>().ok());
        let body = toml::to_string(&sorted).map_err(|e| UsageError::Internal(e.to_string()))?;
        let text = format!(
            "# Published snapshots and the SHA-256 of their JSON. Written by `data-tool publish`.\n\
             # Never edit an entry: correct a published snapshot with a new one that supersedes it.\n\n{body}"
        );
        crate::output::write_atomic(path, text.as_bytes())
    }
}

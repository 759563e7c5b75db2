//! Writing files so that nothing is ever half-written: a temporary file or folder first, then
//! one rename.

use crate::problem::ToolError;
use sha2::{Digest, Sha256};
use std::path::{Path, PathBuf};

/// Hex SHA-256 of bytes.
pub fn sha256_hex(bytes: &[u8]) -> String {
    Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// Writes a file via a temporary sibling and a rename.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<(), ToolError> {
    let tmp = path.with_extension(format!("tmp-{}", std::process::id()));
    std::fs::write(&tmp, bytes).map_err(|e| ToolError::io(&tmp, e))?;
    std::fs::rename(&tmp, path).map_err(|e| ToolError::io(path, e))
}

/// A folder being written; moved into place by [`StagedDir::commit`], removed if dropped.
pub struct StagedDir {
    staging: PathBuf,
    target: PathBuf,
    committed: bool,
}

impl StagedDir {
    /// Starts writing a folder that will replace `target`.
    pub fn new(target: &Path) -> Result<StagedDir, ToolError> {
        let name = target.file_name().and_then(|n| n.to_str()).unwrap_or("out");
        let staging = target.with_file_name(format!(".{name}.staging-{}", std::process::id()));
        if staging.exists() {
            std::fs::remove_dir_all(&staging).map_err(|e| ToolError::io(&staging, e))?;
        }
        std::fs::create_dir_all(&staging).map_err(|e| ToolError::io(&staging, e))?;
        Ok(StagedDir {
            staging,
            target: target.to_path_buf(),
            committed: false,
        })
    }

    /// Writes a file at a path relative to the folder.
    pub fn write(&self, relative: &str, bytes: &[u8]) -> Result<(), ToolError> {
        let path = self.staging.join(relative);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).map_err(|e| ToolError::io(parent, e))?;
        }
        std::fs::write(&path, bytes).map_err(|e| ToolError::io(&path, e))
    }

    /// Replaces the target folder with the staged one.
    pub fn commit(mut self) -> Result<(), ToolError> {
        if let Some(parent) = self.target.parent() {
            std::fs::create_dir_all(parent).map_err(|e| ToolError::io(parent, e))?;
        }
        if self.target.exists() {
            let old = self
                .target
                .with_file_name(format!(".old-{}", std::process::id()));
            std::fs::rename(&self.target, &old).map_err(|e| ToolError::io(&self.target, e))?;
            std::fs::rename(&self.staging, &self.target)
                .map_err(|e| ToolError::io(&self.target, e))?;
            std::fs::remove_dir_all(&old).map_err(|e| ToolError::io(&old, e))?;
        } else {
            std::fs::rename(&self.staging, &self.target)
                .map_err(|e| ToolError::io(&self.target, e))?;
        }
        self.committed = true;
        Ok(())
    }
}

impl Drop for StagedDir {
    fn drop(&mut self) {
        if !self.committed {
            let _ = std::fs::remove_dir_all(&self.staging);
        }
    }
}

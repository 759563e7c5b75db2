//! Reading the editor's source files: the strategy (TOML) and quarterly snapshots (TOML + CSV).
//!
//! Source types mirror the files, not the published schema; `crate::compile` turns them into
//! the published types after checking them.

pub mod progress;
pub mod strategy;
pub mod text;

use crate::problem::{Problems, ToolError};
use std::ops::Range;
use std::path::{Path, PathBuf};

/// A source file's text, kept to turn byte spans into line numbers.
#[derive(Debug, Clone)]
pub struct SourceFile {
    /// Path as given (shown in messages).
    pub path: PathBuf,
    /// The file's contents.
    pub text: String,
}

impl SourceFile {
    /// Reads a file.
    pub fn read(path: &Path) -> Result<SourceFile, ToolError> {
        let text = std::fs::read_to_string(path).map_err(|e| ToolError::io(path, e))?;
        Ok(SourceFile {
            path: path.to_path_buf(),
            text,
        })
    }

    /// The 1-based line of a byte offset.
    pub fn line_at(&self, offset: usize) -> usize {
        let end = offset.min(self.text.len());
        self.text.as_bytes()[..end]
            .iter()
            .filter(|b| **b == b'\n')
            .count()
            + 1
    }

    /// The line where `field` (e.g. `lead` or `title.en`) is set inside an item's span, or the
    /// item's first line when the field is missing.
    pub fn field_line(&self, item: &Range<usize>, field: &str) -> usize {
        let start = item.start.min(self.text.len());
        let end = item.end.min(self.text.len());
        let body = &self.text[start..end];
        let mut candidates = vec![field.to_string()];
        if let Some((head, _)) = field.split_once('.') {
            candidates.push(head.to_string());
        }
        for candidate in &candidates {
            let mut offset = start;
            for line in body.split_inclusive('\n') {
                let trimmed = line.trim_start();
                if let Some(rest) = trimmed.strip_prefix(candidate.as_str()) {
                    let rest = rest.trim_start();
                    if rest.starts_with('=') || rest.starts_with('.') {
                        return self.line_at(offset);
                    }
                }
                offset += line.len();
            }
        }
        self.line_at(start)
    }

    /// Parses TOML, turning a syntax or shape error into a located problem.
    pub fn parse_toml<T: serde::de::DeserializeOwned>(&self, problems: &mut Problems) -> Option<T> {
        match toml::from_str(&self.text) {
            Ok(value) => Some(value),
            Err(error) => {
                let line = error.span().map_or(1, |span| self.line_at(span.start));
                let message = error.message().replace('\n', " ");
                problems.push(&self.path, line, "toml", message);
                None
            }
        }
    }
}

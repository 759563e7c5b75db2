//! Problems found in the source files, each pinned to a file, a line and a field, and the
//! tool's own error type.

use std::fmt;
use std::path::{Path, PathBuf};

/// One thing wrong with the source, as the editor must see it: where, which field, what to do.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Problem {
    /// The source file, relative to the data directory's parent when possible.
    pub file: PathBuf,
    /// 1-based line number.
    pub line: usize,
    /// The field, e.g. `measure 8.1.1.1: lead`.
    pub field: String,
    /// What is wrong and how to fix it.
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}:{}: {}: {}",
            self.file.display(),
            self.line,
            self.field,
            self.message
        )
    }
}

/// Collects problems so that validation reports all of them at once.
#[derive(Debug, Default)]
pub struct Problems {
    list: Vec<Problem>,
}

impl Problems {
    /// Records a problem.
    pub fn push(
        &mut self,
        file: &Path,
        line: usize,
        field: impl Into<String>,
        message: impl Into<String>,
    ) {
        self.list.push(Problem {
            file: file.to_path_buf(),
            line,
            field: field.into(),
            message: message.into(),
        });
    }

    /// True when nothing is wrong.
    pub fn is_empty(&self) -> bool {
        self.list.is_empty()
    }

    /// The problems, sorted by file and line.
    pub fn into_sorted(mut self) -> Vec<Problem> {
        self.list.sort();
        self.list.dedup();
        self.list
    }
}

/// Why a command failed.
#[derive(Debug)]
pub enum ToolError {
    /// The source has problems; nothing was written.
    Invalid(Vec<Problem>),
    /// A file could not be read or written.
    Io {
        /// The file.
        path: PathBuf,
        /// The underlying error.
        source: std::io::Error,
    },
    /// The command was used wrongly (e.g. an unknown snapshot id).
    Usage(String),
}

impl fmt::Display for ToolError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ToolError::Invalid(problems) => {
                for problem in problems {
                    writeln!(f, "{problem}")?;
                }
                write!(
                    f,
                    "{} problem{} found; nothing was written",
                    problems.len(),
                    if problems.len() == 1 { "" } else { "s" }
                )
            }
            ToolError::Io { path, source } => write!(f, "{}: {source}", path.display()),
            ToolError::Usage(message) => f.write_str(message),
        }
    }
}

impl std::error::Error for ToolError {}

impl ToolError {
    /// An I/O error on a path.
    pub fn io(path: &Path, source: std::io::Error) -> ToolError {
        ToolError::Io {
            path: path.to_path_buf(),
            source,
        }
    }
}

//! Problems found in the source files, each pinned to a file, a line and a field, and the
//! tool's own error type.
//!
//! A check reports a typed [`ProblemKind`] at a place that implements [`Locate`] (a TOML item,
//! a CSV row, a whole file); the wording comes last, in the editor's language
//! ([`Problem::render`]): English by default (`en.rs`), or Azerbaijani (`az.rs`).

mod az;
mod en;
pub mod kind;
pub mod location;
pub mod sheet;
pub mod usage;

pub use kind::{IdShape, ProblemKind, SectionRef};
pub use location::{FileLine, ItemKind, ItemLabel, Locate, Location, SheetColumns};
pub use sheet::SheetProblem;
pub use usage::UsageError;

use model::Lang;
use std::fmt;
use std::path::{Path, PathBuf};

/// One thing wrong with the source, as the editor must see it: where, which field, what to do.
#[derive(Clone, Debug, PartialEq)]
pub struct Problem {
    /// The source file and 1-based line.
    pub at: FileLine,
    /// The item the field belongs to, if the file holds items (`measure 8.1.1.1`).
    pub item: Option<ItemLabel>,
    /// The field, e.g. `lead`, `title.en` or a CSV column.
    pub field: String,
    /// What is wrong.
    pub kind: ProblemKind,
}

impl Problem {
    /// The source file.
    pub fn file(&self) -> &Path {
        &self.at.path
    }

    /// The field with its item, as messages show it: `measure 8.1.1.1: lead`, or `status`.
    pub fn field_label(&self, lang: Lang) -> String {
        match &self.item {
            None => self.field.clone(),
            Some(item) => {
                let kind = match lang {
                    Lang::En => en::item_kind(item.kind),
                    Lang::Az => az::item_kind(item.kind),
                };
                match &item.id {
                    Some(id) => format!("{kind} {id}: {}", self.field),
                    None => format!("{kind}: {}", self.field),
                }
            }
        }
    }

    /// `file:line: field: message` (in a workbook `file: sheet!cell: field: message`) in a
    /// language.
    pub fn render(&self, lang: Lang) -> String {
        format!(
            "{}: {}: {}",
            self.at.at_field(&self.field),
            self.field_label(lang),
            self.kind.message(lang)
        )
    }
}

impl ProblemKind {
    /// What is wrong and what to do, in a language.
    pub fn message(&self, lang: Lang) -> String {
        match lang {
            Lang::En => en::message(self),
            Lang::Az => az::message(self),
        }
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.render(Lang::En))
    }
}

/// Collects problems so that validation reports all of them at once; the one way every check
/// of the strategy, the snapshots and the lock reports.
#[derive(Debug, Default)]
pub struct Problems {
    list: Vec<Problem>,
}

impl Problems {
    /// Records a problem with `field` of whatever `site` is.
    pub fn report(&mut self, site: &impl Locate, field: &str, kind: ProblemKind) {
        let Location { at, item } = site.locate(field);
        self.list.push(Problem {
            at,
            item,
            field: field.to_string(),
            kind,
        });
    }

    /// True when nothing is wrong.
    pub fn is_empty(&self) -> bool {
        self.list.is_empty()
    }

    /// The problems, sorted by file, line, field and message, each once.
    pub fn into_sorted(mut self) -> Vec<Problem> {
        self.list.sort_by_cached_key(|p| {
            (
                p.at.clone(),
                p.field_label(Lang::En),
                p.kind.message(Lang::En),
            )
        });
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
    Usage(UsageError),
}

impl ToolError {
    /// An I/O error on a path.
    pub fn io(path: &Path, source: std::io::Error) -> ToolError {
        ToolError::Io {
            path: path.to_path_buf(),
            source,
        }
    }

    /// The error as the editor reads it, in a language (the system's own words for an I/O
    /// error stay as the system gives them).
    pub fn render(&self, lang: Lang) -> String {
        match self {
            ToolError::Invalid(problems) => {
                let mut out = String::new();
                for problem in problems {
                    out.push_str(&problem.render(lang));
                    out.push('\n');
                }
                out.push_str(&match lang {
                    Lang::En => en::summary(problems.len()),
                    Lang::Az => az::summary(problems.len()),
                });
                out
            }
            ToolError::Io { path, source } => format!("{}: {source}", path.display()),
            ToolError::Usage(error) => error.message(lang),
        }
    }
}

impl fmt::Display for ToolError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.render(Lang::En))
    }
}

impl std::error::Error for ToolError {}

impl From<UsageError> for ToolError {
    fn from(error: UsageError) -> ToolError {
        ToolError::Usage(error)
    }
}

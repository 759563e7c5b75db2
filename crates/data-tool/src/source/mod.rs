//! Reading the editor's source files: TOML with the line of every field ([`SourceFile`],
//! [`TomlItem`]) and CSV into typed rows ([`csv`]). What the files must hold is checked in
//! `crate::compile`, next to each entity's own source types.

pub mod csv;
pub mod spreadsheet;

use crate::problem::{FileLine, ItemLabel, Locate, Location, ProblemKind, Problems, ToolError};
use serde::Deserialize;
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

    /// Reads a file if it exists.
    pub fn read_optional(path: &Path) -> Result<Option<SourceFile>, ToolError> {
        if path.exists() {
            SourceFile::read(path).map(Some)
        } else {
            Ok(None)
        }
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
        let mut candidates = vec![field];
        if let Some((head, _)) = field.split_once('.') {
            candidates.push(head);
        }
        for candidate in candidates {
            let mut offset = start;
            for line in body.split_inclusive('\n') {
                let trimmed = line.trim_start();
                if let Some(rest) = trimmed.strip_prefix(candidate) {
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
                problems.report(
                    &FileLine::new(&self.path, line),
                    "toml",
                    ProblemKind::Toml { message },
                );
                None
            }
        }
    }

    /// The whole file as one item (`document.toml`, `snapshot.toml`).
    pub fn whole(&self, label: Option<ItemLabel>) -> TomlItem<'_> {
        TomlItem {
            file: self,
            span: 0..self.text.len(),
            label,
        }
    }

    /// An item of the file at a span (a `[[measure]]` table).
    pub fn item(&self, span: Range<usize>, label: ItemLabel) -> TomlItem<'_> {
        TomlItem {
            file: self,
            span,
            label: Some(label),
        }
    }
}

/// One item of a TOML file: problems with its fields are reported at the field's own line,
/// labelled with the item (`measure 8.1.1.1: lead`).
pub struct TomlItem<'a> {
    /// The file.
    pub file: &'a SourceFile,
    /// The item's byte span in the file.
    pub span: Range<usize>,
    /// The item's label, if its fields are labelled with it.
    pub label: Option<ItemLabel>,
}

impl Locate for TomlItem<'_> {
    fn locate(&self, field: &str) -> Location {
        Location {
            at: FileLine::new(&self.file.path, self.file.field_line(&self.span, field)),
            item: self.label.clone(),
        }
    }
}

impl TomlItem<'_> {
    /// A part of this item with its own span (a `[[flagship.link]]` of a flagship), labelled
    /// like the item.
    pub fn part(&self, span: Range<usize>) -> TomlItem<'_> {
        TomlItem {
            file: self.file,
            span,
            label: self.label.clone(),
        }
    }
}

/// A text in the source: Azerbaijani required, English required unless marked missing
/// (`title.az = …`, `title.en = …` or `title.en_missing = true`).
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TextSrc {
    /// Azerbaijani, as printed.
    pub az: Option<String>,
    /// English translation.
    pub en: Option<String>,
    /// Set to `true` to leave the English deliberately untranslated.
    #[serde(default)]
    pub en_missing: bool,
}

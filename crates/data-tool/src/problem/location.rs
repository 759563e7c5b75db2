//! Where a problem is: a file and line, the item it sits in, and the [`Locate`] trait that
//! TOML items, CSV rows and whole files implement so that every check reports the same way.

use std::fmt;
use std::path::PathBuf;

/// A place in a file: the file and a 1-based line; in a workbook, a row of a sheet.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct FileLine {
    /// The file.
    pub path: PathBuf,
    /// In a workbook: the sheet, whose columns turn a field into a cell (`measures!F5`).
    pub sheet: Option<SheetColumns>,
    /// 1-based line number (in a workbook: the row number).
    pub line: usize,
}

/// A workbook sheet's name and its columns' machine names, in order (column A first).
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct SheetColumns {
    /// The sheet's name.
    pub name: &'static str,
    /// The machine name of each column.
    pub columns: &'static [&'static str],
}

impl SheetColumns {
    /// The cell of a field in a row (`F5`): the field's column, or column A (the row's id) when
    /// the sheet has no such column.
    pub fn cell(&self, field: &str, row: usize) -> String {
        let index = self.columns.iter().position(|c| *c == field).unwrap_or(0);
        format!("{}{row}", column_letters(index))
    }
}

/// The letters of a 0-based column index (0 → `A`, 26 → `AA`).
pub fn column_letters(index: usize) -> String {
    let mut letters = Vec::new();
    let mut n = index + 1;
    while n > 0 {
        let rem = (n - 1) % 26;
        letters.push(b'A' + rem as u8);
        n = (n - 1) / 26;
    }
    letters.reverse();
    String::from_utf8(letters).unwrap_or_default()
}

/// The kind of item a problem sits in, as the field label names it (`measure 8.1.1.1: lead`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ItemKind {
    /// `document.toml`.
    Document,
    /// An agency of `agencies.toml`.
    Agency,
    /// A goal of a goal file.
    Goal,
    /// A priority direction.
    Direction,
    /// An action-plan measure.
    Measure,
    /// A headline indicator.
    Indicator,
    /// A flagship initiative.
    Flagship,
    /// A context figure of `context.toml`.
    Fact,
    /// A source note.
    Note,
    /// A snapshot's `snapshot.toml`.
    Snapshot,
}

/// An item of the source: its kind and, for all but the document and a snapshot, its id.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ItemLabel {
    /// What kind of item.
    pub kind: ItemKind,
    /// Its id as written, if items of its kind have one.
    pub id: Option<String>,
}

impl ItemLabel {
    /// An item with an id (`measure 8.1.1.1`).
    pub fn new(kind: ItemKind, id: &str) -> ItemLabel {
        ItemLabel {
            kind,
            id: Some(id.to_string()),
        }
    }

    /// The one item of its file (`document`, `snapshot`).
    pub fn whole(kind: ItemKind) -> ItemLabel {
        ItemLabel { kind, id: None }
    }
}

/// Where a field's problem is reported.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Location {
    /// The place in the file.
    pub at: FileLine,
    /// The item it sits in, if the file holds several (or names its one item in labels).
    pub item: Option<ItemLabel>,
}

/// Something a problem can be pinned to: a TOML item, a CSV row, a whole file.
pub trait Locate {
    /// Where a problem with `field` (e.g. `lead`, `title.en`, `status`) is reported.
    fn locate(&self, field: &str) -> Location;
}

/// A fixed line: the whole file, or a CSV row (its fields share the row's line).
impl Locate for FileLine {
    fn locate(&self, _field: &str) -> Location {
        Location {
            at: self.clone(),
            item: None,
        }
    }
}

impl fmt::Display for FileLine {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.sheet {
            None => write!(f, "{}:{}", self.path.display(), self.line),
            Some(sheet) => write!(f, "{}: {}!A{}", self.path.display(), sheet.name, self.line),
        }
    }
}

impl FileLine {
    /// A line of a file.
    pub fn new(path: impl Into<PathBuf>, line: usize) -> FileLine {
        FileLine {
            path: path.into(),
            line,
            sheet: None,
        }
    }

    /// A row of a workbook's sheet.
    pub fn sheet_row(path: impl Into<PathBuf>, sheet: SheetColumns, row: usize) -> FileLine {
        FileLine {
            path: path.into(),
            line: row,
            sheet: Some(sheet),
        }
    }

    /// Where a field of this place is, as messages show it: `file:line`, or in a workbook
    /// `file: sheet!cell`.
    pub fn at_field(&self, field: &str) -> String {
        match &self.sheet {
            None => self.to_string(),
            Some(sheet) => format!(
                "{}: {}!{}",
                self.path.display(),
                sheet.name,
                sheet.cell(field, self.line)
            ),
        }
    }
}

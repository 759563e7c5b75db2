//! The CSV files an import writes: UTF-8 without a byte order mark, `,` between cells, `\n`
//! line ends, quotes only where a cell needs them. Rows already in the file keep their place,
//! and a row that says the same keeps its cells as they were, so the file's diff shows only
//! what the editor changed; new rows follow in the order of the workbook (the action plan's).

use crate::compile::number::read_number;
use crate::compile::snapshot::{actuals::ActualRow, results::ResultRow, statuses::StatusRow};
use crate::source::csv::{CsvRecord, Row};
use serde::Serialize;

/// A CSV row type as the import merges it: which row it is, and whether two say the same.
pub trait Merge: CsvRecord + Serialize + Clone {
    /// The row's id (`8.1.1.1`, `8.1.1.1 initial`, `4.1.5 2026`).
    fn key(&self) -> String;

    /// True when two rows say the same thing.
    fn same(&self, other: &Self) -> bool;
}

impl Merge for StatusRow {
    fn key(&self) -> String {
        self.measure_id.clone()
    }

    fn same(&self, other: &Self) -> bool {
        self == other
    }
}

impl Merge for ResultRow {
    fn key(&self) -> String {
        format!("{} {}", self.measure_id, self.stage)
    }

    fn same(&self, other: &Self) -> bool {
        self == other
    }
}

impl Merge for ActualRow {
    fn key(&self) -> String {
        format!("{} {}", self.indicator_id, self.year)
    }

    fn same(&self, other: &Self) -> bool {
        let same_value = matches!(
            (read_number(&self.value), read_number(&other.value)),
            (Ok(a), Ok(b)) if a == b
        );
        let without_value = |row: &ActualRow| ActualRow {
            value: String::new(),
            ..row.clone()
        };
        same_value && without_value(self) == without_value(other)
    }
}

/// The rows to write: the file's rows in their order (as they were when they say the same),
/// then the new ones.
pub fn merge<T: Merge>(current: &[Row<T>], new: &[T]) -> Vec<T> {
    let mut out: Vec<T> = Vec::new();
    let mut placed = std::collections::BTreeSet::new();
    for now in current.iter().map(|r| &r.cells) {
        let key = now.key();
        let Some(incoming) = new.iter().find(|n| n.key() == key) else {
            continue;
        };
        if placed.insert(key) {
            out.push(if now.same(incoming) {
                now.clone()
            } else {
                incoming.clone()
            });
        }
    }
    for incoming in new {
        if placed.insert(incoming.key()) {
            out.push(incoming.clone());
        }
    }
    out
}

/// The bytes of a CSV file with `rows`.
pub fn csv_bytes<T: CsvRecord + Serialize>(rows: &[T]) -> Result<Vec<u8>, csv::Error> {
    let mut writer = csv::WriterBuilder::new()
        .has_headers(false)
        .terminator(csv::Terminator::Any(b'\n'))
        .from_writer(Vec::new());
    writer.write_record(T::COLUMNS)?;
    for row in rows {
        writer.serialize(row)?;
    }
    writer
        .into_inner()
        .map_err(|e| csv::Error::from(e.into_error()))
}

//! A quarterly snapshot's source folder: `snapshot.toml` plus three CSV files an editor can
//! fill in a spreadsheet (`measures.csv`, `results.csv`, `indicators.csv`).

use crate::problem::{Problems, ToolError};
use crate::source::text::TextSrc;
use crate::source::SourceFile;
use serde::Deserialize;
use std::path::{Path, PathBuf};

/// Columns of `measures.csv`, in order.
pub const MEASURE_COLUMNS: [&str; 5] = [
    "measure_id",
    "status",
    "first_reported_in",
    "note_az",
    "note_en",
];
/// Columns of `results.csv`, in order.
pub const RESULT_COLUMNS: [&str; 7] = [
    "measure_id",
    "stage",
    "achieved_on",
    "evidence_url",
    "first_reported_in",
    "note_az",
    "note_en",
];
/// Columns of `indicators.csv`, in order.
pub const INDICATOR_COLUMNS: [&str; 9] = [
    "indicator_id",
    "year",
    "value",
    "as_of",
    "source_az",
    "source_en",
    "note_az",
    "note_en",
    "first_reported_in",
];

/// `snapshot.toml`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SnapshotMetaSrc {
    pub id: String,
    pub as_of: String,
    /// `draft` or `published`.
    pub state: String,
    #[serde(default)]
    pub synthetic: bool,
    pub supersedes: Option<String>,
    pub note: Option<TextSrc>,
}

/// One CSV row with its line number, as strings keyed by column.
#[derive(Debug, Clone)]
pub struct CsvRow {
    /// 1-based line of the row in its file.
    pub line: usize,
    /// Values in the order of the file's header.
    pub values: Vec<String>,
    headers: std::rc::Rc<Vec<String>>,
}

impl CsvRow {
    /// The value of a column, trimmed; empty when the column is absent.
    pub fn get(&self, column: &str) -> &str {
        self.headers
            .iter()
            .position(|h| h == column)
            .and_then(|i| self.values.get(i))
            .map_or("", |v| v.trim())
    }
}

/// A CSV file's rows.
#[derive(Debug, Clone)]
pub struct CsvFile {
    /// The file.
    pub path: PathBuf,
    /// Its rows (header excluded).
    pub rows: Vec<CsvRow>,
}

/// A snapshot's source folder, read.
#[derive(Debug)]
pub struct SnapshotSrc {
    /// The folder.
    pub dir: PathBuf,
    /// `snapshot.toml`.
    pub meta_file: SourceFile,
    /// Its contents, if they parsed.
    pub meta: Option<SnapshotMetaSrc>,
    /// `measures.csv`.
    pub measures: CsvFile,
    /// `results.csv`.
    pub results: CsvFile,
    /// `indicators.csv`.
    pub indicators: CsvFile,
}

fn read_csv(path: &Path, expected: &[&str], problems: &mut Problems) -> Result<CsvFile, ToolError> {
    let mut file = CsvFile {
        path: path.to_path_buf(),
        rows: Vec::new(),
    };
    if !path.exists() {
        problems.push(
            path,
            1,
            "file",
            format!(
                "missing: create it with the header line `{}`",
                expected.join(",")
            ),
        );
        return Ok(file);
    }
    let bytes = std::fs::read(path).map_err(|e| ToolError::io(path, e))?;
    let mut reader = csv::ReaderBuilder::new()
        .flexible(false)
        .from_reader(bytes.as_slice());
    let headers: Vec<String> = match reader.headers() {
        Ok(h) => h
            .iter()
            .map(|s| s.trim().trim_start_matches('\u{feff}').to_string())
            .collect(),
        Err(e) => {
            problems.push(path, 1, "header", e.to_string());
            return Ok(file);
        }
    };
    if headers != expected {
        problems.push(
            path,
            1,
            "header",
            format!(
                "columns must be exactly `{}` (found `{}`)",
                expected.join(","),
                headers.join(",")
            ),
        );
        return Ok(file);
    }
    let headers = std::rc::Rc::new(headers);
    for record in reader.records() {
        match record {
            Ok(record) => {
                let line = record.position().map_or(0, |p| p.line() as usize);
                if record.iter().all(|v| v.trim().is_empty()) {
                    continue;
                }
                file.rows.push(CsvRow {
                    line,
                    values: record.iter().map(str::to_string).collect(),
                    headers: headers.clone(),
                });
            }
            Err(e) => {
                let line = e.position().map_or(0, |p| p.line() as usize);
                problems.push(path, line, "row", format!("unreadable CSV row: {e}"));
            }
        }
    }
    Ok(file)
}

impl SnapshotSrc {
    /// Reads a snapshot folder.
    pub fn read(dir: &Path, problems: &mut Problems) -> Result<SnapshotSrc, ToolError> {
        let meta_file = SourceFile::read(&dir.join("snapshot.toml"))?;
        let meta = meta_file.parse_toml(problems);
        Ok(SnapshotSrc {
            dir: dir.to_path_buf(),
            meta,
            measures: read_csv(&dir.join("measures.csv"), &MEASURE_COLUMNS, problems)?,
            results: read_csv(&dir.join("results.csv"), &RESULT_COLUMNS, problems)?,
            indicators: read_csv(&dir.join("indicators.csv"), &INDICATOR_COLUMNS, problems)?,
            meta_file,
        })
    }
}

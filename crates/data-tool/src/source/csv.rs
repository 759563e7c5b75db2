//! A snapshot's CSV files as typed rows: each row type lists its columns once
//! ([`CsvRecord::COLUMNS`]) and is read by serde from the file's header; every row keeps its
//! line for messages. The file may be saved as spreadsheets save it ([`super::spreadsheet`]).

use crate::problem::{FileLine, ProblemKind, Problems, ToolError};
use crate::source::spreadsheet::{decode, delimiter, word_with_question_mark};
use serde::de::DeserializeOwned;
use std::path::Path;

/// A row of a CSV file the editor fills: a struct whose fields are the columns.
pub trait CsvRecord: DeserializeOwned {
    /// The columns, in the order the header must list them (the field names).
    const COLUMNS: &'static [&'static str];

    /// The header line.
    fn header() -> String {
        Self::COLUMNS.join(",")
    }
}

/// A row as read, with where it is.
#[derive(Debug, Clone)]
pub struct Row<T> {
    /// The file and the row's line.
    pub at: FileLine,
    /// The row's cells, trimmed.
    pub cells: T,
}

/// Reads a CSV file into rows. A missing file, a wrong header and unreadable rows are problems;
/// blank rows are skipped.
pub fn read_rows<T: CsvRecord>(
    path: &Path,
    problems: &mut Problems,
) -> Result<Vec<Row<T>>, ToolError> {
    let file_at = |line| FileLine::new(path, line);
    if !path.exists() {
        problems.report(
            &file_at(1),
            "file",
            ProblemKind::MissingCsvFile {
                header: T::header(),
            },
        );
        return Ok(Vec::new());
    }
    let bytes = std::fs::read(path).map_err(|e| ToolError::io(path, e))?;
    Ok(read_rows_from(path, &bytes, problems))
}

/// Reads CSV bytes (the file at `path`, or what would be written there) into rows.
pub fn read_rows_from<T: CsvRecord>(
    path: &Path,
    bytes: &[u8],
    problems: &mut Problems,
) -> Vec<Row<T>> {
    let file_at = |line| FileLine::new(path, line);
    let text = match decode(bytes) {
        Ok(text) => text,
        Err((line, encoding)) => {
            problems.report(&file_at(line), "file", ProblemKind::NotUtf8(encoding));
            return Vec::new();
        }
    };
    // The CSV reader counts a CRLF line end as two lines; messages name the line the editor sees.
    let text = text.replace("\r\n", "\n");
    let mut reader = ::csv::ReaderBuilder::new()
        .flexible(false)
        .trim(::csv::Trim::All)
        .delimiter(delimiter(&text))
        .from_reader(text.as_bytes());
    let headers: Vec<String> = match reader.headers() {
        Ok(h) => h
            .iter()
            .map(|s| s.trim_start_matches('\u{feff}').to_string())
            .collect(),
        Err(e) => {
            let error = e.to_string();
            problems.report(
                &file_at(1),
                "header",
                ProblemKind::CsvHeaderUnreadable { error },
            );
            return Vec::new();
        }
    };
    if headers != T::COLUMNS {
        problems.report(
            &file_at(1),
            "header",
            ProblemKind::WrongCsvHeader {
                expected: T::header(),
                found: headers.join(","),
            },
        );
        return Vec::new();
    }
    let header_record = ::csv::StringRecord::from(headers);
    let mut rows = Vec::new();
    for record in reader.records() {
        let unreadable = |e: ::csv::Error| ProblemKind::CsvRowUnreadable {
            error: e.to_string(),
        };
        match record {
            Ok(record) if record.iter().all(str::is_empty) => {}
            Ok(record) => {
                let at = file_at(record.position().map_or(0, |p| p.line() as usize));
                report_question_marks(&record, T::COLUMNS, &at, problems);
                match record.deserialize::<T>(Some(&header_record)) {
                    Ok(cells) => rows.push(Row { at, cells }),
                    Err(e) => problems.report(&at, "row", unreadable(e)),
                }
            }
            Err(e) => {
                let line = e.position().map_or(0, |p| p.line() as usize);
                problems.report(&file_at(line), "row", unreadable(e));
            }
        }
    }
    rows
}

/// Reports each cell with a `?` inside a word (letters lost by a non-UTF-8 save).
fn report_question_marks(
    record: &::csv::StringRecord,
    columns: &[&str],
    at: &FileLine,
    problems: &mut Problems,
) {
    for (cell, column) in record.iter().zip(columns) {
        if let Some(word) = word_with_question_mark(cell) {
            let word = word.to_string();
            problems.report(at, column, ProblemKind::QuestionMarkInWord { word });
        }
    }
}

//! From a workbook's cells to the rows of a snapshot's CSV files. Rows are matched by their id
//! (never by position) against the rows the export writes; an edited reference cell, an
//! unknown, doubled or deleted row, and cells filled on a row that reports nothing are refused.
//! What the CSV rows then say is checked by the same rules as the CSV files
//! (`crate::compile::snapshot`), at the workbook's cells.

use super::export::{sheet_rows, Value};
use super::layout::{Role, Sheet, FIRST_DATA_ROW, HEADER_ROW};
use super::read::{Cell, SheetCells, WorkbookCells};
use crate::compile::number::write_number;
use crate::compile::snapshot::{actuals::ActualRow, results::ResultRow, statuses::StatusRow};
use crate::problem::{FileLine, ProblemKind, Problems, SheetProblem};
use crate::source::csv::Row;
use model::{Status, Strategy};
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// The CSV rows a workbook gives, each at its sheet's row; `first_reported_in` still empty.
#[derive(Debug, Default)]
pub struct WorkbookRows {
    /// For `measures.csv`.
    pub statuses: Vec<Row<StatusRow>>,
    /// For `results.csv`.
    pub results: Vec<Row<ResultRow>>,
    /// For `indicators.csv`.
    pub actuals: Vec<Row<ActualRow>>,
}

/// A cell as the text a CSV cell would hold, for comparing and for text columns.
fn as_text(cell: &Cell) -> String {
    match cell {
        Cell::Empty => String::new(),
        Cell::Text(s) | Cell::Unusable(s) => s.clone(),
        Cell::Number(n) => write_number(*n, '.'),
        Cell::Date(d) => d.to_string(),
    }
}

fn same(expected: &Value, found: &Cell) -> bool {
    match (expected, found) {
        (Value::Blank, Cell::Empty) => true,
        (Value::Text(a), Cell::Text(b)) => a.trim() == b,
        (Value::Number(a), Cell::Number(b)) => a == b,
        (Value::Date(a), Cell::Date(b)) => a == b,
        _ => false,
    }
}

fn shown(value: &Value) -> String {
    match value {
        Value::Blank => String::new(),
        Value::Text(s) => s.clone(),
        Value::Number(n) => write_number(*n, '.'),
        Value::Date(d) => d.to_string(),
    }
}

/// One data row of a sheet: its cells by column name, with where it is.
struct SheetRow<'a> {
    sheet: Sheet,
    cells: &'a [Cell],
    at: FileLine,
}

impl SheetRow<'_> {
    fn cell(&self, column: &str) -> &Cell {
        self.cells
            .get(self.sheet.index(column))
            .unwrap_or(&Cell::Empty)
    }

    /// The CSV text of an editable cell; a cell its column cannot take is reported.
    fn text(&self, column: &str, problems: &mut Problems) -> String {
        let role = self.sheet.columns()[self.sheet.index(column)].role;
        let kind = match (role, self.cell(column)) {
            (_, Cell::Unusable(found)) => ProblemKind::Sheet(SheetProblem::Unusable {
                found: found.clone(),
            }),
            (Role::Number, Cell::Date(date)) => {
                ProblemKind::Sheet(SheetProblem::DateInNumberCell { date: *date })
            }
            (Role::Date, Cell::Number(number)) => {
                ProblemKind::Sheet(SheetProblem::NumberInDateCell { number: *number })
            }
            (_, cell) => return as_text(cell),
        };
        problems.report(&self.at, column, kind);
        String::new()
    }

    /// Reports each of `columns` that is filled on a row that reports nothing.
    fn refuse_filled(&self, columns: &[&str], report: &'static str, problems: &mut Problems) {
        for column in columns {
            if *self.cell(column) != Cell::Empty {
                let kind = ProblemKind::Sheet(SheetProblem::FilledWithoutReport { report });
                problems.report(&self.at, column, kind);
            }
        }
    }
}

/// The id of a row: its key columns' texts joined by a space (`8.1.1.1 initial`).
fn key_of(sheet: Sheet, cells: &[Cell]) -> String {
    sheet
        .columns()
        .iter()
        .zip(cells)
        .filter(|(column, _)| column.role == Role::Key)
        .map(|(_, cell)| as_text(cell))
        .collect::<Vec<_>>()
        .join(" ")
}

fn expected_key(sheet: Sheet, values: &[Value]) -> String {
    sheet
        .columns()
        .iter()
        .zip(values)
        .filter(|(column, _)| column.role == Role::Key)
        .map(|(_, value)| shown(value))
        .collect::<Vec<_>>()
        .join(" ")
}

/// Checks a sheet's header, rows and reference cells; each data row that matches a row of the
/// export, in the sheet's order.
fn matched_rows<'c>(
    path: &Path,
    sheet: Sheet,
    cells: &'c SheetCells,
    strategy: &Strategy,
    problems: &mut Problems,
) -> Vec<SheetRow<'c>> {
    let at = |row| FileLine::sheet_row(path, sheet.located(), row);
    let names = sheet.column_names();
    let header: Vec<String> = (0..names.len())
        .map(|c| as_text(cells.get(HEADER_ROW, c)))
        .collect();
    if header != names {
        let expected = names.join(",");
        problems.report(
            &at(HEADER_ROW),
            "header",
            ProblemKind::Sheet(SheetProblem::HeaderChanged { expected }),
        );
        return Vec::new();
    }
    let expected: BTreeMap<String, Vec<Value>> = sheet_rows(sheet, strategy, None)
        .into_iter()
        .map(|values| (expected_key(sheet, &values), values))
        .collect();
    let mut seen = BTreeSet::new();
    let mut matched = Vec::new();
    for (index, row_cells) in cells.rows.iter().enumerate().skip(FIRST_DATA_ROW - 1) {
        if row_cells.iter().all(|c| *c == Cell::Empty) {
            continue;
        }
        let row = SheetRow {
            sheet,
            cells: row_cells,
            at: at(index + 1),
        };
        let key = key_of(sheet, row_cells);
        let Some(values) = expected.get(&key) else {
            problems.report(
                &row.at,
                names[0],
                ProblemKind::Sheet(SheetProblem::NotARow { key }),
            );
            continue;
        };
        if !seen.insert(key.clone()) {
            problems.report(
                &row.at,
                names[0],
                ProblemKind::Sheet(SheetProblem::RowTwice { key }),
            );
            continue;
        }
        for ((column, value), cell) in sheet.columns().iter().zip(values).zip(row_cells) {
            if column.role == Role::Reference && !same(value, cell) {
                let kind = ProblemKind::Sheet(SheetProblem::ReferenceEdited {
                    expected: shown(value),
                    found: as_text(cell),
                });
                problems.report(&row.at, column.name, kind);
            }
        }
        matched.push(row);
    }
    for key in expected.keys().filter(|k| !seen.contains(*k)) {
        let kind = ProblemKind::Sheet(SheetProblem::RowMissing { key: key.clone() });
        problems.report(&at(HEADER_ROW), names[0], kind);
    }
    matched
}

fn status_row(row: &SheetRow, problems: &mut Problems) -> Option<Row<StatusRow>> {
    let status = row.text("status", problems);
    if status.is_empty() || status == Status::NotYetReported.code() {
        row.refuse_filled(&["note_az", "note_en"], "status", problems);
        return None;
    }
    let cells = StatusRow {
        measure_id: row.text("measure_id", problems),
        status,
        first_reported_in: String::new(),
        note_az: row.text("note_az", problems),
        note_en: row.text("note_en", problems),
    };
    Some(Row {
        at: row.at.clone(),
        cells,
    })
}

fn result_row(row: &SheetRow, problems: &mut Problems) -> Option<Row<ResultRow>> {
    let achieved_on = row.text("achieved_on", problems);
    if achieved_on.is_empty() {
        let details = ["evidence_url", "note_az", "note_en"];
        row.refuse_filled(&details, "achieved_on", problems);
        return None;
    }
    let cells = ResultRow {
        measure_id: row.text("measure_id", problems),
        stage: row.text("stage", problems),
        achieved_on,
        evidence_url: row.text("evidence_url", problems),
        first_reported_in: String::new(),
        note_az: row.text("note_az", problems),
        note_en: row.text("note_en", problems),
    };
    Some(Row {
        at: row.at.clone(),
        cells,
    })
}

fn actual_row(row: &SheetRow, problems: &mut Problems) -> Option<Row<ActualRow>> {
    let value = row.text("value", problems);
    if value.is_empty() {
        let details = ["as_of", "source_az", "source_en", "note_az", "note_en"];
        row.refuse_filled(&details, "value", problems);
        return None;
    }
    let cells = ActualRow {
        indicator_id: row.text("indicator_id", problems),
        year: row.text("year", problems),
        value,
        as_of: row.text("as_of", problems),
        source_az: row.text("source_az", problems),
        source_en: row.text("source_en", problems),
        note_az: row.text("note_az", problems),
        note_en: row.text("note_en", problems),
        first_reported_in: String::new(),
    };
    Some(Row {
        at: row.at.clone(),
        cells,
    })
}

/// The CSV rows of a workbook's data sheets (see the module's documentation).
pub fn workbook_rows(
    path: &Path,
    workbook: &WorkbookCells,
    strategy: &Strategy,
    problems: &mut Problems,
) -> WorkbookRows {
    let mut rows = WorkbookRows::default();
    for (sheet, cells) in &workbook.sheets {
        let Some(cells) = cells else {
            let at = FileLine::sheet_row(path, sheet.located(), HEADER_ROW);
            problems.report(&at, "sheet", ProblemKind::Sheet(SheetProblem::SheetMissing));
            continue;
        };
        for row in matched_rows(path, *sheet, cells, strategy, problems) {
            match sheet {
                Sheet::Measures => rows.statuses.extend(status_row(&row, problems)),
                Sheet::Results => rows.results.extend(result_row(&row, problems)),
                Sheet::Indicators => rows.actuals.extend(actual_row(&row, problems)),
            }
        }
    }
    rows
}

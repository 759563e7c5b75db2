//! `measures.csv`: a measure's status in the snapshot, one row per measure reported. A measure
//! without a row is "not yet reported".

use crate::compile::snapshot::cells::{first_reported, Refusal};
use crate::compile::snapshot::RowContext;
use crate::compile::text::cell_text;
use crate::problem::{FileLine, ProblemKind, Problems};
use crate::source::csv::{CsvRecord, Row};
use model::snapshot::MeasureProgress;
use model::Status;
use serde::{Deserialize, Serialize};

/// The file's name in a snapshot folder.
pub const FILE: &str = "measures.csv";

/// A row of `measures.csv`.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
pub struct StatusRow {
    pub measure_id: String,
    pub status: String,
    pub first_reported_in: String,
    pub note_az: String,
    pub note_en: String,
}

impl CsvRecord for StatusRow {
    const COLUMNS: &'static [&'static str] = &[
        "measure_id",
        "status",
        "first_reported_in",
        "note_az",
        "note_en",
    ];
}

/// Checks the status rows; each accepted row with its place.
pub fn compile(
    rows: &[Row<StatusRow>],
    context: &RowContext,
    problems: &mut Problems,
) -> Vec<(FileLine, MeasureProgress)> {
    let mut accepted: Vec<(FileLine, MeasureProgress)> = Vec::new();
    for Row { at, cells: row } in rows {
        let status = match status(row, context, &accepted) {
            Ok(status) => status,
            Err((column, kind)) => {
                problems.report(at, column, kind);
                continue;
            }
        };
        let progress = MeasureProgress {
            measure: row.measure_id.clone(),
            status,
            first_reported_in: first_reported(&row.first_reported_in, context, at, problems),
            note: cell_text((&row.note_az, &row.note_en), at, "note", false, problems),
            results: Vec::new(),
        };
        accepted.push((at.clone(), progress));
    }
    accepted
}

/// The status of a known measure listed once, or why the row is refused.
fn status(
    row: &StatusRow,
    context: &RowContext,
    accepted: &[(FileLine, MeasureProgress)],
) -> Result<Status, Refusal> {
    let id = || row.measure_id.clone();
    if context.strategy.measure(&row.measure_id).is_none() {
        return Err(("measure_id", ProblemKind::UnknownMeasure { id: id() }));
    }
    if accepted.iter().any(|(_, m)| m.measure == row.measure_id) {
        return Err(("measure_id", ProblemKind::MeasureListedTwice { id: id() }));
    }
    match row.status.parse::<Status>() {
        Ok(Status::NotYetReported) => Err(("status", ProblemKind::NotYetReportedRow)),
        Ok(status) => Ok(status),
        Err(unknown) => Err(("status", ProblemKind::NotAStatus(unknown))),
    }
}

//! `indicators.csv`: actual values reported for an indicator and year, with their as-of date
//! and source. One value per indicator and year.

use crate::compile::number::read_number;
use crate::compile::snapshot::cells::{date_by_as_of, first_reported, Refusal};
use crate::compile::snapshot::RowContext;
use crate::compile::text::cell_text;
use crate::problem::{FileLine, ProblemKind, Problems};
use crate::source::csv::{CsvRecord, Row};
use model::snapshot::IndicatorActual;
use serde::{Deserialize, Serialize};

/// The file's name in a snapshot folder.
pub const FILE: &str = "indicators.csv";

/// A row of `indicators.csv`.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
pub struct ActualRow {
    pub indicator_id: String,
    pub year: String,
    pub value: String,
    pub as_of: String,
    pub source_az: String,
    pub source_en: String,
    pub note_az: String,
    pub note_en: String,
    pub first_reported_in: String,
}

impl CsvRecord for ActualRow {
    const COLUMNS: &'static [&'static str] = &[
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
}

/// Checks the value rows; each accepted value with its place.
pub fn compile(
    rows: &[Row<ActualRow>],
    context: &RowContext,
    problems: &mut Problems,
) -> Vec<(FileLine, IndicatorActual)> {
    let mut accepted: Vec<(FileLine, IndicatorActual)> = Vec::new();
    for Row { at, cells: row } in rows {
        let (year, value) = match year_and_value(row, context, &accepted) {
            Ok(checked) => checked,
            Err((column, kind)) => {
                problems.report(at, column, kind);
                continue;
            }
        };
        let Some(value_as_of) = date_by_as_of(&row.as_of, "as_of", context, at, problems) else {
            continue;
        };
        let source = cell_text(
            (&row.source_az, &row.source_en),
            at,
            "source",
            true,
            problems,
        );
        let actual = IndicatorActual {
            indicator: row.indicator_id.clone(),
            year,
            value,
            as_of: value_as_of,
            source: source.unwrap_or_default(),
            note: cell_text((&row.note_az, &row.note_en), at, "note", false, problems),
            first_reported_in: first_reported(&row.first_reported_in, context, at, problems),
        };
        accepted.push((at.clone(), actual));
    }
    accepted
}

/// The year and value of a known indicator, once per year, or why the row is refused.
fn year_and_value(
    row: &ActualRow,
    context: &RowContext,
    accepted: &[(FileLine, IndicatorActual)],
) -> Result<(u16, f64), Refusal> {
    let indicator = &row.indicator_id;
    if context.strategy.indicator(indicator).is_none() {
        let id = indicator.clone();
        return Err(("indicator_id", ProblemKind::UnknownIndicator { id }));
    }
    let period = context.strategy.document.period;
    let reportable = |y: u16| period.contains(y) && i32::from(y) <= context.as_of.year();
    let Some(year) = row.year.parse::<u16>().ok().filter(|y| reportable(*y)) else {
        let given = row.year.clone();
        return Err(("year", ProblemKind::NotAReportableYear { given }));
    };
    if accepted
        .iter()
        .any(|(_, a)| &a.indicator == indicator && a.year == year)
    {
        let indicator = indicator.clone();
        return Err(("year", ProblemKind::TwoValuesForYear { indicator, year }));
    }
    match read_number(&row.value) {
        Ok(value) => Ok((year, value)),
        Err(error) => Err(("value", ProblemKind::BadNumber(error))),
    }
}

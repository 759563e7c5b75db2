//! `results.csv`: results of a measure's chain reported as achieved (stage, date, evidence
//! link). A result needs its measure's status row in `measures.csv`.

use crate::compile::snapshot::cells::{date_by_as_of, first_reported, Refusal};
use crate::compile::snapshot::RowContext;
use crate::compile::text::cell_text;
use crate::problem::{FileLine, ProblemKind, Problems};
use crate::source::csv::{CsvRecord, Row};
use model::snapshot::{MeasureProgress, ResultAchieved};
use model::strategy::Stage;
use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;

/// The file's name in a snapshot folder.
pub const FILE: &str = "results.csv";

/// A row of `results.csv`.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
pub struct ResultRow {
    pub measure_id: String,
    pub stage: String,
    pub achieved_on: String,
    pub evidence_url: String,
    pub first_reported_in: String,
    pub note_az: String,
    pub note_en: String,
}

impl CsvRecord for ResultRow {
    const COLUMNS: &'static [&'static str] = &[
        "measure_id",
        "stage",
        "achieved_on",
        "evidence_url",
        "first_reported_in",
        "note_az",
        "note_en",
    ];
}

/// Checks the result rows against the measures with a status; each accepted result with its
/// place and its measure's id.
pub fn compile(
    rows: &[Row<ResultRow>],
    context: &RowContext,
    statuses: &[MeasureProgress],
    problems: &mut Problems,
) -> Vec<(FileLine, String, ResultAchieved)> {
    let mut seen = BTreeSet::new();
    let mut accepted = Vec::new();
    for Row { at, cells: row } in rows {
        let stage = match stage(row, at, context, problems) {
            Ok(stage) => stage,
            Err((column, kind)) => {
                problems.report(at, column, kind);
                continue;
            }
        };
        let measure = row.measure_id.clone();
        if !seen.insert((measure.clone(), stage)) {
            let kind = ProblemKind::ResultListedTwice { measure, stage };
            problems.report(at, "stage", kind);
            continue;
        }
        let evidence = evidence(&row.evidence_url, at, problems);
        let achieved_on = date_by_as_of(&row.achieved_on, "achieved_on", context, at, problems);
        let first_reported_in = first_reported(&row.first_reported_in, context, at, problems);
        let note = cell_text((&row.note_az, &row.note_en), at, "note", false, problems);
        if !statuses.iter().any(|m| m.measure == measure) {
            problems.report(
                at,
                "measure_id",
                ProblemKind::ResultWithoutStatus { measure },
            );
            continue;
        }
        if let Some(achieved_on) = achieved_on {
            let result = ResultAchieved {
                stage,
                achieved_on,
                evidence,
                first_reported_in,
                note,
            };
            accepted.push((at.clone(), measure, result));
        }
    }
    accepted
}

/// The stage of a known measure's result, or why the row is refused. A stage the measure has
/// no cell for is reported, and the row still checked.
fn stage(
    row: &ResultRow,
    at: &FileLine,
    context: &RowContext,
    problems: &mut Problems,
) -> Result<Stage, Refusal> {
    let Some(measure) = context.strategy.measure(&row.measure_id) else {
        let id = row.measure_id.clone();
        return Err(("measure_id", ProblemKind::UnknownMeasure { id }));
    };
    let Some(stage) = Stage::from_code(&row.stage) else {
        let given = row.stage.clone();
        return Err(("stage", ProblemKind::NotAStage { given }));
    };
    if !measure
        .results
        .iter()
        .any(|cell| cell.stages.contains(&stage))
    {
        let measure = measure.id.clone();
        problems.report(at, "stage", ProblemKind::NoSuchResult { measure, stage });
    }
    Ok(stage)
}

/// An evidence link: empty, or https.
fn evidence(url: &str, at: &FileLine, problems: &mut Problems) -> Option<String> {
    let is_https =
        url.starts_with("https://") && url.len() > "https://".len() && !url.contains(' ');
    match url {
        "" => None,
        url if is_https => Some(url.to_string()),
        url => {
            let url = url.to_string();
            problems.report(at, "evidence_url", ProblemKind::NotHttps { url });
            None
        }
    }
}

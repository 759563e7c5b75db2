//! Checks a snapshot's source folder against the strategy and turns it into a published
//! [`model::Snapshot`].

use crate::problem::Problems;
use crate::source::progress::{CsvFile, CsvRow, SnapshotSrc};
use crate::source::text::{compile_text, has_spaced_letters, TextSite};
use model::manifest::SCHEMA_VERSION;
use model::snapshot::{IndicatorActual, MeasureProgress, ResultAchieved};
use model::strategy::Stage;
use model::{Date, Snapshot, SnapshotId, Status, Strategy, Text};
use std::collections::BTreeSet;

/// What an editor writes in an `_en` column to leave it untranslated on purpose.
pub const UNTRANSLATED: &str = "[untranslated]";

/// Whether a snapshot is published or still being prepared.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SnapshotState {
    /// Being prepared; not part of the published site.
    Draft,
    /// Published: its file must never change.
    Published,
}

/// A checked snapshot with its publication state.
#[derive(Debug, Clone)]
pub struct CompiledSnapshot {
    /// Draft or published.
    pub state: SnapshotState,
    /// The snapshot.
    pub snapshot: Snapshot,
    /// Where each row came from: (file, line) by `measure <id>` and `indicator <id> <year>`.
    pub rows: std::collections::BTreeMap<String, (std::path::PathBuf, usize)>,
}

fn report(
    problems: &mut Problems,
    file: &CsvFile,
    row: &CsvRow,
    column: &str,
    message: impl Into<String>,
) {
    problems.push(&file.path, row.line, column, message);
}

/// A bilingual text from `<base>_az` / `<base>_en` columns; `None` when both are empty.
fn csv_text(
    file: &CsvFile,
    row: &CsvRow,
    base: &str,
    required: bool,
    problems: &mut Problems,
) -> Option<Text> {
    let az_col = format!("{base}_az");
    let en_col = format!("{base}_en");
    let (az, en) = (row.get(&az_col), row.get(&en_col));
    if az.is_empty() && en.is_empty() {
        if required {
            report(
                problems,
                file,
                row,
                &az_col,
                "required: say who reported the value or where it was published",
            );
        }
        return None;
    }
    if az.is_empty() {
        report(
            problems,
            file,
            row,
            &az_col,
            "the Azerbaijani text is missing (it is the authoritative language)",
        );
    }
    let en = match en {
        "" => {
            report(
                problems,
                file,
                row,
                &en_col,
                format!("the English text is missing: translate it, or write {UNTRANSLATED} to leave it untranslated on purpose"),
            );
            None
        }
        UNTRANSLATED => None,
        text => Some(text.to_string()),
    };
    for (col, value) in [(&az_col, Some(az)), (&en_col, en.as_deref())] {
        if value.is_some_and(has_spaced_letters) {
            report(
                problems,
                file,
                row,
                col,
                "holds letters separated by spaces: join the word",
            );
        }
    }
    Some(Text {
        az: az.to_string(),
        en,
    })
}

fn parse_first_reported(
    file: &CsvFile,
    row: &CsvRow,
    this: SnapshotId,
    problems: &mut Problems,
) -> SnapshotId {
    match row.get("first_reported_in") {
        "" => this,
        text => match text.parse::<SnapshotId>() {
            Ok(id) if id <= this => id,
            Ok(id) => {
                report(
                    problems,
                    file,
                    row,
                    "first_reported_in",
                    format!("{id} is later than this snapshot ({this})"),
                );
                this
            }
            Err(e) => {
                report(problems, file, row, "first_reported_in", e.to_string());
                this
            }
        },
    }
}

fn parse_date(
    file: &CsvFile,
    row: &CsvRow,
    column: &str,
    as_of: Date,
    problems: &mut Problems,
) -> Option<Date> {
    match row.get(column).parse::<Date>() {
        Ok(date) if date <= as_of => Some(date),
        Ok(date) => {
            report(
                problems,
                file,
                row,
                column,
                format!("{date} is later than the snapshot's as-of date {as_of}"),
            );
            None
        }
        Err(e) => {
            report(problems, file, row, column, e.to_string());
            None
        }
    }
}

/// Checks and compiles one snapshot folder.
pub fn compile_snapshot(
    src: &SnapshotSrc,
    strategy: &Strategy,
    strategy_sha256: &str,
    problems: &mut Problems,
) -> Option<CompiledSnapshot> {
    let meta = src.meta.as_ref()?;
    let meta_file = &src.meta_file;
    let whole = 0..meta_file.text.len();
    let meta_problem = |problems: &mut Problems, field: &str, message: String| {
        problems.push(
            &meta_file.path,
            meta_file.field_line(&whole, field),
            field,
            message,
        );
    };
    let id = match meta.id.parse::<SnapshotId>() {
        Ok(id) => id,
        Err(e) => {
            meta_problem(problems, "id", e.to_string());
            return None;
        }
    };
    let dir_name = src
        .dir
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or_default();
    if dir_name != meta.id {
        meta_problem(
            problems,
            "id",
            format!("`{}` must match its folder name `{dir_name}`", meta.id),
        );
    }
    let as_of = match meta.as_of.parse::<Date>() {
        Ok(d) => d,
        Err(e) => {
            meta_problem(problems, "as_of", e.to_string());
            return None;
        }
    };
    let state = match meta.state.as_str() {
        "draft" => SnapshotState::Draft,
        "published" => SnapshotState::Published,
        other => {
            meta_problem(
                problems,
                "state",
                format!("`{other}` is not `draft` or `published`"),
            );
            SnapshotState::Draft
        }
    };
    if meta.synthetic && state == SnapshotState::Published {
        meta_problem(
            problems,
            "synthetic",
            "a synthetic (test) snapshot can never be published: set `state = \"draft\"`".into(),
        );
    }
    let supersedes = meta
        .supersedes
        .as_deref()
        .and_then(|s| match s.parse::<SnapshotId>() {
            Ok(old) if old < id => Some(old),
            Ok(old) => {
                meta_problem(
                    problems,
                    "supersedes",
                    format!("{old} is not earlier than {id}"),
                );
                None
            }
            Err(e) => {
                meta_problem(problems, "supersedes", e.to_string());
                None
            }
        });
    let note = meta.note.as_ref().map(|n| {
        compile_text(
            Some(n),
            &TextSite {
                file: meta_file,
                span: &whole,
                item: "snapshot",
                field: "note",
            },
            problems,
        )
    });

    let mut rows = std::collections::BTreeMap::new();
    let mut measures: Vec<MeasureProgress> = Vec::new();
    let file = &src.measures;
    for row in &file.rows {
        let measure_id = row.get("measure_id");
        if strategy.measure(measure_id).is_none() {
            report(
                problems,
                file,
                row,
                "measure_id",
                format!("measure `{measure_id}` does not exist"),
            );
            continue;
        }
        if measures.iter().any(|m| m.measure == measure_id) {
            report(
                problems,
                file,
                row,
                "measure_id",
                format!("measure `{measure_id}` is listed twice"),
            );
            continue;
        }
        let status = match row.get("status").parse::<Status>() {
            Ok(Status::NotYetReported) => {
                report(
                    problems,
                    file,
                    row,
                    "status",
                    "not_yet_reported is what a measure without a row means: remove the row instead",
                );
                continue;
            }
            Ok(s) => s,
            Err(e) => {
                let message = format!("`{}` is not a status; use one of: {}", e.given, e.allowed);
                report(problems, file, row, "status", message);
                continue;
            }
        };
        rows.insert(
            format!("measure {measure_id}"),
            (file.path.clone(), row.line),
        );
        measures.push(MeasureProgress {
            measure: measure_id.to_string(),
            status,
            first_reported_in: parse_first_reported(file, row, id, problems),
            note: csv_text(file, row, "note", false, problems),
            results: Vec::new(),
        });
    }

    let file = &src.results;
    let mut seen_results = BTreeSet::new();
    for row in &file.rows {
        let measure_id = row.get("measure_id");
        let Some(measure) = strategy.measure(measure_id) else {
            report(
                problems,
                file,
                row,
                "measure_id",
                format!("measure `{measure_id}` does not exist"),
            );
            continue;
        };
        let Some(stage) = Stage::from_code(row.get("stage")) else {
            report(
                problems,
                file,
                row,
                "stage",
                format!(
                    "`{}` is not initial, intermediate or final",
                    row.get("stage")
                ),
            );
            continue;
        };
        if !measure
            .results
            .iter()
            .any(|cell| cell.stages.contains(&stage))
        {
            report(
                problems,
                file,
                row,
                "stage",
                format!("measure {measure_id} has no {} result", stage.code()),
            );
        }
        if !seen_results.insert((measure_id.to_string(), stage)) {
            report(
                problems,
                file,
                row,
                "stage",
                format!(
                    "the {} result of {measure_id} is listed twice",
                    stage.code()
                ),
            );
            continue;
        }
        let evidence = match row.get("evidence_url") {
            "" => None,
            url if url.starts_with("https://")
                && url.len() > "https://".len()
                && !url.contains(' ') =>
            {
                Some(url.to_string())
            }
            url => {
                report(
                    problems,
                    file,
                    row,
                    "evidence_url",
                    format!("`{url}` is not an https:// link"),
                );
                None
            }
        };
        let achieved_on = parse_date(file, row, "achieved_on", as_of, problems);
        let first_reported_in = parse_first_reported(file, row, id, problems);
        let note = csv_text(file, row, "note", false, problems);
        let Some(progress) = measures.iter_mut().find(|m| m.measure == measure_id) else {
            report(
                problems,
                file,
                row,
                "measure_id",
                format!("measure {measure_id} has a result but no status: add it to measures.csv"),
            );
            continue;
        };
        if let Some(achieved_on) = achieved_on {
            progress.results.push(ResultAchieved {
                stage,
                achieved_on,
                evidence,
                first_reported_in,
                note,
            });
        }
    }
    for progress in &mut measures {
        progress.results.sort_by_key(|r| r.stage);
    }

    let mut indicators: Vec<IndicatorActual> = Vec::new();
    let file = &src.indicators;
    for row in &file.rows {
        let indicator_id = row.get("indicator_id");
        if strategy.indicator(indicator_id).is_none() {
            report(
                problems,
                file,
                row,
                "indicator_id",
                format!("indicator `{indicator_id}` does not exist"),
            );
            continue;
        }
        let year = match row.get("year").parse::<u16>() {
            Ok(y) if (2026..=2029).contains(&y) && i32::from(y) <= as_of.year() => y,
            _ => {
                report(
                    problems,
                    file,
                    row,
                    "year",
                    format!(
                        "`{}` is not a year of the strategy up to the as-of date",
                        row.get("year")
                    ),
                );
                continue;
            }
        };
        if indicators
            .iter()
            .any(|a| a.indicator == indicator_id && a.year == year)
        {
            report(
                problems,
                file,
                row,
                "year",
                format!("indicator {indicator_id} has two values for {year}"),
            );
            continue;
        }
        let value = match row.get("value").parse::<f64>() {
            Ok(v) if v.is_finite() => v,
            _ => {
                report(
                    problems,
                    file,
                    row,
                    "value",
                    format!("`{}` is not a plain number (write 3000 or 1.66: no grouping, a point for decimals)", row.get("value")),
                );
                continue;
            }
        };
        let Some(value_as_of) = parse_date(file, row, "as_of", as_of, problems) else {
            continue;
        };
        let source = csv_text(file, row, "source", true, problems).unwrap_or_default();
        rows.insert(
            format!("indicator {indicator_id} {year}"),
            (file.path.clone(), row.line),
        );
        indicators.push(IndicatorActual {
            indicator: indicator_id.to_string(),
            year,
            value,
            as_of: value_as_of,
            source,
            note: csv_text(file, row, "note", false, problems),
            first_reported_in: parse_first_reported(file, row, id, problems),
        });
    }
    measures.sort_by(|a, b| {
        measure_order(strategy, &a.measure).cmp(&measure_order(strategy, &b.measure))
    });
    indicators.sort_by(|a, b| (a.indicator.as_str(), a.year).cmp(&(b.indicator.as_str(), b.year)));

    Some(CompiledSnapshot {
        rows,
        state,
        snapshot: Snapshot {
            schema_version: SCHEMA_VERSION,
            id,
            as_of,
            strategy_sha256: strategy_sha256.to_string(),
            synthetic: meta.synthetic,
            supersedes,
            note,
            measures,
            indicators,
        },
    })
}

fn measure_order(strategy: &Strategy, id: &str) -> usize {
    strategy
        .measures
        .iter()
        .position(|m| m.id == id)
        .unwrap_or(usize::MAX)
}

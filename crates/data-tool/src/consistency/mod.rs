//! Consistency warnings: what is allowed but looks wrong, printed by `validate` (and
//! `import-xlsx`) with file and line, never an error: a measure completed whose results are not
//! all achieved; a result achieved while its measure is not started; a measure that goes back to
//! "not yet reported" after an earlier status; an indicator value more than ten times away from
//! every target of its indicator (the mark of a number read a thousand times too large or small).

mod wording;

use crate::compile::snapshot::statuses;
use crate::compile::{CompiledSnapshot, RowKey};
use crate::problem::FileLine;
use model::strategy::Stage;
use model::{Lang, SnapshotId, Status, Strategy};

/// What looks wrong.
#[derive(Clone, Debug, PartialEq)]
pub enum WarningKind {
    /// A completed measure with results not reported as achieved.
    CompletedWithResultsMissing {
        /// The measure.
        measure: String,
        /// The stages not achieved.
        missing: Vec<Stage>,
    },
    /// A result achieved while the measure is reported as not started.
    AchievedButNotStarted {
        /// The measure.
        measure: String,
        /// The stage.
        stage: Stage,
    },
    /// A measure with a status in the snapshot before and no row now.
    BackToNotYetReported {
        /// The measure.
        measure: String,
        /// The snapshot before.
        previous: SnapshotId,
        /// Its status there.
        status: Status,
    },
    /// A value more than ten times away from every target of its indicator.
    FarFromEveryTarget {
        /// The indicator.
        indicator: String,
        /// The value.
        value: f64,
        /// The targets (written in the message's language, like the value).
        targets: Vec<f64>,
    },
}

/// A warning at its file, line and field.
#[derive(Clone, Debug, PartialEq)]
pub struct Warning {
    /// Where.
    pub at: FileLine,
    /// The column.
    pub field: &'static str,
    /// What.
    pub kind: WarningKind,
}

impl Warning {
    /// `warning: file:line: field: message` in a language.
    pub fn render(&self, lang: Lang) -> String {
        let label = match lang {
            Lang::En => "warning",
            Lang::Az => "xəbərdarlıq",
        };
        format!(
            "{label}: {}: {}: {}",
            self.at.at_field(self.field),
            self.field,
            wording::message(&self.kind, lang)
        )
    }
}

/// True when `value` is more than ten times away from `target` (both positive).
fn far_from(value: f64, target: f64) -> bool {
    value > target * 10.0 || value * 10.0 < target
}

/// The warnings of each snapshot (oldest first, as the project holds them).
pub fn check(strategy: &Strategy, snapshots: &[CompiledSnapshot]) -> Vec<(SnapshotId, Warning)> {
    let mut warnings = Vec::new();
    for (index, compiled) in snapshots.iter().enumerate() {
        let snapshot = &compiled.snapshot;
        let mut warn = |key: RowKey, field, kind| {
            if let Some(at) = compiled.rows.get(&key) {
                let at = at.clone();
                warnings.push((snapshot.id, Warning { at, field, kind }));
            }
        };
        for progress in &snapshot.measures {
            let measure = progress.measure.clone();
            let stages = strategy
                .measure(&measure)
                .map(|m| {
                    m.results
                        .iter()
                        .flat_map(|c| c.stages.clone())
                        .collect::<Vec<_>>()
                })
                .unwrap_or_default();
            let achieved = |s: &Stage| progress.results.iter().any(|r| r.stage == *s);
            let missing: Vec<Stage> = stages.into_iter().filter(|s| !achieved(s)).collect();
            if progress.status == Status::Completed && !missing.is_empty() {
                let kind = WarningKind::CompletedWithResultsMissing {
                    measure: measure.clone(),
                    missing,
                };
                warn(RowKey::Measure(measure.clone()), "status", kind);
            }
            if progress.status == Status::NotStarted {
                for result in &progress.results {
                    let (stage, measure) = (result.stage, measure.clone());
                    let key = RowKey::Result {
                        measure: measure.clone(),
                        stage,
                    };
                    warn(
                        key,
                        "achieved_on",
                        WarningKind::AchievedButNotStarted { measure, stage },
                    );
                }
            }
        }
        for actual in &snapshot.indicators {
            let Some(indicator) = strategy.indicator(&actual.indicator) else {
                continue;
            };
            let targets: Vec<_> = indicator.targets.iter().filter(|t| t.value > 0.0).collect();
            if actual.value > 0.0
                && !targets.is_empty()
                && targets.iter().all(|t| far_from(actual.value, t.value))
            {
                let kind = WarningKind::FarFromEveryTarget {
                    indicator: actual.indicator.clone(),
                    value: actual.value,
                    targets: targets.iter().map(|t| t.value).collect(),
                };
                let key = RowKey::Indicator {
                    id: actual.indicator.clone(),
                    year: actual.year,
                };
                warn(key, "value", kind);
            }
        }
        let Some(previous) = index.checked_sub(1).map(|i| &snapshots[i].snapshot) else {
            continue;
        };
        let measures_csv = compiled.meta_path.with_file_name(statuses::FILE);
        for before in &previous.measures {
            if snapshot.progress_of(&before.measure).is_none() {
                let kind = WarningKind::BackToNotYetReported {
                    measure: before.measure.clone(),
                    previous: previous.id,
                    status: before.status,
                };
                let at = FileLine::new(&measures_csv, 1);
                warnings.push((
                    snapshot.id,
                    Warning {
                        at,
                        field: "measure_id",
                        kind,
                    },
                ));
            }
        }
    }
    warnings
}

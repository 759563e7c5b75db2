//! Checks across snapshots: date order, `supersedes` naming an existing snapshot, and rows
//! carried over from an earlier snapshot saying the same as that snapshot.

use crate::compile::{CompiledSnapshot, RowKey};
use crate::problem::{FileLine, ProblemKind, Problems};
use model::Snapshot;

/// Snapshots are in date order, and a correction supersedes an existing snapshot.
pub fn check_order(snapshots: &[CompiledSnapshot], problems: &mut Problems) {
    // Reported at the top of `snapshot.toml`: the problem is the snapshot as a whole.
    let top = |compiled: &CompiledSnapshot| FileLine::new(&compiled.meta_path, 1);
    for pair in snapshots.windows(2) {
        let (older, newer) = (&pair[0].snapshot, &pair[1].snapshot);
        if newer.as_of < older.as_of {
            let kind = ProblemKind::OutOfDateOrder {
                newer: newer.id,
                newer_as_of: newer.as_of,
                older: older.id,
                older_as_of: older.as_of,
            };
            problems.report(&top(&pair[1]), "as_of", kind);
        }
    }
    for compiled in snapshots {
        let Some(id) = compiled.snapshot.supersedes else {
            continue;
        };
        if !snapshots.iter().any(|s| s.snapshot.id == id) {
            let kind = ProblemKind::UnknownSnapshot { id };
            problems.report(&top(compiled), "supersedes", kind);
        }
    }
}

/// A row that says it was first reported in an earlier snapshot must say the same as that
/// snapshot (same status; same indicator value); a changed status or value is new and must leave
/// `first_reported_in` empty. Checked against the snapshot the row names, so a later correction of
/// that quarter does not invalidate rows already published after it.
pub fn check_carried_over(snapshots: &[CompiledSnapshot], problems: &mut Problems) {
    let by_id = |id| snapshots.iter().map(|c| &c.snapshot).find(|s| s.id == id);
    for compiled in snapshots {
        let newer = &compiled.snapshot;
        let mut report = |key: RowKey, kind: ProblemKind| {
            if let Some(row) = compiled.rows.get(&key) {
                problems.report(row, "first_reported_in", kind);
            }
        };
        for progress in newer
            .measures
            .iter()
            .filter(|p| p.first_reported_in < newer.id)
        {
            let key = RowKey::Measure(progress.measure.clone());
            let Some(older) = by_id(progress.first_reported_in) else {
                let id = progress.first_reported_in;
                report(key, ProblemKind::UnknownSnapshot { id });
                continue;
            };
            let before = older.progress_of(&progress.measure).map(|p| p.status);
            if before != Some(progress.status) {
                let kind = ProblemKind::CarriedStatusDiffers {
                    measure: progress.measure.clone(),
                    older: older.id,
                    before,
                };
                report(key, kind);
            }
        }
        for actual in newer
            .indicators
            .iter()
            .filter(|a| a.first_reported_in < newer.id)
        {
            let key = RowKey::Indicator {
                id: actual.indicator.clone(),
                year: actual.year,
            };
            let Some(older) = by_id(actual.first_reported_in) else {
                let id = actual.first_reported_in;
                report(key, ProblemKind::UnknownSnapshot { id });
                continue;
            };
            if value_in(older, &actual.indicator, actual.year) != Some(actual.value) {
                let kind = ProblemKind::CarriedValueDiffers {
                    indicator: actual.indicator.clone(),
                    year: actual.year,
                    older: older.id,
                };
                report(key, kind);
            }
        }
    }
}

fn value_in(snapshot: &Snapshot, indicator: &str, year: u16) -> Option<f64> {
    snapshot.actual(indicator, year).map(|a| a.value)
}

//! What changed between two snapshots: status changes, results newly achieved and new or
//! changed indicator values. The data tool's `diff` command and the app's "what changed" page
//! both use this, so they always agree.

use crate::date::Date;
use crate::snapshot::Snapshot;
use crate::snapshot_id::SnapshotId;
use crate::status::Status;
use crate::strategy::Stage;
use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;

/// A measure whose status differs.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct StatusChange {
    /// The measure id.
    pub measure: String,
    /// Status in the older snapshot.
    pub from: Status,
    /// Status in the newer snapshot.
    pub to: Status,
}

/// A result reported as achieved in the newer snapshot but not in the older.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ResultChange {
    /// The measure id.
    pub measure: String,
    /// Which result.
    pub stage: Stage,
    /// When it was achieved.
    pub achieved_on: Date,
    /// Evidence link, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub evidence: Option<String>,
}

/// An indicator value that is new or different in the newer snapshot.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ActualChange {
    /// The indicator id.
    pub indicator: String,
    /// The year.
    pub year: u16,
    /// The value in the older snapshot, if there was one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub previous: Option<f64>,
    /// The value in the newer snapshot.
    pub value: f64,
}

/// Everything that changed between two snapshots.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SnapshotDiff {
    /// The older snapshot.
    pub from: SnapshotId,
    /// The newer snapshot.
    pub to: SnapshotId,
    /// Measures whose status changed, in measure-id order.
    pub status_changes: Vec<StatusChange>,
    /// Results newly achieved.
    pub results_achieved: Vec<ResultChange>,
    /// New or changed indicator values.
    pub new_actuals: Vec<ActualChange>,
}

impl SnapshotDiff {
    /// True when nothing changed.
    pub fn is_empty(&self) -> bool {
        self.status_changes.is_empty()
            && self.results_achieved.is_empty()
            && self.new_actuals.is_empty()
    }
}

/// Compares two snapshots (`from` older, `to` newer).
pub fn diff(from: &Snapshot, to: &Snapshot) -> SnapshotDiff {
    let measure_ids: BTreeSet<&str> = from
        .measures
        .iter()
        .chain(&to.measures)
        .map(|p| p.measure.as_str())
        .collect();

    let status_changes = measure_ids
        .iter()
        .filter_map(|id| {
            let (before, after) = (from.status_of(id), to.status_of(id));
            (before != after).then(|| StatusChange {
                measure: id.to_string(),
                from: before,
                to: after,
            })
        })
        .collect();

    let results_achieved = to
        .measures
        .iter()
        .flat_map(|p| p.results.iter().map(move |r| (p, r)))
        .filter(|(p, r)| {
            !from
                .progress_of(&p.measure)
                .is_some_and(|old| old.results.iter().any(|o| o.stage == r.stage))
        })
        .map(|(p, r)| ResultChange {
            measure: p.measure.clone(),
            stage: r.stage,
            achieved_on: r.achieved_on,
            evidence: r.evidence.clone(),
        })
        .collect();

    let new_actuals = to
        .indicators
        .iter()
        .filter_map(|actual| {
            let previous = from.actual(&actual.indicator, actual.year).map(|a| a.value);
            (previous != Some(actual.value)).then(|| ActualChange {
                indicator: actual.indicator.clone(),
                year: actual.year,
                previous,
                value: actual.value,
            })
        })
        .collect();

    SnapshotDiff {
        from: from.id,
        to: to.id,
        status_changes,
        results_achieved,
        new_actuals,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::snapshot::{IndicatorActual, ResultAchieved};
    use crate::test_support::snapshot_with;
    use crate::Text;

    #[test]
    fn lists_status_changes_including_first_reports() {
        let older = snapshot_with(&[("8.1.1.1", Status::NotStarted)]);
        let newer = snapshot_with(&[
            ("8.1.1.1", Status::InProgress),
            ("8.2.1.1", Status::Delayed),
        ]);
        let changes = diff(&older, &newer).status_changes;
        assert_eq!(
            changes,
            vec![
                StatusChange {
                    measure: "8.1.1.1".into(),
                    from: Status::NotStarted,
                    to: Status::InProgress
                },
                StatusChange {
                    measure: "8.2.1.1".into(),
                    from: Status::NotYetReported,
                    to: Status::Delayed
                },
            ]
        );
    }

    #[test]
    fn lists_results_and_values_that_are_new() {
        let older = snapshot_with(&[("8.1.1.1", Status::InProgress)]);
        let mut newer = snapshot_with(&[("8.1.1.1", Status::InProgress)]);
        let q = newer.id;
        newer.measures[0].results.push(ResultAchieved {
            stage: Stage::Initial,
            achieved_on: Date::new(2026, 8, 1).unwrap(),
            evidence: Some("https://example.org/report".into()),
            first_reported_in: q,
            note: None,
        });
        newer.indicators.push(IndicatorActual {
            indicator: "4.1.5".into(),
            year: 2026,
            value: 2500.0,
            as_of: Date::new(2026, 9, 30).unwrap(),
            source: Text::new("İN", "Ministry of Economy"),
            note: None,
            first_reported_in: q,
        });
        let d = diff(&older, &newer);
        assert!(d.status_changes.is_empty());
        assert_eq!(d.results_achieved.len(), 1);
        assert_eq!(d.results_achieved[0].stage, Stage::Initial);
        assert_eq!(
            d.new_actuals,
            vec![ActualChange {
                indicator: "4.1.5".into(),
                year: 2026,
                previous: None,
                value: 2500.0
            }]
        );
        assert!(diff(&newer, &newer).is_empty());
    }
}

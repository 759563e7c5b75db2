//! A quarterly progress snapshot: what was reported for each measure and indicator as of a date.
//!
//! Only what an editor recorded is here; a measure without an entry is "not yet reported".
//! A published snapshot never changes: a correction is a new snapshot that supersedes it.

use crate::date::Date;
use crate::lang::Text;
use crate::manifest::SchemaVersion;
use crate::snapshot_id::SnapshotId;
use crate::status::Status;
use crate::strategy::{Measure, Stage};
use serde::{Deserialize, Serialize};

/// Progress as of a date.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Snapshot {
    /// Schema version of this file.
    pub schema_version: SchemaVersion,
    /// The snapshot's id.
    pub id: SnapshotId,
    /// The date progress is reported as of.
    pub as_of: Date,
    /// SHA-256 of the strategy file it reports against.
    pub strategy_sha256: String,
    /// True for test fixtures with made-up progress; such a snapshot is never published.
    #[serde(default)]
    pub synthetic: bool,
    /// The snapshot this one corrects, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub supersedes: Option<SnapshotId>,
    /// An editor's note about the whole snapshot.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<Text>,
    /// Reported measures (others are not yet reported).
    pub measures: Vec<MeasureProgress>,
    /// Reported indicator values.
    pub indicators: Vec<IndicatorActual>,
}

/// What was reported for one measure.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct MeasureProgress {
    /// The measure id.
    pub measure: String,
    /// Its status.
    pub status: Status,
    /// The snapshot in which this status was first reported (carried-over entries keep it).
    pub first_reported_in: SnapshotId,
    /// A note from the reporting agency or editor.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<Text>,
    /// Results achieved so far.
    #[serde(default)]
    pub results: Vec<ResultAchieved>,
}

/// A result of the chain reported as achieved.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ResultAchieved {
    /// Which result.
    pub stage: Stage,
    /// When it was achieved.
    pub achieved_on: Date,
    /// An https link to evidence, if given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub evidence: Option<String>,
    /// The snapshot it was first reported in.
    pub first_reported_in: SnapshotId,
    /// A note.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<Text>,
}

/// An actual value reported for an indicator and year.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct IndicatorActual {
    /// The indicator id.
    pub indicator: String,
    /// The year the value is for.
    pub year: u16,
    /// The value, in the indicator's unit.
    pub value: f64,
    /// The date the value is as of.
    pub as_of: Date,
    /// Who reported it, or where it was published.
    pub source: Text,
    /// A note.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<Text>,
    /// The snapshot it was first reported in.
    pub first_reported_in: SnapshotId,
}

impl Snapshot {
    /// What was reported for a measure, if anything.
    pub fn progress_of(&self, measure_id: &str) -> Option<&MeasureProgress> {
        self.measures.iter().find(|p| p.measure == measure_id)
    }

    /// A measure's status; "not yet reported" when nothing was reported.
    pub fn status_of(&self, measure_id: &str) -> Status {
        self.progress_of(measure_id)
            .map_or(Status::NotYetReported, |p| p.status)
    }

    /// True when the measure is past its end year in this snapshot: the snapshot's date is after
    /// 31 December of the last year of the measure's period, and the measure is neither completed
    /// nor discontinued ("not yet reported" counts as open). Derived, never reported: the site
    /// says so wherever it shows it.
    pub fn is_past_end_year(&self, measure: &Measure) -> bool {
        measure.period.has_ended_by(self.as_of) && !self.status_of(&measure.id).is_closed()
    }

    /// The actual value for an indicator and year, if reported.
    pub fn actual(&self, indicator_id: &str, year: u16) -> Option<&IndicatorActual> {
        self.indicators
            .iter()
            .find(|a| a.indicator == indicator_id && a.year == year)
    }

    /// The most recent year with an actual value for an indicator.
    pub fn latest_actual(&self, indicator_id: &str) -> Option<&IndicatorActual> {
        self.indicators
            .iter()
            .filter(|a| a.indicator == indicator_id)
            .max_by_key(|a| a.year)
    }
}

#[cfg(test)]
mod tests {
    use crate::strategy::Period;
    use crate::test_support::{measure, snapshot_with};
    use crate::{Date, Status};

    #[test]
    fn past_its_end_year_only_after_the_end_year_and_only_while_open() {
        let mut ending_2028 = measure("8.1.1.4");
        ending_2028.period = Period {
            start: 2026,
            end: 2028,
        };
        let statuses = [
            ("8.1.1.1", Status::InProgress),
            ("8.1.1.2", Status::Completed),
            ("8.1.1.3", Status::Discontinued),
            ("8.1.1.5", Status::Delayed),
        ];
        let at = |y, m, d| {
            let mut s = snapshot_with(&statuses);
            s.as_of = Date::new(y, m, d).unwrap();
            s
        };
        let with_period = |id: &str| {
            let mut m = measure(id);
            m.period = ending_2028.period;
            m
        };

        // On 31 December of the end year the period has not ended yet; on 1 January it has.
        assert!(!at(2028, 12, 31).is_past_end_year(&ending_2028));
        assert!(
            at(2029, 1, 1).is_past_end_year(&ending_2028),
            "not yet reported is open"
        );
        let later = at(2029, 3, 31);
        assert!(
            later.is_past_end_year(&with_period("8.1.1.1")),
            "in progress"
        );
        assert!(later.is_past_end_year(&with_period("8.1.1.5")), "delayed");
        assert!(
            !later.is_past_end_year(&with_period("8.1.1.2")),
            "completed"
        );
        assert!(
            !later.is_past_end_year(&with_period("8.1.1.3")),
            "discontinued"
        );
        // A measure running to 2029 is not past its end in 2029.
        assert!(!later.is_past_end_year(&measure("8.1.1.1")));
    }
}

//! The JSON document of one measure or indicator in one snapshot, as its page's download:
//! the strategy's fields for it and what the snapshot reports.

use crate::snapshot::{IndicatorActual, MeasureProgress};
use crate::strategy::{Indicator, Measure};
use crate::{Date, Snapshot, SnapshotId, Status};
use serde::Serialize;

/// A measure's JSON download.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct MeasureDownload<'a> {
    /// The snapshot.
    pub snapshot: SnapshotId,
    /// Its as-of date.
    pub as_of: Date,
    /// The measure as the strategy states it.
    pub measure: &'a Measure,
    /// Its status ("not yet reported" when nothing was).
    pub status: Status,
    /// What was reported, if anything.
    pub progress: Option<&'a MeasureProgress>,
}

impl<'a> MeasureDownload<'a> {
    /// A measure's download in a snapshot.
    pub fn new(measure: &'a Measure, snapshot: &'a Snapshot) -> MeasureDownload<'a> {
        MeasureDownload {
            snapshot: snapshot.id,
            as_of: snapshot.as_of,
            measure,
            status: snapshot.status_of(&measure.id),
            progress: snapshot.progress_of(&measure.id),
        }
    }
}

/// An indicator's JSON download.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct IndicatorDownload<'a> {
    /// The snapshot.
    pub snapshot: SnapshotId,
    /// Its as-of date.
    pub as_of: Date,
    /// The indicator as the strategy states it, with its targets.
    pub indicator: &'a Indicator,
    /// The actual values reported, by year.
    pub actuals: Vec<&'a IndicatorActual>,
}

impl<'a> IndicatorDownload<'a> {
    /// An indicator's download in a snapshot.
    pub fn new(indicator: &'a Indicator, snapshot: &'a Snapshot) -> IndicatorDownload<'a> {
        IndicatorDownload {
            snapshot: snapshot.id,
            as_of: snapshot.as_of,
            indicator,
            actuals: snapshot
                .indicators
                .iter()
                .filter(|a| a.indicator == indicator.id)
                .collect(),
        }
    }
}

//! The rows of the open-data CSV files: the two exports over every snapshot (the site's
//! open-data section) and each measure's and indicator's own file for one snapshot (its page's
//! download). Each type builds its rows from the published strategy and snapshot.

use super::{export_row, PlainNumber};
use crate::strategy::{Indicator, Measure, Stage, Unit};
use crate::{Date, Snapshot, SnapshotId, Status, Strategy};

/// The other agencies' slugs, separated by `;`.
fn other_agencies(measure: &Measure) -> String {
    let slugs: Vec<&str> = measure.others.iter().map(|o| o.slug.as_str()).collect();
    slugs.join(";")
}

export_row! {
    /// `exports/measures.csv`: one row per snapshot and measure, its status and results achieved.
    pub struct MeasureStatusRow key(SnapshotId, MeasureId) {
        snapshot_id: SnapshotId => SnapshotId,
        snapshot_as_of: Date => SnapshotAsOf,
        measure_id: String => MeasureId,
        goal_id: String => GoalId,
        direction_id: String => DirectionId,
        lead_agency: String => LeadAgency,
        other_agencies: String => OtherAgencies,
        period_start: u16 => PeriodStart,
        period_end: u16 => PeriodEnd,
        status: Status => Status,
        initial_achieved_on: Option<Date> => InitialAchievedOn,
        intermediate_achieved_on: Option<Date> => IntermediateAchievedOn,
        final_achieved_on: Option<Date> => FinalAchievedOn,
    }
}

impl MeasureStatusRow {
    /// A snapshot's rows, one per measure of the strategy, in document order.
    pub fn for_snapshot(strategy: &Strategy, snapshot: &Snapshot) -> Vec<MeasureStatusRow> {
        strategy
            .measures
            .iter()
            .map(|measure| {
                let progress = snapshot.progress_of(&measure.id);
                let achieved = |stage: Stage| {
                    progress
                        .and_then(|p| p.results.iter().find(|r| r.stage == stage))
                        .map(|r| r.achieved_on)
                };
                MeasureStatusRow {
                    snapshot_id: snapshot.id,
                    snapshot_as_of: snapshot.as_of,
                    measure_id: measure.id.clone(),
                    goal_id: measure.goal.clone(),
                    direction_id: measure.direction.clone(),
                    lead_agency: measure.lead.slug.clone(),
                    other_agencies: other_agencies(measure),
                    period_start: measure.period.start,
                    period_end: measure.period.end,
                    status: snapshot.status_of(&measure.id),
                    initial_achieved_on: achieved(Stage::Initial),
                    intermediate_achieved_on: achieved(Stage::Intermediate),
                    final_achieved_on: achieved(Stage::Final),
                }
            })
            .collect()
    }
}

export_row! {
    /// `exports/indicators.csv`: one row per snapshot, indicator and year, target and actual.
    pub struct IndicatorValueRow key(SnapshotId, IndicatorId, Year) {
        snapshot_id: SnapshotId => SnapshotId,
        snapshot_as_of: Date => SnapshotAsOf,
        indicator_id: String => IndicatorId,
        unit: Unit => Unit,
        year: u16 => Year,
        target: PlainNumber => Target,
        actual: Option<PlainNumber> => Actual,
        actual_as_of: Option<Date> => ActualAsOf,
    }
}

impl IndicatorValueRow {
    /// A snapshot's rows, one per indicator and target year, in document order.
    pub fn for_snapshot(strategy: &Strategy, snapshot: &Snapshot) -> Vec<IndicatorValueRow> {
        let mut rows = Vec::new();
        for indicator in &strategy.indicators {
            for target in &indicator.targets {
                let actual = snapshot.actual(&indicator.id, target.year);
                rows.push(IndicatorValueRow {
                    snapshot_id: snapshot.id,
                    snapshot_as_of: snapshot.as_of,
                    indicator_id: indicator.id.clone(),
                    unit: indicator.unit,
                    year: target.year,
                    target: PlainNumber(target.value),
                    actual: actual.map(|a| PlainNumber(a.value)),
                    actual_as_of: actual.map(|a| a.as_of),
                });
            }
        }
        rows
    }
}

export_row! {
    /// A measure's own CSV file in a snapshot: one row per stage of its results chain.
    pub struct MeasureResultRow key(SnapshotId, MeasureId, Stage) {
        snapshot_id: SnapshotId => SnapshotId,
        measure_id: String => MeasureId,
        lead_agency: String => LeadAgency,
        other_agencies: String => OtherAgencies,
        period_start: u16 => PeriodStart,
        period_end: u16 => PeriodEnd,
        status: Status => Status,
        stage: Stage => Stage,
        expected_result_az: String => ExpectedResultAz,
        expected_result_en: String => ExpectedResultEn,
        achieved_on: Option<Date> => AchievedOn,
        evidence_url: Option<String> => EvidenceUrl,
    }
}

impl MeasureResultRow {
    /// A measure's rows in a snapshot, one per stage (a cell spanning two stages gives two).
    pub fn for_measure(measure: &Measure, snapshot: &Snapshot) -> Vec<MeasureResultRow> {
        let progress = snapshot.progress_of(&measure.id);
        let mut rows = Vec::new();
        for cell in &measure.results {
            for stage in &cell.stages {
                let achieved = progress.and_then(|p| p.results.iter().find(|r| r.stage == *stage));
                rows.push(MeasureResultRow {
                    snapshot_id: snapshot.id,
                    measure_id: measure.id.clone(),
                    lead_agency: measure.lead.slug.clone(),
                    other_agencies: other_agencies(measure),
                    period_start: measure.period.start,
                    period_end: measure.period.end,
                    status: snapshot.status_of(&measure.id),
                    stage: *stage,
                    expected_result_az: cell.text.az.clone(),
                    expected_result_en: cell.text.en.clone().unwrap_or_default(),
                    achieved_on: achieved.map(|a| a.achieved_on),
                    evidence_url: achieved.and_then(|a| a.evidence.clone()),
                });
            }
        }
        rows
    }
}

export_row! {
    /// An indicator's own CSV file in a snapshot: one row per target year.
    pub struct IndicatorYearRow key(SnapshotId, IndicatorId, Year) {
        snapshot_id: SnapshotId => SnapshotId,
        indicator_id: String => IndicatorId,
        year: u16 => Year,
        target: PlainNumber => Target,
        target_as_printed: String => TargetAsPrinted,
        actual: Option<PlainNumber> => Actual,
        actual_as_of: Option<Date> => ActualAsOf,
        source_az: Option<String> => SourceAz,
        source_en: Option<String> => SourceEn,
    }
}

impl IndicatorYearRow {
    /// An indicator's rows in a snapshot, one per target year.
    pub fn for_indicator(indicator: &Indicator, snapshot: &Snapshot) -> Vec<IndicatorYearRow> {
        indicator
            .targets
            .iter()
            .map(|target| {
                let actual = snapshot.actual(&indicator.id, target.year);
                IndicatorYearRow {
                    snapshot_id: snapshot.id,
                    indicator_id: indicator.id.clone(),
                    year: target.year,
                    target: PlainNumber(target.value),
                    target_as_printed: target.printed.clone(),
                    actual: actual.map(|a| PlainNumber(a.value)),
                    actual_as_of: actual.map(|a| a.as_of),
                    source_az: actual.map(|a| a.source.az.clone()),
                    source_en: actual.and_then(|a| a.source.en.clone()),
                }
            })
            .collect()
    }
}

//! The open-data files as bytes: CSV of the model's row types (`model::exports`; their fields
//! are the columns, described on the site's about page), written with the `csv` crate, and
//! JSON downloads. Numbers are plain machine numbers (no grouping, a point for decimals).

use model::exports::{
    ExportRow, IndicatorDownload, IndicatorValueRow, IndicatorYearRow, MeasureDownload,
    MeasureResultRow, MeasureStatusRow,
};
use model::strategy::{Indicator, Measure};
use model::{Snapshot, Strategy};

/// A CSV file of rows: the header from the row type's columns, then one line per row.
pub fn csv_of<R: ExportRow>(rows: impl IntoIterator<Item = R>) -> Vec<u8> {
    let mut writer = csv::WriterBuilder::new()
        .has_headers(false)
        .terminator(csv::Terminator::Any(b'\n'))
        .from_writer(Vec::new());
    let written = writer
        .write_record(R::COLUMNS.iter().map(|c| c.code()))
        .and_then(|()| rows.into_iter().try_for_each(|row| writer.serialize(row)));
    written.expect("rows of plain values always serialise into memory");
    writer.into_inner().expect("writing to memory cannot fail")
}

/// Pretty JSON with a final newline, as a person downloading it reads it.
pub fn pretty_json<T: serde::Serialize>(value: &T) -> Vec<u8> {
    let mut bytes = serde_json::to_vec_pretty(value).expect("published types always serialise");
    bytes.push(b'\n');
    bytes
}

/// One row per snapshot (newest first) and measure: status and results achieved.
pub fn measures_csv(strategy: &Strategy, snapshots: &[&Snapshot]) -> Vec<u8> {
    csv_of(
        snapshots
            .iter()
            .rev()
            .flat_map(|s| MeasureStatusRow::for_snapshot(strategy, s)),
    )
}

/// One row per snapshot (newest first), indicator and year: target and actual.
pub fn indicators_csv(strategy: &Strategy, snapshots: &[&Snapshot]) -> Vec<u8> {
    csv_of(
        snapshots
            .iter()
            .rev()
            .flat_map(|s| IndicatorValueRow::for_snapshot(strategy, s)),
    )
}

/// A measure's own CSV in a snapshot: one row per stage of its results chain.
pub fn measure_csv(measure: &Measure, snapshot: &Snapshot) -> Vec<u8> {
    csv_of(MeasureResultRow::for_measure(measure, snapshot))
}

/// A measure's own JSON in a snapshot.
pub fn measure_json(measure: &Measure, snapshot: &Snapshot) -> Vec<u8> {
    pretty_json(&MeasureDownload::new(measure, snapshot))
}

/// An indicator's own CSV in a snapshot: one row per target year.
pub fn indicator_csv(indicator: &Indicator, snapshot: &Snapshot) -> Vec<u8> {
    csv_of(IndicatorYearRow::for_indicator(indicator, snapshot))
}

/// An indicator's own JSON in a snapshot.
pub fn indicator_json(indicator: &Indicator, snapshot: &Snapshot) -> Vec<u8> {
    pretty_json(&IndicatorDownload::new(indicator, snapshot))
}

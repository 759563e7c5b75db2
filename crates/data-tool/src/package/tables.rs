//! A snapshot's tables in its data package: each a CSV of one row type of `model::exports`,
//! with the row type's fields and key, and the references between tables where they hold.

use crate::exports::csv_of;
use model::exports::{
    Column, ExportRow, Field, IndicatorValueRow, IndicatorYearRow, MeasureResultRow,
    MeasureStatusRow,
};
use model::{Snapshot, Strategy};

/// Rows of another table that every row of this one refers to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Reference {
    /// The columns here, and the same-named key columns of the other table.
    pub columns: &'static [Column],
    /// The other table's name.
    pub table: &'static str,
}

/// One table of a package.
#[derive(Clone, Debug)]
pub struct Table {
    /// The resource name (`measures`); the file is this name with `.csv`.
    pub name: &'static str,
    /// What a row is, in English.
    pub title: &'static str,
    /// The columns as Table Schema fields.
    pub fields: &'static [Field],
    /// The primary key.
    pub key: &'static [Column],
    /// References to other tables.
    pub references: Vec<Reference>,
    /// The CSV file.
    pub csv: Vec<u8>,
}

impl Table {
    fn of<R: ExportRow>(
        name: &'static str,
        title: &'static str,
        rows: Vec<R>,
        references: Vec<Reference>,
    ) -> Table {
        Table {
            name,
            title,
            fields: R::FIELDS,
            key: R::PRIMARY_KEY,
            references,
            csv: csv_of(rows),
        }
    }

    /// The CSV file's name in the package.
    pub fn file(&self) -> String {
        format!("{}.csv", self.name)
    }
}

/// The tables of a snapshot, against the strategy version it reports against.
pub fn snapshot_tables(strategy: &Strategy, snapshot: &Snapshot) -> Vec<Table> {
    let measure_results = strategy
        .measures
        .iter()
        .flat_map(|m| MeasureResultRow::for_measure(m, snapshot))
        .collect();
    let indicator_years = strategy
        .indicators
        .iter()
        .flat_map(|i| IndicatorYearRow::for_indicator(i, snapshot))
        .collect();
    vec![
        Table::of(
            "measures",
            "Measures: status and results achieved, one row per measure",
            MeasureStatusRow::for_snapshot(strategy, snapshot),
            Vec::new(),
        ),
        Table::of(
            "indicators",
            "Indicators: target and actual value, one row per indicator and year",
            IndicatorValueRow::for_snapshot(strategy, snapshot),
            Vec::new(),
        ),
        Table::of(
            "measure-results",
            "Measures' expected results, one row per measure and stage",
            measure_results,
            vec![Reference {
                columns: MeasureStatusRow::PRIMARY_KEY,
                table: "measures",
            }],
        ),
        Table::of(
            "indicator-years",
            "Indicators' targets as printed and sources of actual values, one row per indicator and year",
            indicator_years,
            vec![Reference {
                columns: IndicatorValueRow::PRIMARY_KEY,
                table: "indicators",
            }],
        ),
    ]
}

//! The open-data files the data tool publishes and the site documents: one row type per CSV
//! file, whose fields are its columns ([`rows`]), and one JSON document per measure and
//! indicator ([`downloads`]).
//!
//! A column is a [`Column`] with its code written once; a row type lists its columns in field
//! order, and a field named otherwise than its column does not compile. The site's column
//! descriptions match on [`Column`], so a new column without a description does not compile
//! either. Numbers are plain machine numbers ([`PlainNumber`]); the CSV writer is the data
//! tool's (this crate only declares the rows, so the browser carries no CSV code).

pub mod downloads;
pub mod rows;
pub mod schema;

pub use downloads::{IndicatorDownload, MeasureDownload};
pub use rows::{IndicatorValueRow, IndicatorYearRow, MeasureResultRow, MeasureStatusRow};
pub use schema::{Field, FieldType};

use crate::code::code_enum;
use serde::{Serialize, Serializer};
use std::fmt;

code_enum! {
    /// A column of an open-data CSV file. Columns of the same name mean the same in every file.
    pub enum Column {
        /// The snapshot the row belongs to.
        SnapshotId = "snapshot_id",
        /// The snapshot's as-of date.
        SnapshotAsOf = "snapshot_as_of",
        /// A measure's number.
        MeasureId = "measure_id",
        /// The goal a measure serves.
        GoalId = "goal_id",
        /// The priority direction of a measure.
        DirectionId = "direction_id",
        /// The lead agency's slug.
        LeadAgency = "lead_agency",
        /// The other agencies' slugs.
        OtherAgencies = "other_agencies",
        /// The first year of a measure's period.
        PeriodStart = "period_start",
        /// The last year of a measure's period.
        PeriodEnd = "period_end",
        /// A measure's status code.
        Status = "status",
        /// When the initial result was achieved.
        InitialAchievedOn = "initial_achieved_on",
        /// When the intermediate result was achieved.
        IntermediateAchievedOn = "intermediate_achieved_on",
        /// When the final result was achieved.
        FinalAchievedOn = "final_achieved_on",
        /// A stage of the results chain.
        Stage = "stage",
        /// The expected result as printed.
        ExpectedResultAz = "expected_result_az",
        /// The expected result in English.
        ExpectedResultEn = "expected_result_en",
        /// When a result was achieved.
        AchievedOn = "achieved_on",
        /// The evidence link of a result.
        EvidenceUrl = "evidence_url",
        /// An indicator's number.
        IndicatorId = "indicator_id",
        /// An indicator's unit code.
        Unit = "unit",
        /// The year a target and actual are for.
        Year = "year",
        /// The target as a number.
        Target = "target",
        /// The target as printed.
        TargetAsPrinted = "target_as_printed",
        /// The actual value reported.
        Actual = "actual",
        /// The date the actual value is as of.
        ActualAsOf = "actual_as_of",
        /// Who reported the actual value (Azerbaijani).
        SourceAz = "source_az",
        /// Who reported the actual value (English).
        SourceEn = "source_en",
    }
}

/// A row of an open-data CSV file: its fields, in order, are its columns.
pub trait ExportRow: Serialize {
    /// The columns, in field order.
    const COLUMNS: &'static [Column];
    /// The columns as Table Schema fields, in field order (see [`schema`]).
    const FIELDS: &'static [Field];
    /// The columns whose values together name one row, in every file of these rows.
    const PRIMARY_KEY: &'static [Column];
}

/// True when two strings are equal; usable in constants.
pub(crate) const fn same_text(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    if a.len() != b.len() {
        return false;
    }
    let mut i = 0;
    while i < a.len() {
        if a[i] != b[i] {
            return false;
        }
        i += 1;
    }
    true
}

/// Declares a row type: its primary key, then each field with its [`Column`]; the field's name
/// must be the column's code (checked when compiling), so the serialised header is the column
/// list, and the field's type gives its Table Schema field.
macro_rules! export_row {
    (
        $(#[$meta:meta])*
        pub struct $name:ident key($($key:ident),+) {
            $( $(#[$field_meta:meta])* $field:ident : $ty:ty => $column:ident ),+ $(,)?
        }
    ) => {
        $(#[$meta])*
        #[derive(Clone, Debug, PartialEq, serde::Serialize)]
        pub struct $name {
            $( $(#[$field_meta])* pub $field: $ty ),+
        }

        impl $crate::exports::ExportRow for $name {
            const COLUMNS: &'static [$crate::exports::Column] =
                &[$($crate::exports::Column::$column),+];
            const FIELDS: &'static [$crate::exports::Field] =
                &[$($crate::exports::Field::of::<$ty>($crate::exports::Column::$column)),+];
            const PRIMARY_KEY: &'static [$crate::exports::Column] =
                &[$($crate::exports::Column::$key),+];
        }

        const _: () = {
            $(
                assert!(
                    $crate::exports::same_text(
                        stringify!($field),
                        $crate::exports::Column::$column.code()
                    ),
                    concat!("field `", stringify!($field), "` must be named as its column")
                );
            )+
        };
    };
}

pub(crate) use export_row;

/// A number as CSV cells hold it: plain machine digits with a point for decimals and no
/// grouping (`40000`, `1.66`), as Rust writes an `f64`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct PlainNumber(pub f64);

impl fmt::Display for PlainNumber {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0)
    }
}

impl Serialize for PlainNumber {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_numbers_have_no_trailing_fraction() {
        assert_eq!(PlainNumber(40000.0).to_string(), "40000");
        assert_eq!(PlainNumber(1.66).to_string(), "1.66");
        assert_eq!(
            serde_json::to_string(&PlainNumber(3000.0)).unwrap(),
            "\"3000\""
        );
    }

    #[test]
    fn every_column_is_in_some_row() {
        let all: Vec<Column> = [
            MeasureStatusRow::COLUMNS,
            IndicatorValueRow::COLUMNS,
            MeasureResultRow::COLUMNS,
            IndicatorYearRow::COLUMNS,
        ]
        .concat();
        for column in Column::ALL {
            assert!(all.contains(&column), "{column} is in no file");
        }
    }

    #[test]
    fn same_text_compares_bytes() {
        assert!(same_text("snapshot_id", "snapshot_id"));
        assert!(!same_text("snapshot_id", "snapshot_as_of"));
        assert!(!same_text("year", "years"));
    }
}

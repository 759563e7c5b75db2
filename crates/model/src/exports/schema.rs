//! What each CSV column holds, as a Table Schema states it: a type, whether a value is required,
//! the allowed codes or the id pattern. It follows from the row types (each field's Rust type
//! and its [`Column`]), so the data package's descriptor cannot drift from the files it describes.
//! Writing the descriptor is the data tool's job; this module only states the facts.

use super::{Column, PlainNumber};
use crate::strategy::{Stage, Unit};
use crate::{Date, SnapshotId, Status};

/// A Table Schema field type.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FieldType {
    /// Text.
    String,
    /// A whole number.
    Integer,
    /// A plain machine number (`40000`, `1.66`).
    Number,
    /// An ISO date (`2026-09-30`).
    Date,
}

impl FieldType {
    /// The type's name in a Table Schema.
    pub const fn name(self) -> &'static str {
        match self {
            FieldType::String => "string",
            FieldType::Integer => "integer",
            FieldType::Number => "number",
            FieldType::Date => "date",
        }
    }
}

/// A column of a row type, as its Table Schema field.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Field {
    /// The column (its code is the field's name).
    pub column: Column,
    /// The field's type.
    pub field_type: FieldType,
    /// True when every row has a value.
    pub required: bool,
    /// The allowed codes, for a code list (empty: any value of the type).
    pub codes: &'static [&'static str],
    /// The pattern every value matches (a whole-value regular expression), if any.
    pub pattern: Option<&'static str>,
}

impl Field {
    /// The field of a column whose row field has type `T`.
    pub const fn of<T: CellType>(column: Column) -> Field {
        Field {
            column,
            field_type: T::TYPE,
            required: T::REQUIRED && !column.may_be_empty(),
            codes: T::CODES,
            pattern: column.pattern(),
        }
    }
}

/// A Rust type as a CSV cell holds it.
pub trait CellType {
    /// Its field type.
    const TYPE: FieldType;
    /// False for an optional value (an empty cell).
    const REQUIRED: bool = true;
    /// The allowed codes of a code list.
    const CODES: &'static [&'static str] = &[];
}

impl<T: CellType> CellType for Option<T> {
    const TYPE: FieldType = T::TYPE;
    const REQUIRED: bool = false;
    const CODES: &'static [&'static str] = T::CODES;
}

impl CellType for String {
    const TYPE: FieldType = FieldType::String;
}

impl CellType for u16 {
    const TYPE: FieldType = FieldType::Integer;
}

impl CellType for PlainNumber {
    const TYPE: FieldType = FieldType::Number;
}

impl CellType for Date {
    const TYPE: FieldType = FieldType::Date;
}

impl CellType for SnapshotId {
    const TYPE: FieldType = FieldType::String;
}

impl CellType for Status {
    const TYPE: FieldType = FieldType::String;
    const CODES: &'static [&'static str] = &Status::CODES;
}

impl CellType for Unit {
    const TYPE: FieldType = FieldType::String;
    const CODES: &'static [&'static str] = &Unit::CODES;
}

impl CellType for Stage {
    const TYPE: FieldType = FieldType::String;
    const CODES: &'static [&'static str] = &Stage::CODES;
}

/// A measure's number: `8.1.1.1`.
const MEASURE_ID: &str = r"8\.[1-9]\.[1-9][0-9]*\.[1-9][0-9]*";
/// An agency's slug: the ASCII-folded lower-case acronym.
const AGENCY: &str = "[a-z0-9]+";

impl Column {
    /// The pattern of the column's values, for ids with a fixed shape.
    pub const fn pattern(self) -> Option<&'static str> {
        match self {
            Column::SnapshotId => Some("[0-9]{4}-Q[1-4](-r[0-9]+)?"),
            Column::MeasureId => Some(MEASURE_ID),
            Column::GoalId => Some(r"8\.[1-9]"),
            Column::DirectionId => Some(r"8\.[1-9]\.[1-9][0-9]*"),
            Column::IndicatorId => Some(r"4\.1\.[1-9][0-9]*"),
            Column::LeadAgency => Some(AGENCY),
            Column::OtherAgencies => Some("[a-z0-9]+(;[a-z0-9]+)*"),
            Column::SnapshotAsOf
            | Column::PeriodStart
            | Column::PeriodEnd
            | Column::Status
            | Column::InitialAchievedOn
            | Column::IntermediateAchievedOn
            | Column::FinalAchievedOn
            | Column::Stage
            | Column::ExpectedResultAz
            | Column::ExpectedResultEn
            | Column::AchievedOn
            | Column::EvidenceUrl
            | Column::Unit
            | Column::Year
            | Column::Target
            | Column::TargetAsPrinted
            | Column::Actual
            | Column::ActualAsOf
            | Column::SourceAz
            | Column::SourceEn => None,
        }
    }

    /// True for a text column that may be empty although its row field is not optional: a
    /// measure without other agencies, a result not translated.
    pub const fn may_be_empty(self) -> bool {
        matches!(self, Column::OtherAgencies | Column::ExpectedResultEn)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::exports::{ExportRow, IndicatorValueRow, MeasureStatusRow};

    #[test]
    fn fields_follow_the_row_types() {
        let status = MeasureStatusRow::FIELDS
            .iter()
            .find(|f| f.column == Column::Status)
            .unwrap();
        assert_eq!(status.codes, &Status::CODES);
        assert!(status.required);
        let actual = IndicatorValueRow::FIELDS
            .iter()
            .find(|f| f.column == Column::Actual)
            .unwrap();
        assert_eq!(actual.field_type, FieldType::Number);
        assert!(!actual.required);
        let others = MeasureStatusRow::FIELDS
            .iter()
            .find(|f| f.column == Column::OtherAgencies)
            .unwrap();
        assert!(!others.required, "a measure may have no other agencies");
    }

    #[test]
    fn every_row_type_has_one_field_per_column_and_a_key_of_its_columns() {
        for (columns, fields, key) in [
            (
                MeasureStatusRow::COLUMNS,
                MeasureStatusRow::FIELDS,
                MeasureStatusRow::PRIMARY_KEY,
            ),
            (
                IndicatorValueRow::COLUMNS,
                IndicatorValueRow::FIELDS,
                IndicatorValueRow::PRIMARY_KEY,
            ),
        ] {
            let named: Vec<Column> = fields.iter().map(|f| f.column).collect();
            assert_eq!(named, columns);
            assert!(key.iter().all(|c| columns.contains(c)));
            assert!(key
                .iter()
                .all(|c| fields.iter().any(|f| f.column == *c && f.required)));
        }
    }
}

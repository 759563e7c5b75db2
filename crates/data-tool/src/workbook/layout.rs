//! The workbook's data sheets and their columns, written once for the export and the import:
//! each column's machine name (row 1, as the CSV files name it), its labels for people (row 2),
//! and whether the editor fills it or it is there for reference.

use crate::problem::SheetColumns;

/// The row of the machine names (1-based, as spreadsheets number rows).
pub const HEADER_ROW: usize = 1;
/// The row of the labels for people.
pub const LABEL_ROW: usize = 2;
/// The first row of data.
pub const FIRST_DATA_ROW: usize = 3;

/// What a column holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Role {
    /// Written from the strategy for reference; an edit is refused.
    Reference,
    /// The row's id, written from the strategy; rows are matched by it.
    Key,
    /// Text the editor may fill.
    Text,
    /// A number cell the editor fills.
    Number,
    /// A date cell the editor fills.
    Date,
    /// A status chosen from the taxonomy's drop-down.
    Status,
}

/// One column of a data sheet.
#[derive(Clone, Copy, Debug)]
pub struct Column {
    /// The machine name (the CSV column's, where it has one).
    pub name: &'static str,
    /// Label in Azerbaijani.
    pub label_az: &'static str,
    /// Label in English.
    pub label_en: &'static str,
    /// What it holds.
    pub role: Role,
    /// Its width in characters.
    pub width: f64,
}

const fn column(
    name: &'static str,
    label_az: &'static str,
    label_en: &'static str,
    role: Role,
    width: f64,
) -> Column {
    Column {
        name,
        label_az,
        label_en,
        role,
        width,
    }
}

/// A data sheet: one per CSV file of a snapshot.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Sheet {
    /// Each measure's status (`measures.csv`).
    Measures,
    /// Each measure's three results (`results.csv`).
    Results,
    /// Each indicator's value per year (`indicators.csv`).
    Indicators,
}

const MEASURES: [Column; 8] = [
    column("measure_id", "Tədbir", "Measure", Role::Key, 10.0),
    column(
        "title_az",
        "Tədbirin adı",
        "Title (Azerbaijani)",
        Role::Reference,
        60.0,
    ),
    column(
        "title_en",
        "Ad (ingiliscə)",
        "Title (English)",
        Role::Reference,
        40.0,
    ),
    column(
        "lead_agency",
        "Əsas icraçı",
        "Lead agency",
        Role::Reference,
        12.0,
    ),
    column("period", "İcra müddəti", "Period", Role::Reference, 11.0),
    column("status", "Status", "Status", Role::Status, 18.0),
    column("note_az", "Qeyd", "Note (Azerbaijani)", Role::Text, 40.0),
    column(
        "note_en",
        "Qeyd (ingiliscə)",
        "Note (English)",
        Role::Text,
        40.0,
    ),
];

const RESULTS: [Column; 7] = [
    column("measure_id", "Tədbir", "Measure", Role::Key, 10.0),
    column("stage", "Mərhələ", "Stage", Role::Key, 13.0),
    column(
        "expected_result_az",
        "Gözlənilən nəticə",
        "Expected result",
        Role::Reference,
        60.0,
    ),
    column(
        "achieved_on",
        "Əldə olunma tarixi",
        "Achieved on",
        Role::Date,
        14.0,
    ),
    column(
        "evidence_url",
        "Sübut (https:// keçid)",
        "Evidence (https:// link)",
        Role::Text,
        36.0,
    ),
    column("note_az", "Qeyd", "Note (Azerbaijani)", Role::Text, 36.0),
    column(
        "note_en",
        "Qeyd (ingiliscə)",
        "Note (English)",
        Role::Text,
        36.0,
    ),
];

const INDICATORS: [Column; 11] = [
    column("indicator_id", "Göstərici", "Indicator", Role::Key, 10.0),
    column(
        "name_az",
        "Göstəricinin adı",
        "Indicator name",
        Role::Reference,
        44.0,
    ),
    column("year", "İl", "Year", Role::Key, 7.0),
    column("value", "Faktiki dəyər", "Actual value", Role::Number, 14.0),
    column("unit", "Vahid", "Unit", Role::Reference, 10.0),
    column("target", "Hədəf", "Target", Role::Reference, 10.0),
    column("as_of", "Tarix (vəziyyət)", "As of", Role::Date, 14.0),
    column(
        "source_az",
        "Mənbə",
        "Source (Azerbaijani)",
        Role::Text,
        30.0,
    ),
    column(
        "source_en",
        "Mənbə (ingiliscə)",
        "Source (English)",
        Role::Text,
        30.0,
    ),
    column("note_az", "Qeyd", "Note (Azerbaijani)", Role::Text, 30.0),
    column(
        "note_en",
        "Qeyd (ingiliscə)",
        "Note (English)",
        Role::Text,
        30.0,
    ),
];

const MEASURE_NAMES: [&str; 8] = names(&MEASURES);
const RESULT_NAMES: [&str; 7] = names(&RESULTS);
const INDICATOR_NAMES: [&str; 11] = names(&INDICATORS);

const fn names<const N: usize>(columns: &[Column; N]) -> [&'static str; N] {
    let mut out = [""; N];
    let mut i = 0;
    while i < N {
        out[i] = columns[i].name;
        i += 1;
    }
    out
}

impl Sheet {
    /// The data sheets, in the workbook's order.
    pub const ALL: [Sheet; 3] = [Sheet::Measures, Sheet::Results, Sheet::Indicators];

    /// The sheet's name (the CSV file's, without `.csv`).
    pub fn name(self) -> &'static str {
        match self {
            Sheet::Measures => "measures",
            Sheet::Results => "results",
            Sheet::Indicators => "indicators",
        }
    }

    /// Its columns, in order.
    pub fn columns(self) -> &'static [Column] {
        match self {
            Sheet::Measures => &MEASURES,
            Sheet::Results => &RESULTS,
            Sheet::Indicators => &INDICATORS,
        }
    }

    /// Its columns' machine names, in order: the header row.
    pub fn column_names(self) -> &'static [&'static str] {
        match self {
            Sheet::Measures => &MEASURE_NAMES,
            Sheet::Results => &RESULT_NAMES,
            Sheet::Indicators => &INDICATOR_NAMES,
        }
    }

    /// The 0-based index of a column.
    pub fn index(self, name: &str) -> usize {
        self.column_names()
            .iter()
            .position(|n| *n == name)
            .unwrap_or_else(|| unreachable!("`{name}` is a column of {}", self.name()))
    }

    /// The sheet as problem locations name it.
    pub fn located(self) -> SheetColumns {
        SheetColumns {
            name: self.name(),
            columns: self.column_names(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::compile::snapshot::{actuals::ActualRow, results::ResultRow, statuses::StatusRow};
    use crate::source::csv::CsvRecord;

    /// Every CSV column the editor fills is a column of its sheet, under the same name, except
    /// `first_reported_in`, which the import works out.
    #[test]
    fn each_sheet_has_its_csv_files_columns() {
        for (sheet, csv) in [
            (Sheet::Measures, StatusRow::COLUMNS),
            (Sheet::Results, ResultRow::COLUMNS),
            (Sheet::Indicators, ActualRow::COLUMNS),
        ] {
            for name in csv.iter().filter(|n| **n != "first_reported_in") {
                assert!(sheet.column_names().contains(name), "{name}");
            }
        }
    }
}

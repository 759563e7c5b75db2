//! Reading a workbook's data sheets with `calamine` into plain cells: text, number, date, or
//! what cannot be used (a formula error, a time of day, a duration).

use super::layout::{Sheet, HEADER_ROW};
use calamine::{open_workbook_auto, Data, Range, Reader};
use model::Date;
use std::path::Path;

/// A cell as the import reads it.
#[derive(Clone, Debug, PartialEq)]
pub enum Cell {
    /// Nothing (or only spaces).
    Empty,
    /// Text, trimmed.
    Text(String),
    /// A number cell.
    Number(f64),
    /// A date cell (no time of day).
    Date(Date),
    /// Something no column takes: a formula error, a date with a time, a duration.
    Unusable(String),
}

/// A data sheet's cells by row, from the first row (the header) on.
#[derive(Debug)]
pub struct SheetCells {
    /// Rows, each as wide as the sheet's columns.
    pub rows: Vec<Vec<Cell>>,
}

impl SheetCells {
    /// The cell at a 1-based row and a 0-based column.
    pub fn get(&self, row: usize, column: usize) -> &Cell {
        self.rows
            .get(row - 1)
            .and_then(|r| r.get(column))
            .unwrap_or(&Cell::Empty)
    }
}

/// What the workbook holds: each data sheet's cells, or `None` for a missing sheet.
pub struct WorkbookCells {
    /// One entry per data sheet, in [`Sheet::ALL`]'s order.
    pub sheets: Vec<(Sheet, Option<SheetCells>)>,
}

fn date_cell(serial: &calamine::ExcelDateTime) -> Cell {
    if !serial.is_datetime() {
        return Cell::Unusable(format!("{}", serial.as_f64()));
    }
    let (year, month, day, hour, minute, second, milli) = serial.to_ymd_hms_milli();
    let date = Date::new(i32::from(year), month, day);
    match date {
        Some(date) if (hour, minute, second, milli) == (0, 0, 0, 0) => Cell::Date(date),
        _ => Cell::Unusable(format!(
            "{year:04}-{month:02}-{day:02} {hour:02}:{minute:02}"
        )),
    }
}

/// One cell of calamine's, as the import reads it.
pub fn cell(data: &Data) -> Cell {
    match data {
        Data::Empty => Cell::Empty,
        Data::String(s) => match s.trim() {
            "" => Cell::Empty,
            trimmed => Cell::Text(trimmed.to_string()),
        },
        Data::Int(i) => Cell::Number(*i as f64),
        Data::Float(f) => Cell::Number(*f),
        Data::Bool(b) => Cell::Text(if *b { "TRUE" } else { "FALSE" }.into()),
        Data::DateTime(serial) => date_cell(serial),
        Data::DateTimeIso(text) => match text.get(..10).and_then(|d| d.parse::<Date>().ok()) {
            Some(date) if text.len() == 10 || text[10..].trim_start_matches('T') == "00:00:00" => {
                Cell::Date(date)
            }
            _ => Cell::Unusable(text.clone()),
        },
        Data::DurationIso(text) => Cell::Unusable(text.clone()),
        Data::Error(error) => Cell::Unusable(format!("{error}")),
    }
}

fn sheet_cells(range: &Range<Data>, width: usize) -> SheetCells {
    let height = range.end().map_or(0, |(row, _)| row as usize + 1);
    let rows = (0..height.max(HEADER_ROW))
        .map(|r| {
            (0..width)
                .map(|c| {
                    range
                        .get_value((r as u32, c as u32))
                        .map_or(Cell::Empty, cell)
                })
                .collect()
        })
        .collect();
    SheetCells { rows }
}

/// Reads the data sheets of the workbook at `path`; the error is the reader's own message.
pub fn read_workbook(path: &Path) -> Result<WorkbookCells, String> {
    let mut workbook = open_workbook_auto(path).map_err(|e| e.to_string())?;
    let names = workbook.sheet_names();
    let mut sheets = Vec::new();
    for sheet in Sheet::ALL {
        let cells = if names.iter().any(|n| n == sheet.name()) {
            let range = workbook
                .worksheet_range(sheet.name())
                .map_err(|e| e.to_string())?;
            Some(sheet_cells(&range, sheet.columns().len()))
        } else {
            None
        };
        sheets.push((sheet, cells));
    }
    Ok(WorkbookCells { sheets })
}

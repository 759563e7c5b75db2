//! Editing a workbook as an editor would: its cells read with calamine, changed, and written
//! again as a new workbook (strings, numbers and date cells as they were).

use calamine::{open_workbook_auto, Data, Reader};
use rust_xlsxwriter::{ExcelDateTime, Format, Workbook};
use std::path::Path;

/// A new value for a cell.
pub enum Put {
    /// A text cell.
    Text(&'static str),
    /// A number cell.
    Number(f64),
    /// A date cell.
    Date(u16, u8, u8),
    /// An empty cell.
    Empty,
}

/// One edit: sheet, 1-based row, column name (row 1's), new value.
pub type Edit = (&'static str, usize, &'static str, Put);

/// Row 1 of a sheet: the columns' machine names.
fn header_of(range: &calamine::Range<Data>) -> Vec<String> {
    (0..range.width() as u32)
        .map(|c| {
            range
                .get_value((0, c))
                .map(|d| d.to_string())
                .unwrap_or_default()
        })
        .collect()
}

/// The 1-based row of the first data row whose column A is `key` (and, if given, whose column
/// named `column` is `second`).
pub fn row_of(path: &Path, sheet: &str, key: &str, second: Option<(&str, &str)>) -> usize {
    let mut book = open_workbook_auto(path).unwrap();
    let range = book.worksheet_range(sheet).unwrap();
    let header = header_of(&range);
    for r in 2..=range.end().unwrap().0 {
        let cell = |c: usize| {
            range
                .get_value((r, c as u32))
                .map(|d| d.to_string())
                .unwrap_or_default()
        };
        let second_ok = second.is_none_or(|(column, value)| {
            let c = header.iter().position(|h| h == column).unwrap();
            cell(c) == value
        });
        if cell(0) == key && second_ok {
            return r as usize + 1;
        }
    }
    panic!("no row {key} in {sheet}");
}

/// Writes `to`: the workbook `from` with `edits` applied.
pub fn edited(from: &Path, to: &Path, edits: &[Edit]) {
    let mut book = open_workbook_auto(from).unwrap();
    let mut out = Workbook::new();
    let date_format = Format::new().set_num_format("yyyy-mm-dd");
    for name in book.sheet_names() {
        let range = book.worksheet_range(&name).unwrap();
        let sheet = out.add_worksheet();
        sheet.set_name(&name).unwrap();
        let header = header_of(&range);
        let (height, width) = range.end().map_or((0, 0), |(r, c)| (r + 1, c + 1));
        for r in 0..height {
            for c in 0..width {
                let edit = edits.iter().find(|(s, row, column, _)| {
                    *s == name
                        && *row == r as usize + 1
                        && header.get(c as usize).map(String::as_str) == Some(column)
                });
                let (r, c16) = (r, c as u16);
                match edit.map(|(_, _, _, put)| put) {
                    Some(Put::Text(t)) => {
                        sheet.write_string(r, c16, *t).unwrap();
                    }
                    Some(Put::Number(n)) => {
                        sheet.write_number(r, c16, *n).unwrap();
                    }
                    Some(Put::Date(y, m, d)) => {
                        let date = ExcelDateTime::from_ymd(*y, *m, *d).unwrap();
                        sheet
                            .write_datetime_with_format(r, c16, &date, &date_format)
                            .unwrap();
                    }
                    Some(Put::Empty) => {}
                    None => match range.get_value((r, c)) {
                        Some(Data::String(s)) => {
                            sheet.write_string(r, c16, s).unwrap();
                        }
                        Some(Data::Float(f)) => {
                            sheet.write_number(r, c16, *f).unwrap();
                        }
                        Some(Data::Int(i)) => {
                            sheet.write_number(r, c16, *i as f64).unwrap();
                        }
                        Some(Data::DateTime(d)) => {
                            let (y, m, day, ..) = d.to_ymd_hms_milli();
                            let date = ExcelDateTime::from_ymd(y, m, day).unwrap();
                            sheet
                                .write_datetime_with_format(r, c16, &date, &date_format)
                                .unwrap();
                        }
                        _ => {}
                    },
                }
            }
        }
    }
    out.save(to).unwrap();
}

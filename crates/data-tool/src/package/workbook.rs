//! The package's tables as one `.xlsx` workbook, a sheet per table, written with the same
//! writer as the editors' workbook (rust_xlsxwriter). Cells are typed by the table's fields
//! (numbers as numbers, dates as dates), read from the table's own CSV so both hold the same
//! values. The creation time is the snapshot's as-of date, so a rebuild gives the same bytes.

use super::tables::Table;
use model::exports::FieldType;
use model::{Date, Snapshot};
use rust_xlsxwriter::{DocProperties, ExcelDateTime, Format, Workbook, Worksheet, XlsxError};

fn excel_date(date: Date) -> Result<ExcelDateTime, XlsxError> {
    ExcelDateTime::from_ymd(date.year() as u16, date.month(), date.day())
}

fn write_cell(
    sheet: &mut Worksheet,
    (row, col): (u32, u16),
    field_type: FieldType,
    value: &str,
    date_format: &Format,
) -> Result<(), XlsxError> {
    if value.is_empty() {
        return Ok(());
    }
    let number = || value.parse::<f64>().ok();
    let date = || value.parse::<Date>().ok();
    match field_type {
        FieldType::Integer | FieldType::Number if number().is_some() => {
            sheet.write_number(row, col, number().unwrap_or_default())?;
        }
        FieldType::Date if date().is_some() => {
            let date = date().map(excel_date).transpose()?;
            if let Some(date) = date {
                sheet.write_datetime_with_format(row, col, &date, date_format)?;
            }
        }
        _ => {
            sheet.write_string(row, col, value)?;
        }
    }
    Ok(())
}

fn fill(sheet: &mut Worksheet, table: &Table, formats: &[Format; 2]) -> Result<(), XlsxError> {
    let [header, date_format] = formats;
    sheet.set_name(table.name)?;
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(table.csv.as_slice());
    for (r, record) in reader.records().enumerate() {
        let record = record.map_err(|e| XlsxError::ParameterError(e.to_string()))?;
        for (c, (value, field)) in record.iter().zip(table.fields).enumerate() {
            let at = (r as u32, c as u16);
            if r == 0 {
                sheet.write_string_with_format(at.0, at.1, value, header)?;
            } else {
                write_cell(sheet, at, field.field_type, value, date_format)?;
            }
        }
    }
    sheet.set_freeze_panes(1, 0)?;
    sheet.autofit();
    Ok(())
}

/// The workbook of a snapshot's tables, as bytes.
pub fn workbook(title: &str, snapshot: &Snapshot, tables: &[Table]) -> Result<Vec<u8>, XlsxError> {
    let mut workbook = Workbook::new();
    workbook.set_properties(
        &DocProperties::new()
            .set_title(title)
            .set_creation_datetime(&excel_date(snapshot.as_of)?),
    );
    let formats = [
        Format::new().set_bold(),
        Format::new().set_num_format("yyyy-mm-dd"),
    ];
    for table in tables {
        fill(workbook.add_worksheet(), table, &formats)?;
    }
    workbook.save_to_buffer()
}

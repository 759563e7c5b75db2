//! `export-xlsx`: a workbook prefilled from a snapshot, one row per measure, per measure's
//! result and per indicator and year, with the strategy's reference columns locked, a status
//! drop-down, number and date cells. Written with `rust_xlsxwriter`; the document's timestamp is
//! the snapshot's as-of date, so the same snapshot always gives the same bytes.

use super::instructions;
use super::layout::{Role, Sheet, FIRST_DATA_ROW, HEADER_ROW, LABEL_ROW};
use crate::compile::text::UNTRANSLATED;
use crate::problem::{ToolError, UsageError};
use model::strategy::{Measure, Stage};
use model::{Date, Snapshot, Status, Strategy, Text};
use rust_xlsxwriter::{
    Color, DataValidation, DataValidationRule, DocProperties, ExcelDateTime, Format, FormatBorder,
    Workbook, Worksheet, XlsxError,
};

/// A cell's content as the export writes it.
#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    /// Text.
    Text(String),
    /// A number cell.
    Number(f64),
    /// A date cell.
    Date(Date),
    /// An empty cell.
    Blank,
}

fn text(s: &str) -> Value {
    if s.is_empty() {
        Value::Blank
    } else {
        Value::Text(s.to_string())
    }
}

/// A bilingual text as its two cells: the English is `[untranslated]` where it was left out.
fn text_pair(t: Option<&Text>) -> [Value; 2] {
    match t {
        None => [Value::Blank, Value::Blank],
        Some(t) => [text(&t.az), text(t.en.as_deref().unwrap_or(UNTRANSLATED))],
    }
}

/// The formats of the cells, by role.
struct Formats {
    header: Format,
    label: Format,
    reference: Format,
    editable: Format,
    date: Format,
    number: Format,
}

impl Formats {
    fn new() -> Formats {
        let grey = Color::RGB(0xE7E6E6);
        Formats {
            header: Format::new()
                .set_bold()
                .set_background_color(Color::RGB(0xD9E1F2)),
            label: Format::new()
                .set_italic()
                .set_text_wrap()
                .set_background_color(Color::RGB(0xD9E1F2))
                .set_border_bottom(FormatBorder::Thin),
            reference: Format::new().set_background_color(grey).set_text_wrap(),
            editable: Format::new().set_unlocked().set_text_wrap(),
            date: Format::new().set_unlocked().set_num_format("yyyy-mm-dd"),
            number: Format::new().set_unlocked().set_num_format("General"),
        }
    }

    fn for_role(&self, role: Role) -> &Format {
        match role {
            Role::Key | Role::Reference => &self.reference,
            Role::Text | Role::Status => &self.editable,
            Role::Number => &self.number,
            Role::Date => &self.date,
        }
    }
}

fn excel_date(date: Date) -> Result<ExcelDateTime, XlsxError> {
    ExcelDateTime::from_ymd(date.year() as u16, date.month(), date.day())
}

/// Writes the header, the labels and the rows of a data sheet, then locks it.
fn fill_sheet(
    sheet: Sheet,
    worksheet: &mut Worksheet,
    rows: Vec<Vec<Value>>,
    formats: &Formats,
) -> Result<(), XlsxError> {
    worksheet.set_name(sheet.name())?;
    let header = (HEADER_ROW - 1) as u32;
    let label = (LABEL_ROW - 1) as u32;
    for (c, column) in sheet.columns().iter().enumerate() {
        let c = c as u16;
        worksheet.set_column_width(c, column.width)?;
        worksheet.write_string_with_format(header, c, column.name, &formats.header)?;
        let both = format!("{} / {}", column.label_az, column.label_en);
        worksheet.write_string_with_format(label, c, both, &formats.label)?;
    }
    for (r, row) in rows.iter().enumerate() {
        let r = (FIRST_DATA_ROW - 1 + r) as u32;
        for (c, (value, column)) in row.iter().zip(sheet.columns()).enumerate() {
            let c = c as u16;
            let format = formats.for_role(column.role);
            match value {
                Value::Text(s) => worksheet.write_string_with_format(r, c, s, format)?,
                Value::Number(n) => worksheet.write_number_with_format(r, c, *n, format)?,
                Value::Date(d) => {
                    worksheet.write_datetime_with_format(r, c, excel_date(*d)?, format)?
                }
                Value::Blank => worksheet.write_blank(r, c, format)?,
            };
        }
    }
    let last = (FIRST_DATA_ROW - 2 + rows.len()) as u32;
    for (c, column) in sheet.columns().iter().enumerate() {
        let c = c as u16;
        let validation = match column.role {
            Role::Status => DataValidation::new()
                .allow_list_strings(&Status::ALL.map(|s| s.code()))?
                .set_error_title("Status")?
                .set_error_message("Siyahıdan seçin. / Choose from the list.")?,
            Role::Number => DataValidation::new()
                .allow_decimal_number(DataValidationRule::Between(-1e15, 1e15))
                .set_error_title("Ədəd / Number")?
                .set_error_message("Ədəd yazın (% olmadan). / Type a number (without %).")?,
            Role::Date => DataValidation::new()
                .allow_date(DataValidationRule::Between(
                    ExcelDateTime::from_ymd(2000, 1, 1)?,
                    ExcelDateTime::from_ymd(2100, 12, 31)?,
                ))
                .set_error_title("Tarix / Date")?
                .set_error_message("Tarix yazın: 2026-11-10. / Type a date: 2026-11-10.")?,
            Role::Key | Role::Reference | Role::Text => continue,
        };
        if last >= (FIRST_DATA_ROW - 1) as u32 {
            worksheet.add_data_validation((FIRST_DATA_ROW - 1) as u32, c, last, c, &validation)?;
        }
    }
    worksheet.set_freeze_panes(LABEL_ROW as u32, 1)?;
    worksheet.protect();
    Ok(())
}

/// The rows of a data sheet, each cell in the sheet's column order: the strategy's ids and
/// reference columns, and what `snapshot` reports (nothing without one).
pub fn sheet_rows(
    sheet: Sheet,
    strategy: &Strategy,
    snapshot: Option<&Snapshot>,
) -> Vec<Vec<Value>> {
    match sheet {
        Sheet::Measures => measure_rows(strategy, snapshot),
        Sheet::Results => result_rows(strategy, snapshot),
        Sheet::Indicators => indicator_rows(strategy, snapshot),
    }
}

fn measure_rows(strategy: &Strategy, snapshot: Option<&Snapshot>) -> Vec<Vec<Value>> {
    strategy
        .measures
        .iter()
        .map(|m| {
            let progress = snapshot.and_then(|s| s.progress_of(&m.id));
            let status = progress.map_or(Status::NotYetReported, |p| p.status);
            let [note_az, note_en] = text_pair(progress.and_then(|p| p.note.as_ref()));
            vec![
                text(&m.id),
                text(&m.title.az),
                text(m.title.en.as_deref().unwrap_or_default()),
                text(&m.lead.printed),
                text(&period_text(m)),
                text(status.code()),
                note_az,
                note_en,
            ]
        })
        .collect()
}

/// A measure's period as the sheet shows it (`2026–2027`, or `2026`).
pub fn period_text(measure: &Measure) -> String {
    let p = measure.period;
    if p.start == p.end {
        p.start.to_string()
    } else {
        format!("{}–{}", p.start, p.end)
    }
}

/// The stages a measure has a result cell for, each with its expected result.
pub fn result_stages(measure: &Measure) -> Vec<(Stage, &str)> {
    Stage::ALL
        .into_iter()
        .filter_map(|stage| {
            let cell = measure.results.iter().find(|c| c.stages.contains(&stage))?;
            Some((stage, cell.text.az.as_str()))
        })
        .collect()
}

fn result_rows(strategy: &Strategy, snapshot: Option<&Snapshot>) -> Vec<Vec<Value>> {
    let mut rows = Vec::new();
    for m in &strategy.measures {
        for (stage, expected) in result_stages(m) {
            let achieved = snapshot
                .and_then(|s| s.progress_of(&m.id))
                .and_then(|p| p.results.iter().find(|r| r.stage == stage));
            let [note_az, note_en] = text_pair(achieved.and_then(|r| r.note.as_ref()));
            rows.push(vec![
                text(&m.id),
                text(stage.code()),
                text(expected),
                achieved.map_or(Value::Blank, |r| Value::Date(r.achieved_on)),
                text(
                    achieved
                        .and_then(|r| r.evidence.as_deref())
                        .unwrap_or_default(),
                ),
                note_az,
                note_en,
            ]);
        }
    }
    rows
}

fn indicator_rows(strategy: &Strategy, snapshot: Option<&Snapshot>) -> Vec<Vec<Value>> {
    let mut rows = Vec::new();
    for indicator in &strategy.indicators {
        for year in strategy.document.period.years() {
            let actual = snapshot.and_then(|s| s.actual(&indicator.id, year));
            let target = indicator.targets.iter().find(|t| t.year == year);
            let [source_az, source_en] = text_pair(actual.map(|a| &a.source));
            let [note_az, note_en] = text_pair(actual.and_then(|a| a.note.as_ref()));
            rows.push(vec![
                text(&indicator.id),
                text(&indicator.name.az),
                Value::Number(f64::from(year)),
                actual.map_or(Value::Blank, |a| Value::Number(a.value)),
                text(&indicator.unit_printed.az),
                target.map_or(Value::Blank, |t| Value::Number(t.value)),
                actual.map_or(Value::Blank, |a| Value::Date(a.as_of)),
                source_az,
                source_en,
                note_az,
                note_en,
            ]);
        }
    }
    rows
}

fn workbook_bytes(strategy: &Strategy, snapshot: &Snapshot) -> Result<Vec<u8>, XlsxError> {
    let mut workbook = Workbook::new();
    let id = snapshot.id.to_string();
    workbook.set_properties(
        &DocProperties::new()
            .set_title(format!("{} — {id}", strategy.document.short_title.az))
            .set_creation_datetime(&excel_date(snapshot.as_of)?),
    );
    let formats = Formats::new();
    let intro = workbook.add_worksheet();
    intro.set_name(instructions::SHEET)?;
    intro.set_column_width(0, 80)?;
    intro.set_column_width(1, 80)?;
    let wrap = Format::new().set_text_wrap();
    for (r, (az, en)) in instructions::paragraphs(&id).iter().enumerate() {
        let format = if r == 0 { &formats.header } else { &wrap };
        intro.write_string_with_format(r as u32, 0, az, format)?;
        intro.write_string_with_format(r as u32, 1, en, format)?;
    }
    for sheet in Sheet::ALL {
        let rows = sheet_rows(sheet, strategy, Some(snapshot));
        fill_sheet(sheet, workbook.add_worksheet(), rows, &formats)?;
    }
    workbook.save_to_buffer()
}

/// The workbook of a snapshot, as bytes.
pub fn export_workbook(strategy: &Strategy, snapshot: &Snapshot) -> Result<Vec<u8>, ToolError> {
    workbook_bytes(strategy, snapshot).map_err(|e| {
        UsageError::WorkbookUnwritable {
            error: e.to_string(),
        }
        .into()
    })
}

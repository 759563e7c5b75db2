//! What can be wrong with a filled workbook beyond what its CSV rows would say: its sheets,
//! rows and cells. Worded here in English and Azerbaijani (the rest of a row's problems are
//! the CSV files' own, `kind.rs`).

use model::{Date, Lang};

/// One thing wrong with a workbook's sheets, rows or cells.
#[derive(Clone, Debug, PartialEq)]
pub enum SheetProblem {
    /// A data sheet is missing.
    SheetMissing,
    /// The header row is not the machine names.
    HeaderChanged {
        /// The header it must have.
        expected: String,
    },
    /// A row whose id is no row of the sheet.
    NotARow {
        /// The id as found.
        key: String,
    },
    /// A row that is in the sheet twice.
    RowTwice {
        /// The id.
        key: String,
    },
    /// A row that was deleted.
    RowMissing {
        /// The id.
        key: String,
    },
    /// A reference cell was edited.
    ReferenceEdited {
        /// What the export wrote.
        expected: String,
        /// What is there now.
        found: String,
    },
    /// A cell is filled on a row that reports nothing.
    FilledWithoutReport {
        /// The column whose emptiness means "nothing reported".
        report: &'static str,
    },
    /// A date in a number cell.
    DateInNumberCell {
        /// The date.
        date: Date,
    },
    /// A number in a date cell.
    NumberInDateCell {
        /// The number.
        number: f64,
    },
    /// A cell no column takes (a formula error, a time of day).
    Unusable {
        /// What the cell holds.
        found: String,
    },
}

impl SheetProblem {
    /// The message in a language.
    pub fn message(&self, lang: Lang) -> String {
        match lang {
            Lang::En => english(self),
            Lang::Az => azerbaijani(self),
        }
    }
}

fn english(problem: &SheetProblem) -> String {
    use SheetProblem as S;
    match problem {
        S::SheetMissing => "the workbook has no such sheet: write a new one with data-tool export-xlsx".into(),
        S::HeaderChanged { expected } => format!(
            "row 1 must hold the column names `{expected}`: columns were changed, moved or removed; write a new workbook with data-tool export-xlsx"
        ),
        S::NotARow { key } => format!(
            "`{key}` is not a row of this sheet: rows are matched by their id, so do not add rows or change ids"
        ),
        S::RowTwice { key } => format!("the row `{key}` is in the sheet twice: keep one"),
        S::RowMissing { key } => format!(
            "the row `{key}` was deleted: keep every row (clear its cells to report nothing)"
        ),
        S::ReferenceEdited { expected, found } => format!(
            "this column is for reference and was changed (`{found}` instead of `{expected}`): undo the change (the strategy itself is changed in data/strategy, not here)"
        ),
        S::FilledWithoutReport { report } => format!(
            "filled, but `{report}` says nothing was reported: fill `{report}`, or clear this cell (a row that reports nothing is not written)"
        ),
        S::DateInNumberCell { date } => format!(
            "holds the date {date}, not a number (a spreadsheet may read 1.5 as a date): format the cell as a number and type the value again"
        ),
        S::NumberInDateCell { number } => format!(
            "holds the number {number}, not a date: format the cell as a date and type it as 2026-11-10"
        ),
        S::Unusable { found } => {
            format!("holds `{found}`, which is not a value: type the value itself")
        }
    }
}

fn azerbaijani(problem: &SheetProblem) -> String {
    use SheetProblem as S;
    match problem {
        S::SheetMissing => "iş kitabında belə vərəq yoxdur: data-tool export-xlsx ilə yenisini yazın".into(),
        S::HeaderChanged { expected } => format!(
            "1-ci sətirdə `{expected}` sütun adları olmalıdır: sütunlar dəyişdirilib, yeri dəyişib və ya silinib; data-tool export-xlsx ilə yeni iş kitabı yazın"
        ),
        S::NotARow { key } => format!(
            "`{key}` bu vərəqin sətri deyil: sətirlər identifikatoruna görə tapılır, ona görə sətir əlavə etməyin və identifikatorları dəyişməyin"
        ),
        S::RowTwice { key } => format!("`{key}` sətri vərəqdə iki dəfədir: birini saxlayın"),
        S::RowMissing { key } => format!(
            "`{key}` sətri silinib: bütün sətirləri saxlayın (heç nə bildirilmirsə, xanalarını boşaldın)"
        ),
        S::ReferenceEdited { expected, found } => format!(
            "bu sütun yalnız məlumat üçündür və dəyişdirilib (`{expected}` əvəzinə `{found}`): dəyişikliyi geri qaytarın (strategiyanın özü burada yox, data/strategy qovluğunda dəyişdirilir)"
        ),
        S::FilledWithoutReport { report } => format!(
            "doldurulub, amma `{report}` heç nə bildirilmədiyini göstərir: `{report}` xanasını doldurun və ya bu xananı boşaldın (heç nə bildirməyən sətir yazılmır)"
        ),
        S::DateInNumberCell { date } => format!(
            "xanada ədəd yox, {date} tarixi var (cədvəl proqramı 1.5-i tarix kimi oxuya bilər): xananı ədəd formatına salın və dəyəri yenidən yazın"
        ),
        S::NumberInDateCell { number } => format!(
            "xanada tarix yox, {number} ədədi var: xananı tarix formatına salın və tarixi 2026-11-10 kimi yazın"
        ),
        S::Unusable { found } => {
            format!("xanada dəyər deyil, `{found}` var: dəyərin özünü yazın")
        }
    }
}

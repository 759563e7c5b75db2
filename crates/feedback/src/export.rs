//! Exports of stored feedback for moderators: CSV (one row per item) that spreadsheets open
//! correctly (UTF-8 with a byte order mark, every field quoted, formulas defused) or JSON.

use crate::store::FeedbackItem;
use serde::Serialize;

/// The JSON export: `{"items": [...]}`, oldest first.
#[derive(Debug, Serialize)]
pub struct Export {
    pub items: Vec<FeedbackItem>,
}

/// The byte order mark that makes spreadsheets read the file as UTF-8 (ə, ş, ğ, ...).
pub const BOM: char = '\u{feff}';

/// First characters that make a spreadsheet read a cell as a formula (a tab or carriage return
/// before one is skipped by some spreadsheets, so they start a formula too).
const FORMULA_STARTS: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

/// Columns of the CSV export, in order.
pub const CSV_COLUMNS: [&str; 11] = [
    "id",
    "created_at",
    "topic",
    "status",
    "organisation_type",
    "language",
    "name",
    "email",
    "snapshot",
    "page",
    "message",
];

fn field(value: &str) -> String {
    // Quote always: messages hold commas, quotes and newlines. Defuse spreadsheet formulas.
    let value = if value.starts_with(FORMULA_STARTS) {
        format!("'{value}")
    } else {
        value.to_string()
    };
    format!("\"{}\"", value.replace('"', "\"\""))
}

/// The items as CSV: the byte order mark, a header line, one line per item.
pub fn to_csv(items: &[FeedbackItem]) -> String {
    let mut out = String::from(BOM);
    out.push_str(&CSV_COLUMNS.join(","));
    out.push('\n');
    for item in items {
        let row = [
            item.id.to_string(),
            item.created_at.clone(),
            item.topic.clone(),
            item.status.code().to_string(),
            item.organisation_type.code().to_string(),
            item.language.code().to_string(),
            item.name.clone().unwrap_or_default(),
            item.email.clone().unwrap_or_default(),
            item.snapshot.clone().unwrap_or_default(),
            item.page.clone().unwrap_or_default(),
            item.message.clone(),
        ];
        let fields: Vec<String> = row.iter().map(|v| field(v)).collect();
        out.push_str(&fields.join(","));
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use model::feedback::{ModerationStatus, OrganisationType};
    use model::Lang;

    #[test]
    fn csv_quotes_and_defuses() {
        let item = FeedbackItem {
            id: 1,
            created_at: "2026-11-25T10:00:00Z".into(),
            topic: "8.1.1.1".into(),
            message: "=HYPERLINK(\"x\")\nsecond line, with comma".into(),
            name: None,
            email: None,
            organisation_type: OrganisationType::Citizen,
            language: Lang::Az,
            snapshot: None,
            page: None,
            status: ModerationStatus::New,
        };
        let csv = to_csv(std::slice::from_ref(&item));
        assert!(csv.starts_with("\u{feff}id,created_at,topic"));
        assert!(
            csv.contains("\"'=HYPERLINK(\"\"x\"\")\nsecond line, with comma\""),
            "{csv}"
        );
        for start in ["\t=1+2", "\r=1+2", "+1", "-1", "@SUM(A1)"] {
            let csv = to_csv(&[FeedbackItem {
                message: start.into(),
                ..item.clone()
            }]);
            assert!(
                csv.contains(&format!(",\"'{start}\"\n")),
                "{start:?}: {csv}"
            );
        }
        let csv = to_csv(&[FeedbackItem {
            message: "a =1 in the middle".into(),
            ..item
        }]);
        assert!(csv.contains(",\"a =1 in the middle\"\n"), "{csv}");
    }
}

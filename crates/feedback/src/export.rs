//! Exports of stored feedback for moderators: CSV (one row per item) that spreadsheets open
//! correctly (UTF-8 with a byte order mark, every field quoted, formulas defused) or JSON.

use model::moderation::ModerationItem;
use serde::Serialize;

/// The JSON export: `{"items": [...]}`, oldest first.
#[derive(Debug, Serialize)]
pub struct Export {
    pub items: Vec<ModerationItem>,
}

/// The byte order mark that makes spreadsheets read the file as UTF-8 (ə, ş, ğ, ...).
pub const BOM: char = '\u{feff}';

/// First characters that make a spreadsheet read a cell as a formula (a tab or carriage return
/// before one is skipped by some spreadsheets, so they start a formula too).
const FORMULA_STARTS: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

/// Columns of the CSV export, in order.
pub const CSV_COLUMNS: [&str; 17] = [
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
    "publish_consent",
    "answer",
    "published_question",
    "published_answer",
    "published_at",
    "version",
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

/// One item's cells, in [`CSV_COLUMNS`] order.
fn row(item: &ModerationItem) -> [String; 17] {
    let publication = item.publication.as_ref();
    [
        item.id.to_string(),
        item.created_at.clone(),
        item.topic.clone(),
        item.status.code().to_string(),
        item.organisation_type.code().to_string(),
        item.language.code().to_string(),
        item.name.clone().unwrap_or_default(),
        item.email.clone().unwrap_or_default(),
        item.snapshot.map(|s| s.to_string()).unwrap_or_default(),
        item.page.clone().unwrap_or_default(),
        item.message.clone(),
        item.publish_consent.to_string(),
        item.answer.clone().unwrap_or_default(),
        publication
            .and_then(|p| p.question.clone())
            .unwrap_or_default(),
        publication.map(|p| p.answer.clone()).unwrap_or_default(),
        publication
            .map(|p| p.published_at.clone())
            .unwrap_or_default(),
        item.version.to_string(),
    ]
}

/// The items as CSV: the byte order mark, a header line, one line per item.
pub fn to_csv(items: &[ModerationItem]) -> String {
    let mut out = String::from(BOM);
    out.push_str(&CSV_COLUMNS.join(","));
    out.push('\n');
    for item in items {
        let fields: Vec<String> = row(item).iter().map(|v| field(v)).collect();
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

    fn item(message: &str) -> ModerationItem {
        ModerationItem {
            id: 1,
            created_at: "2026-11-25T10:00:00Z".into(),
            topic: "8.1.1.1".into(),
            message: message.into(),
            name: None,
            email: None,
            organisation_type: OrganisationType::Citizen,
            language: Lang::Az,
            snapshot: None,
            page: None,
            status: ModerationStatus::New,
            publish_consent: false,
            answer: None,
            publication: None,
            version: 1,
        }
    }

    /// The cell of the message column in a one-item export.
    fn message_cell(csv: &str) -> String {
        let line = csv.lines().nth(1).unwrap();
        let cells: Vec<&str> = line.split("\",\"").collect();
        cells[10].to_string()
    }

    #[test]
    fn csv_quotes_and_defuses() {
        let csv = to_csv(&[item("=HYPERLINK(\"x\")\nsecond line, with comma")]);
        assert!(csv.starts_with("\u{feff}id,created_at,topic"));
        assert!(
            csv.contains("\"'=HYPERLINK(\"\"x\"\")\nsecond line, with comma\""),
            "{csv}"
        );
        for start in ["\t=1+2", "+1", "-1", "@SUM(A1)"] {
            let csv = to_csv(&[item(start)]);
            assert_eq!(message_cell(&csv), format!("'{start}"), "{start:?}: {csv}");
        }
        let csv = to_csv(&[item("\r=1+2")]);
        assert!(csv.contains(",\"'\r=1+2\","), "{csv:?}");
        let csv = to_csv(&[item("a =1 in the middle")]);
        assert_eq!(message_cell(&csv), "a =1 in the middle");
    }

    #[test]
    fn every_column_has_its_cell() {
        let csv = to_csv(&[item("bir")]);
        let header = csv.lines().next().unwrap().trim_start_matches(BOM);
        assert_eq!(header.split(',').count(), CSV_COLUMNS.len());
        assert!(
            csv.ends_with(",\"false\",\"\",\"\",\"\",\"\",\"1\"\n"),
            "{csv}"
        );
    }
}

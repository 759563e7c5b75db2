//! Exports of stored feedback for moderators: CSV (one row per item) or JSON.

use crate::store::FeedbackItem;

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
    let value = if value.starts_with(['=', '+', '-', '@']) {
        format!("'{value}")
    } else {
        value.to_string()
    };
    format!("\"{}\"", value.replace('"', "\"\""))
}

/// The items as CSV with a header line.
pub fn to_csv(items: &[FeedbackItem]) -> String {
    let mut out = CSV_COLUMNS.join(",");
    out.push('\n');
    for item in items {
        let row = [
            item.id.to_string(),
            item.created_at.clone(),
            item.topic.clone(),
            item.status.clone(),
            item.organisation_type.clone(),
            item.language.clone(),
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

    #[test]
    fn csv_quotes_and_defuses() {
        let item = FeedbackItem {
            id: 1,
            created_at: "2026-11-25T10:00:00Z".into(),
            topic: "8.1.1.1".into(),
            message: "=HYPERLINK(\"x\")\nsecond line, with comma".into(),
            name: None,
            email: None,
            organisation_type: "citizen".into(),
            language: "az".into(),
            snapshot: None,
            page: None,
            status: "new".into(),
        };
        let csv = to_csv(&[item]);
        assert!(csv.starts_with("id,created_at,topic"));
        assert!(
            csv.contains("\"'=HYPERLINK(\"\"x\"\")\nsecond line, with comma\""),
            "{csv}"
        );
    }
}

//! Small builders for unit tests (synthetic data, never published).

use crate::manifest::SCHEMA_VERSION;
use crate::snapshot::{MeasureProgress, Snapshot};
use crate::strategy::{AgencyRef, Direction, DocumentInfo, Measure, Period};
use crate::{Date, Status, Strategy, Text};

pub fn measure(id: &str) -> Measure {
    Measure {
        id: id.into(),
        direction: id
            .rsplit_once('.')
            .map(|(d, _)| d.to_string())
            .unwrap_or_default(),
        goal: id.get(..3).unwrap_or_default().into(),
        prose_ref: String::new(),
        title: Text::new("Tədbir", "Measure"),
        lead: AgencyRef {
            slug: "in".into(),
            printed: "İN".into(),
        },
        others: vec![],
        relevant_agencies: false,
        period: Period {
            start: 2026,
            end: 2029,
        },
        results: vec![],
    }
}

/// A direction (`8.1.1`) of its goal (`8.1`), with placeholder texts.
pub fn direction(id: &str) -> Direction {
    Direction {
        id: id.into(),
        goal: id.get(..3).unwrap_or_default().into(),
        prose_ref: String::new(),
        title: Text::new("İstiqamət", "Direction"),
        justification: Text::new("", ""),
        expected_results: vec![],
        risks: Text::new("", ""),
    }
}

pub fn snapshot_with(statuses: &[(&str, Status)]) -> Snapshot {
    let id = "2026-Q3".parse().unwrap();
    Snapshot {
        schema_version: SCHEMA_VERSION,
        id,
        as_of: Date::new(2026, 9, 30).unwrap(),
        strategy_sha256: "synthetic".into(),
        synthetic: true,
        supersedes: None,
        note: None,
        measures: statuses
            .iter()
            .map(|(m, s)| MeasureProgress {
                measure: m.to_string(),
                status: *s,
                first_reported_in: id,
                note: None,
                results: vec![],
            })
            .collect(),
        indicators: vec![],
    }
}

/// A strategy holding only these measures (no goals, flagships or notes).
pub fn strategy_with(measures: Vec<Measure>) -> Strategy {
    Strategy {
        schema_version: SCHEMA_VERSION,
        document: DocumentInfo {
            title: Text::new("Strategiya", "Strategy"),
            short_title: Text::new("Strategiya", "Strategy"),
            period: Period {
                start: 2026,
                end: 2029,
            },
            adoption: Text::new("", ""),
            source_file: "synthetic".into(),
        },
        goals: vec![],
        directions: vec![],
        measures,
        indicators: vec![],
        flagships: vec![],
        agencies: vec![],
        context_facts: vec![],
        source_notes: vec![],
    }
}

//! The strategy's source files under `data/strategy/` (see `data/FORMAT.md`).

use crate::source::text::TextSrc;
use serde::Deserialize;
use std::collections::BTreeMap;
use toml::Spanned;

/// `document.toml`: facts about the document.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DocumentSrc {
    pub title: Option<TextSrc>,
    pub short_title: Option<TextSrc>,
    pub adoption: Option<TextSrc>,
    pub start: u16,
    pub end: u16,
    pub source_file: String,
}

/// A `goal-8.N.toml` file.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GoalFileSrc {
    pub goal: Spanned<GoalSrc>,
    #[serde(default)]
    pub direction: Vec<Spanned<DirectionSrc>>,
    #[serde(default)]
    pub measure: Vec<Spanned<MeasureSrc>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GoalSrc {
    pub id: String,
    pub objective_ref: String,
    pub title: Option<TextSrc>,
    pub objective: Option<TextSrc>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DirectionSrc {
    pub id: String,
    pub prose_ref: String,
    pub title: Option<TextSrc>,
    pub justification: Option<TextSrc>,
    pub risks: Option<TextSrc>,
    #[serde(default)]
    pub expected_result: Vec<ExpectedResultSrc>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ExpectedResultSrc {
    pub r#ref: String,
    pub text: Option<TextSrc>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MeasureSrc {
    pub id: String,
    pub direction: String,
    pub prose_ref: String,
    pub title: Option<TextSrc>,
    pub lead: String,
    #[serde(default)]
    pub others: Vec<String>,
    #[serde(default)]
    pub relevant_agencies: bool,
    pub start: i64,
    pub end: i64,
    pub initial: Option<TextSrc>,
    pub intermediate: Option<TextSrc>,
    #[serde(rename = "final")]
    pub final_: Option<TextSrc>,
    pub spans: Option<String>,
}

/// `indicators.toml`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct IndicatorFileSrc {
    #[serde(default)]
    pub indicator: Vec<Spanned<IndicatorSrc>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct IndicatorSrc {
    pub id: String,
    pub name: Option<TextSrc>,
    pub unit: String,
    pub unit_printed: Option<TextSrc>,
    #[serde(default)]
    pub targets: BTreeMap<String, f64>,
    #[serde(default)]
    pub targets_printed: BTreeMap<String, String>,
    pub cumulative: String,
}

/// `flagships.toml`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FlagshipFileSrc {
    #[serde(default)]
    pub flagship: Vec<Spanned<FlagshipSrc>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FlagshipSrc {
    pub id: String,
    pub title: Option<TextSrc>,
    pub text: Option<TextSrc>,
    #[serde(default)]
    pub link: Vec<FlagshipLinkSrc>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FlagshipLinkSrc {
    pub measure: String,
    pub basis: String,
    pub reason: Option<TextSrc>,
}

/// `agencies.toml`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AgencyFileSrc {
    #[serde(default)]
    pub agency: Vec<Spanned<AgencySrc>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AgencySrc {
    pub slug: String,
    pub acronym: String,
    #[serde(default)]
    pub aliases: Vec<String>,
    pub name: Option<TextSrc>,
    pub name_en_basis: String,
}

/// `context.toml`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ContextFileSrc {
    #[serde(default)]
    pub fact: Vec<Spanned<FactSrc>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FactSrc {
    pub id: String,
    pub year: Option<u16>,
    pub value: f64,
    pub unit: String,
    pub value_qualifier: String,
    pub label: Option<TextSrc>,
    pub source_wording: Option<TextSrc>,
    pub section: String,
}

/// `notes*.toml`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NoteFileSrc {
    #[serde(default)]
    pub note: Vec<Spanned<NoteSrc>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NoteSrc {
    pub id: String,
    pub applies_to: Vec<String>,
    pub kind: String,
    pub printed: Option<TextSrc>,
    pub text: Option<TextSrc>,
}

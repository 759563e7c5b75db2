//! The priority directions of a goal file (`[[direction]]`): section 8's headings with their
//! section 6.1 context (justification, expected results, risks).

use crate::compile::text::toml_text;
use crate::compile::{spanned, Checks};
use crate::problem::{IdShape, ItemKind, ItemLabel, SectionRef};
use crate::source::{SourceFile, TextSrc};
use model::strategy::{Direction, ExpectedResult};
use serde::Deserialize;
use toml::Spanned;

/// A `[[direction]]` table.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DirectionSrc {
    id: String,
    prose_ref: String,
    title: Option<TextSrc>,
    justification: Option<TextSrc>,
    risks: Option<TextSrc>,
    #[serde(default)]
    expected_result: Vec<ExpectedResultSrc>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct ExpectedResultSrc {
    r#ref: String,
    text: Option<TextSrc>,
}

/// Checks the directions of goal `goal`.
pub fn compile(
    file: &SourceFile,
    goal: &str,
    sources: Vec<Spanned<DirectionSrc>>,
    checks: &mut Checks,
) -> Vec<Direction> {
    let mut directions = Vec::new();
    for (span, d) in sources.into_iter().map(spanned) {
        let item = file.item(span, ItemLabel::new(ItemKind::Direction, &d.id));
        let shape = IdShape::DirectionOf {
            goal: goal.to_string(),
        };
        checks.claim_id(&d.id, &item, shape);
        checks.section_ref(&d.prose_ref, &item, "prose_ref", SectionRef::Direction);
        let expected_results = d
            .expected_result
            .iter()
            .map(|r| ExpectedResult {
                r#ref: r.r#ref.clone(),
                text: toml_text(r.text.as_ref(), &item, "expected_result", checks.problems),
            })
            .collect();
        directions.push(Direction {
            goal: goal.to_string(),
            title: toml_text(d.title.as_ref(), &item, "title", checks.problems),
            justification: toml_text(
                d.justification.as_ref(),
                &item,
                "justification",
                checks.problems,
            ),
            risks: toml_text(d.risks.as_ref(), &item, "risks", checks.problems),
            expected_results,
            id: d.id,
            prose_ref: d.prose_ref,
        });
    }
    directions
}

//! `context.toml` (optional): the dated context figures of section 3, each with its unit, how
//! exact its wording says it is, and the sentence as printed.

use crate::compile::ids::code;
use crate::compile::text::toml_text;
use crate::compile::{spanned, Checks};
use crate::problem::{IdShape, ItemKind, ItemLabel};
use crate::source::{SourceFile, TextSrc};
use model::strategy::ContextFact;
use serde::Deserialize;
use toml::Spanned;

/// `context.toml`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct ContextFileSrc {
    #[serde(default)]
    fact: Vec<Spanned<FactSrc>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct FactSrc {
    id: String,
    year: Option<u16>,
    value: f64,
    unit: String,
    value_qualifier: String,
    label: Option<TextSrc>,
    source_wording: Option<TextSrc>,
    section: String,
}

/// Checks `context.toml`.
pub fn compile(file: &SourceFile, checks: &mut Checks) -> Vec<ContextFact> {
    let Some(src) = file.parse_toml::<ContextFileSrc>(checks.problems) else {
        return Vec::new();
    };
    let mut facts = Vec::new();
    for (span, f) in src.fact.into_iter().map(spanned) {
        let item = file.item(span, ItemLabel::new(ItemKind::Fact, &f.id));
        checks.claim_id(&f.id, &item, IdShape::Fact);
        let problems = &mut *checks.problems;
        facts.push(ContextFact {
            unit: code(&f.unit, &item, "unit", problems),
            qualifier: code(&f.value_qualifier, &item, "value_qualifier", problems),
            label: toml_text(f.label.as_ref(), &item, "label", problems),
            source_wording: toml_text(f.source_wording.as_ref(), &item, "source_wording", problems),
            id: f.id,
            year: f.year,
            value: f.value,
            section: f.section,
        });
    }
    facts
}

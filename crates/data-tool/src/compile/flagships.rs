//! `flagships.toml`: the flagship initiatives of section 6.2, each linked to the measures it
//! belongs to, with whether the source states the link or an editor inferred it.

use crate::compile::ids::code;
use crate::compile::text::toml_text;
use crate::compile::{spanned, Checks};
use crate::problem::{IdShape, ItemKind, ItemLabel, ProblemKind};
use crate::source::{SourceFile, TextSrc};
use model::strategy::{Flagship, FlagshipLink, Measure};
use serde::Deserialize;
use toml::Spanned;

/// `flagships.toml`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct FlagshipFileSrc {
    #[serde(default)]
    flagship: Vec<Spanned<FlagshipSrc>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct FlagshipSrc {
    id: String,
    title: Option<TextSrc>,
    text: Option<TextSrc>,
    #[serde(default)]
    link: Vec<Spanned<FlagshipLinkSrc>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct FlagshipLinkSrc {
    measure: String,
    basis: String,
    reason: Option<TextSrc>,
}

/// Checks `flagships.toml`; links must name measures of the strategy.
pub fn compile(file: &SourceFile, measures: &[Measure], checks: &mut Checks) -> Vec<Flagship> {
    let Some(src) = file.parse_toml::<FlagshipFileSrc>(checks.problems) else {
        return Vec::new();
    };
    let mut flagships = Vec::new();
    for (span, f) in src.flagship.into_iter().map(spanned) {
        let item = file.item(span, ItemLabel::new(ItemKind::Flagship, &f.id));
        checks.claim_id(&f.id, &item, IdShape::Flagship);
        let problems = &mut *checks.problems;
        if f.link.is_empty() {
            problems.report(&item, "link", ProblemKind::FlagshipWithoutLink);
        }
        let mut links = Vec::new();
        for (span, l) in f.link.into_iter().map(spanned) {
            let link = item.part(span);
            if !measures.iter().any(|m| m.id == l.measure) {
                let id = l.measure.clone();
                problems.report(&link, "measure", ProblemKind::UnknownMeasure { id });
            }
            links.push(FlagshipLink {
                basis: code(&l.basis, &link, "basis", problems),
                reason: toml_text(l.reason.as_ref(), &link, "reason", problems),
                measure: l.measure,
            });
        }
        flagships.push(Flagship {
            title: toml_text(f.title.as_ref(), &item, "title", problems),
            text: toml_text(f.text.as_ref(), &item, "text", problems),
            id: f.id,
            links,
        });
    }
    flagships
}

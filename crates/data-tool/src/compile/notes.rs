//! `notes*.toml`: source notes, the places where the document contradicts itself or is unclear.
//! A note applies to items by id (any id of the strategy, or `document`).

use crate::compile::ids::{code, IdRegister};
use crate::compile::text::{printed_az, toml_text};
use crate::compile::{spanned, Checks};
use crate::problem::{IdShape, ItemKind, ItemLabel, ProblemKind};
use crate::source::{SourceFile, TextSrc};
use model::strategy::SourceNote;
use serde::Deserialize;
use toml::Spanned;

/// What `applies_to` names for the document as a whole.
pub const DOCUMENT: &str = "document";

/// A `notes*.toml` file.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct NoteFileSrc {
    #[serde(default)]
    note: Vec<Spanned<NoteSrc>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct NoteSrc {
    id: String,
    applies_to: Vec<String>,
    kind: String,
    printed: Option<TextSrc>,
    text: Option<TextSrc>,
}

/// Checks a notes file; `items` holds the ids of every other item of the strategy.
pub fn compile(file: &SourceFile, items: &IdRegister, checks: &mut Checks) -> Vec<SourceNote> {
    let Some(src) = file.parse_toml::<NoteFileSrc>(checks.problems) else {
        return Vec::new();
    };
    let mut notes = Vec::new();
    for (span, n) in src.note.into_iter().map(spanned) {
        let item = file.item(span, ItemLabel::new(ItemKind::Note, &n.id));
        checks.claim_id(&n.id, &item, IdShape::Note);
        let problems = &mut *checks.problems;
        if n.applies_to.is_empty() {
            problems.report(&item, "applies_to", ProblemKind::NoteWithoutTarget);
        }
        for target in &n.applies_to {
            if target != DOCUMENT && !items.contains(target) {
                let id = target.clone();
                problems.report(&item, "applies_to", ProblemKind::UnknownItem { id });
            }
        }
        notes.push(SourceNote {
            kind: code(&n.kind, &item, "kind", problems),
            printed: printed_az(n.printed.as_ref(), &item, "printed", problems),
            text: toml_text(n.text.as_ref(), &item, "text", problems),
            id: n.id,
            applies_to: n.applies_to,
        });
    }
    notes
}

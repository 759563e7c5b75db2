//! `document.toml`: facts about the strategy document itself, including its period, the one
//! home of the strategy's years (measures' periods, targets and reported values are checked
//! against it).

use crate::compile::text::toml_text;
use crate::problem::{ItemKind, ItemLabel, ProblemKind, Problems};
use crate::source::{SourceFile, TextSrc};
use model::strategy::{DocumentInfo, Period};
use serde::Deserialize;

/// `document.toml`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct DocumentSrc {
    title: Option<TextSrc>,
    short_title: Option<TextSrc>,
    adoption: Option<TextSrc>,
    start: u16,
    end: u16,
    source_file: String,
}

/// Checks `document.toml`; `None` when it does not parse.
pub fn compile(file: &SourceFile, problems: &mut Problems) -> Option<DocumentInfo> {
    let src: DocumentSrc = file.parse_toml(problems)?;
    let site = file.whole(Some(ItemLabel::whole(ItemKind::Document)));
    if src.end < src.start {
        let (start, end) = (i64::from(src.start), i64::from(src.end));
        problems.report(&site, "end", ProblemKind::EndsBeforeStart { start, end });
    }
    Some(DocumentInfo {
        title: toml_text(src.title.as_ref(), &site, "title", problems),
        short_title: toml_text(src.short_title.as_ref(), &site, "short_title", problems),
        adoption: toml_text(src.adoption.as_ref(), &site, "adoption", problems),
        period: Period {
            start: src.start,
            end: src.end,
        },
        source_file: src.source_file,
    })
}

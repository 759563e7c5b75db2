//! Bilingual text as editors write it (`title.az = …`, `title.en = …` or `title.en_missing = true`).

use crate::problem::Problems;
use crate::source::SourceFile;
use model::Text;
use serde::Deserialize;
use std::ops::Range;

/// A text in the source: Azerbaijani required, English required unless marked missing.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TextSrc {
    /// Azerbaijani, as printed.
    pub az: Option<String>,
    /// English translation.
    pub en: Option<String>,
    /// Set to `true` to leave the English deliberately untranslated.
    #[serde(default)]
    pub en_missing: bool,
}

/// Where a text sits, for messages: the file, the item's span and the field's name.
pub struct TextSite<'a> {
    /// The file.
    pub file: &'a SourceFile,
    /// The item's byte span.
    pub span: &'a Range<usize>,
    /// The item's label, e.g. `measure 8.1.1.1`.
    pub item: &'a str,
    /// The field, e.g. `title`.
    pub field: &'a str,
}

impl TextSite<'_> {
    fn report(&self, problems: &mut Problems, subfield: &str, message: &str) {
        let key = format!("{}.{subfield}", self.field);
        let line = self.file.field_line(self.span, &key);
        problems.push(
            &self.file.path,
            line,
            format!("{}: {key}", self.item),
            message,
        );
    }
}

/// True when a text holds a run of four or more single letters separated by spaces, the mark of
/// a word the PDF extraction spaced out ("y ü k s ə k").
pub fn has_spaced_letters(text: &str) -> bool {
    let mut run = 0;
    for token in text.split(' ') {
        let mut chars = token.chars();
        let single_letter =
            matches!((chars.next(), chars.next()), (Some(c), None) if c.is_alphabetic());
        if single_letter {
            run += 1;
            if run >= 4 {
                return true;
            }
        } else {
            run = 0;
        }
    }
    false
}

/// Checks a source text and converts it. Missing languages and extraction damage are problems.
pub fn compile_text(src: Option<&TextSrc>, site: &TextSite<'_>, problems: &mut Problems) -> Text {
    let empty = TextSrc::default();
    let src = src.unwrap_or(&empty);
    let az = src.az.clone().unwrap_or_default();
    if az.trim().is_empty() {
        site.report(
            problems,
            "az",
            "the Azerbaijani text is missing: copy it from the source document",
        );
    }
    let en = match (&src.en, src.en_missing) {
        (Some(en), false) if !en.trim().is_empty() => Some(en.clone()),
        (Some(_), true) => {
            site.report(
                problems,
                "en_missing",
                "`en_missing = true` but an English text is given: keep one of them",
            );
            src.en.clone()
        }
        (None, true) => None,
        _ => {
            site.report(
                problems,
                "en",
                "the English text is missing: translate it, or write `en_missing = true` to leave it untranslated on purpose",
            );
            None
        }
    };
    for (lang, value) in [("az", Some(&az)), ("en", en.as_ref())] {
        if value.is_some_and(|v| has_spaced_letters(v)) {
            site.report(
                problems,
                lang,
                "holds letters separated by spaces (\"y ü k s ə k\"): join the word as printed",
            );
        }
    }
    Text { az, en }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn detects_letter_spaced_words() {
        assert!(has_spaced_letters("rəqəmsal y ü k s ə k ixtisaslı"));
        assert!(has_spaced_letters("x i d m"));
        assert!(!has_spaced_letters("a b c"));
        assert!(!has_spaced_letters("İKT və s. (a) 5 b"));
        assert!(!has_spaced_letters("yüksəkixtisaslı"));
    }
}

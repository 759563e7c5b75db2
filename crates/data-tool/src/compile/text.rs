//! Bilingual text, checked: TOML texts (`title.az`, `title.en` or `title.en_missing`) and CSV
//! cell pairs (`note_az`, `note_en` or [`UNTRANSLATED`]). Azerbaijani is required; English is
//! required unless left out on purpose; a word spaced out letter by letter (PDF extraction
//! damage) is refused in either.

use crate::problem::{FileLine, Locate, ProblemKind, Problems};
use crate::source::TextSrc;
use model::Text;

/// What an editor writes in an `_en` column to leave it untranslated on purpose.
pub const UNTRANSLATED: &str = "[untranslated]";

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

/// Checks a TOML text (`<field>.az`, `<field>.en`) and converts it.
pub fn toml_text(
    src: Option<&TextSrc>,
    site: &impl Locate,
    field: &str,
    problems: &mut Problems,
) -> Text {
    let mut report = |part: &str, kind| problems.report(site, &format!("{field}.{part}"), kind);
    let empty = TextSrc::default();
    let src = src.unwrap_or(&empty);
    let az = src.az.clone().unwrap_or_default();
    if az.trim().is_empty() {
        report("az", ProblemKind::AzTextMissing);
    }
    let en = match (&src.en, src.en_missing) {
        (Some(en), false) if !en.trim().is_empty() => Some(en.clone()),
        (Some(_), true) => {
            report("en_missing", ProblemKind::EnTextGivenAndMarkedMissing);
            src.en.clone()
        }
        (None, true) => None,
        _ => {
            report("en", ProblemKind::EnTextMissing);
            None
        }
    };
    for (part, value) in [("az", Some(&az)), ("en", en.as_ref())] {
        if value.is_some_and(|v| has_spaced_letters(v)) {
            report(part, ProblemKind::TextLetterSpaced);
        }
    }
    Text { az, en }
}

/// Only the Azerbaijani of a TOML text: a quote of the source, which needs no translation.
pub fn printed_az(
    src: Option<&TextSrc>,
    site: &impl Locate,
    field: &str,
    problems: &mut Problems,
) -> String {
    match src
        .and_then(|t| t.az.clone())
        .filter(|s| !s.trim().is_empty())
    {
        Some(az) => az,
        None => {
            let field = format!("{field}.az");
            problems.report(site, &field, ProblemKind::PrintedWordingMissing);
            String::new()
        }
    }
}

/// A pair of CSV cells (`<base>_az`, `<base>_en`) as a text; `None` when both are empty
/// (a problem too when the text is `required`).
pub fn cell_text(
    (az, en): (&str, &str),
    row: &FileLine,
    base: &str,
    required: bool,
    problems: &mut Problems,
) -> Option<Text> {
    let az_column = format!("{base}_az");
    let en_column = format!("{base}_en");
    if az.is_empty() && en.is_empty() {
        if required {
            problems.report(row, &az_column, ProblemKind::SourceRequired);
        }
        return None;
    }
    if az.is_empty() {
        problems.report(row, &az_column, ProblemKind::AzCellMissing);
    }
    let en = match en {
        "" => {
            problems.report(row, &en_column, ProblemKind::EnCellMissing);
            None
        }
        UNTRANSLATED => None,
        text => Some(text.to_string()),
    };
    for (column, value) in [(&az_column, Some(az)), (&en_column, en.as_deref())] {
        if value.is_some_and(has_spaced_letters) {
            problems.report(row, column, ProblemKind::CellLetterSpaced);
        }
    }
    Some(Text {
        az: az.to_string(),
        en,
    })
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

//! The problems in English, the default: what is wrong and what to do about it.

use super::kind::{IdShape, ProblemKind, SectionRef};
use super::location::ItemKind;
use crate::compile::number::NumberError;
use crate::compile::text::UNTRANSLATED;
use crate::source::spreadsheet::NotUtf8;

/// An item kind as field labels name it in English (`measure 8.1.1.1: lead`).
pub(super) fn item_kind(kind: ItemKind) -> &'static str {
    match kind {
        ItemKind::Document => "document",
        ItemKind::Agency => "agency",
        ItemKind::Goal => "goal",
        ItemKind::Direction => "direction",
        ItemKind::Measure => "measure",
        ItemKind::Indicator => "indicator",
        ItemKind::Flagship => "flagship",
        ItemKind::Fact => "fact",
        ItemKind::Note => "note",
        ItemKind::Snapshot => "snapshot",
    }
}

fn id_shape(given: &str, shape: &IdShape) -> String {
    match shape {
        IdShape::Goal => format!("`{given}` is not a goal id like 8.1"),
        IdShape::DirectionOf { goal } => {
            format!("`{given}` is not a direction id of goal {goal} (like {goal}.1)")
        }
        IdShape::Measure => format!("`{given}` is not a measure id like 8.1.1.1"),
        IdShape::Indicator => format!("`{given}` is not an indicator id like 4.1.1"),
        IdShape::Flagship => format!("`{given}` is not a flagship id like 6.2.1"),
        IdShape::Fact => "use lower-case ASCII letters, digits and dashes".into(),
        IdShape::Note => "use ASCII letters, digits, dots and dashes (N-8.1-01)".into(),
    }
}

fn section_ref(section: SectionRef) -> &'static str {
    match section {
        SectionRef::Objective => "must name a section 5.1 objective like 5.1.1",
        SectionRef::Direction => "must name a section 6.1 direction like 6.1.1",
        SectionRef::Measure => "must name a section 6.1 measure like 6.1.1.2.1",
    }
}

/// The first twelve hex digits of a hash, as messages quote it.
fn short(hash: &str) -> &str {
    &hash[..hash.len().min(12)]
}

/// Why a typed value is not read as a number, with both readings where it has two.
fn number(error: &NumberError) -> String {
    match error {
        NumberError::NotANumber { given } if given.is_empty() => {
            "the number is missing: write it with digits (3000, 1.66 or 1,66)".into()
        }
        NumberError::NotANumber { given } => format!(
            "`{given}` is not a number: write digits, with a point or a comma before the decimals (3000, 1.66 or 1,66)"
        ),
        NumberError::Percent { given } => format!(
            "`{given}`: write the number without % (the indicator's unit says what it counts)"
        ),
        NumberError::Ambiguous {
            given, separator, ..
        } => {
            let (thousands_style, decimal_style) = match separator {
                '.' => ("Azerbaijani", "English"),
                _ => ("English", "Azerbaijani"),
            };
            let (thousands, decimal) = error.readings('.').unwrap_or_default();
            format!(
                "`{given}` can be read two ways: {thousands} (`{separator}` between thousands, as {thousands_style} writes) \
                 or {decimal} (`{separator}` before the decimals, as {decimal_style} writes); write {thousands} or {decimal}, without a thousands separator"
            )
        }
    }
}

/// The message of a problem in English.
pub(super) fn message(kind: &ProblemKind) -> String {
    use ProblemKind as K;
    match kind {
        K::MissingStrategyFile => {
            "missing: every strategy needs this file (see data/FORMAT.md)".into()
        }
        K::NoGoalFiles => "no goal files (goal-8.N.toml) found".into(),
        K::Toml { message } => message.clone(),
        K::MissingCsvFile { header } => format!("missing: create it with the header line `{header}`"),
        K::CsvHeaderUnreadable { error } => error.clone(),
        K::WrongCsvHeader { expected, found } => {
            format!("columns must be exactly `{expected}` (found `{found}`)")
        }
        K::NotUtf8(NotUtf8::Utf16) => {
            "the file is saved as UTF-16 (\"Unicode text\"): save it as CSV UTF-8".into()
        }
        K::NotUtf8(NotUtf8::LegacyCodePage { byte }) => format!(
            "byte 0x{byte:02X} is not UTF-8: the file is saved in a legacy code page (such as Windows-1254), which damages ə, ş, ğ; save it as CSV UTF-8"
        ),
        K::QuestionMarkInWord { word } => format!(
            "`{word}` has a `?` inside a word: a spreadsheet's plain \"CSV\" save turns ə and other letters into ?; save it as CSV UTF-8 and type the letters again"
        ),
        K::Sheet(problem) => problem.message(model::Lang::En),
        K::CsvRowUnreadable { error } => format!("unreadable CSV row: {error}"),
        K::IdUsedTwice { id, first_at } => {
            format!("`{id}` is used twice (first at {first_at}): ids must be unique")
        }
        K::NotAnId { given, shape } => id_shape(given, shape),
        K::NotASectionRef(section) => section_ref(*section).into(),
        K::NotOneOf(unknown) => format!("`{}` is not one of: {}", unknown.given, unknown.allowed),
        K::SlugNotFolded { expected } => format!("must be the ASCII-folded acronym `{expected}`"),
        K::UnknownAgency { printed } => format!(
            "agency `{printed}` is not in agencies.toml (write the acronym as section 9 prints it)"
        ),
        K::DirectionNotInFile { direction } => {
            format!("direction `{direction}` is not defined in this goal's file")
        }
        K::MeasureNotInDirection { measure, direction } => {
            format!("measure {measure} cannot belong to direction {direction}")
        }
        K::YearOutsideStrategy { year, period } => format!(
            "{year} is outside the strategy's years {}–{}",
            period.start, period.end
        ),
        K::EndsBeforeStart { start, end } => format!("ends ({end}) before it starts ({start})"),
        K::SpannedCellGiven { spanning, spanned } => {
            format!("the {spanning} cell spans {spanned} too: remove `{spanned}`")
        }
        K::NotASpan { given } => {
            format!("`{given}` is not `initial-intermediate` or `intermediate-final`")
        }
        K::TargetMissing { year } => format!("the target for {year} is missing"),
        K::PrintedTargetMissing { year } => format!("the printed target for {year} is missing"),
        K::TargetNotANumber { year } => format!("the target for {year} is not a number"),
        K::TargetYearOutside { given, period } => format!(
            "`{given}` is not a year of the strategy ({}–{})",
            period.start, period.end
        ),
        K::FlagshipWithoutLink => {
            "a flagship needs at least one [[flagship.link]] to a measure".into()
        }
        K::UnknownMeasure { id } => format!("measure `{id}` does not exist"),
        K::NoteWithoutTarget => "name at least one item, or \"document\"".into(),
        K::UnknownItem { id } => format!("`{id}` is not the id of any item"),
        K::AzTextMissing => {
            "the Azerbaijani text is missing: copy it from the source document".into()
        }
        K::EnTextMissing => "the English text is missing: translate it, or write `en_missing = true` to leave it untranslated on purpose".into(),
        K::EnTextGivenAndMarkedMissing => {
            "`en_missing = true` but an English text is given: keep one of them".into()
        }
        K::TextLetterSpaced => {
            "holds letters separated by spaces (\"y ü k s ə k\"): join the word as printed".into()
        }
        K::PrintedWordingMissing => "the printed wording is missing".into(),
        K::SourceRequired => {
            "required: say who reported the value or where it was published".into()
        }
        K::AzCellMissing => {
            "the Azerbaijani text is missing (it is the authoritative language)".into()
        }
        K::EnCellMissing => format!("the English text is missing: translate it, or write {UNTRANSLATED} to leave it untranslated on purpose"),
        K::CellLetterSpaced => "holds letters separated by spaces: join the word".into(),
        K::BadSnapshotId(error) => error.to_string(),
        K::IdNotFolderName { id, folder } => {
            format!("`{id}` must match its folder name `{folder}`")
        }
        K::BadDate(error) => error.to_string(),
        K::NotAState { given } => format!("`{given}` is not `draft` or `published`"),
        K::SyntheticPublished => "a synthetic (test) snapshot can never be published: set `state = \"draft\"`".into(),
        K::SupersedesLater { old, id } => format!("{old} is not earlier than {id}"),
        K::MeasureListedTwice { id } => format!("measure `{id}` is listed twice"),
        K::NotYetReportedRow => "not_yet_reported is what a measure without a row means: remove the row instead".into(),
        K::NotAStatus(unknown) => format!(
            "`{}` is not a status; use one of: {}",
            unknown.given, unknown.allowed
        ),
        K::LaterFirstReport { given, this } => {
            format!("{given} is later than this snapshot ({this})")
        }
        K::NotAStage { given } => format!("`{given}` is not initial, intermediate or final"),
        K::NoSuchResult { measure, stage } => format!("measure {measure} has no {stage} result"),
        K::ResultListedTwice { measure, stage } => {
            format!("the {stage} result of {measure} is listed twice")
        }
        K::NotHttps { url } => format!("`{url}` is not an https:// link"),
        K::DateAfterAsOf { date, as_of } => {
            format!("{date} is later than the snapshot's as-of date {as_of}")
        }
        K::ResultWithoutStatus { measure } => {
            format!("measure {measure} has a result but no status: add it to measures.csv")
        }
        K::UnknownIndicator { id } => format!("indicator `{id}` does not exist"),
        K::NotAReportableYear { given } => {
            format!("`{given}` is not a year of the strategy up to the as-of date")
        }
        K::TwoValuesForYear { indicator, year } => {
            format!("indicator {indicator} has two values for {year}")
        }
        K::BadNumber(error) => number(error),
        K::PublishedSnapshotRemoved { id } => format!(
            "published snapshot {id} has no source folder: a published snapshot is never removed"
        ),
        K::PublishedWouldChange {
            id,
            recorded,
            now,
            archived,
        } => format!(
            "published snapshot {id} would change (published.lock has {}…, the source now gives {}…){}: \
             undo the edit, and publish a correction as a new snapshot (data-tool new-snapshot {})",
            short(recorded),
            short(now),
            if *archived { "" } else { " and no archived copy exists" },
            id.next_revision()
        ),
        K::ArchivedStrategyMissing { id, path } => format!(
            "the strategy version {id} reports against is missing from the archive: restore {}",
            path.display()
        ),
        K::ArchiveUnreadable { path, error } => {
            format!("the archived file {} is unreadable: {error}", path.display())
        }
        K::ArchiveTampered { path } => format!(
            "the archived file {} does not match published.lock: restore it from version control",
            path.display()
        ),
        K::PublishedNotInLock { id } => format!(
            "snapshot {id} says published but is not in published.lock: set it to draft and run `data-tool publish {id}`"
        ),
        K::LockedButDraft { id } => {
            format!("snapshot {id} is in published.lock, so it must stay `published`")
        }
        K::UnknownSnapshot { id } => format!("snapshot {id} does not exist"),
        K::CarriedStatusDiffers {
            measure,
            older,
            before,
        } => format!(
            "the status of {measure} differs from {older} ({}), so it is first reported now: leave first_reported_in empty",
            before.map_or("no row", |status| status.code())
        ),
        K::CarriedValueDiffers {
            indicator,
            year,
            older,
        } => format!(
            "the {year} value of {indicator} differs from {older}, so it is first reported now: leave first_reported_in empty"
        ),
        K::OutOfDateOrder {
            newer,
            newer_as_of,
            older,
            older_as_of,
        } => format!(
            "{newer} is as of {newer_as_of}, earlier than the older snapshot {older} ({older_as_of}): snapshots must be in date order"
        ),
    }
}

/// The last line of a failed validation.
pub(super) fn summary(count: usize) -> String {
    format!(
        "{count} problem{} found; nothing was written",
        if count == 1 { "" } else { "s" }
    )
}

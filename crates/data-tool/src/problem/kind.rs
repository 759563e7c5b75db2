//! What can be wrong with the editor's source: one variant per rule, with the values the
//! message needs. Kinds carry no wording; `en.rs` and `az.rs` say them in each language.

use crate::compile::number::NumberError;
use crate::problem::location::FileLine;
use crate::problem::sheet::SheetProblem;
use crate::source::spreadsheet::NotUtf8;
use model::code::UnknownCode;
use model::date::DateError;
use model::snapshot_id::SnapshotIdError;
use model::strategy::{Period, Stage};
use model::{Date, SnapshotId, Status};
use std::path::PathBuf;

/// The shape an id must have, by what it names.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum IdShape {
    /// `8.1`.
    Goal,
    /// `8.1.1`, under the goal given.
    DirectionOf {
        /// The goal's id.
        goal: String,
    },
    /// `8.1.1.1`.
    Measure,
    /// `4.1.1`.
    Indicator,
    /// `6.2.1`.
    Flagship,
    /// A context figure's: lower-case ASCII letters, digits and dashes.
    Fact,
    /// A source note's: ASCII letters, digits, dots and dashes (`N-8.1-01`).
    Note,
}

/// The section of the document a reference must name.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SectionRef {
    /// A section 5.1 objective (`5.1.1`).
    Objective,
    /// A section 6.1 direction (`6.1.1`).
    Direction,
    /// A section 6.1 measure (`6.1.1.2.1`).
    Measure,
}

/// One thing wrong with the source. Each variant is one rule; the tests in `tests/rules_*.rs`
/// break each one.
#[derive(Clone, Debug, PartialEq)]
pub enum ProblemKind {
    // Files and their syntax
    /// A strategy file every strategy needs is not there.
    MissingStrategyFile,
    /// No `goal-8.N.toml` file.
    NoGoalFiles,
    /// TOML that does not parse, or has a field the format does not know.
    Toml {
        /// The TOML parser's own (English) message.
        message: String,
    },
    /// A snapshot's CSV file is not there.
    MissingCsvFile {
        /// The header line it must start with.
        header: String,
    },
    /// The CSV header cannot be read.
    CsvHeaderUnreadable {
        /// The CSV reader's own (English) message.
        error: String,
    },
    /// The CSV header is not exactly the expected columns.
    WrongCsvHeader {
        /// The expected header.
        expected: String,
        /// The header found.
        found: String,
    },
    /// A CSV file is not UTF-8 text.
    NotUtf8(NotUtf8),
    /// A cell has a `?` inside a word: letters lost by a spreadsheet's non-UTF-8 save.
    QuestionMarkInWord {
        /// The word.
        word: String,
    },
    /// A workbook's sheet, row or cell (`import-xlsx`).
    Sheet(SheetProblem),
    /// A CSV row cannot be read.
    CsvRowUnreadable {
        /// The CSV reader's own (English) message.
        error: String,
    },

    // Ids and references in the strategy
    /// An id (or an acronym) is used twice.
    IdUsedTwice {
        /// The id.
        id: String,
        /// Where it was used first.
        first_at: FileLine,
    },
    /// An id does not have the shape of its kind.
    NotAnId {
        /// The id as written.
        given: String,
        /// The shape it must have.
        shape: IdShape,
    },
    /// A reference does not name a section of the kind it must.
    NotASectionRef(SectionRef),
    /// A code that is none of its list's codes.
    NotOneOf(UnknownCode),
    /// An agency's slug is not its ASCII-folded acronym.
    SlugNotFolded {
        /// The slug it must be.
        expected: String,
    },
    /// An agency acronym not in `agencies.toml`.
    UnknownAgency {
        /// The acronym as written.
        printed: String,
    },
    /// A measure names a direction its goal file does not define.
    DirectionNotInFile {
        /// The direction's id.
        direction: String,
    },
    /// A measure's id is not under its direction's.
    MeasureNotInDirection {
        /// The measure's id.
        measure: String,
        /// The direction's id.
        direction: String,
    },
    /// A year outside the strategy's period.
    YearOutsideStrategy {
        /// The year as written.
        year: i64,
        /// The strategy's period.
        period: Period,
    },
    /// A period whose end is before its start.
    EndsBeforeStart {
        /// The first year.
        start: i64,
        /// The last year.
        end: i64,
    },
    /// A result cell spans the next stage, whose own cell is given too.
    SpannedCellGiven {
        /// The stage of the spanning cell.
        spanning: Stage,
        /// The stage it spans.
        spanned: Stage,
    },
    /// `spans` is not one of its two values.
    NotASpan {
        /// The value as written.
        given: String,
    },
    /// An indicator has no target for a year of the strategy.
    TargetMissing {
        /// The year.
        year: u16,
    },
    /// An indicator has no printed target for a year of the strategy.
    PrintedTargetMissing {
        /// The year.
        year: u16,
    },
    /// A target is not a finite number.
    TargetNotANumber {
        /// The year.
        year: u16,
    },
    /// A target is keyed by something that is not a year of the strategy.
    TargetYearOutside {
        /// The key as written.
        given: String,
        /// The strategy's period.
        period: Period,
    },
    /// A flagship without a link to a measure.
    FlagshipWithoutLink,
    /// A measure id that no measure has.
    UnknownMeasure {
        /// The id.
        id: String,
    },
    /// A note that applies to nothing.
    NoteWithoutTarget,
    /// A note applies to an id that no item has.
    UnknownItem {
        /// The id.
        id: String,
    },

    // Bilingual texts in TOML
    /// A text's Azerbaijani is missing.
    AzTextMissing,
    /// A text's English is missing and not marked as left out.
    EnTextMissing,
    /// A text has English and says it has none.
    EnTextGivenAndMarkedMissing,
    /// A text holds a word spaced out letter by letter.
    TextLetterSpaced,
    /// A note quotes no printed wording.
    PrintedWordingMissing,

    // Bilingual texts in CSV cells
    /// A value names no source.
    SourceRequired,
    /// A cell pair has English but no Azerbaijani.
    AzCellMissing,
    /// A cell pair has Azerbaijani but no English, and is not marked untranslated.
    EnCellMissing,
    /// A cell holds a word spaced out letter by letter.
    CellLetterSpaced,

    // A snapshot's snapshot.toml
    /// A text that is not a snapshot id.
    BadSnapshotId(SnapshotIdError),
    /// A snapshot's id is not its folder's name.
    IdNotFolderName {
        /// The id.
        id: String,
        /// The folder's name.
        folder: String,
    },
    /// A text that is not a date.
    BadDate(DateError),
    /// `state` is neither `draft` nor `published`.
    NotAState {
        /// The value as written.
        given: String,
    },
    /// A synthetic snapshot says it is published.
    SyntheticPublished,
    /// A snapshot supersedes one that is not earlier.
    SupersedesLater {
        /// The superseded id.
        old: SnapshotId,
        /// This snapshot's id.
        id: SnapshotId,
    },

    // A snapshot's CSV rows
    /// A measure has two status rows.
    MeasureListedTwice {
        /// The measure's id.
        id: String,
    },
    /// A status row says `not_yet_reported`, which no row means.
    NotYetReportedRow,
    /// A status outside the taxonomy.
    NotAStatus(UnknownCode),
    /// `first_reported_in` names a later snapshot.
    LaterFirstReport {
        /// The snapshot named.
        given: SnapshotId,
        /// This snapshot.
        this: SnapshotId,
    },
    /// A result stage that is not a stage.
    NotAStage {
        /// The value as written.
        given: String,
    },
    /// A measure has no result cell for a stage.
    NoSuchResult {
        /// The measure's id.
        measure: String,
        /// The stage.
        stage: Stage,
    },
    /// A measure's result for a stage has two rows.
    ResultListedTwice {
        /// The measure's id.
        measure: String,
        /// The stage.
        stage: Stage,
    },
    /// An evidence link that is not https.
    NotHttps {
        /// The link as written.
        url: String,
    },
    /// A date after the snapshot's as-of date.
    DateAfterAsOf {
        /// The date.
        date: Date,
        /// The snapshot's as-of date.
        as_of: Date,
    },
    /// A result for a measure without a status row.
    ResultWithoutStatus {
        /// The measure's id.
        measure: String,
    },
    /// An indicator id that no indicator has.
    UnknownIndicator {
        /// The id.
        id: String,
    },
    /// A value's year is not a year of the strategy up to the as-of date.
    NotAReportableYear {
        /// The year as written.
        given: String,
    },
    /// An indicator has two values for one year.
    TwoValuesForYear {
        /// The indicator's id.
        indicator: String,
        /// The year.
        year: u16,
    },
    /// A value that is not a number, or that the two ways of writing numbers read differently.
    BadNumber(NumberError),

    // The data directory as a whole: lock, archive, order, carried-over rows
    /// A snapshot in the lock has no source folder.
    PublishedSnapshotRemoved {
        /// The snapshot's id as the lock writes it.
        id: String,
    },
    /// A published snapshot's source gives other bytes than the lock records.
    PublishedWouldChange {
        /// The snapshot.
        id: SnapshotId,
        /// The hash the lock records.
        recorded: String,
        /// The hash of what the source gives now.
        now: String,
        /// Whether an archived copy exists.
        archived: bool,
    },
    /// The strategy version an amended snapshot reports against is not in the archive.
    ArchivedStrategyMissing {
        /// The snapshot.
        id: SnapshotId,
        /// Where the archived strategy should be.
        path: PathBuf,
    },
    /// An archived file is not JSON of its type.
    ArchiveUnreadable {
        /// The file.
        path: PathBuf,
        /// The JSON reader's own (English) message.
        error: String,
    },
    /// An archived file's bytes do not have the hash they are recorded with.
    ArchiveTampered {
        /// The file.
        path: PathBuf,
    },
    /// A snapshot says published but the lock does not list it.
    PublishedNotInLock {
        /// The snapshot.
        id: SnapshotId,
    },
    /// A snapshot in the lock says draft.
    LockedButDraft {
        /// The snapshot.
        id: SnapshotId,
    },
    /// A snapshot id that no snapshot has.
    UnknownSnapshot {
        /// The id.
        id: SnapshotId,
    },
    /// A carried-over status differs from the snapshot it claims to come from.
    CarriedStatusDiffers {
        /// The measure.
        measure: String,
        /// The snapshot it claims to come from.
        older: SnapshotId,
        /// The status there, if it had a row.
        before: Option<Status>,
    },
    /// A carried-over value differs from the snapshot it claims to come from.
    CarriedValueDiffers {
        /// The indicator.
        indicator: String,
        /// The year.
        year: u16,
        /// The snapshot it claims to come from.
        older: SnapshotId,
    },
    /// A snapshot is dated before an older one.
    OutOfDateOrder {
        /// The newer snapshot.
        newer: SnapshotId,
        /// Its as-of date.
        newer_as_of: Date,
        /// The older snapshot.
        older: SnapshotId,
        /// Its as-of date.
        older_as_of: Date,
    },
}

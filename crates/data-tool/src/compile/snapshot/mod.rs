//! A quarterly snapshot's source folder (`snapshot.toml` and three CSV files an editor fills in
//! a spreadsheet), checked against the strategy and turned into a published [`Snapshot`].
//!
//! [`meta`] reads `snapshot.toml`; [`statuses`] (`measures.csv`), [`results`] (`results.csv`)
//! and [`actuals`] (`indicators.csv`) each read their typed rows; [`cells`] checks the cells
//! they share (dates, `first_reported_in`).

pub mod actuals;
pub mod cells;
pub mod meta;
pub mod results;
pub mod statuses;

pub use meta::SnapshotState;

use crate::problem::{FileLine, Problems, ToolError};
use crate::source::csv::{read_rows, read_rows_from, CsvRecord, Row};
use crate::source::SourceFile;
use model::manifest::SCHEMA_VERSION;
use model::{Date, Snapshot, SnapshotId, Strategy};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// A snapshot's source folder, read.
#[derive(Debug)]
pub struct SnapshotSrc {
    /// The folder.
    pub dir: PathBuf,
    /// `snapshot.toml`.
    pub meta_file: SourceFile,
    /// Its contents, if they parsed.
    pub meta: Option<meta::MetaSrc>,
    /// The rows of `measures.csv`.
    pub statuses: Vec<Row<statuses::StatusRow>>,
    /// The rows of `results.csv`.
    pub results: Vec<Row<results::ResultRow>>,
    /// The rows of `indicators.csv`.
    pub actuals: Vec<Row<actuals::ActualRow>>,
}

/// CSV files of one snapshot folder given as bytes instead of read from its folder: what an
/// import would write, checked with everything else before it is written.
#[derive(Debug, Clone)]
pub struct PendingCsv {
    /// The snapshot folder.
    pub dir: PathBuf,
    /// File names (`measures.csv`) and their bytes.
    pub files: Vec<(&'static str, Vec<u8>)>,
}

impl PendingCsv {
    fn bytes(&self, dir: &Path, name: &str) -> Option<&[u8]> {
        let (_, bytes) = self.files.iter().find(|(n, _)| *n == name)?;
        (self.dir == dir).then_some(bytes.as_slice())
    }
}

fn rows<T: CsvRecord>(
    dir: &Path,
    name: &str,
    pending: Option<&PendingCsv>,
    problems: &mut Problems,
) -> Result<Vec<Row<T>>, ToolError> {
    let path = dir.join(name);
    match pending.and_then(|p| p.bytes(dir, name)) {
        Some(bytes) => Ok(read_rows_from(&path, bytes, problems)),
        None => read_rows(&path, problems),
    }
}

impl SnapshotSrc {
    /// Reads a snapshot folder.
    pub fn read(dir: &Path, problems: &mut Problems) -> Result<SnapshotSrc, ToolError> {
        SnapshotSrc::read_with(dir, None, problems)
    }

    /// Reads a snapshot folder, with the CSV files of `pending` in place of those on disk.
    pub fn read_with(
        dir: &Path,
        pending: Option<&PendingCsv>,
        problems: &mut Problems,
    ) -> Result<SnapshotSrc, ToolError> {
        let meta_file = SourceFile::read(&dir.join(meta::FILE))?;
        Ok(SnapshotSrc {
            dir: dir.to_path_buf(),
            meta: meta_file.parse_toml(problems),
            meta_file,
            statuses: rows(dir, statuses::FILE, pending, problems)?,
            results: rows(dir, results::FILE, pending, problems)?,
            actuals: rows(dir, actuals::FILE, pending, problems)?,
        })
    }
}

/// The row a published entry came from, to report a later check (such as a carried-over row
/// that differs from its first report) at that row.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum RowKey {
    /// A measure's row of `measures.csv`.
    Measure(String),
    /// A measure's result of a stage in `results.csv`.
    Result {
        /// The measure.
        measure: String,
        /// The stage.
        stage: model::strategy::Stage,
    },
    /// An indicator's value for a year in `indicators.csv`.
    Indicator {
        /// The indicator.
        id: String,
        /// The year.
        year: u16,
    },
}

/// A checked snapshot with its publication state.
#[derive(Debug, Clone)]
pub struct CompiledSnapshot {
    /// Draft or published.
    pub state: SnapshotState,
    /// The snapshot.
    pub snapshot: Snapshot,
    /// Its `snapshot.toml`.
    pub meta_path: PathBuf,
    /// Where each measure's and indicator value's row is.
    pub rows: BTreeMap<RowKey, FileLine>,
}

/// What every row of a snapshot is checked against.
pub struct RowContext<'a> {
    /// The strategy it reports against.
    pub strategy: &'a Strategy,
    /// The snapshot's id.
    pub id: SnapshotId,
    /// Its as-of date: no date in it may be later.
    pub as_of: Date,
}

/// Checks and compiles one snapshot folder; `None` when its id or date cannot be read.
pub fn compile_snapshot(
    src: &SnapshotSrc,
    strategy: &Strategy,
    strategy_sha256: &str,
    problems: &mut Problems,
) -> Option<CompiledSnapshot> {
    let meta = meta::compile(src, problems)?;
    let context = RowContext {
        strategy,
        id: meta.id,
        as_of: meta.as_of,
    };
    let mut rows = BTreeMap::new();
    let mut measures = Vec::new();
    for (at, progress) in statuses::compile(&src.statuses, &context, problems) {
        rows.insert(RowKey::Measure(progress.measure.clone()), at);
        measures.push(progress);
    }
    for (at, measure, result) in results::compile(&src.results, &context, &measures, problems) {
        let key = RowKey::Result {
            measure: measure.clone(),
            stage: result.stage,
        };
        rows.insert(key, at);
        if let Some(progress) = measures.iter_mut().find(|p| p.measure == measure) {
            progress.results.push(result);
        }
    }
    for progress in &mut measures {
        progress.results.sort_by_key(|r| r.stage);
    }
    let mut indicators = Vec::new();
    for (at, actual) in actuals::compile(&src.actuals, &context, problems) {
        let id = actual.indicator.clone();
        rows.insert(
            RowKey::Indicator {
                id,
                year: actual.year,
            },
            at,
        );
        indicators.push(actual);
    }
    let order = |id: &str| strategy.measures.iter().position(|m| m.id == id);
    measures.sort_by_key(|m| order(&m.measure).unwrap_or(usize::MAX));
    indicators.sort_by(|a, b| (a.indicator.as_str(), a.year).cmp(&(b.indicator.as_str(), b.year)));

    Some(CompiledSnapshot {
        rows,
        state: meta.state,
        meta_path: src.meta_file.path.clone(),
        snapshot: Snapshot {
            schema_version: SCHEMA_VERSION,
            id: meta.id,
            as_of: meta.as_of,
            strategy_sha256: strategy_sha256.to_string(),
            synthetic: meta.synthetic,
            supersedes: meta.supersedes,
            note: meta.note,
            measures,
            indicators,
        },
    })
}

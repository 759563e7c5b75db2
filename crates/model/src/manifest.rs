//! The manifest (`index.json`): the one small published file that changes.
//!
//! It names the schema version, every published snapshot (newest first), the latest one, and
//! each data file with its content hash and size. Every other file carries its hash in its name,
//! so a CDN may cache it forever.
//!
//! Schema rule: a version is `major.minor`. A reader accepts any file of its own major version
//! and ignores fields it does not know; a new major version is published under a new path.

use crate::date::Date;
use crate::exports::{Column, ExportRow, IndicatorValueRow, MeasureStatusRow};
use crate::open_data::PackageFiles;
use crate::snapshot_id::SnapshotId;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;

/// The schema version this build reads (by its major version) and writes in the strategy and
/// snapshot files. Those keep `1.0`: a published snapshot's bytes never change.
pub const SCHEMA_VERSION: SchemaVersion = SchemaVersion { major: 1, minor: 0 };

/// The schema version of the manifest this build writes: 1.1 added each snapshot's
/// [`ItemFiles`], 1.2 its data package ([`PackageFiles`]); older readers ignore them.
pub const MANIFEST_SCHEMA_VERSION: SchemaVersion = SchemaVersion { major: 1, minor: 2 };

/// The file name of the manifest, relative to the data base URL.
pub const MANIFEST_FILE: &str = "index.json";

/// A `major.minor` schema version.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct SchemaVersion {
    /// Changes only when an old reader could misread the data.
    pub major: u32,
    /// Changes when fields are added; old readers ignore them.
    pub minor: u32,
}

impl SchemaVersion {
    /// Parses `"1.0"`.
    pub fn parse(text: &str) -> Option<SchemaVersion> {
        let (major, minor) = text.split_once('.')?;
        Some(SchemaVersion {
            major: major.parse().ok()?,
            minor: minor.parse().ok()?,
        })
    }

    /// True when a reader built for `reader` can read a file of this version.
    pub fn is_readable_by(self, reader: SchemaVersion) -> bool {
        self.major == reader.major
    }
}

impl fmt::Display for SchemaVersion {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}.{}", self.major, self.minor)
    }
}

impl Serialize for SchemaVersion {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for SchemaVersion {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<SchemaVersion, D::Error> {
        let text = String::deserialize(deserializer)?;
        SchemaVersion::parse(&text).ok_or_else(|| {
            serde::de::Error::custom(format!("`{text}` is not a major.minor version"))
        })
    }
}

/// One published file: its name (relative to the data base URL), content hash and size.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FileRef {
    /// File name relative to the data base URL, e.g. `strategy.3f2a….json`.
    pub file: String,
    /// Hex SHA-256 of the file's bytes.
    pub sha256: String,
    /// Size in bytes.
    pub size: u64,
}

/// A published snapshot as the manifest lists it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SnapshotEntry {
    /// The snapshot's id.
    pub id: SnapshotId,
    /// The date the progress is reported as of.
    pub as_of: Date,
    /// SHA-256 of the strategy file this snapshot reports against.
    pub strategy_sha256: String,
    /// A later snapshot that corrects this one, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub superseded_by: Option<SnapshotId>,
    /// True for made-up test data (only ever in preview builds, never on the real site).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub synthetic: bool,
    /// The snapshot file.
    #[serde(flatten)]
    pub file: FileRef,
    /// Each measure's and indicator's own files in this snapshot (since schema 1.1).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub item_files: Option<ItemFiles>,
    /// The snapshot's data package: descriptor, tables, workbook and zip (since schema 1.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub package: Option<PackageFiles>,
}

/// What a page offers to download on its own: a measure or an indicator.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ItemFileKind {
    /// A measure (`measure-8.1.1.1.csv`).
    Measure,
    /// An indicator (`indicator-4.1.5.csv`).
    Indicator,
}

/// The format of an item's file.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FileFormat {
    /// CSV: the item's rows (see `exports::rows`).
    Csv,
    /// JSON: the item's document (see `exports::downloads`).
    Json,
}

/// A snapshot's item files: one CSV and one JSON per measure and indicator, in one folder whose
/// name carries the hash of the folder's `SHA256SUMS` listing, so every file in it is
/// content-addressed and may be cached forever.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ItemFiles {
    /// The folder, relative to the data base URL, without a trailing `/`.
    pub folder: String,
    /// Hex SHA-256 of the folder's `SHA256SUMS` (each file's hash and name).
    pub sha256: String,
}

/// The name of the listing in an item folder.
pub const ITEM_LISTING: &str = "SHA256SUMS";

impl ItemFiles {
    /// The folder of a snapshot's item files whose listing has this hash.
    pub fn folder_for(snapshot: SnapshotId, listing_sha256: &str) -> String {
        let hash = &listing_sha256[..16.min(listing_sha256.len())];
        format!("items/{snapshot}.{hash}")
    }

    /// An item file's name inside the folder: `measure-8.1.1.1.csv`.
    pub fn file_name(kind: ItemFileKind, id: &str, format: FileFormat) -> String {
        let stem = match kind {
            ItemFileKind::Measure => "measure",
            ItemFileKind::Indicator => "indicator",
        };
        let ext = match format {
            FileFormat::Csv => "csv",
            FileFormat::Json => "json",
        };
        format!("{stem}-{id}.{ext}")
    }

    /// An item file, relative to the data base URL.
    pub fn file(&self, kind: ItemFileKind, id: &str, format: FileFormat) -> String {
        format!("{}/{}", self.folder, ItemFiles::file_name(kind, id, format))
    }
}

/// What an export file holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ExportKind {
    /// One row per measure and snapshot: status and results achieved.
    MeasuresCsv,
    /// One row per indicator and year: target and actual values.
    IndicatorsCsv,
}

impl ExportKind {
    /// Every export.
    pub const ALL: [ExportKind; 2] = [ExportKind::MeasuresCsv, ExportKind::IndicatorsCsv];

    /// The CSV columns, in order: those of the file's row type.
    pub fn columns(self) -> &'static [Column] {
        match self {
            ExportKind::MeasuresCsv => MeasureStatusRow::COLUMNS,
            ExportKind::IndicatorsCsv => IndicatorValueRow::COLUMNS,
        }
    }
}

/// An open-data export listed in the manifest.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ExportEntry {
    /// What the file holds.
    pub kind: ExportKind,
    /// The file.
    #[serde(flatten)]
    pub file: FileRef,
}

/// The manifest, `index.json`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Manifest {
    /// The schema version of every file it lists.
    pub schema_version: SchemaVersion,
    /// The newest snapshot that is not superseded.
    pub latest: SnapshotId,
    /// Every published snapshot, newest first.
    pub snapshots: Vec<SnapshotEntry>,
    /// Every published strategy version (usually one).
    pub strategies: Vec<FileRef>,
    /// Open-data exports.
    #[serde(default)]
    pub exports: Vec<ExportEntry>,
}

impl Manifest {
    /// The entry for a snapshot id, if published.
    pub fn snapshot(&self, id: SnapshotId) -> Option<&SnapshotEntry> {
        self.snapshots.iter().find(|entry| entry.id == id)
    }

    /// The strategy file a snapshot reports against.
    pub fn strategy_for(&self, entry: &SnapshotEntry) -> Option<&FileRef> {
        self.strategies
            .iter()
            .find(|file| file.sha256 == entry.strategy_sha256)
    }

    /// The export of a kind, if published.
    pub fn export(&self, kind: ExportKind) -> Option<&FileRef> {
        self.exports
            .iter()
            .find(|entry| entry.kind == kind)
            .map(|entry| &entry.file)
    }
}

/// Why a published file could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DecodeError {
    /// Not JSON, or JSON of the wrong shape.
    Malformed(String),
    /// A schema major version this reader does not know.
    UnsupportedSchema {
        /// The version the file declares.
        found: String,
        /// The version this reader reads.
        supported: SchemaVersion,
    },
}

impl fmt::Display for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DecodeError::Malformed(why) => write!(f, "the data file is malformed: {why}"),
            DecodeError::UnsupportedSchema { found, supported } => write!(
                f,
                "the data uses schema version {found}, this site reads {supported}: reload to get the newer site"
            ),
        }
    }
}

impl std::error::Error for DecodeError {}

#[derive(Deserialize)]
struct Envelope {
    schema_version: serde_json::Value,
}

/// Decodes a published JSON file, checking its schema version before its shape, so that a file
/// from a future major version reports that rather than a confusing shape error.
pub fn decode<T: serde::de::DeserializeOwned>(json: &str) -> Result<T, DecodeError> {
    let envelope: Envelope =
        serde_json::from_str(json).map_err(|e| DecodeError::Malformed(e.to_string()))?;
    let declared = envelope.schema_version.as_str().unwrap_or_default();
    match SchemaVersion::parse(declared) {
        Some(version) if version.is_readable_by(SCHEMA_VERSION) => {}
        _ => {
            return Err(DecodeError::UnsupportedSchema {
                found: envelope
                    .schema_version
                    .to_string()
                    .trim_matches('"')
                    .to_string(),
                supported: SCHEMA_VERSION,
            })
        }
    }
    serde_json::from_str(json).map_err(|e| DecodeError::Malformed(e.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn manifest_json(version: &str) -> String {
        format!(
            r#"{{"schema_version":"{version}","latest":"2026-Q3","future_field":42,
            "snapshots":[{{"id":"2026-Q3","as_of":"2026-09-30","strategy_sha256":"ab",
              "file":"snapshot-2026-Q3.cd.json","sha256":"cd","size":10}}],
            "strategies":[{{"file":"strategy.ab.json","sha256":"ab","size":20}}]}}"#
        )
    }

    #[test]
    fn reads_its_own_major_version_and_ignores_unknown_fields() {
        let manifest: Manifest = decode(&manifest_json("1.7")).unwrap();
        assert_eq!(manifest.latest.to_string(), "2026-Q3");
        let entry = manifest.snapshot(manifest.latest).unwrap();
        assert_eq!(
            manifest.strategy_for(entry).unwrap().file,
            "strategy.ab.json"
        );
    }

    #[test]
    fn refuses_another_major_version_before_looking_at_the_shape() {
        let err = decode::<Manifest>(r#"{"schema_version":"2.0","something":"else"}"#).unwrap_err();
        assert!(matches!(err, DecodeError::UnsupportedSchema { ref found, .. } if found == "2.0"));
        let err = decode::<Manifest>(r#"{"schema_version":7}"#).unwrap_err();
        assert!(matches!(err, DecodeError::UnsupportedSchema { .. }));
    }

    #[test]
    fn reports_malformed_json() {
        assert!(matches!(
            decode::<Manifest>("{not json"),
            Err(DecodeError::Malformed(_))
        ));
        assert!(matches!(
            decode::<Manifest>(r#"{"schema_version":"1.0"}"#),
            Err(DecodeError::Malformed(_))
        ));
    }

    #[test]
    fn item_files_are_named_in_their_folder() {
        let sha = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";
        let files = ItemFiles {
            folder: ItemFiles::folder_for("2026-Q3".parse().unwrap(), sha),
            sha256: sha.into(),
        };
        assert_eq!(files.folder, "items/2026-Q3.0123456789abcdef");
        assert_eq!(
            files.file(ItemFileKind::Indicator, "4.1.5", FileFormat::Csv),
            "items/2026-Q3.0123456789abcdef/indicator-4.1.5.csv"
        );
        assert_eq!(
            ItemFiles::file_name(ItemFileKind::Measure, "8.1.1.1", FileFormat::Json),
            "measure-8.1.1.1.json"
        );
    }

    #[test]
    fn version_rule_is_by_major_only() {
        let v = SchemaVersion::parse("1.3").unwrap();
        assert!(v.is_readable_by(SCHEMA_VERSION));
        assert!(!SchemaVersion::parse("2.0")
            .unwrap()
            .is_readable_by(SCHEMA_VERSION));
        assert_eq!(SchemaVersion::parse("1"), None);
    }
}

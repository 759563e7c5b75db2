//! The manifest (`index.json`): the one small published file that changes.
//!
//! It names the schema version, every published snapshot (newest first), the latest one, and
//! each data file with its content hash and size. Every other file carries its hash in its name,
//! so a CDN may cache it forever.
//!
//! Schema rule: a version is `major.minor`. A reader accepts any file of its own major version
//! and ignores fields it does not know; a new major version is published under a new path.

use crate::date::Date;
use crate::snapshot_id::SnapshotId;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;

/// The schema version this build writes and reads.
pub const SCHEMA_VERSION: SchemaVersion = SchemaVersion { major: 1, minor: 0 };

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

    /// The CSV columns, in order.
    pub fn columns(self) -> &'static [&'static str] {
        match self {
            ExportKind::MeasuresCsv => &[
                "snapshot_id",
                "snapshot_as_of",
                "measure_id",
                "goal_id",
                "direction_id",
                "lead_agency",
                "other_agencies",
                "period_start",
                "period_end",
                "status",
                "initial_achieved_on",
                "intermediate_achieved_on",
                "final_achieved_on",
            ],
            ExportKind::IndicatorsCsv => &[
                "snapshot_id",
                "snapshot_as_of",
                "indicator_id",
                "unit",
                "year",
                "target",
                "actual",
                "actual_as_of",
            ],
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
    fn version_rule_is_by_major_only() {
        let v = SchemaVersion::parse("1.3").unwrap();
        assert!(v.is_readable_by(SCHEMA_VERSION));
        assert!(!SchemaVersion::parse("2.0")
            .unwrap()
            .is_readable_by(SCHEMA_VERSION));
        assert_eq!(SchemaVersion::parse("1"), None);
    }
}

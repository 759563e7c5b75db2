//! `build`: writes what the app reads — the manifest, the strategy, one file per snapshot with
//! content-hashed names, each snapshot's item files and data package, and the CSV exports. The
//! same input always gives the same bytes.

use crate::compile::SnapshotState;
use crate::exports::{indicators_csv, measures_csv};
use crate::item_files::item_folder;
use crate::output::{sha256_hex, StagedDir};
use crate::package::{package_folder, ZIPPED_SNAPSHOT, ZIPPED_STRATEGY};
use crate::problem::{ToolError, UsageError};
use crate::project::{to_json, Project};
use model::manifest::{
    ExportEntry, ExportKind, FileRef, Manifest, SnapshotEntry, MANIFEST_FILE,
    MANIFEST_SCHEMA_VERSION,
};
use model::open_data::PackageTerms;
use model::{Snapshot, SnapshotId, Strategy};
use std::collections::BTreeMap;
use std::path::Path;

/// Which snapshots a build includes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Audience {
    /// Only published snapshots: what goes on the real site.
    Public,
    /// Drafts and synthetic test snapshots too, for previews and tests. Never deploy this.
    Preview,
    /// The published snapshots and one draft (`data-tool preview`). Never deploy this.
    Draft(SnapshotId),
}

impl Audience {
    fn includes(self, compiled: &crate::compile::CompiledSnapshot) -> bool {
        match self {
            Audience::Public => compiled.state == SnapshotState::Published,
            Audience::Preview => true,
            Audience::Draft(id) => {
                compiled.state == SnapshotState::Published || compiled.snapshot.id == id
            }
        }
    }
}

/// What a build wrote.
#[derive(Debug)]
pub struct BuildReport {
    /// The manifest.
    pub manifest: Manifest,
    /// Files written (relative names) and their sizes.
    pub files: Vec<(String, usize)>,
}

fn file_ref(name: String, bytes: &[u8]) -> FileRef {
    FileRef {
        file: name,
        sha256: sha256_hex(bytes),
        size: bytes.len() as u64,
    }
}

fn hashed_name(stem: &str, ext: &str, bytes: &[u8]) -> String {
    format!("{stem}.{}.{ext}", &sha256_hex(bytes)[..16])
}

/// Builds the published files into `out` (replaced as a whole, never half-written), with data
/// packages that state no licence or publisher.
pub fn build(project: &Project, out: &Path, audience: Audience) -> Result<BuildReport, ToolError> {
    build_with_terms(project, out, audience, &PackageTerms::default())
}

/// Builds the published files into `out`, the data packages stating the deployment's terms.
pub fn build_with_terms(
    project: &Project,
    out: &Path,
    audience: Audience,
    terms: &PackageTerms,
) -> Result<BuildReport, ToolError> {
    let included: Vec<&Snapshot> = project
        .snapshots
        .iter()
        .filter(|c| audience.includes(c))
        .map(|c| &c.snapshot)
        .collect();
    let Some(newest) = included
        .iter()
        .filter(|s| !is_superseded(s, &included))
        .map(|s| s.id)
        .max()
    else {
        return Err(UsageError::NothingPublished.into());
    };

    let staged = StagedDir::new(out)?;
    let mut files = Vec::new();
    let mut put = |name: String, bytes: &[u8]| -> Result<FileRef, ToolError> {
        staged.write(&name, bytes)?;
        files.push((name.clone(), bytes.len()));
        Ok(file_ref(name, bytes))
    };

    let mut strategies = Vec::new();
    let mut versions = BTreeMap::new();
    let mut version_bytes = BTreeMap::new();
    let mut needed: Vec<&str> = included
        .iter()
        .map(|s| s.strategy_sha256.as_str())
        .collect();
    needed.sort_unstable();
    needed.dedup();
    for sha in needed {
        let (bytes, strategy) = strategy_version(project, sha)?;
        strategies.push(put(hashed_name("strategy", "json", bytes), bytes)?);
        versions.insert(sha, strategy);
        version_bytes.insert(sha, bytes);
    }
    let mut entries = Vec::new();
    for snapshot in included.iter().rev() {
        let bytes = to_json(*snapshot);
        let name = hashed_name(&format!("snapshots/{}", snapshot.id), "json", &bytes);
        let strategy = &versions[snapshot.strategy_sha256.as_str()];
        let items = item_folder(strategy, snapshot);
        let published = [
            (
                ZIPPED_STRATEGY,
                version_bytes[snapshot.strategy_sha256.as_str()],
            ),
            (ZIPPED_SNAPSHOT, bytes.as_slice()),
        ];
        let package = package_folder(strategy, snapshot, terms, &published)?;
        for (name, bytes) in items.contents.iter().chain(&package.contents) {
            put(name.clone(), bytes)?;
        }
        entries.push(SnapshotEntry {
            item_files: Some(items.files),
            package: Some(package.files),
            id: snapshot.id,
            as_of: snapshot.as_of,
            strategy_sha256: snapshot.strategy_sha256.clone(),
            superseded_by: included
                .iter()
                .find(|s| s.supersedes == Some(snapshot.id))
                .map(|s| s.id),
            synthetic: snapshot.synthetic,
            file: put(name, &bytes)?,
        });
    }
    let measures = measures_csv(&project.strategy, &included);
    let indicators = indicators_csv(&project.strategy, &included);
    let exports = vec![
        ExportEntry {
            kind: ExportKind::MeasuresCsv,
            file: put(hashed_name("exports/measures", "csv", &measures), &measures)?,
        },
        ExportEntry {
            kind: ExportKind::IndicatorsCsv,
            file: put(
                hashed_name("exports/indicators", "csv", &indicators),
                &indicators,
            )?,
        },
    ];
    let manifest = Manifest {
        schema_version: MANIFEST_SCHEMA_VERSION,
        latest: newest,
        snapshots: entries,
        strategies,
        exports,
    };
    let manifest_bytes = to_json(&manifest);
    put(MANIFEST_FILE.to_string(), &manifest_bytes)?;
    staged.commit()?;
    files.sort();
    Ok(BuildReport { manifest, files })
}

/// The bytes of a strategy version and the strategy they hold: the current one, or one a
/// published snapshot reports against from the archive.
fn strategy_version<'p>(
    project: &'p Project,
    sha: &str,
) -> Result<(&'p [u8], Strategy), ToolError> {
    if sha == project.strategy_sha256 {
        return Ok((&project.strategy_json, project.strategy.clone()));
    }
    let missing = || UsageError::ArchivedStrategyMissing {
        sha: sha.to_string(),
    };
    let bytes = project.archived_strategies.get(sha).ok_or_else(missing)?;
    let strategy =
        serde_json::from_slice(bytes).map_err(|e| UsageError::ArchivedStrategyUnreadable {
            sha: sha.to_string(),
            error: e.to_string(),
        })?;
    Ok((bytes, strategy))
}

fn is_superseded(snapshot: &Snapshot, all: &[&Snapshot]) -> bool {
    all.iter().any(|s| s.supersedes == Some(snapshot.id))
}

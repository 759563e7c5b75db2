//! Reading the published files in `dist/data` through `model`, as the browser app reads them.

use crate::BuildError;
use model::manifest::{decode, Manifest, MANIFEST_FILE};
use model::{Date, Snapshot, SnapshotId};
use std::collections::BTreeMap;
use std::path::Path;
use std::sync::Arc;
use strategy_site::deployment::Deployment;
use strategy_site::published_data::{decode_all, SiteData};

/// The latest published data and every published snapshot.
pub struct Published {
    /// The latest snapshot with its manifest and strategy, as the app holds it.
    pub site: SiteData,
    /// Every published snapshot (the status history and "what changed" read them).
    pub snapshots: Vec<Arc<Snapshot>>,
    /// The name of the strategy file the latest snapshot reports against.
    pub strategy_file: String,
    /// Every published snapshot with the strategy it reports against, as the app holds it when
    /// a page is pinned to it.
    pub by_snapshot: BTreeMap<SnapshotId, SiteData>,
}

fn read(path: &Path) -> Result<String, BuildError> {
    std::fs::read_to_string(path).map_err(crate::io_error(path))
}

impl Published {
    /// Reads the manifest, the latest snapshot, its strategy and every other snapshot.
    pub fn read(data_dir: &Path, deployment: &Deployment) -> Result<Published, BuildError> {
        let manifest_path = data_dir.join(MANIFEST_FILE);
        let manifest_text = read(&manifest_path)?;
        let bad = |path: &Path, why: String| BuildError::Data {
            path: path.to_path_buf(),
            why,
        };
        let manifest: Manifest =
            decode(&manifest_text).map_err(|e| bad(&manifest_path, e.to_string()))?;
        let latest = manifest
            .snapshot(manifest.latest)
            .ok_or_else(|| bad(&manifest_path, "the latest snapshot is not listed".into()))?;
        let strategy_file = manifest
            .strategy_for(latest)
            .ok_or_else(|| {
                bad(
                    &manifest_path,
                    "no strategy file for the latest snapshot".into(),
                )
            })?
            .file
            .clone();
        let snapshot_path = data_dir.join(&latest.file.file);
        let strategy_path = data_dir.join(&strategy_file);
        let site = decode_all(
            deployment.data_base(),
            &manifest_text,
            &read(&snapshot_path)?,
            &read(&strategy_path)?,
            false,
        )
        .map_err(|e| bad(&snapshot_path, format!("{e:?}")))?;
        let mut snapshots = Vec::new();
        let mut by_snapshot = BTreeMap::new();
        for entry in &manifest.snapshots {
            let path = data_dir.join(&entry.file.file);
            let text = read(&path)?;
            let strategy = manifest.strategy_for(entry).ok_or_else(|| {
                bad(
                    &manifest_path,
                    format!("no strategy file for snapshot {}", entry.id),
                )
            })?;
            let pinned = decode_all(
                deployment.data_base(),
                &manifest_text,
                &text,
                &read(&data_dir.join(&strategy.file))?,
                false,
            )
            .map_err(|e| bad(&path, format!("{e:?}")))?;
            snapshots.push(pinned.snapshot.clone());
            by_snapshot.insert(entry.id, pinned);
        }
        Ok(Published {
            site,
            snapshots,
            strategy_file,
            by_snapshot,
        })
    }

    /// The data of a snapshot (`None`: the latest).
    pub fn site_for(&self, snapshot: Option<SnapshotId>) -> &SiteData {
        snapshot
            .and_then(|id| self.by_snapshot.get(&id))
            .unwrap_or(&self.site)
    }

    /// Every published snapshot's data, oldest first.
    pub fn oldest_first(&self) -> impl Iterator<Item = &SiteData> {
        self.by_snapshot.values()
    }
}

/// Today's date in UTC.
pub fn today_utc() -> Date {
    let today = time::OffsetDateTime::now_utc().date();
    Date::new(today.year(), u8::from(today.month()), today.day())
        .unwrap_or_else(|| unreachable!("the clock gives a valid date"))
}

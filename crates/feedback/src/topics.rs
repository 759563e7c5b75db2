//! The topics feedback may be about: every measure and indicator id of the published strategy,
//! and `general`. Read from the published data so unknown ids are refused, and read again when
//! the manifest changes (a new strategy version is published) without a restart.

use crate::reload::{Reloading, Source};
use model::feedback::{topics, GENERAL_TOPIC};
use model::manifest::{decode, Manifest, MANIFEST_FILE};
use model::Strategy;
use std::collections::BTreeSet;
use std::path::Path;
use std::sync::Arc;
use std::time::Duration;

/// The accepted topic ids.
#[derive(Clone, Debug, Default)]
pub struct Topics {
    ids: BTreeSet<String>,
}

impl Topics {
    /// Topics from a list of ids (plus `general`).
    pub fn from_ids<I: IntoIterator<Item = S>, S: Into<String>>(ids: I) -> Topics {
        let mut set: BTreeSet<String> = ids.into_iter().map(Into::into).collect();
        set.insert(GENERAL_TOPIC.into());
        Topics { ids: set }
    }

    /// Every measure and indicator of every published strategy version in a data folder.
    pub fn load(data_dir: &Path) -> Result<Topics, String> {
        let read = |name: &str| {
            std::fs::read_to_string(data_dir.join(name))
                .map_err(|e| format!("{}: {e}", data_dir.join(name).display()))
        };
        let manifest: Manifest = decode(&read(MANIFEST_FILE)?).map_err(|e| e.to_string())?;
        let mut ids = Vec::new();
        for file in &manifest.strategies {
            let strategy: Strategy = decode(&read(&file.file)?).map_err(|e| e.to_string())?;
            ids.extend(topics(&strategy).map(|(id, _)| id.to_string()));
        }
        Ok(Topics::from_ids(ids))
    }

    /// The topics of a data folder, read again whenever its manifest changes (checked every
    /// `check_every`).
    pub fn follow(
        data_dir: &Path,
        check_every: Duration,
    ) -> Result<Arc<Reloading<Topics>>, String> {
        let dir = data_dir.to_path_buf();
        Reloading::follow(Source {
            what: "topics",
            watched: data_dir.join(MANIFEST_FILE),
            check_every,
            load: Box::new(move || Topics::load(&dir)),
        })
    }

    /// True when feedback may be about `topic`.
    pub fn contains(&self, topic: &str) -> bool {
        self.ids.contains(topic)
    }

    /// How many topics there are.
    pub fn len(&self) -> usize {
        self.ids.len()
    }

    /// True when there are none (never, since `general` is always there).
    pub fn is_empty(&self) -> bool {
        self.ids.is_empty()
    }
}

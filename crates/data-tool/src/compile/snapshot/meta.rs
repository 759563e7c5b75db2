//! `snapshot.toml`: a snapshot's id, as-of date, publication state, whether it is synthetic
//! test data, the snapshot it corrects, and an editor's note.

use crate::compile::snapshot::SnapshotSrc;
use crate::compile::text::toml_text;
use crate::problem::{ItemKind, ItemLabel, ProblemKind, Problems};
use crate::source::TextSrc;
use model::{Date, SnapshotId, Text};
use serde::Deserialize;

/// The file's name in a snapshot folder.
pub const FILE: &str = "snapshot.toml";

/// `snapshot.toml`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MetaSrc {
    id: String,
    as_of: String,
    /// `draft` or `published`.
    state: String,
    #[serde(default)]
    synthetic: bool,
    supersedes: Option<String>,
    note: Option<TextSrc>,
}

/// Whether a snapshot is published or still being prepared.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SnapshotState {
    /// Being prepared; not part of the published site.
    Draft,
    /// Published: its file must never change.
    Published,
}

/// `snapshot.toml`, checked.
pub struct Meta {
    /// The snapshot's id.
    pub id: SnapshotId,
    /// Its as-of date.
    pub as_of: Date,
    /// Draft or published.
    pub state: SnapshotState,
    /// Made-up test data.
    pub synthetic: bool,
    /// The snapshot it corrects.
    pub supersedes: Option<SnapshotId>,
    /// An editor's note.
    pub note: Option<Text>,
}

/// Checks `snapshot.toml`; `None` when it does not parse or its id or date cannot be read.
pub fn compile(src: &SnapshotSrc, problems: &mut Problems) -> Option<Meta> {
    let meta = src.meta.as_ref()?;
    let site = src.meta_file.whole(None);
    let id = match meta.id.parse::<SnapshotId>() {
        Ok(id) => id,
        Err(e) => {
            problems.report(&site, "id", ProblemKind::BadSnapshotId(e));
            return None;
        }
    };
    let folder = src
        .dir
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or_default();
    if folder != meta.id {
        let kind = ProblemKind::IdNotFolderName {
            id: meta.id.clone(),
            folder: folder.to_string(),
        };
        problems.report(&site, "id", kind);
    }
    let as_of = match meta.as_of.parse::<Date>() {
        Ok(date) => date,
        Err(e) => {
            problems.report(&site, "as_of", ProblemKind::BadDate(e));
            return None;
        }
    };
    let state = match meta.state.as_str() {
        "draft" => SnapshotState::Draft,
        "published" => SnapshotState::Published,
        other => {
            let given = other.to_string();
            problems.report(&site, "state", ProblemKind::NotAState { given });
            SnapshotState::Draft
        }
    };
    if meta.synthetic && state == SnapshotState::Published {
        problems.report(&site, "synthetic", ProblemKind::SyntheticPublished);
    }
    let supersedes = meta.supersedes.as_deref().and_then(|text| {
        let kind = match text.parse::<SnapshotId>() {
            Ok(old) if old < id => return Some(old),
            Ok(old) => ProblemKind::SupersedesLater { old, id },
            Err(e) => ProblemKind::BadSnapshotId(e),
        };
        problems.report(&site, "supersedes", kind);
        None
    });
    let note_site = src
        .meta_file
        .whole(Some(ItemLabel::whole(ItemKind::Snapshot)));
    let note = meta
        .note
        .as_ref()
        .map(|n| toml_text(Some(n), &note_site, "note", problems));
    Some(Meta {
        id,
        as_of,
        state,
        synthetic: meta.synthetic,
        supersedes,
        note,
    })
}

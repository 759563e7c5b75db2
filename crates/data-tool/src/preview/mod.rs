//! `preview`: the site as it would look with a draft published. The draft and the published
//! snapshots are built into a folder of their own, the app's built files are taken from `dist/`
//! (so no wasm toolchain is needed), every page is rendered by the app's own components through
//! the `site-build` library (as `scripts/assemble-site.sh` runs it), marked as a draft by the
//! deployment setting `draft_preview` (a `<meta>` tag the browser app reads too, so pages it
//! renders itself carry the banner as well), and served on 127.0.0.1 ([`server`]).
//! Nothing under `data/` is written.

pub mod server;

use crate::build::{build, Audience};
use crate::problem::{ToolError, UsageError};
use crate::project::Project;
use model::SnapshotId;
use site_build::{build_site, Options};
use std::path::{Path, PathBuf};
use strategy_site::deployment::Deployment;

/// A rendered preview, ready to serve.
#[derive(Debug)]
pub struct PreviewSite {
    /// The folder it is in.
    pub dir: PathBuf,
    /// The draft it shows.
    pub snapshot: SnapshotId,
    /// Pages rendered.
    pub pages: usize,
}

/// Names in `dist/` the preview makes itself (the data and the rendered pages), and
/// precompressed copies, which would be stale.
fn made_by_preview(name: &str) -> bool {
    matches!(name, "data" | "az" | "en" | "404.html" | "sitemap.xml")
        || name.ends_with(".br")
        || name.ends_with(".gz")
}

fn copy_app_files(from: &Path, to: &Path) -> Result<(), ToolError> {
    std::fs::create_dir_all(to).map_err(|e| ToolError::io(to, e))?;
    for entry in std::fs::read_dir(from).map_err(|e| ToolError::io(from, e))? {
        let entry = entry.map_err(|e| ToolError::io(from, e))?;
        let name = entry.file_name().to_string_lossy().into_owned();
        if made_by_preview(&name) {
            continue;
        }
        let (source, target) = (entry.path(), to.join(&name));
        if source.is_dir() {
            copy_app_files(&source, &target)?;
        } else {
            std::fs::copy(&source, &target).map_err(|e| ToolError::io(&source, e))?;
        }
    }
    Ok(())
}

/// Renders the site with the snapshot `id` as a draft into `out` (replaced as a whole), from
/// the app files in `dist`.
pub fn render_preview(
    project: &Project,
    id: &str,
    dist: &Path,
    out: &Path,
) -> Result<PreviewSite, ToolError> {
    let snapshot = project
        .snapshots
        .iter()
        .map(|c| c.snapshot.id)
        .find(|s| s.to_string() == id)
        .ok_or_else(|| UsageError::NoSnapshotIn {
            id: id.to_string(),
            dir: project.dir.join("snapshots"),
        })?;
    if !dist.join("index.html").is_file() {
        let dist = dist.to_path_buf();
        return Err(UsageError::NoBuiltApp { dist }.into());
    }
    if out.exists() {
        std::fs::remove_dir_all(out).map_err(|e| ToolError::io(out, e))?;
    }
    copy_app_files(dist, out)?;
    build(project, &out.join("data"), Audience::Draft(snapshot))?;
    let options = Options {
        dist: out.to_path_buf(),
        deployment: Deployment {
            instance: "local".into(),
            draft_preview: snapshot.to_string(),
            ..Default::default()
        },
        build_date: None,
    };
    let report = build_site(&options).map_err(|e| UsageError::PreviewBuild {
        error: e.to_string(),
    })?;
    Ok(PreviewSite {
        dir: out.to_path_buf(),
        snapshot,
        pages: report.pages,
    })
}

//! Fetching the published data: the manifest, then the strategy and snapshot it names.
//!
//! Files come from the data base URL (the deployment's setting, [`crate::deployment`]; empty
//! means `/data/` on the same origin). Hashed files never change, so they are kept in memory
//! once fetched; the manifest is always asked for again. When the browser is offline the
//! service worker (`public/sw.js`) answers the manifest from its copy and marks the answer with
//! [`OFFLINE_COPY_HEADER`], so the page can say that it is offline and how old its data is.

use gloo_net::http::Request;
use model::manifest::{decode, DecodeError, Manifest, SnapshotEntry, MANIFEST_FILE};
use model::{Snapshot, SnapshotId, Strategy};
use std::cell::RefCell;
use std::collections::HashMap;
use std::sync::Arc;

/// Why the data could not be loaded. Cloneable so it can live in reactive state.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DataError {
    /// No answer: offline, DNS, CORS, or the server is down.
    Network,
    /// The server answered with an error status.
    Http(u16),
    /// The answer was not the JSON we expect.
    Malformed(String),
    /// The data is of a schema major version this app does not read.
    UnsupportedSchema(String),
    /// `?as_of=` names a snapshot that is not published.
    UnknownSnapshot(String),
}

impl From<DecodeError> for DataError {
    fn from(error: DecodeError) -> Self {
        match error {
            DecodeError::Malformed(why) => DataError::Malformed(why),
            DecodeError::UnsupportedSchema { found, .. } => DataError::UnsupportedSchema(found),
        }
    }
}

/// Everything a page needs: the manifest, the chosen snapshot and the strategy it reports against.
#[derive(Clone, Debug)]
pub struct SiteData {
    /// The manifest.
    pub manifest: Arc<Manifest>,
    /// The chosen snapshot's manifest entry.
    pub entry: SnapshotEntry,
    /// The chosen snapshot.
    pub snapshot: Arc<Snapshot>,
    /// The strategy version the snapshot reports against.
    pub strategy: Arc<Strategy>,
    /// The data base URL (ends with `/`), for download links.
    pub base_url: String,
    /// True when the data server failed and this is the last data this browser loaded.
    pub from_cache: bool,
    /// True when the browser is offline: the manifest came from the service worker's copy (or
    /// this is the last data this browser loaded and the browser says it has no network).
    pub offline: bool,
}

impl SiteData {
    /// True when the chosen snapshot is the latest.
    pub fn is_latest(&self) -> bool {
        self.entry.id == self.manifest.latest
    }

    /// The absolute URL of a published file.
    pub fn file_url(&self, file: &str) -> String {
        format!("{}{}", self.base_url, file)
    }
}

/// The header the service worker adds to an answer it gives from its cache because the
/// network failed (`public/sw.js` sets it; the name is written once there and once here).
pub const OFFLINE_COPY_HEADER: &str = "x-offline-copy";

thread_local! {
    static IMMUTABLE: RefCell<HashMap<String, std::rc::Rc<str>>> = RefCell::new(HashMap::new());
}

/// A fetched file's text, and whether the service worker answered it from its offline copy.
async fn fetch_text(url: &str, immutable: bool) -> Result<std::rc::Rc<str>, DataError> {
    fetch_text_marked(url, immutable)
        .await
        .map(|(text, _)| text)
}

async fn fetch_text_marked(
    url: &str,
    immutable: bool,
) -> Result<(std::rc::Rc<str>, bool), DataError> {
    if immutable {
        if let Some(hit) = IMMUTABLE.with(|cache| cache.borrow().get(url).cloned()) {
            return Ok((hit, false));
        }
    }
    let mut request = Request::get(url);
    if !immutable {
        request = request.cache(web_sys::RequestCache::NoCache);
    }
    let response = request.send().await.map_err(|_| DataError::Network)?;
    if !response.ok() {
        return Err(DataError::Http(response.status()));
    }
    let offline_copy = response.headers().get(OFFLINE_COPY_HEADER).is_some();
    let text: std::rc::Rc<str> = response
        .text()
        .await
        .map_err(|_| DataError::Network)?
        .into();
    if immutable {
        IMMUTABLE.with(|cache| cache.borrow_mut().insert(url.to_string(), text.clone()));
    }
    Ok((text, offline_copy))
}

/// The last good latest data, kept in localStorage so a failing data server never leaves the
/// reader with nothing: the manifest, snapshot and strategy texts as they were fetched.
#[derive(serde::Serialize, serde::Deserialize)]
struct CachedData {
    base_url: String,
    manifest: String,
    snapshot: String,
    strategy: String,
}

const CACHE_KEY: &str = "strategy-site.last-good-data.v1";

/// The data for one snapshot from the texts of its files (the manifest, the snapshot and the
/// strategy it reports against), as the browser fetches them and the build-time renderer reads them.
pub fn decode_all(
    base_url: String,
    manifest: &str,
    snapshot: &str,
    strategy: &str,
    from_cache: bool,
) -> Result<SiteData, DataError> {
    let manifest: Manifest = decode(manifest)?;
    let snapshot: Snapshot = decode(snapshot)?;
    let strategy: Strategy = decode(strategy)?;
    let entry = manifest
        .snapshot(snapshot.id)
        .cloned()
        .ok_or_else(|| DataError::Malformed("the snapshot is not in the manifest".into()))?;
    Ok(SiteData {
        manifest: Arc::new(manifest),
        entry,
        snapshot: Arc::new(snapshot),
        strategy: Arc::new(strategy),
        base_url,
        from_cache,
        offline: false,
    })
}

/// Loads the latest data, falling back to the last good copy when the server fails.
pub async fn load_site_data(base_url: &str, as_of: Option<String>) -> Result<SiteData, DataError> {
    let latest = crate::url::requested_snapshot(as_of.as_deref()).is_none();
    let result = load_fresh(base_url.to_string(), as_of).await;
    match (&result, latest) {
        (Ok(_), true) => result,
        (Err(DataError::Network | DataError::Http(_) | DataError::Malformed(_)), true) => {
            let cached = crate::browser::stored(CACHE_KEY)
                .and_then(|text| serde_json::from_str::<CachedData>(&text).ok());
            match cached {
                Some(c) => decode_all(c.base_url, &c.manifest, &c.snapshot, &c.strategy, true)
                    .map(|data| SiteData {
                        offline: crate::browser::is_offline(),
                        ..data
                    })
                    .or(result),
                None => result,
            }
        }
        _ => result,
    }
}

/// Loads the manifest, then the requested snapshot (latest when `as_of` is `None`) and the
/// strategy it reports against.
async fn load_fresh(base_url: String, as_of: Option<String>) -> Result<SiteData, DataError> {
    let (manifest_text, offline_copy) =
        fetch_text_marked(&format!("{base_url}{MANIFEST_FILE}"), false).await?;
    let manifest: Manifest = decode(&manifest_text)?;
    let wanted = match crate::url::requested_snapshot(as_of.as_deref()) {
        None => manifest.latest,
        Some(text) => text
            .parse::<SnapshotId>()
            .map_err(|_| DataError::UnknownSnapshot(text.to_string()))?,
    };
    let entry = manifest
        .snapshot(wanted)
        .cloned()
        .ok_or_else(|| DataError::UnknownSnapshot(wanted.to_string()))?;
    let strategy_file = manifest.strategy_for(&entry).cloned().ok_or_else(|| {
        DataError::Malformed(format!("no strategy file for snapshot {}", entry.id))
    })?;
    // Both at once (a built page has asked for them already: its preloads).
    let (snapshot_text, strategy_text) = futures::future::join(
        fetch_text(&format!("{base_url}{}", entry.file.file), true),
        fetch_text(&format!("{base_url}{}", strategy_file.file), true),
    )
    .await;
    let (snapshot_text, strategy_text) = (snapshot_text?, strategy_text?);
    // Decoding some 200 KB of JSON is a task of its own, not the tail of the one that started
    // the app or received the files.
    crate::browser::next_task().await;
    let is_latest = entry.id == manifest.latest;
    let data = SiteData {
        offline: offline_copy,
        ..decode_all(
            base_url.clone(),
            &manifest_text,
            &snapshot_text,
            &strategy_text,
            false,
        )?
    };
    if is_latest {
        // Kept after the page has been adopted (a task of its own): copying and storing some
        // 200 KB is not in the way of the first render.
        leptos::prelude::set_timeout(
            move || {
                let cached = CachedData {
                    base_url,
                    manifest: manifest_text.to_string(),
                    snapshot: snapshot_text.to_string(),
                    strategy: strategy_text.to_string(),
                };
                if let Ok(text) = serde_json::to_string(&cached) {
                    crate::browser::store(CACHE_KEY, &text);
                }
            },
            std::time::Duration::ZERO,
        );
    }
    Ok(data)
}

/// Loads one more published snapshot (for the status history and the "what changed" page).
pub async fn load_snapshot(
    base_url: &str,
    entry: &SnapshotEntry,
) -> Result<Arc<Snapshot>, DataError> {
    let text = fetch_text(&format!("{base_url}{}", entry.file.file), true).await?;
    Ok(Arc::new(decode(&text)?))
}

/// The published snapshots up to and including the one the page shows, oldest first (a
/// measure's status history).
pub fn history_ids(site: &SiteData) -> Vec<SnapshotId> {
    let mut ids: Vec<SnapshotId> = site
        .manifest
        .snapshots
        .iter()
        .map(|e| e.id)
        .filter(|id| *id <= site.entry.id)
        .collect();
    ids.sort();
    ids
}

//! Shared state behind small `provide_*` / `use_*` functions: the page language, the site data,
//! the other snapshots a page reads, and today's date.
//!
//! Every piece starts from what the page was built with (the build-time renderer and the
//! browser's hydration provide the same values), so the browser's first render equals the built
//! HTML. What the URL or the clock asks for beyond that (`?as_of=`, today's date, a snapshot the
//! page had not loaded) is applied afterwards by effects, which run only in the browser.

use crate::deployment::use_deployment;
use crate::published_data::{load_site_data, load_snapshot, DataError, SiteData};
use crate::url::use_as_of;
use leptos::prelude::*;
use model::{Date, Lang, Snapshot, SnapshotId};
use std::collections::{BTreeMap, BTreeSet};
use std::sync::{Arc, Mutex};

/// The language of the current page.
#[derive(Clone, Copy)]
pub struct PageLang(pub Signal<Lang>);

/// Makes the page language available below.
pub fn provide_lang(lang: Signal<Lang>) {
    provide_context(PageLang(lang));
}

/// The page language (Azerbaijani outside a language route).
pub fn use_lang() -> Signal<Lang> {
    use_context::<PageLang>().map_or_else(|| Signal::stored(Lang::Az), |l| l.0)
}

/// The site data the pages show: the data of the snapshot the URL asks for once it is loaded.
/// While another snapshot loads, the pages keep showing the last one (never a blank page).
#[derive(Clone, Copy)]
pub struct SiteDataState {
    current: RwSignal<Option<Result<SiteData, DataError>>>,
    loading: RwSignal<bool>,
    attempt: RwSignal<u32>,
}

impl SiteDataState {
    /// The data: `None` before the first load ends, then the data or the error.
    pub fn get(&self) -> Option<Result<SiteData, DataError>> {
        self.current.get()
    }

    /// True while another snapshot (or a retry) is on its way.
    pub fn loading(&self) -> bool {
        self.loading.get()
    }

    /// Replaces the data (the boot step uses it to mark data read from the browser's copy).
    pub fn set(&self, data: Result<SiteData, DataError>) {
        self.current.set(Some(data));
    }

    /// Loads again (the "try again" button).
    pub fn retry(&self) {
        self.attempt.update(|n| *n += 1);
    }
}

/// True when `data` is what `as_of` asks for (`None`: the latest).
fn answers(data: &SiteData, as_of: Option<&str>) -> bool {
    match as_of {
        None => data.is_latest(),
        Some(id) => data.entry.id.to_string() == id,
    }
}

/// Provides the site data, starting from `initial` (what the page was built with; `None` when
/// the app renders without a built page), and loads what `?as_of=` asks for when it differs.
pub fn provide_site_data(initial: Option<SiteData>) {
    let state = SiteDataState {
        current: RwSignal::new(initial.map(Ok)),
        loading: RwSignal::new(false),
        attempt: RwSignal::new(0),
    };
    let as_of = use_as_of();
    let base_url = use_deployment().data_base();
    let generation = StoredValue::new(0u32);
    Effect::new(move |previous_attempt: Option<u32>| {
        let attempt = state.attempt.get();
        let wanted = as_of.get();
        let retrying = previous_attempt.is_some_and(|p| p != attempt);
        let current = state.current.get_untracked();
        let satisfied = matches!(&current, Some(Ok(data)) if answers(data, wanted.as_deref()));
        if satisfied && !retrying {
            return attempt;
        }
        generation.update_value(|g| *g += 1);
        let this_load = generation.get_value();
        state.loading.set(true);
        let base_url = base_url.clone();
        leptos::task::spawn_local(async move {
            let result = load_site_data(&base_url, wanted).await;
            if generation.get_value() == this_load {
                state.current.set(Some(result));
                state.loading.set(false);
            }
        });
        attempt
    });
    provide_context(state);
}

/// The site data (provided by the app).
pub fn use_site_data() -> SiteDataState {
    expect_context::<SiteDataState>()
}

/// The published snapshots a page has read besides its own (status history, "what changed"):
/// filled completely at build time, and in the browser with those the built page recorded plus
/// any loaded later. At build time it records which ones the page read, so the browser can load
/// them before it adopts the page.
#[derive(Clone, Copy)]
pub struct SnapshotStore {
    loaded: RwSignal<BTreeMap<SnapshotId, Arc<Snapshot>>>,
    failed: RwSignal<bool>,
    read: StoredValue<Arc<Mutex<BTreeSet<SnapshotId>>>>,
}

impl SnapshotStore {
    /// The snapshots `ids` of the page's data, in that order: `None` while some are loading (the
    /// browser loads them), `Some(Err)` when one could not be loaded.
    pub fn get(
        &self,
        site: &SiteData,
        ids: &[SnapshotId],
    ) -> Option<Result<Vec<Arc<Snapshot>>, DataError>> {
        if let Ok(mut read) = self.read.get_value().lock() {
            read.extend(ids.iter().copied().filter(|id| *id != site.entry.id));
        }
        if self.failed.get() {
            return Some(Err(DataError::Network));
        }
        let loaded = self.loaded.read();
        ids.iter()
            .map(|id| {
                if *id == site.entry.id {
                    Some(site.snapshot.clone())
                } else {
                    loaded.get(id).cloned()
                }
            })
            .collect::<Option<Vec<_>>>()
            .map(Ok)
    }

    /// Loads (in the browser) those of `ids` the store does not have.
    pub fn load_missing(&self, site: &SiteData, ids: &[SnapshotId]) {
        let missing: Vec<_> = {
            let loaded = self.loaded.read_untracked();
            site.manifest
                .snapshots
                .iter()
                .filter(|e| {
                    ids.contains(&e.id) && e.id != site.entry.id && !loaded.contains_key(&e.id)
                })
                .cloned()
                .collect()
        };
        if missing.is_empty() {
            return;
        }
        let store = *self;
        let base_url = site.base_url.clone();
        leptos::task::spawn_local(async move {
            for entry in missing {
                match load_snapshot(&base_url, &entry).await {
                    Ok(snapshot) => store.loaded.update(|l| {
                        l.insert(entry.id, snapshot);
                    }),
                    Err(_) => store.failed.set(true),
                }
            }
        });
    }

    /// The snapshots (besides the page's own) that pages read while this store was in use.
    pub fn read_ids(&self) -> Vec<SnapshotId> {
        self.read
            .get_value()
            .lock()
            .map(|r| r.iter().copied().collect())
            .unwrap_or_default()
    }
}

/// Provides the snapshot store, holding `snapshots` to begin with.
pub fn provide_snapshot_store(snapshots: Vec<Arc<Snapshot>>) -> SnapshotStore {
    let store = SnapshotStore {
        loaded: RwSignal::new(snapshots.into_iter().map(|s| (s.id, s)).collect()),
        failed: RwSignal::new(false),
        read: StoredValue::new(Arc::new(Mutex::new(BTreeSet::new()))),
    };
    provide_context(store);
    store
}

/// The snapshot store (an empty one when none was provided, as in component tests).
pub fn use_snapshot_store() -> SnapshotStore {
    use_context::<SnapshotStore>().unwrap_or_else(|| provide_snapshot_store(Vec::new()))
}

/// Today's date: the build date while the page is adopted, then the reader's own.
#[derive(Clone, Copy)]
pub struct Today(RwSignal<Option<Date>>);

/// Provides today's date, starting from `built_on` (the day the page was built).
pub fn provide_today(built_on: Option<Date>) {
    let today = RwSignal::new(built_on);
    Effect::new(move |_| {
        if let Some(now) = crate::browser::today() {
            today.set(Some(now));
        }
    });
    provide_context(Today(today));
}

/// Today's date, if known.
pub fn use_today() -> Signal<Option<Date>> {
    use_context::<Today>().map_or_else(
        || Signal::stored(crate::browser::today()),
        |today| today.0.into(),
    )
}

//! Starting the app in the browser, and the record each built page carries for it.
//!
//! A built page holds the HTML the app would render for its route and the latest snapshot, plus
//! a [`BuildRecord`] naming them. The browser loads the same data, then adopts the page
//! (hydration): the nodes the reader already sees become the app's. It renders from scratch
//! instead when the page was built for something else (the single-page fallback served for a
//! path that has no built page, or data published after the page was built). Query and
//! fragment are applied after adoption; decoding the data, adopting the page, going on to the
//! query and building the parts left for after adoption (a long list,
//! [`crate::components::built_after_adoption`]) each run in a task of their own, so a slow phone
//! answers its reader in between.
//! When the data cannot be loaded the built page stays readable, with a message and a retry
//! above it.

use crate::published_data::SiteData;
use model::{Date, SnapshotId};
use serde::{Deserialize, Serialize};

/// The id of the element the app renders into.
pub const ROOT_ID: &str = "app";
/// The id of the `<script type="application/json">` holding the [`BuildRecord`].
pub const RECORD_ID: &str = "build-record";
/// The id of the element for a start-up message (outside the app's root).
pub const STATUS_ID: &str = "boot-status";

/// What a built page was built for.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct BuildRecord {
    /// The path the page was built for (`/az/measures/8.1.1.1`).
    pub route: String,
    /// The snapshot shown (the latest when built).
    pub snapshot: SnapshotId,
    /// The strategy file the page was built from (its name carries its content hash).
    pub strategy_file: String,
    /// The other snapshots the page read, to load before adopting it.
    pub snapshots: Vec<SnapshotId>,
    /// The day the page was built.
    pub built_on: Date,
}

impl BuildRecord {
    /// True when the page was built for `path` (a trailing slash makes no difference).
    pub fn is_for_path(&self, path: &str) -> bool {
        self.route.trim_end_matches('/') == path.trim_end_matches('/')
    }

    /// True when the page was built from exactly this data.
    pub fn is_for_data(&self, data: &SiteData) -> bool {
        data.entry.id == self.snapshot
            && data
                .manifest
                .strategy_for(&data.entry)
                .is_some_and(|f| f.file == self.strategy_file)
    }
}

/// True when the page at `path` registers the service worker: the public site's pages, not an
/// embed (it lives in other sites' frames) nor a draft preview (its data is not published).
/// The moderators' app is a program of its own and never registers it. The app asks in the
/// browser; site-build asks for a static page's script (`crate::static_page`).
pub fn keeps_offline_copies(deployment: &crate::deployment::Deployment, path: &str) -> bool {
    let mut parts = path.trim_start_matches('/').split('/');
    let is_embed =
        parts.next().and_then(model::Lang::from_code).is_some() && parts.next() == Some("embed");
    !deployment.is_draft_preview() && !is_embed
}

#[cfg(feature = "hydrate")]
mod browser_start {
    use super::*;
    use crate::app::{App, Navigation, Start};
    use crate::browser;
    use crate::components::built_after_adoption::{AfterAdoption, LeftForLater};
    use crate::components::data_view::error_message;
    use crate::deployment::Deployment;
    use crate::i18n::ui;
    use crate::published_data::{load_site_data, load_snapshot, DataError};
    use leptos::prelude::*;
    use model::Lang;
    use wasm_bindgen::JsCast;

    fn element(id: &str) -> Option<web_sys::HtmlElement> {
        browser::document()?
            .get_element_by_id(id)
            .and_then(|e| e.dyn_into().ok())
    }

    /// Loads the data, then adopts the built page or renders the app.
    pub fn start() {
        // Leptos's executor is set up by hydrate_from / mount_to; this first load runs before.
        wasm_bindgen_futures::spawn_local(run());
    }

    async fn run() {
        // Not in the task that instantiated the wasm (a long one on a slow phone already).
        browser::mark_step("app:instantiated");
        browser::next_task().await;
        let Some(root) = element(ROOT_ID) else { return };
        let deployment = Deployment::from_page();
        let record: Option<BuildRecord> =
            browser::element_text(RECORD_ID).and_then(|text| serde_json::from_str(&text).ok());
        let (path, search, hash) = browser::current_url().unwrap_or_default();
        let record = record.filter(|r| r.is_for_path(&path));
        let base_url = deployment.data_base();
        let keep_offline = keeps_offline_copies(&deployment, &path);
        let data = load_site_data(&base_url, None).await;
        browser::mark_step("app:data");
        let data = match (record, data) {
            (Some(record), Ok(data)) if record.is_for_data(&data) => {
                // The other snapshots the page read, all at once (the page preloads them).
                let entries = record
                    .snapshots
                    .iter()
                    .map_while(|id| data.manifest.snapshot(*id));
                let loaded =
                    futures::future::join_all(entries.map(|entry| load_snapshot(&base_url, entry)))
                        .await;
                let snapshots = match loaded.into_iter().collect::<Result<Vec<_>, _>>() {
                    Ok(snapshots) => snapshots,
                    Err(error) => return show_error(&path, error),
                };
                // The data's decoding and the adoption, each a task of its own.
                browser::next_task().await;
                // The page was built without query or fragment: adopted at its own path, it
                // goes on to them after, in a task of its own again.
                let resume_url = (!search.is_empty() || !hash.is_empty()).then(|| {
                    browser::replace_url(&path);
                    format!("{path}{search}{hash}")
                });
                let (navigation, left_for_later) =
                    adopt(root, data, snapshots, deployment, record.built_on);
                browser::mark_step("app:adopted");
                if let Some(url) = resume_url {
                    browser::next_task().await;
                    navigation.go(&url);
                    browser::mark_step("app:query");
                }
                // Then the parts built anew rather than adopted, each in a task of its own.
                for build in left_for_later {
                    browser::next_task().await;
                    build();
                    browser::mark_step("app:part");
                }
                return mark_when_settled("adopted", keep_offline);
            }
            (Some(_), Err(error)) => return show_error(&path, error),
            (_, data) => data.ok(),
        };
        // Not built for this URL or this data: render from scratch.
        root.set_inner_html("");
        let start = Start {
            data: data.filter(|_| search.is_empty()),
            deployment,
            built_on: browser::today(),
            ..Default::default()
        };
        leptos::mount::mount_to(root, move || view! { <App start=start/> }).forget();
        mark_when_settled("rendered", keep_offline);
    }

    /// Adopts the built page (the address is its own path), and gives back the app's navigation
    /// and the parts it left to build after.
    fn adopt(
        root: web_sys::HtmlElement,
        data: SiteData,
        snapshots: Vec<std::sync::Arc<model::Snapshot>>,
        deployment: Deployment,
        built_on: Date,
    ) -> (Navigation, Vec<LeftForLater>) {
        let navigation = Navigation::default();
        let after_adoption = AfterAdoption::open();
        let start = Start {
            data: Some(data),
            snapshots,
            deployment,
            built_on: Some(built_on),
            navigation: navigation.clone(),
            after_adoption: after_adoption.clone(),
        };
        leptos::mount::hydrate_from(root, move || view! { <App start=start/> }).forget();
        // Only the adoption pass leaves parts for later (not what its effects draw anew).
        (navigation, after_adoption.close())
    }

    /// Marks how the app started once its first effects (the restored draft, today's date; with
    /// the query it went on to) have run (as microtasks, before the next animation frame) and
    /// the built content its parts replaced is gone (after that frame). Then, with the page the
    /// app's, registers the service worker when this page keeps offline copies.
    fn mark_when_settled(how: &'static str, keep_offline: bool) {
        browser::after_next_frame(move || {
            browser::mark_started(how);
            if keep_offline {
                browser::register_service_worker();
            }
        });
    }

    /// Keeps the built page and puts a message with a retry above it.
    fn show_error(path: &str, error: DataError) {
        browser::mark_started("failed");
        let Some(status) = element(STATUS_ID) else {
            return;
        };
        let lang = path
            .trim_start_matches('/')
            .split('/')
            .next()
            .and_then(Lang::from_code)
            .unwrap_or(Lang::Az);
        let strings = ui(lang);
        let message = error_message(strings, &error);
        status.set_inner_html("");
        let target = status.clone();
        leptos::mount::mount_to(status, move || {
            view! {
                <div class="error-box" role="alert">
                    <p><strong>{strings.error_title}</strong></p>
                    <p>{message}</p>
                    <p class="error-actions">
                        <button type="button" class="button" on:click=move |_| {
                            target.set_inner_html("");
                            browser::mark_started("retrying");
                            start();
                        }>{strings.retry}</button>
                    </p>
                </div>
            }
        })
        .forget();
    }
}

#[cfg(feature = "hydrate")]
pub use browser_start::start;

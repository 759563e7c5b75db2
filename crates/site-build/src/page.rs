//! Rendering one route with the app's components, as the browser will adopt it.

use crate::data::Published;
use crate::BuildError;
use leptos::prelude::*;
use leptos_router::location::RequestUrl;
use model::{Date, Lang};
use strategy_site::app::{App, Start};
use strategy_site::boot::BuildRecord;
use strategy_site::contexts::provide_snapshot_store;
use strategy_site::deployment::Deployment;
use strategy_site::document::{PageMeta, PageMetaSlot};
use strategy_site::published_data::SiteData;

/// Leptos marks hydration points with `<!>`, which HTML parses as an empty comment but calls a
/// parse error ("bogus comment"). `<!---->` is the same empty comment node, written validly, so
/// the browser adopts exactly the same DOM. Text never holds a raw `<`: Leptos escapes it.
fn valid_comments(html: &str) -> String {
    html.replace("<!>", "<!---->")
}

/// A rendered page, before it goes into the template.
#[derive(Clone, Debug)]
pub struct RenderedPage {
    /// The app's HTML (what goes inside the root element).
    pub body: String,
    /// Title and description, from the page's own `use_page_meta`.
    pub meta: PageMeta,
    /// The page's language.
    pub lang: Lang,
    /// The path below the language ("" for the overview), for canonical links.
    pub below_lang: String,
    /// What the page was built for, for the browser.
    pub record: BuildRecord,
    /// The published files the app reads before it adopts the page (relative to the data base
    /// URL: the manifest, the snapshot, the strategy, any other snapshot the page read), so the
    /// page can ask for them at once, while the app itself downloads.
    pub data_files: Vec<String>,
}

/// Renders routes for one set of published data.
pub struct Renderer<'a> {
    /// The data.
    pub published: &'a Published,
    /// The deployment's settings.
    pub deployment: &'a Deployment,
    /// The build date.
    pub built_on: Date,
}

impl Renderer<'_> {
    /// Renders `path` (`/az/measures/8.1.1.1`) with the latest data.
    pub fn render(&self, path: &str) -> Result<RenderedPage, BuildError> {
        self.render_with(path, &self.published.site)
    }

    /// Renders `path` with the data of one snapshot (a pinned embed).
    pub fn render_with(&self, path: &str, site: &SiteData) -> Result<RenderedPage, BuildError> {
        let mut segments = path.trim_start_matches('/').splitn(2, '/');
        let lang = segments.next().and_then(Lang::from_code);
        let below_lang = segments.next().unwrap_or_default().to_string();
        let owner = Owner::new();
        let (body, meta, read) = owner.with(|| {
            provide_context(RequestUrl::new(path));
            let slot = PageMetaSlot::default();
            provide_context(slot.clone());
            let store = provide_snapshot_store(self.published.snapshots.clone());
            let start = Start {
                data: Some(site.clone()),
                deployment: self.deployment.clone(),
                built_on: Some(self.built_on),
                ..Default::default()
            };
            let body = valid_comments(&view! { <App start=start/> }.to_html());
            (body, slot.take(), store.read_ids())
        });
        drop(owner);
        let meta = meta
            .filter(|meta| !meta.title.is_empty())
            .ok_or_else(|| BuildError::NoPageMeta(path.to_string()))?;
        let strategy_file = site
            .manifest
            .strategy_for(&site.entry)
            .map(|file| file.file.clone())
            .unwrap_or_else(|| self.published.strategy_file.clone());
        let snapshot_files = std::iter::once(site.entry.id)
            .chain(read.iter().copied())
            .filter_map(|id| site.manifest.snapshot(id).map(|e| e.file.file.clone()));
        let data_files = std::iter::once(model::manifest::MANIFEST_FILE.to_string())
            .chain(snapshot_files)
            .chain(std::iter::once(strategy_file.clone()))
            .collect();
        Ok(RenderedPage {
            body,
            meta,
            data_files,
            lang: lang.unwrap_or(Lang::Az),
            below_lang,
            record: BuildRecord {
                route: path.to_string(),
                snapshot: site.entry.id,
                strategy_file,
                snapshots: read,
                built_on: self.built_on,
            },
        })
    }
}

#[cfg(test)]
mod tests {
    use super::valid_comments;

    #[test]
    fn hydration_markers_become_valid_empty_comments() {
        assert_eq!(
            valid_comments("<p>a<!>b</p><!>&lt;!&gt;"),
            "<p>a<!---->b</p><!---->&lt;!&gt;"
        );
    }
}

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
    /// Renders `path` (`/az/measures/8.1.1.1`).
    pub fn render(&self, path: &str) -> Result<RenderedPage, BuildError> {
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
                data: Some(self.published.site.clone()),
                deployment: self.deployment.clone(),
                built_on: Some(self.built_on),
                ..Default::default()
            };
            let body = valid_comments(&view! { <App start=start/> }.to_html());
            (body, slot.take(), store.read_ids())
        });
        drop(owner);
        let meta = meta.ok_or_else(|| BuildError::NoPageMeta(path.to_string()))?;
        Ok(RenderedPage {
            body,
            meta,
            lang: lang.unwrap_or(Lang::Az),
            below_lang,
            record: BuildRecord {
                route: path.to_string(),
                snapshot: self.published.site.entry.id,
                strategy_file: self.published.strategy_file.clone(),
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

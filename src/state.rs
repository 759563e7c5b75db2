//! Shared state behind small `provide_*` / `use_*` functions: the page language and the loaded
//! site data (one fetch per snapshot choice, refetched by "try again").

use crate::api::{load_site_data, ApiError, SiteData};
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;
use model::Lang;

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

/// What a load was asked for: the attempt number (bumped by "try again") and the `?as_of=`.
type LoadKey = (u32, Option<String>);

/// The site data: a resource keyed by the snapshot choice and the retry attempt, so a page never
/// shows an old answer (another snapshot's, or the error being retried) as if it were current.
#[derive(Clone, Copy)]
pub struct SiteDataState {
    resource: LocalResource<(LoadKey, Result<SiteData, ApiError>)>,
    key: Memo<LoadKey>,
    attempt: RwSignal<u32>,
}

impl SiteDataState {
    /// The data for the current URL: `None` while loading, then the data or the error.
    pub fn get(&self) -> Option<Result<SiteData, ApiError>> {
        let key = self.key.get();
        self.resource
            .get()
            .filter(|(loaded_for, _)| *loaded_for == key)
            .map(|(_, result)| result)
    }

    /// Loads again (the "try again" button).
    pub fn retry(&self) {
        self.attempt.update(|n| *n += 1);
    }
}

/// Starts loading the data for the snapshot named by `?as_of=` (latest without it); reloads when
/// the query changes or the reader asks to try again.
pub fn provide_site_data() {
    let query = use_query_map();
    let attempt = RwSignal::new(0u32);
    let key = Memo::new(move |_| (attempt.get(), query.read().get("as_of")));
    let resource = LocalResource::new(move || {
        let key = key.get();
        async move {
            let result = load_site_data(key.1.clone()).await;
            (key, result)
        }
    });
    provide_context(SiteDataState {
        resource,
        key,
        attempt,
    });
}

/// The site data (provided by the app shell).
pub fn use_site_data() -> SiteDataState {
    expect_context::<SiteDataState>()
}

/// The `?as_of=` of the current URL, if any.
pub fn use_as_of() -> Memo<Option<String>> {
    let query = use_query_map();
    Memo::new(move |_| query.read().get("as_of").filter(|s| !s.is_empty()))
}

/// Builds in-app links that keep the language and the pinned snapshot.
#[derive(Clone, Copy)]
pub struct Links {
    lang: Signal<Lang>,
    as_of: Memo<Option<String>>,
}

impl Links {
    /// A link to `path` (relative to the language root, e.g. `measures/8.1.1.1`).
    pub fn to(&self, path: &str) -> String {
        let mut url = format!(
            "/{}/{}",
            self.lang.get().code(),
            path.trim_start_matches('/')
        );
        if let Some(as_of) = self.as_of.get() {
            url.push(if url.contains('?') { '&' } else { '?' });
            url.push_str("as_of=");
            url.push_str(&as_of);
        }
        url
    }
}

/// The link builder for the current page.
pub fn use_links() -> Links {
    Links {
        lang: use_lang(),
        as_of: use_as_of(),
    }
}

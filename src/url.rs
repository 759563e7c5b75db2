//! The site's URLs: query strings (filters, the pinned snapshot `?as_of=`), in-app links that
//! keep the language and the pinned snapshot, and in-place navigation. Every view can be shared
//! as a link; this is the one place that writes and reads those links.

use crate::contexts::use_lang;
use leptos::prelude::*;
use leptos_router::hooks::{use_location, use_navigate, use_query_map};
use leptos_router::NavigateOptions;
use model::Lang;

/// The query parameter that pins a page to a published snapshot.
pub const AS_OF: &str = "as_of";

/// What `encodeURIComponent` leaves as it is: letters, digits and `-_.!~*'()`.
const COMPONENT: &percent_encoding::AsciiSet = &percent_encoding::NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'_')
    .remove(b'.')
    .remove(b'!')
    .remove(b'~')
    .remove(b'*')
    .remove(b'\'')
    .remove(b'(')
    .remove(b')');

/// Percent-encodes a query value as `encodeURIComponent` does (UTF-8; letters like ə are
/// encoded, spaces as %20); the same natively and in the browser.
pub fn encode_component(value: &str) -> String {
    percent_encoding::utf8_percent_encode(value, COMPONENT).to_string()
}

/// A query string from pairs, keeping `as_of` from the current URL when present.
pub fn query_string(pairs: &[(&str, String)], as_of: Option<&str>) -> String {
    let mut parts: Vec<String> = pairs
        .iter()
        .map(|(k, v)| format!("{k}={}", encode_component(v)))
        .collect();
    if let Some(id) = as_of {
        parts.push(format!("{AS_OF}={}", encode_component(id)));
    }
    if parts.is_empty() {
        String::new()
    } else {
        format!("?{}", parts.join("&"))
    }
}

/// The query string `search` with `as_of` set (or removed for `None`), other parameters kept
/// as they are.
pub fn with_as_of(search: &str, as_of: Option<&str>) -> String {
    let prefix = format!("{AS_OF}=");
    let mut pairs: Vec<String> = search
        .trim_start_matches('?')
        .split('&')
        .filter(|p| !p.is_empty() && !p.starts_with(&prefix))
        .map(str::to_string)
        .collect();
    if let Some(id) = as_of {
        pairs.push(format!("{prefix}{}", encode_component(id)));
    }
    if pairs.is_empty() {
        String::new()
    } else {
        format!("?{}", pairs.join("&"))
    }
}

/// The snapshot an `as_of` value asks for: `None` (the latest) when absent or blank.
pub fn requested_snapshot(as_of: Option<&str>) -> Option<&str> {
    as_of.map(str::trim).filter(|id| !id.is_empty())
}

/// The `?as_of=` of the current URL, if any.
pub fn use_as_of() -> Memo<Option<String>> {
    let query = use_query_map();
    Memo::new(move |_| query.with(|q| requested_snapshot(q.get_str(AS_OF)).map(str::to_string)))
}

/// A path under a language root (`/en/measures/8.1.1.1`), with `?as_of=` when pinned.
pub fn page_link(lang: Lang, path: &str, as_of: Option<&str>) -> String {
    let mut url = format!("/{}/{}", lang.code(), path.trim_start_matches('/'));
    if let Some(as_of) = as_of {
        url.push(if url.contains('?') { '&' } else { '?' });
        url.push_str(AS_OF);
        url.push('=');
        url.push_str(&encode_component(as_of));
    }
    url
}

/// Builds in-app links that keep the language and the pinned snapshot.
#[derive(Clone, Copy)]
pub struct Links {
    lang: Signal<Lang>,
    as_of: Memo<Option<String>>,
}

impl Links {
    /// A link to `path` (relative to the language root, e.g. `measures/8.1.1.1`), as it is now.
    pub fn to(&self, path: &str) -> String {
        page_link(self.lang.get(), path, self.as_of.get().as_deref())
    }

    /// A link to `path` that follows the language and the pin: for `href`s, so a link built
    /// once (a list, a breadcrumb) still names the snapshot the reader pinned after the page
    /// is adopted.
    pub fn href(
        &self,
        path: impl Into<String>,
    ) -> impl Fn() -> String + Clone + Send + Sync + 'static {
        let (links, path) = (*self, path.into());
        move || links.to(&path)
    }
}

/// The link builder for the current page.
pub fn use_links() -> Links {
    Links {
        lang: use_lang(),
        as_of: use_as_of(),
    }
}

/// Navigation that stays in place: no new history entry, no scroll.
pub fn in_place() -> NavigateOptions {
    NavigateOptions {
        replace: true,
        scroll: false,
        ..Default::default()
    }
}

/// Replaces the current URL's query (same path, no new history entry).
pub fn use_replace_query() -> impl Fn(String) + Clone {
    let navigate = use_navigate();
    let location = use_location();
    move |query: String| {
        let url = format!("{}{}", location.pathname.get_untracked(), query);
        navigate(&url, in_place());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn encodes_like_encode_uri_component() {
        assert_eq!(encode_component("süni intellekt"), "s%C3%BCni%20intellekt");
        assert_eq!(encode_component("a&b=c/d?"), "a%26b%3Dc%2Fd%3F");
        assert_eq!(encode_component("8.1.1-x_(y)!~*'"), "8.1.1-x_(y)!~*'");
    }

    #[test]
    fn as_of_is_replaced_and_other_parameters_kept() {
        assert_eq!(with_as_of("?q=ikt&as_of=2026-Q3", None), "?q=ikt");
        assert_eq!(
            with_as_of("?q=ikt", Some("2026-Q3")),
            "?q=ikt&as_of=2026-Q3"
        );
        assert_eq!(with_as_of("", None), "");
    }

    #[test]
    fn a_blank_as_of_asks_for_the_latest() {
        assert_eq!(requested_snapshot(None), None);
        assert_eq!(requested_snapshot(Some(" ")), None);
        assert_eq!(requested_snapshot(Some(" 2026-Q3 ")), Some("2026-Q3"));
    }

    #[test]
    fn page_links_keep_the_language_and_the_pin() {
        assert_eq!(
            page_link(Lang::En, "/measures/8.1.1.1", None),
            "/en/measures/8.1.1.1"
        );
        assert_eq!(
            page_link(Lang::Az, "changes?from=2026-Q3", Some("2026-Q4")),
            "/az/changes?from=2026-Q3&as_of=2026-Q4"
        );
    }
}

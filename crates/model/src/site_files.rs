//! The built site's file layout that its servers must know: where a route's page is, and which
//! not-found page answers a path with no page. `site-build` writes it; the feedback service's
//! `serve` mode and the data tool's draft preview serve it (`scripts/serve.mjs` mirrors it, and
//! the README's "Deploying" tells a static host).

use crate::Lang;

/// A route's page: `az/measures/8.1.1.1/index.html`.
pub const PAGE_FILE: &str = "index.html";
/// The not-found page: in each language's folder (`az/404.html`), served with status 404 for
/// any path below the language that has no page; at the root for anything else that is missing.
pub const NOT_FOUND_FILE: &str = "404.html";

/// The not-found page of one language, relative to the site's root (`az/404.html`).
pub fn not_found_page_of(lang: Lang) -> String {
    format!("{}/{NOT_FOUND_FILE}", lang.code())
}

/// The not-found page for a path with no page (`/az/no-such-page`): its language's, when the
/// path is below one; `None` otherwise (the root page, which picks a language, answers it).
pub fn not_found_page_for(path: &str) -> Option<String> {
    let first = path.trim_start_matches('/').split('/').next()?;
    Lang::ALL
        .into_iter()
        .find(|lang| lang.code() == first)
        .map(not_found_page_of)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_path_below_a_language_gets_that_languages_page() {
        assert_eq!(
            not_found_page_for("/az/no-such-page").as_deref(),
            Some("az/404.html")
        );
        assert_eq!(
            not_found_page_for("/en/measures/99.9").as_deref(),
            Some("en/404.html")
        );
        assert_eq!(not_found_page_for("/en").as_deref(), Some("en/404.html"));
        assert_eq!(not_found_page_for("/fr/page"), None);
        assert_eq!(not_found_page_for("/en-GB/page"), None);
        assert_eq!(not_found_page_for("/"), None);
        assert_eq!(not_found_page_for("/nowhere/deep"), None);
    }
}

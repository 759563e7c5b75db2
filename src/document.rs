//! The page's head and the reader's language choice: one page-meta hook used by every page, on
//! both sides. At build time it records the title and description for the renderer, which
//! writes them (with canonical, alternates and Open Graph tags, [`head_tags`]) into the built
//! page; in the browser it keeps the document title in sync when the reader moves on.

use crate::browser;
use leptos::prelude::*;
use model::Lang;
use std::sync::{Arc, Mutex};

const LANG_KEY: &str = "strategy-site.lang";

/// A page's title and description, as the head shows them.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PageMeta {
    /// `<title>`.
    pub title: String,
    /// `<meta name="description">` and the preview text.
    pub description: String,
}

/// Where the build-time renderer collects the meta of the page it renders.
#[derive(Clone, Default)]
pub struct PageMetaSlot(pub Arc<Mutex<Option<PageMeta>>>);

impl PageMetaSlot {
    /// The meta the page recorded, if any.
    pub fn take(&self) -> Option<PageMeta> {
        self.0.lock().ok().and_then(|mut slot| slot.take())
    }
}

/// Declares the page's title and description (`meta` returns them for the current language).
pub fn use_page_meta(meta: impl Fn() -> (String, String) + 'static) {
    if let Some(slot) = use_context::<PageMetaSlot>() {
        let (title, description) = untrack(&meta);
        if let Ok(mut slot) = slot.0.lock() {
            *slot = Some(PageMeta { title, description });
        }
    }
    Effect::new(move |_| {
        let (title, description) = meta();
        browser::set_title_and_description(&title, &description);
    });
}

/// The absolute URL of a page (`path` below the language, "" for the overview).
pub fn page_url(site_url: &str, lang: Lang, path: &str) -> String {
    let site_url = site_url.trim_end_matches('/');
    let path = path.trim_start_matches('/');
    format!("{site_url}/{}/{path}", lang.code())
}

/// Escapes text for HTML content and attribute values.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// The head tags of a built page besides title and description: canonical URL, language
/// alternates and Open Graph. `path` is below the language ("" for the overview).
pub fn head_tags(meta: &PageMeta, lang: Lang, path: &str, site_url: &str) -> String {
    let canonical = page_url(site_url, lang, path);
    let mut head = format!("<link rel=\"canonical\" href=\"{}\">", escape(&canonical));
    for other in Lang::ALL {
        head.push_str(&format!(
            "<link rel=\"alternate\" hreflang=\"{}\" href=\"{}\">",
            other.code(),
            escape(&page_url(site_url, other, path))
        ));
    }
    head.push_str(&format!(
        "<link rel=\"alternate\" hreflang=\"x-default\" href=\"{}\">",
        escape(&page_url(site_url, Lang::Az, path))
    ));
    let locale = match lang {
        Lang::Az => "az_AZ",
        Lang::En => "en_GB",
    };
    let (title, description) = (escape(&meta.title), escape(&meta.description));
    head.push_str(&format!(
        "<meta property=\"og:type\" content=\"website\"><meta property=\"og:site_name\" content=\"{}\"><meta property=\"og:title\" content=\"{title}\"><meta property=\"og:description\" content=\"{description}\"><meta property=\"og:url\" content=\"{}\"><meta property=\"og:locale\" content=\"{locale}\"><meta name=\"twitter:card\" content=\"summary\"><meta name=\"twitter:title\" content=\"{title}\"><meta name=\"twitter:description\" content=\"{description}\">",
        escape(ui_text::ui(lang).site_name),
        escape(&canonical),
    ));
    head
}

/// Remembers the reader's language choice.
pub fn store_lang(lang: Lang) {
    browser::store(LANG_KEY, lang.code());
}

/// The language to open `/` in: the stored choice, else the browser's, else Azerbaijani.
/// At build time (no browser) Azerbaijani.
pub fn preferred_lang() -> Lang {
    browser::stored(LANG_KEY)
        .and_then(|code| Lang::from_code(&code))
        .or_else(|| {
            browser::browser_languages()
                .iter()
                .find_map(|code| Lang::from_code(code))
        })
        .unwrap_or(Lang::Az)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_markup() {
        assert_eq!(
            escape("<a href=\"x\">&'</a>"),
            "&lt;a href=&quot;x&quot;&gt;&amp;&#39;&lt;/a&gt;"
        );
    }

    #[test]
    fn head_names_the_page_in_both_languages() {
        let meta = PageMeta {
            title: "Measure 8.1.1.1 · Site".into(),
            description: "A \"quoted\" text".into(),
        };
        let head = head_tags(&meta, Lang::En, "measures/8.1.1.1", "https://example.az/");
        assert!(head
            .contains("<link rel=\"canonical\" href=\"https://example.az/en/measures/8.1.1.1\">"));
        assert!(head.contains("hreflang=\"az\" href=\"https://example.az/az/measures/8.1.1.1\""));
        assert!(head.contains("<meta property=\"og:title\" content=\"Measure 8.1.1.1 · Site\">"));
        assert!(head.contains("content=\"A &quot;quoted&quot; text\""));
        assert_eq!(page_url("https://x.az", Lang::Az, ""), "https://x.az/az/");
    }
}

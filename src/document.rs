//! The page's head and the reader's language choice: one page-meta hook used by every page, on
//! both sides. At build time it records the title and description (and the page's feed, oEmbed
//! description or full page, [`declare_feed`], [`declare_oembed`], [`declare_full_page`]) for the
//! renderer, which writes them with canonical, alternates, Open Graph, the preview image and feed
//! links ([`head_tags`]) into the built page; in the browser it keeps the document title in sync
//! when the reader moves on. The rest of the head is written once, at build time.

use crate::browser;
use crate::follow::FeedTopic;
use leptos::prelude::*;
use model::Lang;
use std::sync::{Arc, Mutex};
use ui_text::share;

/// The localStorage key of the reader's language choice (also read by `public/page.js`).
pub const LANG_KEY: &str = "strategy-site.lang";

/// A page's title and description, as the head shows them.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PageMeta {
    /// `<title>`.
    pub title: String,
    /// `<meta name="description">` and the preview text.
    pub description: String,
    /// The feed of the item the page shows (every page also links the site's feed).
    pub feed: Option<FeedTopic>,
    /// The path of the page's oEmbed description, for a page that can be embedded.
    pub oembed: Option<String>,
    /// For an embed: the path below the language of the full page it shows (the canonical
    /// address; embeds ask not to be indexed).
    pub full_page: Option<String>,
}

/// A built page's preview image (drawn at build time by `site-build`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PreviewImage {
    /// Its path on the site (`/previews/<hash>.png`).
    pub path: String,
    /// What it shows, in words.
    pub alt: String,
    /// Width in pixels.
    pub width: u32,
    /// Height in pixels.
    pub height: u32,
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

/// Changes the meta the build-time renderer collects (nothing in the browser).
fn record(change: impl FnOnce(&mut PageMeta)) {
    if let Some(slot) = use_context::<PageMetaSlot>() {
        if let Ok(mut slot) = slot.0.lock() {
            change(slot.get_or_insert_with(PageMeta::default));
        }
    }
}

/// Declares the feed of the item the page shows (its head links it).
pub fn declare_feed(topic: FeedTopic) {
    record(|meta| meta.feed = Some(topic));
}

/// Declares the path of the page's oEmbed description (its head links it).
pub fn declare_oembed(path: String) {
    record(|meta| meta.oembed = Some(path));
}

/// Declares that the page is an embed of the full page at `path` (below the language).
pub fn declare_full_page(path: String) {
    record(|meta| meta.full_page = Some(path));
}

/// Declares the page's title and description (`meta` returns them for the current language).
pub fn use_page_meta(meta: impl Fn() -> (String, String) + 'static) {
    let (title, description) = untrack(&meta);
    record(|page| {
        page.title = title;
        page.description = description;
    });
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

/// The title without the site's name after it ("Measures · Site" → "Measures").
pub fn short_title(title: &str, lang: Lang) -> &str {
    let site = ui_text::ui(lang).site_name;
    title
        .strip_suffix(site)
        .and_then(|rest| rest.strip_suffix(" · "))
        .unwrap_or(title)
}

/// The head tags of a built page besides title and description: canonical URL, language
/// alternates, Open Graph with the preview image, feeds and oEmbed. `path` is below the
/// language ("" for the overview).
pub fn head_tags(
    meta: &PageMeta,
    lang: Lang,
    path: &str,
    site_url: &str,
    preview: Option<&PreviewImage>,
) -> String {
    let site_url = site_url.trim_end_matches('/');
    // An embed points to the full page it shows.
    let main_path = meta.full_page.as_deref().unwrap_or(path);
    let canonical = page_url(site_url, lang, main_path);
    let mut head = format!("<link rel=\"canonical\" href=\"{}\">", escape(&canonical));
    if meta.full_page.is_some() {
        head.push_str("<meta name=\"robots\" content=\"noindex\">");
    }
    for other in Lang::ALL {
        head.push_str(&format!(
            "<link rel=\"alternate\" hreflang=\"{}\" href=\"{}\">",
            other.code(),
            escape(&page_url(site_url, other, main_path))
        ));
    }
    head.push_str(&format!(
        "<link rel=\"alternate\" hreflang=\"x-default\" href=\"{}\">",
        escape(&page_url(site_url, Lang::Az, main_path))
    ));
    if meta.full_page.is_none() {
        head.push_str(&feed_links(meta, lang, site_url));
    }
    if let Some(oembed) = &meta.oembed {
        head.push_str(&format!(
            "<link rel=\"alternate\" type=\"application/json+oembed\" href=\"{}{}\" title=\"{}\">",
            escape(site_url),
            escape(oembed),
            escape(short_title(&meta.title, lang))
        ));
    }
    let locale = match lang {
        Lang::Az => "az_AZ",
        Lang::En => "en_GB",
    };
    let (title, description) = (escape(&meta.title), escape(&meta.description));
    head.push_str(&format!(
        "<meta property=\"og:type\" content=\"website\"><meta property=\"og:site_name\" content=\"{}\"><meta property=\"og:title\" content=\"{title}\"><meta property=\"og:description\" content=\"{description}\"><meta property=\"og:url\" content=\"{}\"><meta property=\"og:locale\" content=\"{locale}\">",
        escape(ui_text::ui(lang).site_name),
        escape(&canonical),
    ));
    let card = match preview {
        Some(image) => {
            let (url, alt) = (
                escape(&format!("{site_url}{}", image.path)),
                escape(&image.alt),
            );
            head.push_str(&format!(
                "<meta property=\"og:image\" content=\"{url}\"><meta property=\"og:image:type\" content=\"image/png\"><meta property=\"og:image:width\" content=\"{}\"><meta property=\"og:image:height\" content=\"{}\"><meta property=\"og:image:alt\" content=\"{alt}\"><meta name=\"twitter:image\" content=\"{url}\"><meta name=\"twitter:image:alt\" content=\"{alt}\">",
                image.width, image.height
            ));
            "summary_large_image"
        }
        None => "summary",
    };
    head.push_str(&format!(
        "<meta name=\"twitter:card\" content=\"{card}\"><meta name=\"twitter:title\" content=\"{title}\"><meta name=\"twitter:description\" content=\"{description}\">"
    ));
    head
}

/// The feed links of a page: its item's feed (if any), then the site's.
fn feed_links(meta: &PageMeta, lang: Lang, site_url: &str) -> String {
    let strings = share(lang);
    let item = meta.feed.as_ref().map(|topic| {
        let title = (strings.feed_item_title)(short_title(&meta.title, lang));
        (topic.path(lang), title)
    });
    let site = (
        FeedTopic::Site.path(lang),
        strings.feed_site_title.to_string(),
    );
    item.into_iter()
        .chain([site])
        .map(|(path, title)| {
            format!(
                "<link rel=\"alternate\" type=\"application/atom+xml\" href=\"{}{}\" title=\"{}\">",
                escape(site_url),
                escape(&path),
                escape(&title)
            )
        })
        .collect()
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
            ..Default::default()
        };
        let head = head_tags(
            &meta,
            Lang::En,
            "measures/8.1.1.1",
            "https://example.az/",
            None,
        );
        assert!(head
            .contains("<link rel=\"canonical\" href=\"https://example.az/en/measures/8.1.1.1\">"));
        assert!(head.contains("hreflang=\"az\" href=\"https://example.az/az/measures/8.1.1.1\""));
        assert!(head.contains("<meta property=\"og:title\" content=\"Measure 8.1.1.1 · Site\">"));
        assert!(head.contains("content=\"A &quot;quoted&quot; text\""));
        assert_eq!(page_url("https://x.az", Lang::Az, ""), "https://x.az/az/");
        assert!(head.contains("<meta name=\"twitter:card\" content=\"summary\">"));
        assert!(head.contains(
            "type=\"application/atom+xml\" href=\"https://example.az/en/feeds/site.xml\""
        ));
        assert!(!head.contains("og:image"), "no image was drawn");
    }

    #[test]
    fn head_links_the_preview_the_feeds_and_the_oembed_description() {
        let site = ui_text::ui(Lang::Az).site_name;
        let meta = PageMeta {
            title: format!("4.1.5 Vətəndaşlar · {site}"),
            description: "d".into(),
            feed: Some(FeedTopic::Indicator("4.1.5".into())),
            oembed: Some("/oembed/az/indicators/4.1.5.json".into()),
            full_page: None,
        };
        let image = PreviewImage {
            path: "/previews/0123456789abcdef.png".into(),
            alt: "Diaqram".into(),
            width: 1200,
            height: 630,
        };
        let head = head_tags(
            &meta,
            Lang::Az,
            "indicators/4.1.5",
            "https://x.az",
            Some(&image),
        );
        assert!(head.contains(
            "<meta property=\"og:image\" content=\"https://x.az/previews/0123456789abcdef.png\">"
        ));
        assert!(head.contains("<meta property=\"og:image:alt\" content=\"Diaqram\">"));
        assert!(head.contains("<meta name=\"twitter:card\" content=\"summary_large_image\">"));
        assert!(head.contains("href=\"https://x.az/az/feeds/indicators/4.1.5.xml\" title=\"Dəyişikliklər: 4.1.5 Vətəndaşlar\""));
        assert!(head.contains("href=\"https://x.az/az/feeds/site.xml\""));
        assert!(head.contains("type=\"application/json+oembed\" href=\"https://x.az/oembed/az/indicators/4.1.5.json\""));
        assert!(!head.contains("noindex"));
    }

    #[test]
    fn an_embed_points_to_its_full_page_and_is_not_indexed() {
        let meta = PageMeta {
            title: "t".into(),
            full_page: Some("indicators/4.1.5".into()),
            ..Default::default()
        };
        let head = head_tags(
            &meta,
            Lang::En,
            "embed/indicators/4.1.5/2026-Q3",
            "https://x.az",
            None,
        );
        assert!(head.contains("<link rel=\"canonical\" href=\"https://x.az/en/indicators/4.1.5\">"));
        assert!(head.contains("<meta name=\"robots\" content=\"noindex\">"));
        assert!(
            !head.contains("atom+xml"),
            "an embed is not where one follows the site"
        );
    }
}

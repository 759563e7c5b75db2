//! Embedding an indicator's chart in another site: the addresses of the embed pages (one that
//! always shows the latest snapshot, and one per published snapshot that keeps its numbers) and
//! of their oEmbed descriptions, and the HTML a journalist pastes: an iframe pinned to one
//! snapshot, and the few lines that let the embed set the iframe's height (it posts its height
//! to the page around it, [`HEIGHT_MESSAGE`]). The build step writes the oEmbed files from these;
//! the indicator page's Embed button shows the code.

use crate::document::escape;
use model::Lang;

/// The iframe's width in pixels (it shrinks with the column: `width:100%`).
pub const EMBED_WIDTH: u32 = 760;
/// The iframe's height in pixels before the embed reports its own.
pub const EMBED_HEIGHT: u32 = 760;
/// The `type` of the message an embed posts to its parent: `{type, height}`.
pub const HEIGHT_MESSAGE: &str = "strategy-embed-height";
/// The embed pages' own script (it posts the height), copied by trunk from `public/`.
pub const EMBED_SCRIPT: &str = "/embed.js";

/// The path of an indicator's embed (`/az/embed/indicators/4.1.5/2026-Q3`); without a snapshot,
/// the one that shows the latest.
pub fn embed_path(lang: Lang, indicator: &str, snapshot: Option<&str>) -> String {
    let base = format!("/{}/embed/indicators/{indicator}", lang.code());
    match snapshot {
        Some(id) => format!("{base}/{id}"),
        None => base,
    }
}

/// The path of an indicator's oEmbed description (`/oembed/az/indicators/4.1.5.json`).
pub fn oembed_path(lang: Lang, indicator: &str) -> String {
    format!("/oembed/{}/indicators/{indicator}.json", lang.code())
}

/// The scheme, host and port of a URL (`https://x.az/a/b` → `https://x.az`).
fn origin(site_url: &str) -> &str {
    let after_scheme = site_url.find("://").map_or(0, |i| i + 3);
    match site_url[after_scheme..].find('/') {
        Some(i) => &site_url[..after_scheme + i],
        None => site_url,
    }
}

/// The iframe of a pinned embed.
pub fn iframe_html(
    site_url: &str,
    lang: Lang,
    indicator: &str,
    snapshot: &str,
    title: &str,
) -> String {
    let src = format!(
        "{}{}",
        site_url.trim_end_matches('/'),
        embed_path(lang, indicator, Some(snapshot))
    );
    format!(
        "<iframe data-strategy-embed src=\"{}\" title=\"{}\" width=\"{EMBED_WIDTH}\" height=\"{EMBED_HEIGHT}\" style=\"width:100%;max-width:{EMBED_WIDTH}px;border:0\" loading=\"lazy\"></iframe>",
        escape(&src),
        escape(title)
    )
}

/// The lines a page needs once to let embeds set their height: it listens for the height
/// message from this site's origin and sizes the iframe that sent it.
pub fn resizer_script(site_url: &str) -> String {
    format!(
        "<script>window.addEventListener(\"message\",function(e){{if(e.origin!==\"{}\"||!e.data||e.data.type!==\"{HEIGHT_MESSAGE}\")return;document.querySelectorAll(\"iframe[data-strategy-embed]\").forEach(function(f){{if(f.contentWindow===e.source)f.style.height=e.data.height+\"px\";}});}});</script>",
        origin(site_url)
    )
}

/// The code a journalist pastes: the pinned iframe and the height script.
pub fn embed_code(
    site_url: &str,
    lang: Lang,
    indicator: &str,
    snapshot: &str,
    title: &str,
) -> String {
    format!(
        "{}\n{}",
        iframe_html(site_url, lang, indicator, snapshot, title),
        resizer_script(site_url)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embeds_have_a_path_per_snapshot() {
        assert_eq!(
            embed_path(Lang::Az, "4.1.5", None),
            "/az/embed/indicators/4.1.5"
        );
        assert_eq!(
            embed_path(Lang::En, "4.1.5", Some("2026-Q3")),
            "/en/embed/indicators/4.1.5/2026-Q3"
        );
        assert_eq!(
            oembed_path(Lang::Az, "4.1.5"),
            "/oembed/az/indicators/4.1.5.json"
        );
    }

    #[test]
    fn the_code_pins_the_snapshot_and_trusts_only_the_site() {
        let code = embed_code("https://x.az/", Lang::En, "4.1.5", "2026-Q3", "A \"chart\"");
        assert!(code.contains("src=\"https://x.az/en/embed/indicators/4.1.5/2026-Q3\""));
        assert!(code.contains("title=\"A &quot;chart&quot;\""));
        assert!(code.contains("e.origin!==\"https://x.az\""));
        assert!(code.contains(HEIGHT_MESSAGE));
        assert_eq!(origin("http://127.0.0.1:8080"), "http://127.0.0.1:8080");
        assert_eq!(origin("https://x.az/site/"), "https://x.az");
    }
}

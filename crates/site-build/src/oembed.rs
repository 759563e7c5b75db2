//! The oEmbed descriptions of the indicator embeds (`/oembed/{lang}/indicators/{id}.json`, linked
//! from each indicator page's head): a `rich` embed whose HTML is the code the page's Embed
//! button gives, pinned to the latest snapshot. Static JSON: rebuilt with every publication.

use crate::data::Published;
use crate::BuildError;
use model::Lang;
use std::path::Path;
use strategy_site::embed::{embed_code, oembed_path, EMBED_HEIGHT, EMBED_WIDTH};
use strategy_site::i18n::{share, ui};

/// The oEmbed description of an indicator's embed.
pub fn oembed_json(
    published: &Published,
    lang: Lang,
    indicator: &str,
    site_url: &str,
) -> Option<serde_json::Value> {
    let site = &published.site;
    let name = site.strategy.indicator(indicator)?.name.in_lang(lang);
    let strings = ui(lang);
    let what = format!("{} {indicator} {name}", strings.indicator);
    let snapshot = site.entry.id.to_string();
    let html = embed_code(
        site_url,
        lang,
        indicator,
        &snapshot,
        &(share(lang).embed_frame_title)(&what),
    );
    Some(serde_json::json!({
        "version": "1.0",
        "type": "rich",
        "title": what,
        "provider_name": strings.site_name,
        "provider_url": format!("{}/{}/", site_url.trim_end_matches('/'), lang.code()),
        "html": html,
        "width": EMBED_WIDTH,
        "height": EMBED_HEIGHT,
    }))
}

/// Writes the description of every indicator's embed in both languages; returns how many.
pub fn write_oembed(
    dist: &Path,
    published: &Published,
    site_url: &str,
) -> Result<usize, BuildError> {
    let mut written = 0;
    for lang in Lang::ALL {
        for indicator in &published.site.strategy.indicators {
            if let Some(json) = oembed_json(published, lang, &indicator.id, site_url) {
                let path = dist.join(oembed_path(lang, &indicator.id).trim_start_matches('/'));
                crate::write(&path, &json.to_string())?;
                written += 1;
            }
        }
    }
    Ok(written)
}

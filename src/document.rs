//! Talking to the document outside the app's root: `<html lang>`, the title, the meta
//! description, the stored language choice and today's date. Every call tolerates a missing
//! window or blocked storage.

use leptos::prelude::*;
use model::{Date, Lang};

const LANG_KEY: &str = "strategy-site.lang";

fn document() -> Option<web_sys::Document> {
    web_sys::window()?.document()
}

/// Sets `<html lang>`.
pub fn set_html_lang(lang: Lang) {
    if let Some(root) = document().and_then(|d| d.document_element()) {
        let _ = root.set_attribute("lang", lang.code());
    }
}

/// Sets the document title and the meta description.
pub fn set_title_and_description(title: &str, description: &str) {
    let Some(doc) = document() else { return };
    doc.set_title(title);
    if let Ok(Some(meta)) = doc.query_selector("meta[name='description']") {
        let _ = meta.set_attribute("content", description);
    }
}

/// Keeps the title and description in sync with the page (an effect: it talks to the outside).
pub fn use_page_meta(meta: impl Fn() -> (String, String) + 'static) {
    Effect::new(move |_| {
        let (title, description) = meta();
        set_title_and_description(&title, &description);
    });
}

/// Remembers the reader's language choice.
pub fn store_lang(lang: Lang) {
    if let Some(storage) = web_sys::window().and_then(|w| w.local_storage().ok().flatten()) {
        let _ = storage.set_item(LANG_KEY, lang.code());
    }
}

/// The language to open `/` in: the stored choice, else the browser's, else Azerbaijani.
pub fn preferred_lang() -> Lang {
    let window = web_sys::window();
    let stored = window
        .as_ref()
        .and_then(|w| w.local_storage().ok().flatten())
        .and_then(|s| s.get_item(LANG_KEY).ok().flatten())
        .and_then(|code| Lang::from_code(&code));
    if let Some(lang) = stored {
        return lang;
    }
    let browser = window.map(|w| w.navigator().languages()).map(|list| {
        list.iter()
            .filter_map(|v| v.as_string())
            .find_map(|code| Lang::from_code(&code))
    });
    browser.flatten().unwrap_or(Lang::Az)
}

/// Today's date in the reader's time zone.
pub fn today() -> Option<Date> {
    let now = js_sys::Date::new_0();
    Date::new(
        now.get_full_year() as i32,
        now.get_month() as u8 + 1,
        now.get_date() as u8,
    )
}

/// A `<meta name=…>` value from `index.html`, if set and not empty.
pub fn meta_value(name: &str) -> Option<String> {
    document()?
        .query_selector(&format!("meta[name='{name}']"))
        .ok()
        .flatten()?
        .get_attribute("content")
        .filter(|v| !v.trim().is_empty())
}

/// Shows the app and removes the prerendered text (once the app has something to show).
pub fn reveal_app() {
    let Some(doc) = document() else { return };
    if let Some(prerendered) = doc.get_element_by_id("prerender") {
        prerendered.remove();
    }
    if let Some(app) = doc.get_element_by_id("app") {
        let _ = app.remove_attribute("hidden");
    }
}

//! The one door to the browser for the moderators' page: the page's language and settings,
//! `sessionStorage`, and file downloads. Natively every function does nothing.

use model::Lang;

#[cfg(target_arch = "wasm32")]
fn document() -> Option<web_sys::Document> {
    web_sys::window()?.document()
}

/// The element the app renders into (`<main id="main">`), emptied of its no-script text.
#[cfg(target_arch = "wasm32")]
pub fn main_element() -> web_sys::HtmlElement {
    use wasm_bindgen::JsCast;
    let element = document()
        .and_then(|d| d.get_element_by_id("main"))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
        .or_else(|| document().and_then(|d| d.body()))
        .expect("the moderators' page has a body");
    element.set_inner_html("");
    element
}

/// The page language, from the path (`/en/moderation`); Azerbaijani otherwise.
pub fn page_lang() -> Lang {
    #[cfg(target_arch = "wasm32")]
    {
        let path = web_sys::window()
            .and_then(|w| w.location().pathname().ok())
            .unwrap_or_default();
        if let Some(lang) = path
            .trim_start_matches('/')
            .split('/')
            .next()
            .and_then(Lang::from_code)
        {
            return lang;
        }
    }
    Lang::Az
}

/// Sets `<html lang>` and the title.
pub fn set_lang_and_title(lang: Lang, title: &str) {
    #[cfg(target_arch = "wasm32")]
    if let Some(doc) = document() {
        if let Some(root) = doc.document_element() {
            let _ = root.set_attribute("lang", lang.code());
        }
        doc.set_title(title);
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = (lang, title);
}

/// A `<meta name=…>` value of the page, if set and not empty.
pub fn meta_value(name: &str) -> Option<String> {
    #[cfg(target_arch = "wasm32")]
    {
        document()?
            .query_selector(&format!("meta[name='{name}']"))
            .ok()
            .flatten()?
            .get_attribute("content")
            .filter(|v| !v.trim().is_empty())
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = name;
        None
    }
}

#[cfg(target_arch = "wasm32")]
fn session_storage() -> Option<web_sys::Storage> {
    web_sys::window()?.session_storage().ok().flatten()
}

/// A value of this tab's `sessionStorage`.
pub fn session_get(key: &str) -> Option<String> {
    #[cfg(target_arch = "wasm32")]
    {
        session_storage()?.get_item(key).ok().flatten()
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = key;
        None
    }
}

/// Keeps a value in this tab's `sessionStorage` (skipped when storage is blocked).
pub fn session_set(key: &str, value: &str) {
    #[cfg(target_arch = "wasm32")]
    if let Some(storage) = session_storage() {
        let _ = storage.set_item(key, value);
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = (key, value);
}

/// Forgets a value of this tab's `sessionStorage`.
pub fn session_remove(key: &str) {
    #[cfg(target_arch = "wasm32")]
    if let Some(storage) = session_storage() {
        let _ = storage.remove_item(key);
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = key;
}

/// Offers `body` as a file download named `file_name`.
pub fn download(file_name: &str, mime: &str, body: &str) {
    #[cfg(target_arch = "wasm32")]
    {
        use wasm_bindgen::JsCast;
        let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(body));
        let options = web_sys::BlobPropertyBag::new();
        options.set_type(mime);
        let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) else {
            return;
        };
        let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
            return;
        };
        if let Some(anchor) = document()
            .and_then(|d| d.create_element("a").ok())
            .and_then(|e| e.dyn_into::<web_sys::HtmlAnchorElement>().ok())
        {
            anchor.set_href(&url);
            anchor.set_download(file_name);
            anchor.click();
        }
        let _ = web_sys::Url::revoke_object_url(&url);
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = (file_name, mime, body);
}

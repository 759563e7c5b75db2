//! The strategy site: a Leptos client-side app that shows Azerbaijan's Digital Economy Strategy
//! 2026–2029 and its quarterly progress in Azerbaijani and English.
//!
//! - [`app`]: the router and routes; [`pages`]: one module per page; [`components`]: reusable
//!   pieces (the shell, data loading states, bilingual text, status badges).
//! - [`api`]: fetching the published data and its error type; [`state`]: shared context.
//! - [`i18n`] (the `ui-text` crate): every UI string in both languages; [`document`]: `<html lang>`, titles, storage.
//!
//! Formatting, search folding and the snapshot diff live in the `model` crate, shared with the
//! data tool.

pub mod api;
pub mod app;
pub mod components;
pub mod document;
pub use ui_text as i18n;
pub mod pages;
pub mod state;

/// Mounts the app. When the page carries prerendered text (`<main id="prerender">`), the app
/// renders into a hidden container and takes over once its data is loaded, so the reader never
/// sees the text replaced by a loading state (and the layout does not jump).
pub fn mount() {
    use wasm_bindgen::JsCast;
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let Some(body) = document.body() else { return };
    let Ok(root) = document.create_element("div") else {
        return;
    };
    root.set_id("app");
    if document.get_element_by_id("prerender").is_some() {
        let _ = root.set_attribute("hidden", "");
    }
    if body.append_child(&root).is_err() {
        return;
    }
    leptos::mount::mount_to(root.unchecked_into(), app::App).forget();
    // Never leave the app hidden behind the prerendered text if the data server hangs.
    leptos::prelude::set_timeout(document::reveal_app, std::time::Duration::from_secs(8));
}

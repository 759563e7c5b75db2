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

/// Mounts the app into `<body>`, replacing the prerendered content.
pub fn mount() {
    if let Some(body) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.body())
    {
        // Leave nothing beside the app: the static fallback text is for crawlers only.
        body.set_inner_html("");
    }
    leptos::mount::mount_to_body(app::App);
}

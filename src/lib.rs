//! The strategy site: a Leptos app that shows Azerbaijan's Digital Economy Strategy 2026–2029
//! and its quarterly progress in Azerbaijani and English. Every page is rendered at build time
//! by these components (feature `ssr`, in `crates/site-build`) and adopted by the same
//! components in the browser (feature `hydrate`).
//!
//! - [`app`]: the app, its start values and the router (the one route table); [`pages`]: one
//!   module per page; [`components`]: reusable pieces (the shell, data states, bilingual text).
//! - [`boot`]: starting in the browser (adopt the built page, or render); [`published_data`]:
//!   fetching the published data and its error type; [`contexts`]: state shared through context
//!   (language, data, snapshots, today's date); [`url`]: query strings and in-app links.
//! - [`static_page`]: what a page that needs no app runs instead ([`app::Adoption`]).
//! - [`browser`]: the one door to `web_sys` (does nothing at build time); [`deployment`]: the
//!   operator's settings; [`document`]: the page head and the language choice; [`follow`]: the
//!   addresses of the Atom feeds; [`embed`]: the addresses and code of the indicator embeds.
//! - [`i18n`] (the `ui-text` crate): every UI string in both languages.
//!
//! Formatting, search folding and the snapshot diff live in the `model` crate, shared with the
//! data tool.

pub mod app;
pub mod boot;
pub mod browser;
pub mod components;
pub mod contexts;
pub mod deployment;
pub mod document;
pub mod embed;
pub mod follow;
pub use ui_text as i18n;
pub mod pages;
pub mod published_data;
pub mod static_page;
pub mod url;

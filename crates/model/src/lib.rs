//! The published schema of the strategy site and the pure logic every part shares.
//!
//! The data tool writes these types as JSON, the app reads exactly the same types, and the
//! feedback service uses them to check topics. Everything here is plain Rust that compiles for
//! `wasm32-unknown-unknown` and natively, so it is unit-tested natively and fast.
//!
//! - [`code`]: fixed lists of codes (statuses, units, ...), each code written once.
//! - [`lang`]: the two languages and bilingual text.
//! - [`feedback`]: the feedback contract (request, answers, codes, limits, validation).
//! - [`moderation`]: the moderators' contract and the public counts and answers.
//! - [`date`], [`snapshot_id`]: calendar dates and quarterly snapshot ids.
//! - [`manifest`]: the envelope (`index.json`) and its schema-version rule.
//! - [`exports`]: the open-data files: CSV row types whose fields are the columns, and each
//!   measure's and indicator's JSON download.
//! - [`strategy`], [`snapshot`], [`status`]: the content and the progress; [`period`]: spans of
//!   years.
//! - [`format`]: numbers and dates as CLDR writes them per language.
//! - [`search`]: Azerbaijani-aware search folding; [`filter`]: the measures page's filters;
//!   [`listing`]: its matches, prepared, grouped and cut into pages.
//! - [`diff`], [`rollup`]: what changed between snapshots, and progress counts.
//! - [`slug`]: ASCII slugs for URLs; [`site_files`]: the built site's file layout its servers
//!   must know (pages, the not-found pages).

pub mod code;
pub mod date;
pub mod diff;
pub mod exports;
pub mod feedback;
pub mod filter;
pub mod format;
pub mod lang;
pub mod listing;
pub mod manifest;
pub mod moderation;
pub mod open_data;
pub mod period;
pub mod rollup;
pub mod search;
pub mod site_files;
pub mod slug;
pub mod snapshot;
pub mod snapshot_id;
pub mod status;
pub mod strategy;

pub use code::Code;
pub use date::Date;
pub use lang::{Lang, Text};
pub use manifest::{Manifest, SchemaVersion};
pub use snapshot::Snapshot;
pub use snapshot_id::SnapshotId;
pub use status::Status;
pub use strategy::Strategy;

#[cfg(test)]
pub(crate) mod test_support;

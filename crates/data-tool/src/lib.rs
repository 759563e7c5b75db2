//! The data tool as a library, so its commands are tested from `tests/` as well as run by
//! `main.rs`.
//!
//! Flow: [`source`] reads the editor's files, [`compile`] checks them into the published types
//! of `model` (one module per entity), [`project`] checks the data directory as a whole
//! (including [`lock`] and the archive), and [`build`] writes the published files via
//! [`output`]. Every problem found on the way is a typed [`problem::ProblemKind`] at its file,
//! line and field, worded in English or Azerbaijani.

pub mod build;
pub mod commands;
pub mod compile;
pub mod consistency;
pub mod exports;
pub mod item_files;
pub mod lock;
pub mod outcome;
pub mod output;
pub mod package;
pub mod preview;
pub mod problem;
pub mod project;
pub mod source;
pub mod workbook;

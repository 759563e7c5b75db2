//! The data tool as a library, so its commands are tested from `tests/` as well as run by
//! `main.rs`.
//!
//! Flow: [`source`] reads the editor's files, [`compile_strategy`] and [`compile_snapshot`]
//! check them into the published types of `model`, [`project`] checks the data directory as a
//! whole (including [`lock`]), and [`build`] writes the published files via [`output`].

pub mod build;
pub mod commands;
pub mod compile_snapshot;
pub mod compile_strategy;
pub mod exports;
pub mod lock;
pub mod output;
pub mod problem;
pub mod project;
pub mod source;

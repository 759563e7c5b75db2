//! Reusable pieces of the interface.

pub mod data_view;
pub mod shell;
pub mod snapshot_bar;
pub mod status;
pub mod text;

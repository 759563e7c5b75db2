//! Reusable pieces of the interface.

pub mod built_after_adoption;
pub mod chart;
pub mod cite;
pub mod data_view;
pub mod dataset_ld;
pub mod embed_code;
pub mod feedback;
pub mod feedback_cta;
pub mod follow_line;
pub mod measure_filters;
pub mod measure_list;
pub mod notes;
pub mod public_feedback;
pub mod shell;
pub mod snapshot_bar;
pub mod static_chart;
pub mod status;
pub mod text;

//! Checks the editor's source and turns it into the published types of `model`.
//!
//! One module per entity, each with the source types of its part of the files, its checks, and
//! a `compile` that returns its values: [`document`], [`agencies`], [`goals`] (with
//! [`directions`] and [`measures`]), [`indicators`], [`flagships`], [`context_facts`],
//! [`notes`], and a quarterly [`snapshot`]. [`strategy`] reads the strategy's files and calls
//! them in order. Every check reports a typed problem at its place in one [`Problems`] sink;
//! nothing is published unless it stays empty.

pub mod agencies;
pub mod context_facts;
pub mod directions;
pub mod document;
pub mod flagships;
pub mod goals;
pub mod ids;
pub mod indicators;
pub mod measures;
pub mod notes;
pub mod number;
pub mod snapshot;
pub mod strategy;
pub mod text;

pub use snapshot::{compile_snapshot, CompiledSnapshot, RowKey, SnapshotSrc, SnapshotState};
pub use strategy::compile_strategy;

use crate::problem::{IdShape, Locate, ProblemKind, Problems, SectionRef};
use ids::IdRegister;

/// What every check of the strategy shares: where problems go, and the ids claimed so far
/// (an id is unique across the whole strategy, whatever it names).
pub struct Checks<'p> {
    /// Where problems go.
    pub problems: &'p mut Problems,
    /// The ids claimed so far.
    pub ids: IdRegister,
}

impl Checks<'_> {
    /// Claims an id written in `field` of `site`.
    pub fn claim(&mut self, id: &str, site: &impl Locate, field: &str) {
        self.ids.claim(id, site, field, self.problems);
    }

    /// Checks an item's `id` has the shape of its kind, and claims it.
    pub fn claim_id(&mut self, id: &str, site: &impl Locate, shape: IdShape) {
        if !ids::has_shape(id, &shape) {
            let given = id.to_string();
            let kind = ProblemKind::NotAnId { given, shape };
            self.problems.report(site, "id", kind);
        }
        self.claim(id, site, "id");
    }

    /// Checks `field` of `site` names a section of the kind it must.
    pub fn section_ref(
        &mut self,
        reference: &str,
        site: &impl Locate,
        field: &str,
        section: SectionRef,
    ) {
        if !ids::is_section_ref(reference, section) {
            let kind = ProblemKind::NotASectionRef(section);
            self.problems.report(site, field, kind);
        }
    }
}

/// A spanned TOML value as its span and itself.
fn spanned<T>(value: toml::Spanned<T>) -> (std::ops::Range<usize>, T) {
    (value.span(), value.into_inner())
}

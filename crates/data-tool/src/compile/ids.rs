//! Ids and codes in the strategy: the shapes ids must have, the register that finds an id used
//! twice, and codes parsed through the model's own code lists.

use crate::problem::{FileLine, IdShape, Locate, ProblemKind, Problems, SectionRef};
use model::code::{parse_code, Code};
use std::collections::BTreeMap;

/// True when `id` is `prefix` followed by `extra` dot-separated positive numbers.
pub fn is_numbered(id: &str, prefix: &str, extra: usize) -> bool {
    let Some(rest) = id.strip_prefix(prefix) else {
        return false;
    };
    let parts: Vec<&str> = rest.split('.').collect();
    parts.len() == extra
        && parts.iter().all(|p| {
            !p.is_empty()
                && p.len() <= 2
                && p.bytes().all(|b| b.is_ascii_digit())
                && !p.starts_with('0')
        })
}

/// True when `id` has the shape ids of its kind have.
pub fn has_shape(id: &str, shape: &IdShape) -> bool {
    let made_of = |allowed: fn(u8) -> bool| !id.is_empty() && id.bytes().all(allowed);
    match shape {
        IdShape::Goal => is_numbered(id, "8.", 1),
        IdShape::DirectionOf { goal } => is_numbered(id, &format!("{goal}."), 1),
        IdShape::Measure => is_numbered(id, "8.", 3),
        IdShape::Indicator => is_numbered(id, "4.1.", 1),
        IdShape::Flagship => is_numbered(id, "6.2.", 1),
        IdShape::Fact => made_of(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-'),
        IdShape::Note => made_of(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'.'),
    }
}

/// True when `reference` names a section of the kind it must.
pub fn is_section_ref(reference: &str, section: SectionRef) -> bool {
    match section {
        SectionRef::Objective => is_numbered(reference, "5.1.", 1),
        SectionRef::Direction => is_numbered(reference, "6.1.", 1),
        SectionRef::Measure => is_numbered(reference, "6.1.", 3),
    }
}

/// Every id claimed so far with where it was first used, to report one used twice.
#[derive(Clone, Debug, Default)]
pub struct IdRegister {
    first_use: BTreeMap<String, FileLine>,
}

impl IdRegister {
    /// Claims `id`, written in `field` of `site`; reports it if it was claimed before.
    pub fn claim(&mut self, id: &str, site: &impl Locate, field: &str, problems: &mut Problems) {
        match self.first_use.get(id) {
            Some(first_at) => problems.report(
                site,
                field,
                ProblemKind::IdUsedTwice {
                    id: id.to_string(),
                    first_at: first_at.clone(),
                },
            ),
            None => {
                self.first_use.insert(id.to_string(), site.locate(field).at);
            }
        }
    }

    /// True when some item claimed `id`.
    pub fn contains(&self, id: &str) -> bool {
        self.first_use.contains_key(id)
    }
}

/// Parses a code of `T` by the model's own code list, reporting the allowed codes otherwise.
/// After a problem the first code stands in: nothing is published while a problem stands.
pub fn code<T: Code>(given: &str, site: &impl Locate, field: &str, problems: &mut Problems) -> T {
    parse_code::<T>(given).unwrap_or_else(|unknown| {
        problems.report(site, field, ProblemKind::NotOneOf(unknown));
        T::ALL[0]
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbered_ids() {
        assert!(is_numbered("8.1.1.1", "8.", 3));
        assert!(is_numbered("8.1.1.10", "8.", 3));
        assert!(!is_numbered("8.1.1", "8.", 3));
        assert!(!is_numbered("8.1.1.01", "8.", 3));
        assert!(!is_numbered("8.1.x.1", "8.", 3));
        assert!(is_numbered("4.1.7", "4.1.", 1));
    }

    #[test]
    fn shaped_ids() {
        let direction = IdShape::DirectionOf { goal: "8.2".into() };
        assert!(has_shape("8.2.3", &direction));
        assert!(!has_shape("8.1.3", &direction));
        assert!(has_shape("ict-share-2024", &IdShape::Fact));
        assert!(!has_shape("ICT_share", &IdShape::Fact));
        assert!(has_shape("N-8.1-01", &IdShape::Note));
        assert!(!has_shape("N 01", &IdShape::Note));
        assert!(!has_shape("", &IdShape::Note));
        assert!(is_section_ref("6.1.1.2.1", SectionRef::Measure));
        assert!(!is_section_ref("6.1.1", SectionRef::Measure));
    }
}

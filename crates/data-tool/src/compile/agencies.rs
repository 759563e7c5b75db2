//! `agencies.toml`: the executing agencies of section 9, and how measures refer to them by the
//! acronym printed in their row.

use crate::compile::ids::{code, IdRegister};
use crate::compile::text::toml_text;
use crate::compile::{spanned, Checks};
use crate::problem::{ItemKind, ItemLabel, Locate, ProblemKind, Problems};
use crate::source::{SourceFile, TextSrc};
use model::slug::ascii_slug;
use model::strategy::{Agency, AgencyRef};
use serde::Deserialize;
use toml::Spanned;

/// `agencies.toml`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct AgencyFileSrc {
    #[serde(default)]
    agency: Vec<Spanned<AgencySrc>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct AgencySrc {
    slug: String,
    acronym: String,
    #[serde(default)]
    aliases: Vec<String>,
    name: Option<TextSrc>,
    name_en_basis: String,
}

/// Checks `agencies.toml`. Slugs share the strategy's ids; acronyms and aliases must be unique
/// among themselves.
pub fn compile(file: &SourceFile, checks: &mut Checks) -> Vec<Agency> {
    let Some(src) = file.parse_toml::<AgencyFileSrc>(checks.problems) else {
        return Vec::new();
    };
    let mut acronyms = IdRegister::default();
    let mut agencies = Vec::new();
    for (span, a) in src.agency.into_iter().map(spanned) {
        let item = file.item(span, ItemLabel::new(ItemKind::Agency, &a.acronym));
        let expected = ascii_slug(&a.acronym);
        if a.slug != expected {
            checks
                .problems
                .report(&item, "slug", ProblemKind::SlugNotFolded { expected });
        }
        checks.claim(&a.slug, &item, "slug");
        acronyms.claim(&a.acronym, &item, "acronym", checks.problems);
        for alias in &a.aliases {
            acronyms.claim(alias, &item, "aliases", checks.problems);
        }
        agencies.push(Agency {
            name: toml_text(a.name.as_ref(), &item, "name", checks.problems),
            name_en_basis: code(&a.name_en_basis, &item, "name_en_basis", checks.problems),
            slug: a.slug,
            acronym: a.acronym,
            aliases: a.aliases,
        });
    }
    agencies
}

/// The agency a measure row names by its printed acronym (or an alias).
pub fn reference(
    printed: &str,
    agencies: &[Agency],
    site: &impl Locate,
    field: &str,
    problems: &mut Problems,
) -> AgencyRef {
    let found = agencies
        .iter()
        .find(|a| a.acronym == printed || a.aliases.iter().any(|x| x == printed));
    let slug = match found {
        Some(agency) => agency.slug.clone(),
        None => {
            let unknown = ProblemKind::UnknownAgency {
                printed: printed.to_string(),
            };
            problems.report(site, field, unknown);
            ascii_slug(printed)
        }
    };
    AgencyRef {
        slug,
        printed: printed.to_string(),
    }
}

//! A schema.org `Dataset` in JSON-LD describing the shown snapshot's data package (on the about
//! page's open-data section and each indicator page), for search engines and data portals. It
//! is a `<script type="application/ld+json">` data block in the page, which the CSP does not
//! govern, rendered by the same component at build time and in the browser, from the manifest's
//! entry, so both sides write the same text. Licence and publisher appear only when the
//! deployment gave them to the data package (see `model::open_data`); nothing is invented.

use crate::contexts::use_lang;
use crate::deployment::use_deployment;
use crate::document::page_url;
use crate::i18n::ui;
use crate::published_data::SiteData;
use leptos::prelude::*;
use model::open_data::PackageTerms;
use serde::Serialize;

/// A file of the data set, as a `DataDownload`.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Download {
    /// Always `DataDownload`.
    #[serde(rename = "@type")]
    pub kind: &'static str,
    /// The file's absolute address.
    #[serde(rename = "contentUrl")]
    pub url: String,
    /// Its media type.
    #[serde(rename = "encodingFormat")]
    pub format: &'static str,
}

impl Download {
    /// A file at an absolute address.
    pub fn new(url: String, format: &'static str) -> Download {
        Download {
            kind: "DataDownload",
            url,
            format,
        }
    }
}

#[derive(Serialize)]
struct Organization<'a> {
    #[serde(rename = "@type")]
    kind: &'static str,
    name: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    url: Option<&'a str>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Dataset<'a> {
    #[serde(rename = "@context")]
    context: &'static str,
    #[serde(rename = "@type")]
    kind: &'static str,
    name: &'a str,
    description: &'a str,
    url: &'a str,
    version: &'a str,
    date_modified: &'a str,
    temporal_coverage: &'a str,
    in_language: [&'static str; 2],
    is_based_on: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    license: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    publisher: Option<Organization<'a>>,
    distribution: &'a [Download],
}

/// What a page says about its data set.
pub struct DatasetFacts<'a> {
    /// The data set's name.
    pub name: &'a str,
    /// What it holds.
    pub description: &'a str,
    /// The page's address.
    pub url: &'a str,
    /// The snapshot id.
    pub version: &'a str,
    /// The snapshot's as-of date.
    pub as_of: &'a str,
    /// The years the strategy covers (`2026/2029`).
    pub years: &'a str,
    /// The source document's title.
    pub source: &'a str,
    /// The licence and publisher, as the package states them.
    pub terms: &'a PackageTerms,
    /// The files.
    pub downloads: &'a [Download],
}

/// The JSON-LD text, safe inside a `<script>` element (every `<` escaped).
pub fn dataset_json(facts: &DatasetFacts) -> String {
    let dataset = Dataset {
        context: "https://schema.org",
        kind: "Dataset",
        name: facts.name,
        description: facts.description,
        url: facts.url,
        version: facts.version,
        date_modified: facts.as_of,
        temporal_coverage: facts.years,
        in_language: ["az", "en"],
        is_based_on: facts.source,
        license: facts
            .terms
            .license
            .as_ref()
            .map(|l| l.url.as_deref().unwrap_or(&l.name)),
        publisher: facts.terms.publisher.as_ref().map(|p| Organization {
            kind: "Organization",
            name: &p.name,
            url: p.url.as_deref(),
        }),
        distribution: facts.downloads,
    };
    let json = serde_json::to_string(&dataset).expect("plain strings always serialise");
    json.replace('<', "\\u003c")
}

/// An address made absolute with the site's address when it is a path.
pub fn absolute(site_url: &str, url: &str) -> String {
    if url.starts_with("http://") || url.starts_with("https://") {
        url.to_string()
    } else {
        format!(
            "{}/{}",
            site_url.trim_end_matches('/'),
            url.trim_start_matches('/')
        )
    }
}

/// The data package's files of the shown snapshot, absolute, and any of the page's own.
fn downloads(site: &SiteData, site_url: &str, own: &[(String, &'static str)]) -> Vec<Download> {
    let mut files: Vec<Download> = own
        .iter()
        .map(|(file, format)| Download::new(absolute(site_url, &site.file_url(file)), format))
        .collect();
    if let Some(package) = &site.entry.package {
        for (file, format) in [
            (package.descriptor(), "application/json"),
            (
                package.workbook(),
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            ),
            (package.archive(), "application/zip"),
        ] {
            files.push(Download::new(
                absolute(site_url, &site.file_url(&file)),
                format,
            ));
        }
    }
    files
}

/// The page's `Dataset` block: `name` names the data set, `path` is the page's path after the
/// language, `own` the page's own files (data-base-relative names, with their media types).
#[component]
pub fn DatasetJsonLd(
    /// The data the page shows.
    site: SiteData,
    /// The data set's name in the page's language.
    #[prop(into)]
    name: Signal<String>,
    /// The page's path after the language (`about`, `indicators/4.1.5`).
    #[prop(into)]
    path: String,
    /// The page's own files, besides the package.
    #[prop(optional)]
    own: Vec<(String, &'static str)>,
) -> impl IntoView {
    let lang = use_lang();
    let site_url = use_deployment().site_url;
    let json = move || {
        let lang = lang.get();
        let strategy = &site.strategy;
        let period = &strategy.document.period;
        let terms = site
            .entry
            .package
            .as_ref()
            .map(|p| p.terms.clone())
            .unwrap_or_default();
        dataset_json(&DatasetFacts {
            name: &name.get(),
            description: ui(lang).dataset_description,
            url: &page_url(&site_url, lang, &path),
            version: &site.entry.id.to_string(),
            as_of: &site.entry.as_of.to_string(),
            years: &format!("{}/{}", period.start, period.end),
            source: strategy.document.title.in_lang(lang),
            terms: &terms,
            downloads: &downloads(&site, &site_url, &own),
        })
    };
    view! { <script type="application/ld+json" inner_html=json></script> }
}

#[cfg(test)]
mod tests {
    use super::*;
    use model::open_data::{License, Publisher};

    fn facts<'a>(terms: &'a PackageTerms, downloads: &'a [Download]) -> DatasetFacts<'a> {
        DatasetFacts {
            name: "Strategy </script> 2026-Q3",
            description: "Progress",
            url: "https://example.az/en/about",
            version: "2026-Q3",
            as_of: "2026-09-30",
            years: "2026/2029",
            source: "Strategiya",
            terms,
            downloads,
        }
    }

    #[test]
    fn states_no_licence_or_publisher_the_deployment_did_not_give() {
        let json = dataset_json(&facts(&PackageTerms::default(), &[]));
        let value: serde_json::Value = serde_json::from_str(&json).unwrap();
        assert_eq!(value["@type"], "Dataset");
        assert!(value.get("license").is_none());
        assert!(value.get("publisher").is_none());
        assert!(
            !json.contains('<'),
            "a script data block must not close early"
        );
        assert_eq!(value["name"], "Strategy </script> 2026-Q3");
    }

    #[test]
    fn states_the_given_terms_and_files() {
        let terms = PackageTerms {
            license: Some(License {
                name: "CC-BY-4.0".into(),
                url: Some("https://creativecommons.org/licenses/by/4.0/".into()),
            }),
            publisher: Some(Publisher {
                name: "Operator".into(),
                url: None,
            }),
        };
        let files = [Download::new(
            absolute("https://example.az/", "/data/packages/x/a.zip"),
            "application/zip",
        )];
        let value: serde_json::Value =
            serde_json::from_str(&dataset_json(&facts(&terms, &files))).unwrap();
        assert_eq!(
            value["license"],
            "https://creativecommons.org/licenses/by/4.0/"
        );
        assert_eq!(value["publisher"]["name"], "Operator");
        assert_eq!(
            value["distribution"][0]["contentUrl"],
            "https://example.az/data/packages/x/a.zip"
        );
        assert_eq!(
            absolute("https://example.az", "https://cdn.example/data/a.csv"),
            "https://cdn.example/data/a.csv"
        );
    }
}

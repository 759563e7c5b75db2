//! The Frictionless Data Package descriptor (`datapackage.json`, a tabular data package of
//! Data Package v1): each table with its Table Schema from the row types, the source document,
//! the version (the snapshot id) and the terms the deployment gives. Nothing is invented: a
//! licence or publisher the deployment does not give is left out.

use super::tables::Table;
use crate::output::sha256_hex;
use model::exports::{Field, FieldType};
use model::open_data::PackageTerms;
use model::{Snapshot, Strategy};
use serde::Serialize;

#[derive(Serialize)]
struct Descriptor<'a> {
    profile: &'static str,
    name: String,
    title: String,
    description: String,
    version: String,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    licenses: Vec<License<'a>>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    contributors: Vec<Contributor<'a>>,
    sources: Vec<Source<'a>>,
    resources: Vec<Resource>,
}

#[derive(Serialize)]
struct License<'a> {
    name: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    path: Option<&'a str>,
}

#[derive(Serialize)]
struct Contributor<'a> {
    title: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    path: Option<&'a str>,
    role: &'static str,
}

#[derive(Serialize)]
struct Source<'a> {
    title: &'a str,
}

#[derive(Serialize)]
struct Resource {
    profile: &'static str,
    name: &'static str,
    path: String,
    title: &'static str,
    format: &'static str,
    mediatype: &'static str,
    encoding: &'static str,
    bytes: usize,
    hash: String,
    schema: Schema,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Schema {
    fields: Vec<SchemaField>,
    missing_values: [&'static str; 1],
    primary_key: Vec<&'static str>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    foreign_keys: Vec<ForeignKey>,
}

#[derive(Serialize)]
struct SchemaField {
    name: &'static str,
    #[serde(rename = "type")]
    field_type: &'static str,
    constraints: Constraints,
}

#[derive(Serialize)]
struct Constraints {
    required: bool,
    #[serde(rename = "enum", skip_serializing_if = "Option::is_none")]
    codes: Option<&'static [&'static str]>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pattern: Option<&'static str>,
}

#[derive(Serialize)]
struct ForeignKey {
    fields: Vec<&'static str>,
    reference: Reference,
}

#[derive(Serialize)]
struct Reference {
    resource: &'static str,
    fields: Vec<&'static str>,
}

fn schema_field(field: &Field) -> SchemaField {
    SchemaField {
        name: field.column.code(),
        field_type: field.field_type.name(),
        constraints: Constraints {
            required: field.required,
            codes: (!field.codes.is_empty()).then_some(field.codes),
            pattern: field
                .pattern
                .filter(|_| field.field_type == FieldType::String),
        },
    }
}

fn resource(table: &Table) -> Resource {
    let codes = |columns: &[model::exports::Column]| columns.iter().map(|c| c.code()).collect();
    Resource {
        profile: "tabular-data-resource",
        name: table.name,
        path: table.file(),
        title: table.title,
        format: "csv",
        mediatype: "text/csv",
        encoding: "utf-8",
        bytes: table.csv.len(),
        hash: format!("sha256:{}", sha256_hex(&table.csv)),
        schema: Schema {
            fields: table.fields.iter().map(schema_field).collect(),
            missing_values: [""],
            primary_key: codes(table.key),
            foreign_keys: table
                .references
                .iter()
                .map(|r| ForeignKey {
                    fields: codes(r.columns),
                    reference: Reference {
                        resource: r.table,
                        fields: codes(r.columns),
                    },
                })
                .collect(),
        },
    }
}

/// The descriptor's bytes: pretty JSON with a final newline.
pub fn descriptor(
    strategy: &Strategy,
    snapshot: &Snapshot,
    terms: &PackageTerms,
    tables: &[Table],
) -> Vec<u8> {
    let document = &strategy.document;
    let id = snapshot.id;
    let descriptor = Descriptor {
        profile: "tabular-data-package",
        name: format!("digital-economy-{}", id.to_string().to_lowercase()),
        title: match &document.short_title.en {
            Some(en) => format!("{} — {id} / {en} — {id}", document.short_title.az),
            None => format!("{} — {id}", document.short_title.az),
        },
        description: format!(
            "Progress reported on the measures and headline indicators of the strategy, as of {}. \
             Tədbirlərin və əsas göstəricilərin icrası üzrə məlumat, {} tarixinə.",
            snapshot.as_of, snapshot.as_of
        ),
        version: id.to_string(),
        licenses: terms
            .license
            .iter()
            .map(|l| License {
                name: &l.name,
                path: l.url.as_deref(),
            })
            .collect(),
        contributors: terms
            .publisher
            .iter()
            .map(|p| Contributor {
                title: &p.name,
                path: p.url.as_deref(),
                role: "publisher",
            })
            .collect(),
        sources: vec![Source {
            title: &document.title.az,
        }],
        resources: tables.iter().map(resource).collect(),
    };
    crate::exports::pretty_json(&descriptor)
}

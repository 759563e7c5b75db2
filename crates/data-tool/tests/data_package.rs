//! Each snapshot's data package from the outside: the descriptor's fields are the row types'
//! columns, the terms are the deployment's (or absent), the zip holds the package and the
//! snapshot's and strategy's JSON, and a
//! rebuild gives the same bytes for every file. (Its validity by the Frictionless reference
//! validator is checked by `scripts/validate-datapackage.sh`.)

use data_tool::build::{build_with_terms, Audience};
use data_tool::output::sha256_hex;
use data_tool::package::{ZIPPED_SNAPSHOT, ZIPPED_STRATEGY};
use data_tool::project::Project;
use model::exports::{
    ExportRow, IndicatorValueRow, IndicatorYearRow, MeasureResultRow, MeasureStatusRow,
};
use model::manifest::{decode, Manifest};
use model::open_data::{License, PackageFiles, PackageTerms, Publisher, PACKAGE_LISTING};
use serde_json::Value;
use std::io::Read;
use std::path::{Path, PathBuf};

fn built(terms: &PackageTerms) -> (tempfile::TempDir, PathBuf, Manifest) {
    let data = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../data");
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("data");
    build_with_terms(
        &Project::load(&data).unwrap(),
        &out,
        Audience::Public,
        terms,
    )
    .unwrap();
    let manifest = decode(&std::fs::read_to_string(out.join("index.json")).unwrap()).unwrap();
    (tmp, out, manifest)
}

fn terms() -> PackageTerms {
    PackageTerms {
        license: Some(License {
            name: "CC-BY-4.0".into(),
            url: Some("https://creativecommons.org/licenses/by/4.0/".into()),
        }),
        publisher: Some(Publisher {
            name: "Test Publisher".into(),
            url: None,
        }),
    }
}

fn package(manifest: &Manifest) -> &PackageFiles {
    let latest = manifest.snapshot(manifest.latest).unwrap();
    latest
        .package
        .as_ref()
        .expect("the manifest lists the package")
}

fn descriptor(out: &Path, files: &PackageFiles) -> Value {
    serde_json::from_slice(&std::fs::read(out.join(files.descriptor())).unwrap()).unwrap()
}

#[test]
fn each_resource_has_the_fields_and_key_of_its_row_type() {
    let (_tmp, out, manifest) = built(&PackageTerms::default());
    let files = package(&manifest);
    let descriptor = descriptor(&out, files);
    let expected = [
        (
            "measures",
            MeasureStatusRow::COLUMNS,
            MeasureStatusRow::PRIMARY_KEY,
        ),
        (
            "indicators",
            IndicatorValueRow::COLUMNS,
            IndicatorValueRow::PRIMARY_KEY,
        ),
        (
            "measure-results",
            MeasureResultRow::COLUMNS,
            MeasureResultRow::PRIMARY_KEY,
        ),
        (
            "indicator-years",
            IndicatorYearRow::COLUMNS,
            IndicatorYearRow::PRIMARY_KEY,
        ),
    ];
    let resources = descriptor["resources"].as_array().unwrap();
    assert_eq!(resources.len(), expected.len());
    for (resource, (name, columns, key)) in resources.iter().zip(expected) {
        assert_eq!(resource["name"], name);
        let codes: Vec<&str> = columns.iter().map(|c| c.code()).collect();
        let fields: Vec<&str> = resource["schema"]["fields"]
            .as_array()
            .unwrap()
            .iter()
            .map(|f| f["name"].as_str().unwrap())
            .collect();
        assert_eq!(fields, codes, "{name}");
        let key: Vec<&str> = key.iter().map(|c| c.code()).collect();
        assert_eq!(resource["schema"]["primaryKey"], serde_json::json!(key));
        let csv =
            std::fs::read_to_string(out.join(&files.folder).join(format!("{name}.csv"))).unwrap();
        assert_eq!(
            csv.lines().next().unwrap(),
            codes.join(","),
            "{name}'s header"
        );
        assert_eq!(resource["bytes"], csv.len());
        assert_eq!(
            resource["hash"],
            format!("sha256:{}", sha256_hex(csv.as_bytes()))
        );
    }
    let status = &resources[0]["schema"]["fields"][9];
    assert_eq!(status["name"], "status");
    assert_eq!(
        status["constraints"]["enum"],
        serde_json::json!(model::Status::CODES)
    );
    assert_eq!(descriptor["version"], manifest.latest.to_string());
}

#[test]
fn terms_come_from_the_deployment_or_are_left_out() {
    let (_tmp, out, manifest) = built(&PackageTerms::default());
    let bare = descriptor(&out, package(&manifest));
    assert!(bare.get("licenses").is_none());
    assert!(bare.get("contributors").is_none());
    assert_eq!(package(&manifest).terms, PackageTerms::default());

    let (_tmp, out, manifest) = built(&terms());
    let stated = descriptor(&out, package(&manifest));
    assert_eq!(stated["licenses"][0]["name"], "CC-BY-4.0");
    assert_eq!(stated["contributors"][0]["title"], "Test Publisher");
    assert_eq!(stated["contributors"][0]["role"], "publisher");
    assert_eq!(package(&manifest).terms, terms());
}

#[test]
fn the_zip_holds_the_package_and_the_listing_names_every_file() {
    let (_tmp, out, manifest) = built(&terms());
    let files = package(&manifest);
    let folder = out.join(&files.folder);
    let mut zip =
        zip::ZipArchive::new(std::fs::File::open(out.join(files.archive())).unwrap()).unwrap();
    let names: Vec<String> = (0..zip.len())
        .map(|i| zip.name_for_index(i).unwrap().unwrap().into_owned())
        .collect();
    assert_eq!(
        names,
        [
            "datapackage.json",
            "measures.csv",
            "indicators.csv",
            "measure-results.csv",
            "indicator-years.csv",
            "digital-economy-2026-Q3.xlsx",
            ZIPPED_STRATEGY,
            ZIPPED_SNAPSHOT,
        ]
    );
    // The package's files as in its folder; the JSON as published on its own.
    let entry = manifest.snapshot(manifest.latest).unwrap();
    let strategy = manifest
        .strategies
        .iter()
        .find(|s| s.sha256 == entry.strategy_sha256)
        .unwrap();
    for name in &names {
        let mut bytes = Vec::new();
        zip.by_name(name).unwrap().read_to_end(&mut bytes).unwrap();
        let published = match name.as_str() {
            ZIPPED_SNAPSHOT => out.join(&entry.file.file),
            ZIPPED_STRATEGY => out.join(&strategy.file),
            _ => folder.join(name),
        };
        assert_eq!(bytes, std::fs::read(published).unwrap(), "{name}");
    }
    let listing = std::fs::read_to_string(folder.join(PACKAGE_LISTING)).unwrap();
    assert_eq!(sha256_hex(listing.as_bytes()), files.sha256);
    assert_eq!(
        files.folder,
        PackageFiles::folder_for(manifest.latest, &files.sha256)
    );
    assert_eq!(
        listing.lines().count(),
        names.len() - 2 + 1,
        "the package's files (not the JSON published on its own) and the zip itself"
    );
}

#[test]
fn a_rebuild_gives_the_same_bytes() {
    let (_a, first, manifest) = built(&terms());
    std::thread::sleep(std::time::Duration::from_millis(1100));
    let (_b, second, again) = built(&terms());
    assert_eq!(manifest, again);
    let files = package(&manifest);
    for file in [files.descriptor(), files.workbook(), files.archive()] {
        let (a, b) = (first.join(&file), second.join(&file));
        assert_eq!(
            std::fs::read(a).unwrap(),
            std::fs::read(b).unwrap(),
            "{file}"
        );
    }
}

//! Each published snapshot's own files per measure and indicator (what their pages link to):
//! listed in the manifest by a folder named by the hash of its `SHA256SUMS`, every file there
//! with the hash the listing gives, and the numbers of the source document in them.

mod common;

use common::Fixture;
use data_tool::build::{build, Audience};
use data_tool::output::sha256_hex;
use data_tool::project::Project;
use model::manifest::{
    decode, FileFormat, ItemFileKind, ItemFiles, Manifest, ITEM_LISTING, MANIFEST_SCHEMA_VERSION,
};
use std::path::{Path, PathBuf};

fn built_real_data() -> (tempfile::TempDir, PathBuf, Manifest) {
    let data = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../data");
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("data");
    build(&Project::load(&data).unwrap(), &out, Audience::Public).unwrap();
    let manifest = decode(&std::fs::read_to_string(out.join("index.json")).unwrap()).unwrap();
    (tmp, out, manifest)
}

#[test]
fn every_snapshot_lists_its_item_files_by_their_hashes() {
    let (_tmp, out, manifest) = built_real_data();
    assert_eq!(manifest.schema_version, MANIFEST_SCHEMA_VERSION);
    for entry in &manifest.snapshots {
        let items = entry.item_files.as_ref().expect("item files are listed");
        assert_eq!(items.folder, ItemFiles::folder_for(entry.id, &items.sha256));
        let folder = out.join(&items.folder);
        let listing = std::fs::read_to_string(folder.join(ITEM_LISTING)).unwrap();
        assert_eq!(sha256_hex(listing.as_bytes()), items.sha256);
        let listed: Vec<&str> = listing
            .lines()
            .map(|line| {
                let (hash, name) = line.split_once("  ").unwrap();
                assert_eq!(sha256_hex(&std::fs::read(folder.join(name)).unwrap()), hash);
                name
            })
            .collect();
        // 50 measures and 7 indicators, a CSV and a JSON each.
        assert_eq!(listed.len(), (50 + 7) * 2);
        assert!(listed.contains(&"measure-8.3.3.2.json"));
        let mut on_disk: Vec<String> = std::fs::read_dir(&folder)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .filter(|name| name != ITEM_LISTING)
            .collect();
        on_disk.sort();
        assert_eq!(on_disk, listed);
    }
}

#[test]
fn an_indicator_file_holds_its_targets_as_the_document_prints_them() {
    let (_tmp, out, manifest) = built_real_data();
    let entry = manifest.snapshot(manifest.latest).unwrap();
    let items = entry.item_files.as_ref().unwrap();
    let csv = std::fs::read_to_string(out.join(items.file(
        ItemFileKind::Indicator,
        "4.1.5",
        FileFormat::Csv,
    )))
    .unwrap();
    // Section 4.1: 3.000, 8.000, 20.000 and 40.000 persons trained; nothing reported yet.
    assert_eq!(
        csv,
        "snapshot_id,indicator_id,year,target,target_as_printed,actual,actual_as_of,source_az,source_en\n\
         2026-Q3,4.1.5,2026,3000,3.000,,,,\n\
         2026-Q3,4.1.5,2027,8000,8.000,,,,\n\
         2026-Q3,4.1.5,2028,20000,20.000,,,,\n\
         2026-Q3,4.1.5,2029,40000,40.000,,,,\n"
    );
    let json: serde_json::Value = serde_json::from_slice(
        &std::fs::read(out.join(items.file(ItemFileKind::Measure, "8.3.3.2", FileFormat::Json)))
            .unwrap(),
    )
    .unwrap();
    assert_eq!(json["snapshot"], "2026-Q3");
    assert_eq!(json["status"], "not_yet_reported");
    assert_eq!(json["measure"]["lead"]["printed"], "İN");
    assert!(json["progress"].is_null());
}

#[test]
fn a_measure_file_has_a_row_per_stage_with_what_was_achieved() {
    let f = Fixture::new();
    let out = f.dir.parent().unwrap().join("out");
    let report = build(&Project::load(&f.dir).unwrap(), &out, Audience::Preview).unwrap();
    let entry = report.manifest.snapshot(report.manifest.latest).unwrap();
    let items = entry.item_files.as_ref().unwrap();
    let csv = std::fs::read_to_string(out.join(items.file(
        ItemFileKind::Measure,
        "8.1.1.1",
        FileFormat::Csv,
    )))
    .unwrap();
    assert_eq!(
        csv,
        "snapshot_id,measure_id,lead_agency,other_agencies,period_start,period_end,status,stage,expected_result_az,expected_result_en,achieved_on,evidence_url\n\
         2026-Q3,8.1.1.1,in,amb,2026,2029,in_progress,initial,İlkin,Initial,2026-08-01,https://example.org/e\n\
         2026-Q3,8.1.1.1,in,amb,2026,2029,in_progress,intermediate,Aralıq,Intermediate,,\n\
         2026-Q3,8.1.1.1,in,amb,2026,2029,in_progress,final,Yekun,Final,,\n"
    );
}

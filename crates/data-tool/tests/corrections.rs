//! Corrections: a published snapshot never changes; a `-rN` snapshot of the same quarter
//! supersedes it. Built from the minimal fixture: the manifest's latest skips a superseded
//! snapshot, the superseded one names its correction and stays published byte for byte, so a
//! page pinned to it (`?as_of=`) keeps its numbers.

mod common;

use common::Fixture;
use data_tool::build::{build, Audience};
use data_tool::project::Project;
use model::manifest::Manifest;
use model::SnapshotId;

fn id(text: &str) -> SnapshotId {
    text.parse().unwrap()
}

fn build_manifest(f: &Fixture, audience: Audience) -> (Manifest, std::path::PathBuf) {
    let out = f.dir.parent().unwrap().join("out");
    let report = build(&Project::load(&f.dir).unwrap(), &out, audience).unwrap();
    (report.manifest, out)
}

/// 2026-Q3 published with 8.1.1.1 in progress, and its correction 2026-Q3-r2 saying completed.
fn corrected() -> Fixture {
    let f = Fixture::new();
    f.publish("2026-Q3").new_snapshot("2026-Q3-r2");
    f.edit(
        "snapshots/2026-Q3-r2/measures.csv",
        "in_progress,2026-Q3",
        "completed,",
    );
    f
}

#[test]
fn new_snapshot_starts_a_correction_that_supersedes_its_quarter() {
    let f = corrected();
    assert_eq!(
        f.read("snapshots/2026-Q3-r2/snapshot.toml"),
        "id = \"2026-Q3-r2\"\nas_of = \"2026-09-30\"\nstate = \"draft\"\nsupersedes = \"2026-Q3\"\n"
    );
    f.assert_valid();
}

#[test]
fn a_published_correction_becomes_latest_and_names_what_it_corrects() {
    let f = corrected();
    f.publish("2026-Q3-r2");
    let (manifest, out) = build_manifest(&f, Audience::Public);
    assert_eq!(manifest.latest, id("2026-Q3-r2"));
    let ids: Vec<SnapshotId> = manifest.snapshots.iter().map(|s| s.id).collect();
    assert_eq!(ids, [id("2026-Q3-r2"), id("2026-Q3")]);
    let original = manifest.snapshot(id("2026-Q3")).unwrap();
    assert_eq!(original.superseded_by, Some(id("2026-Q3-r2")));
    assert_eq!(
        manifest.snapshot(id("2026-Q3-r2")).unwrap().superseded_by,
        None
    );

    // The original stays published exactly as locked: its numbers are what `?as_of=` shows.
    let lock = f.read("published.lock");
    assert!(
        lock.contains(&format!("sha256 = \"{}\"", original.file.sha256)),
        "{lock}"
    );
    let bytes = std::fs::read(out.join(&original.file.file)).unwrap();
    assert_eq!(data_tool::output::sha256_hex(&bytes), original.file.sha256);
    let original: model::Snapshot = serde_json::from_slice(&bytes).unwrap();
    assert_eq!(original.status_of("8.1.1.1"), model::Status::InProgress);

    let correction = Project::load(&f.dir).unwrap();
    let correction = correction.snapshot("2026-Q3-r2").unwrap();
    assert_eq!(correction.supersedes, Some(id("2026-Q3")));
    assert_eq!(correction.status_of("8.1.1.1"), model::Status::Completed);
}

#[test]
fn the_original_keeps_its_item_files_after_a_correction() {
    let f = corrected();
    let (before, _) = build_manifest(&f, Audience::Public);
    f.publish("2026-Q3-r2");
    let (after, _) = build_manifest(&f, Audience::Public);
    let original = |m: &Manifest| m.snapshot(id("2026-Q3")).unwrap().clone();
    assert_eq!(original(&after).file, original(&before).file);
    assert_eq!(original(&after).item_files, original(&before).item_files);
    assert_ne!(
        after.snapshot(id("2026-Q3-r2")).unwrap().item_files,
        original(&after).item_files
    );
}

#[test]
fn a_correction_of_an_older_quarter_does_not_become_latest() {
    let f = Fixture::new();
    f.publish("2026-Q3")
        .new_snapshot("2026-Q4")
        .publish("2026-Q4");
    f.new_snapshot("2026-Q3-r2");
    f.edit(
        "snapshots/2026-Q3-r2/measures.csv",
        "in_progress,2026-Q3",
        "completed,",
    );
    f.publish("2026-Q3-r2");
    let (manifest, _) = build_manifest(&f, Audience::Public);
    assert_eq!(manifest.latest, id("2026-Q4"));
    let superseded: Vec<(SnapshotId, Option<SnapshotId>)> = manifest
        .snapshots
        .iter()
        .map(|s| (s.id, s.superseded_by))
        .collect();
    assert_eq!(
        superseded,
        [
            (id("2026-Q4"), None),
            (id("2026-Q3-r2"), None),
            (id("2026-Q3"), Some(id("2026-Q3-r2"))),
        ]
    );
}

#[test]
fn a_second_correction_supersedes_the_first() {
    let f = corrected();
    f.publish("2026-Q3-r2").new_snapshot("2026-Q3-r3");
    assert!(f
        .read("snapshots/2026-Q3-r3/snapshot.toml")
        .contains("supersedes = \"2026-Q3-r2\""));
    f.publish("2026-Q3-r3");
    let (manifest, _) = build_manifest(&f, Audience::Public);
    assert_eq!(manifest.latest, id("2026-Q3-r3"));
    assert_eq!(
        manifest.snapshot(id("2026-Q3-r2")).unwrap().superseded_by,
        Some(id("2026-Q3-r3"))
    );
    assert_eq!(
        manifest.snapshot(id("2026-Q3")).unwrap().superseded_by,
        Some(id("2026-Q3-r2"))
    );
}

#[test]
fn a_draft_correction_changes_nothing_on_the_public_site() {
    let f = corrected();
    let (public, _) = build_manifest(&f, Audience::Public);
    assert_eq!(public.latest, id("2026-Q3"));
    assert_eq!(public.snapshot(id("2026-Q3")).unwrap().superseded_by, None);
    assert!(public.snapshot(id("2026-Q3-r2")).is_none());
    let (preview, _) = build_manifest(&f, Audience::Preview);
    assert_eq!(preview.latest, id("2026-Q3-r2"));
    assert_eq!(
        preview.snapshot(id("2026-Q3")).unwrap().superseded_by,
        Some(id("2026-Q3-r2"))
    );
}

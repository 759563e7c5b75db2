//! One broken fixture per rule that spans snapshots: the lock and the archive of published files,
//! the order of snapshots, corrections, and rows carried over from an earlier snapshot. Each test
//! checks the exact `file:line: field: message` the editor sees.

mod common;

use common::Fixture;

const LOCK: &str = "published.lock";
const META: &str = "snapshots/2026-Q3/snapshot.toml";

/// The SHA-256 of the minimal fixture's 2026-Q3 snapshot as published.
const PUBLISHED_SHA: &str = "f75dbf375a6988d1fdf3acf7ea0c696c10031813e8cf01aadb4ca03110db11c2";
/// Its archive file.
const ARCHIVED: &str = "published/snapshot-2026-Q3.f75dbf375a6988d1.json";

fn published() -> Fixture {
    let f = Fixture::new();
    f.publish("2026-Q3");
    f
}

/// The archived strategy file of a published fixture.
fn archived_strategy(f: &Fixture) -> String {
    let name = f
        .list("published")
        .into_iter()
        .find(|n| n.starts_with("strategy."))
        .unwrap();
    format!("published/{name}")
}

// The lock and the archive

#[test]
fn publishing_records_the_hash_and_archives_the_bytes() {
    let f = published();
    assert!(f
        .read(LOCK)
        .contains(&format!("sha256 = \"{PUBLISHED_SHA}\"")));
    assert_eq!(
        data_tool::output::sha256_hex(f.read(ARCHIVED).as_bytes()),
        PUBLISHED_SHA
    );
    f.assert_valid();
}

#[test]
fn a_snapshot_says_published_without_being_published() {
    Fixture::new()
        .edit(META, "state = \"draft\"", "state = \"published\"")
        .assert_only("snapshots/2026-Q3/snapshot.toml:3: state: snapshot 2026-Q3 says published but is not in published.lock: set it to draft and run `data-tool publish 2026-Q3`");
}

#[test]
fn a_published_snapshot_is_set_back_to_draft() {
    published()
        .edit(META, "state = \"published\"", "state = \"draft\"")
        .assert_only("snapshots/2026-Q3/snapshot.toml:3: state: snapshot 2026-Q3 is in published.lock, so it must stay `published`");
}

#[test]
fn a_published_snapshot_is_edited() {
    published()
        .edit("snapshots/2026-Q3/measures.csv", "in_progress", "completed")
        .assert_only("snapshots/2026-Q3/snapshot.toml:3: state: published snapshot 2026-Q3 would change (published.lock has f75dbf375a69…, the source now gives 54e674bfa657…): undo the edit, and publish a correction as a new snapshot (data-tool new-snapshot 2026-Q3-r2)");
}

#[test]
fn a_published_snapshot_is_edited_and_its_archive_is_gone() {
    published()
        .remove(ARCHIVED)
        .edit("snapshots/2026-Q3/measures.csv", "in_progress", "completed")
        .assert_only("snapshots/2026-Q3/snapshot.toml:3: state: published snapshot 2026-Q3 would change (published.lock has f75dbf375a69…, the source now gives 54e674bfa657…) and no archived copy exists: undo the edit, and publish a correction as a new snapshot (data-tool new-snapshot 2026-Q3-r2)");
}

#[test]
fn a_lock_hash_is_tampered_with() {
    let f = published();
    f.edit(LOCK, PUBLISHED_SHA, &"0".repeat(64))
        .assert_only("snapshots/2026-Q3/snapshot.toml:3: state: published snapshot 2026-Q3 would change (published.lock has 000000000000…, the source now gives f75dbf375a69…) and no archived copy exists: undo the edit, and publish a correction as a new snapshot (data-tool new-snapshot 2026-Q3-r2)");
}

#[test]
fn an_archived_snapshot_is_tampered_with() {
    published()
        .edit(ARCHIVED, "in_progress", "completed")
        .edit("snapshots/2026-Q3/measures.csv", "in_progress", "completed")
        .assert_only("snapshots/2026-Q3/snapshot.toml:3: state: the archived file published/snapshot-2026-Q3.f75dbf375a6988d1.json does not match published.lock: restore it from version control");
}

#[test]
fn an_archived_snapshot_is_tampered_with_while_its_source_is_unchanged() {
    published()
        .edit(ARCHIVED, "in_progress", "completed")
        .assert_only("snapshots/2026-Q3/snapshot.toml:3: state: the archived file published/snapshot-2026-Q3.f75dbf375a6988d1.json does not match published.lock: restore it from version control");
}

#[test]
fn an_archived_strategy_is_tampered_with_when_the_strategy_is_amended() {
    let f = published();
    let strategy = archived_strategy(&f);
    f.edit(&strategy, "Measure", "Tampered")
        .edit("strategy/goal-8.1.toml", "title.en = \"Measure\"", "title.en = \"The measure\"")
        .assert_only(&format!("snapshots/2026-Q3/snapshot.toml:3: state: the archived file {strategy} does not match published.lock: restore it from version control"));
}

#[test]
fn an_archived_snapshot_is_not_a_snapshot() {
    let f = published();
    let garbage = b"{\"not\": \"a snapshot\"}\n";
    let sha = data_tool::output::sha256_hex(garbage);
    let archived = format!("published/snapshot-2026-Q3.{}.json", &sha[..16]);
    f.write_bytes(&archived, garbage)
        .edit(LOCK, PUBLISHED_SHA, &sha)
        .assert_only(&format!("snapshots/2026-Q3/snapshot.toml:3: state: the archived file {archived} is unreadable: missing field `schema_version` at line 1 column 21"));
}

#[test]
fn an_archived_strategy_is_missing_when_the_strategy_is_amended() {
    let f = published();
    let strategy = archived_strategy(&f);
    f.remove(&strategy)
        .edit("strategy/goal-8.1.toml", "title.en = \"Measure\"", "title.en = \"The measure\"")
        .assert_only(&format!("snapshots/2026-Q3/snapshot.toml:3: state: the strategy version 2026-Q3 reports against is missing from the archive: restore {strategy}"));
}

#[test]
fn a_lock_entry_names_a_malformed_id() {
    Fixture::new()
        .write(LOCK, "[[snapshot]]\nid = \"Q3\"\nsha256 = \"00\"\n")
        .assert_reports("published.lock:1: id: `Q3` is not a snapshot id: write YYYY-Qn (e.g. 2026-Q3), or YYYY-Qn-rN for a correction");
}

#[test]
fn a_lock_is_not_toml() {
    Fixture::new()
        .write(LOCK, "[[snapshot]\n")
        .assert_only("published.lock:1: toml: invalid table header expected `.`, `]]`");
}

#[test]
fn a_published_snapshot_folder_is_removed() {
    published()
        .remove("snapshots/2026-Q3")
        .assert_only("published.lock:1: snapshot: published snapshot 2026-Q3 has no source folder: a published snapshot is never removed");
}

// Order and corrections

#[test]
fn a_snapshot_supersedes_a_missing_one() {
    Fixture::new()
        .append(META, "supersedes = \"2026-Q2\"\n")
        .assert_only(
            "snapshots/2026-Q3/snapshot.toml:1: supersedes: snapshot 2026-Q2 does not exist",
        );
}

// Rows carried over

fn with_next_quarter() -> Fixture {
    let f = Fixture::new();
    f.new_snapshot("2026-Q4");
    f
}

#[test]
fn a_carried_over_value_is_changed() {
    with_next_quarter()
        .edit("snapshots/2026-Q4/indicators.csv", ",1200,", ",1300,")
        .assert_only("snapshots/2026-Q4/indicators.csv:2: first_reported_in: the 2026 value of 4.1.5 differs from 2026-Q3, so it is first reported now: leave first_reported_in empty");
}

#[test]
fn a_carried_over_status_names_a_missing_snapshot() {
    with_next_quarter()
        .edit(
            "snapshots/2026-Q4/measures.csv",
            "in_progress,2026-Q3",
            "in_progress,2026-Q2",
        )
        .assert_only(
            "snapshots/2026-Q4/measures.csv:2: first_reported_in: snapshot 2026-Q2 does not exist",
        );
}

#[test]
fn a_carried_over_value_names_a_missing_snapshot() {
    with_next_quarter()
        .edit("snapshots/2026-Q4/indicators.csv", ",2026-Q3\n", ",2026-Q1\n")
        .assert_only("snapshots/2026-Q4/indicators.csv:2: first_reported_in: snapshot 2026-Q1 does not exist");
}

#[test]
fn a_copied_folder_keeps_rows_of_its_own_quarter() {
    Fixture::new()
        .copy_snapshot("2026-Q3", "2026-Q4", "2026-12-31")
        .assert_valid();
}

//! One broken fixture per validation rule: each test breaks one thing in a copy of
//! `fixtures/minimal` and checks the exact `file:line: field: message` the editor would see.

mod common;

use common::Fixture;
use data_tool::project::Project;

#[test]
fn the_minimal_fixture_is_valid() {
    assert_eq!(Fixture::new().problems(), Vec::<String>::new());
}

#[test]
fn ids_must_be_unique() {
    let f = Fixture::new();
    f.edit(
        "strategy/indicators.toml",
        "id = \"4.1.5\"",
        "id = \"8.1.1.1\"",
    );
    let problems = f.problems();
    assert!(
        problems.contains(&"strategy/indicators.toml:2: indicator 8.1.1.1: id: `8.1.1.1` is not an indicator id like 4.1.1".to_string()),
        "{problems:?}"
    );
    assert!(
        problems.iter().any(|p| p.starts_with(
            "strategy/indicators.toml:2: indicator 8.1.1.1: id: `8.1.1.1` is used twice (first at "
        ) && p.ends_with("strategy/goal-8.1.toml:25): ids must be unique")),
        "{problems:?}"
    );
}

#[test]
fn ids_must_be_well_formed() {
    Fixture::new()
        .edit("strategy/goal-8.1.toml", "id = \"8.1.1.1\"", "id = \"8.1.1.x\"")
        .assert_reports("strategy/goal-8.1.toml:25: measure 8.1.1.x: id: `8.1.1.x` is not a measure id like 8.1.1.1");
}

#[test]
fn every_measure_belongs_to_an_existing_direction() {
    Fixture::new()
        .edit("strategy/goal-8.1.toml", "direction = \"8.1.1\"", "direction = \"8.1.9\"")
        .assert_only("strategy/goal-8.1.toml:26: measure 8.1.1.1: direction: direction `8.1.9` is not defined in this goal's file");
}

#[test]
fn agencies_must_exist() {
    Fixture::new()
        .edit("strategy/goal-8.1.toml", "others = [\"MB\"]", "others = [\"XYZ\"]")
        .assert_only("strategy/goal-8.1.toml:31: measure 8.1.1.1: others: agency `XYZ` is not in agencies.toml (write the acronym as section 9 prints it)");
}

#[test]
fn periods_lie_within_2026_to_2029() {
    Fixture::new()
        .edit("strategy/goal-8.1.toml", "start = 2026", "start = 2025")
        .assert_only("strategy/goal-8.1.toml:33: measure 8.1.1.1: start: 2025 is outside the strategy's years 2026–2029");
    Fixture::new()
        .edit(
            "strategy/goal-8.1.toml",
            "start = 2026\nend = 2029",
            "start = 2028\nend = 2027",
        )
        .assert_only(
            "strategy/goal-8.1.toml:34: measure 8.1.1.1: end: ends (2027) before it starts (2028)",
        );
}

#[test]
fn each_indicator_has_its_four_targets() {
    Fixture::new()
        .edit("strategy/indicators.toml", ", 2029 = 40000 }", " }")
        .assert_only(
            "strategy/indicators.toml:8: indicator 4.1.5: targets: the target for 2029 is missing",
        );
}

#[test]
fn statuses_come_from_the_fixed_taxonomy() {
    Fixture::new()
        .edit("snapshots/2026-Q3/measures.csv", "in_progress", "almost_done")
        .assert_reports("snapshots/2026-Q3/measures.csv:2: status: `almost_done` is not a status; use one of: not_yet_reported, not_started, in_progress, delayed, completed, discontinued");
}

#[test]
fn dates_are_valid_and_not_after_the_as_of_date() {
    Fixture::new()
        .edit("snapshots/2026-Q3/results.csv", "2026-08-01", "2026-10-01")
        .assert_only("snapshots/2026-Q3/results.csv:2: achieved_on: 2026-10-01 is later than the snapshot's as-of date 2026-09-30");
    Fixture::new()
        .edit("snapshots/2026-Q3/results.csv", "2026-08-01", "2026-02-30")
        .assert_only("snapshots/2026-Q3/results.csv:2: achieved_on: `2026-02-30` is not a day on the calendar");
    Fixture::new()
        .edit(
            "snapshots/2026-Q3/snapshot.toml",
            "as_of = \"2026-09-30\"",
            "as_of = \"30.09.2026\"",
        )
        .assert_only(
            "snapshot.toml:2: as_of: `30.09.2026` is not a date: write it as YYYY-MM-DD"
                .replace("snapshot.toml", "snapshots/2026-Q3/snapshot.toml")
                .as_str(),
        );
}

#[test]
fn evidence_links_are_https() {
    Fixture::new()
        .edit("snapshots/2026-Q3/results.csv", "https://example.org/e", "http://example.org/e")
        .assert_only("snapshots/2026-Q3/results.csv:2: evidence_url: `http://example.org/e` is not an https:// link");
}

#[test]
fn both_languages_are_present_or_explicitly_marked() {
    Fixture::new()
        .edit("strategy/goal-8.1.toml", "title.en = \"Measure\"\n", "")
        .assert_only("strategy/goal-8.1.toml:28: measure 8.1.1.1: title.en: the English text is missing: translate it, or write `en_missing = true` to leave it untranslated on purpose");
    Fixture::new()
        .edit(
            "strategy/goal-8.1.toml",
            "title.en = \"Measure\"",
            "title.en_missing = true",
        )
        .assert_valid();
    Fixture::new()
        .edit("snapshots/2026-Q3/measures.csv", "Qeyd,Note", "Qeyd,")
        .assert_only("snapshots/2026-Q3/measures.csv:2: note_en: the English text is missing: translate it, or write [untranslated] to leave it untranslated on purpose");
}

#[test]
fn snapshot_ids_are_well_formed_and_match_their_folder() {
    Fixture::new()
        .edit("snapshots/2026-Q3/snapshot.toml", "id = \"2026-Q3\"", "id = \"2026-Q5\"")
        .assert_only("snapshots/2026-Q3/snapshot.toml:1: id: `2026-Q5` is not a snapshot id: write YYYY-Qn (e.g. 2026-Q3), or YYYY-Qn-rN for a correction");
}

#[test]
fn snapshots_are_in_date_order() {
    let f = Fixture::new();
    f.copy_snapshot("2026-Q3", "2026-Q4", "2026-08-31");
    f.edit("snapshots/2026-Q4/results.csv", "2026-08-01", "2026-07-01");
    f.edit(
        "snapshots/2026-Q4/indicators.csv",
        "2026-09-30",
        "2026-08-31",
    );
    f.assert_only("snapshots/2026-Q4/snapshot.toml:1: as_of: 2026-Q4 is as of 2026-08-31, earlier than the older snapshot 2026-Q3 (2026-09-30): snapshots must be in date order");
}

#[test]
fn a_published_snapshot_never_changes() {
    let f = Fixture::new();
    data_tool::commands::publish(&f.dir, "2026-Q3").unwrap();
    assert_eq!(f.problems(), Vec::<String>::new());
    f.edit("snapshots/2026-Q3/measures.csv", "in_progress", "completed");
    let problems = f.problems();
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert!(problems[0].starts_with("snapshots/2026-Q3/snapshot.toml:3: state: published snapshot 2026-Q3 would change (published.lock has "), "{problems:?}");
    assert!(problems[0].ends_with("undo the edit, and publish a correction as a new snapshot (data-tool new-snapshot 2026-Q3-r2)"), "{problems:?}");
}

#[test]
fn an_amended_strategy_keeps_old_snapshots_on_their_own_version() {
    let f = Fixture::new();
    data_tool::commands::publish(&f.dir, "2026-Q3").unwrap();
    let before = Project::load(&f.dir).unwrap();
    f.edit(
        "strategy/goal-8.1.toml",
        "title.en = \"Measure\"",
        "title.en = \"The measure\"",
    );
    let after = Project::load(&f.dir).unwrap();
    assert_ne!(before.strategy_sha256, after.strategy_sha256);
    let snapshot = after.snapshot("2026-Q3").unwrap();
    assert_eq!(snapshot.strategy_sha256, before.strategy_sha256);
    assert!(after
        .archived_strategies
        .contains_key(&before.strategy_sha256));
}

#[test]
fn a_synthetic_snapshot_is_never_published() {
    Fixture::new()
        .edit("snapshots/2026-Q3/snapshot.toml", "state = \"draft\"", "state = \"published\"\nsynthetic = true")
        .problems()
        .contains(&"snapshots/2026-Q3/snapshot.toml:4: synthetic: a synthetic (test) snapshot can never be published: set `state = \"draft\"`".to_string())
        .then_some(())
        .expect("synthetic + published must be refused");
    let f = Fixture::new();
    f.edit(
        "snapshots/2026-Q3/snapshot.toml",
        "state = \"draft\"",
        "state = \"draft\"\nsynthetic = true",
    );
    let err = data_tool::commands::publish(&f.dir, "2026-Q3").unwrap_err();
    assert_eq!(
        err.to_string(),
        "snapshot 2026-Q3 is synthetic (test data) and can never be published"
    );
}

#[test]
fn letter_spaced_words_are_refused() {
    Fixture::new()
        .edit("strategy/goal-8.1.toml", "justification.az = \"Əsaslandırma\"", "justification.az = \"y ü k s ə k\"")
        .assert_only("strategy/goal-8.1.toml:14: direction 8.1.1: justification.az: holds letters separated by spaces (\"y ü k s ə k\"): join the word as printed");
}

#[test]
fn toml_syntax_errors_name_the_line() {
    let problems = Fixture::new()
        .edit(
            "strategy/indicators.toml",
            "unit = \"persons\"",
            "unit = persons",
        )
        .problems();
    assert!(
        problems
            .iter()
            .any(|p| p.starts_with("strategy/indicators.toml:5: toml: ")),
        "{problems:?}"
    );
}

#[test]
fn csv_headers_are_checked() {
    Fixture::new()
        .edit("snapshots/2026-Q3/indicators.csv", "indicator_id,year", "indicator,year")
        .assert_only("snapshots/2026-Q3/indicators.csv:1: header: columns must be exactly `indicator_id,year,value,as_of,source_az,source_en,note_az,note_en,first_reported_in` (found `indicator,year,value,as_of,source_az,source_en,note_az,note_en,first_reported_in`)");
}

#[test]
fn all_problems_are_reported_at_once() {
    let f = Fixture::new();
    f.edit("strategy/goal-8.1.toml", "lead = \"İN\"", "lead = \"QQ\"");
    f.edit(
        "snapshots/2026-Q3/results.csv",
        "https://example.org/e",
        "ftp://x",
    );
    f.edit("snapshots/2026-Q3/indicators.csv", ",1200,", ",1.200,5,");
    assert_eq!(f.problems().len(), 3, "{:?}", f.problems());
}

#[test]
fn not_yet_reported_is_written_by_leaving_the_row_out() {
    Fixture::new()
        .edit("snapshots/2026-Q3/measures.csv", "in_progress", "not_yet_reported")
        .assert_reports("snapshots/2026-Q3/measures.csv:2: status: not_yet_reported is what a measure without a row means: remove the row instead");
}

/// Adds a second quarter, 2026-Q4, carrying 2026-Q3's rows over as `new-snapshot` does.
fn with_next_quarter(f: &Fixture) {
    data_tool::commands::new_snapshot(&f.dir, "2026-Q4", None).unwrap();
}

#[test]
fn new_snapshot_carries_rows_over_with_their_first_report() {
    let f = Fixture::new();
    with_next_quarter(&f);
    let measures = std::fs::read_to_string(f.dir.join("snapshots/2026-Q4/measures.csv")).unwrap();
    assert_eq!(measures, "measure_id,status,first_reported_in,note_az,note_en\n8.1.1.1,in_progress,2026-Q3,Qeyd,Note\n");
    let meta = std::fs::read_to_string(f.dir.join("snapshots/2026-Q4/snapshot.toml")).unwrap();
    assert_eq!(
        meta,
        "id = \"2026-Q4\"\nas_of = \"2026-12-31\"\nstate = \"draft\"\n"
    );
    assert_eq!(f.problems(), Vec::<String>::new());
}

#[test]
fn a_changed_status_cannot_claim_an_earlier_first_report() {
    let f = Fixture::new();
    with_next_quarter(&f);
    f.edit(
        "snapshots/2026-Q4/measures.csv",
        "in_progress,2026-Q3",
        "completed,2026-Q3",
    );
    f.assert_only("snapshots/2026-Q4/measures.csv:2: first_reported_in: the status of 8.1.1.1 differs from 2026-Q3 (in_progress), so it is first reported now: leave first_reported_in empty");
    f.edit(
        "snapshots/2026-Q4/measures.csv",
        "completed,2026-Q3",
        "completed,",
    );
    assert_eq!(f.problems(), Vec::<String>::new());
}

#[test]
fn a_correction_supersedes_its_quarter_even_after_a_later_one() {
    let f = Fixture::new();
    data_tool::commands::publish(&f.dir, "2026-Q3").unwrap();
    with_next_quarter(&f);
    data_tool::commands::new_snapshot(&f.dir, "2026-Q3-r2", None).unwrap();
    let meta = std::fs::read_to_string(f.dir.join("snapshots/2026-Q3-r2/snapshot.toml")).unwrap();
    assert!(meta.contains("supersedes = \"2026-Q3\""), "{meta}");
    assert_eq!(f.problems(), Vec::<String>::new());
}

#[test]
fn hidden_folders_left_by_an_interrupted_command_are_ignored() {
    let f = Fixture::new();
    std::fs::create_dir_all(f.dir.join("snapshots/.2026-Q4.new")).unwrap();
    assert_eq!(f.problems(), Vec::<String>::new());
}

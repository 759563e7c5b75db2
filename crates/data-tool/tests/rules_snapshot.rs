//! One broken fixture per rule of a snapshot's source folder (`snapshot.toml` and its three
//! CSV files): each test breaks one thing in a copy of `fixtures/minimal` and checks the exact
//! `file:line: field: message` the editor sees.

mod common;

use common::Fixture;

const META: &str = "snapshots/2026-Q3/snapshot.toml";
const MEASURES: &str = "snapshots/2026-Q3/measures.csv";
const RESULTS: &str = "snapshots/2026-Q3/results.csv";
const INDICATORS: &str = "snapshots/2026-Q3/indicators.csv";

const MEASURES_HEADER: &str = "measure_id,status,first_reported_in,note_az,note_en\n";

// snapshot.toml

#[test]
fn a_snapshot_id_is_not_its_folder_name() {
    Fixture::new()
        .edit(META, "id = \"2026-Q3\"", "id = \"2026-Q2\"")
        .assert_only(
            "snapshots/2026-Q3/snapshot.toml:1: id: `2026-Q2` must match its folder name `2026-Q3`",
        );
}

#[test]
fn a_state_is_neither_draft_nor_published() {
    Fixture::new()
        .edit(META, "state = \"draft\"", "state = \"ready\"")
        .assert_only(
            "snapshots/2026-Q3/snapshot.toml:3: state: `ready` is not `draft` or `published`",
        );
}

#[test]
fn a_snapshot_supersedes_a_later_one() {
    Fixture::new()
        .append(META, "supersedes = \"2026-Q4\"\n")
        .assert_only(
            "snapshots/2026-Q3/snapshot.toml:4: supersedes: 2026-Q4 is not earlier than 2026-Q3",
        );
}

#[test]
fn a_snapshot_supersedes_a_malformed_id() {
    Fixture::new()
        .append(META, "supersedes = \"Q2\"\n")
        .assert_only("snapshots/2026-Q3/snapshot.toml:4: supersedes: `Q2` is not a snapshot id: write YYYY-Qn (e.g. 2026-Q3), or YYYY-Qn-rN for a correction");
}

#[test]
fn a_snapshot_note_lacks_its_english() {
    Fixture::new()
        .append(META, "note.az = \"Qeyd\"\n")
        .assert_only("snapshots/2026-Q3/snapshot.toml:4: snapshot: note.en: the English text is missing: translate it, or write `en_missing = true` to leave it untranslated on purpose");
}

// The CSV files as files

#[test]
fn a_csv_file_is_missing() {
    Fixture::new()
        .remove(RESULTS)
        .assert_only("snapshots/2026-Q3/results.csv:1: file: missing: create it with the header line `measure_id,stage,achieved_on,evidence_url,first_reported_in,note_az,note_en`");
}

#[test]
fn a_csv_row_has_too_few_cells() {
    Fixture::new()
        .append(MEASURES, "8.1.1.1,completed\n")
        .assert_only("snapshots/2026-Q3/measures.csv:3: row: unreadable CSV row: CSV error: record 2 (line: 3, byte: 83): found record with 2 fields, but the previous record has 5 fields");
}

#[test]
fn a_csv_file_is_not_utf8() {
    Fixture::new()
        .write_bytes(MEASURES, b"measure_id,st\xe6tus,first_reported_in,note_az,note_en\n")
        .assert_exactly(&[
            "snapshots/2026-Q3/measures.csv:1: file: byte 0xE6 is not UTF-8: the file is saved in a legacy code page (such as Windows-1254), which damages ə, ş, ğ; save it as CSV UTF-8",
            "snapshots/2026-Q3/results.csv:2: measure_id: measure 8.1.1.1 has a result but no status: add it to measures.csv",
        ]);
}

// measures.csv

#[test]
fn a_status_row_names_an_unknown_measure() {
    Fixture::new()
        .edit(MEASURES, "8.1.1.1,in_progress", "8.1.1.9,in_progress")
        .assert_reports(
            "snapshots/2026-Q3/measures.csv:2: measure_id: measure `8.1.1.9` does not exist",
        );
}

#[test]
fn a_measure_is_listed_twice_in_a_snapshot() {
    Fixture::new()
        .append(MEASURES, "8.1.1.1,completed,,Qeyd,Note\n")
        .assert_only(
            "snapshots/2026-Q3/measures.csv:3: measure_id: measure `8.1.1.1` is listed twice",
        );
}

#[test]
fn a_status_is_not_in_the_taxonomy() {
    Fixture::new()
        .edit(MEASURES, "in_progress", "almost_done")
        .assert_exactly(&[
            "snapshots/2026-Q3/measures.csv:2: status: `almost_done` is not a status; use one of: not_yet_reported, not_started, in_progress, delayed, completed, discontinued",
            "snapshots/2026-Q3/results.csv:2: measure_id: measure 8.1.1.1 has a result but no status: add it to measures.csv",
        ]);
}

#[test]
fn a_first_report_is_later_than_the_snapshot() {
    Fixture::new()
        .edit(MEASURES, "in_progress,,", "in_progress,2026-Q4,")
        .assert_only("snapshots/2026-Q3/measures.csv:2: first_reported_in: 2026-Q4 is later than this snapshot (2026-Q3)");
}

#[test]
fn a_first_report_is_not_a_snapshot_id() {
    Fixture::new()
        .edit(MEASURES, "in_progress,,", "in_progress,Q3,")
        .assert_only("snapshots/2026-Q3/measures.csv:2: first_reported_in: `Q3` is not a snapshot id: write YYYY-Qn (e.g. 2026-Q3), or YYYY-Qn-rN for a correction");
}

#[test]
fn a_note_lacks_its_azerbaijani() {
    Fixture::new()
        .edit(MEASURES, "Qeyd,Note", ",Note")
        .assert_only("snapshots/2026-Q3/measures.csv:2: note_az: the Azerbaijani text is missing (it is the authoritative language)");
}

#[test]
fn a_note_is_letter_spaced() {
    Fixture::new()
        .edit(MEASURES, "Qeyd,Note", "q e y d l,Note")
        .assert_only("snapshots/2026-Q3/measures.csv:2: note_az: holds letters separated by spaces: join the word");
}

#[test]
fn a_note_left_untranslated_on_purpose_is_accepted() {
    Fixture::new()
        .edit(MEASURES, "Qeyd,Note", "Qeyd,[untranslated]")
        .assert_valid();
}

// results.csv

#[test]
fn a_result_names_an_unknown_measure() {
    Fixture::new()
        .edit(RESULTS, "8.1.1.1,initial", "8.1.1.9,initial")
        .assert_only(
            "snapshots/2026-Q3/results.csv:2: measure_id: measure `8.1.1.9` does not exist",
        );
}

#[test]
fn a_result_stage_is_not_a_stage() {
    Fixture::new()
        .edit(RESULTS, "8.1.1.1,initial", "8.1.1.1,first")
        .assert_only(
            "snapshots/2026-Q3/results.csv:2: stage: `first` is not initial, intermediate or final",
        );
}

#[test]
fn a_result_is_listed_twice() {
    Fixture::new()
        .append(RESULTS, "8.1.1.1,initial,2026-08-02,,,,\n")
        .assert_only(
            "snapshots/2026-Q3/results.csv:3: stage: the initial result of 8.1.1.1 is listed twice",
        );
}

#[test]
fn a_result_has_no_status() {
    Fixture::new()
        .write(MEASURES, MEASURES_HEADER)
        .assert_only("snapshots/2026-Q3/results.csv:2: measure_id: measure 8.1.1.1 has a result but no status: add it to measures.csv");
}

#[test]
fn a_result_has_no_date() {
    Fixture::new().edit(RESULTS, "2026-08-01", "").assert_only(
        "snapshots/2026-Q3/results.csv:2: achieved_on: `` is not a date: write it as YYYY-MM-DD",
    );
}

// indicators.csv

#[test]
fn a_value_names_an_unknown_indicator() {
    Fixture::new()
        .edit(INDICATORS, "4.1.5,2026", "4.1.9,2026")
        .assert_only(
            "snapshots/2026-Q3/indicators.csv:2: indicator_id: indicator `4.1.9` does not exist",
        );
}

#[test]
fn a_value_is_for_a_year_after_the_as_of_date() {
    Fixture::new()
        .edit(INDICATORS, "4.1.5,2026", "4.1.5,2027")
        .assert_only("snapshots/2026-Q3/indicators.csv:2: year: `2027` is not a year of the strategy up to the as-of date");
}

#[test]
fn a_value_is_for_a_year_before_the_strategy() {
    Fixture::new()
        .edit(INDICATORS, "4.1.5,2026", "4.1.5,2025")
        .assert_only("snapshots/2026-Q3/indicators.csv:2: year: `2025` is not a year of the strategy up to the as-of date");
}

#[test]
fn an_indicator_has_two_values_for_one_year() {
    Fixture::new()
        .append(
            INDICATORS,
            "4.1.5,2026,1300,2026-09-30,İN,Ministry of Economy,,,\n",
        )
        .assert_only(
            "snapshots/2026-Q3/indicators.csv:3: year: indicator 4.1.5 has two values for 2026",
        );
}

#[test]
fn a_value_is_not_a_number() {
    Fixture::new()
        .edit(INDICATORS, ",1200,", ",1200 nəfər,")
        .assert_only("snapshots/2026-Q3/indicators.csv:2: value: `1200 nəfər` is not a number: write digits, with a point or a comma before the decimals (3000, 1.66 or 1,66)");
}

#[test]
fn a_value_is_as_of_a_date_after_the_snapshot() {
    Fixture::new()
        .edit(INDICATORS, "2026-09-30,İN", "2026-10-01,İN")
        .assert_only("snapshots/2026-Q3/indicators.csv:2: as_of: 2026-10-01 is later than the snapshot's as-of date 2026-09-30");
}

#[test]
fn a_value_names_no_source() {
    Fixture::new()
        .edit(INDICATORS, "İN,Ministry of Economy", ",")
        .assert_only("snapshots/2026-Q3/indicators.csv:2: source_az: required: say who reported the value or where it was published");
}

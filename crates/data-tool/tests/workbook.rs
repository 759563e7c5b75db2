//! Workbooks: `export-xlsx` then `import-xlsx` gives the same CSV files byte for byte (also after
//! LibreOffice re-saves the workbook); rows are matched by id; reference cells, deleted rows and
//! misreadable numbers are refused at `FILE: sheet!cell: field`, and nothing is written then.

mod common;

use common::sheets::{edited, row_of, Put};
use common::Fixture;
use data_tool::problem::ToolError;
use data_tool::project::Project;
use data_tool::workbook::{export_workbook, import_workbook};
use model::Lang;
use std::path::{Path, PathBuf};

const SNAPSHOT: &str = "snapshots/2026-Q3";

/// Exports a snapshot of `data` to `file`.
fn export(data: &Path, strategy: &Path, id: &str, file: &Path) {
    let project = Project::load_with_strategy(data, strategy).unwrap();
    let bytes = export_workbook(&project.strategy, project.snapshot(id).unwrap()).unwrap();
    std::fs::write(file, bytes).unwrap();
}

/// The three CSV files of a snapshot folder.
fn csv_files(dir: &Path) -> Vec<Vec<u8>> {
    ["measures.csv", "results.csv", "indicators.csv"]
        .iter()
        .map(|name| std::fs::read(dir.join(name)).unwrap())
        .collect()
}

/// The problems of an import, with the workbook's folder left out.
fn import_problems(f: &Fixture, file: &Path, lang: Lang) -> Vec<String> {
    let strategy = f.dir.join("strategy");
    match import_workbook(&f.dir, &strategy, "2026-Q3", file) {
        Ok(outcome) => panic!("imported: {}", outcome.render(Lang::En)),
        Err(ToolError::Invalid(problems)) => problems
            .iter()
            .map(|p| p.render(lang).replace(&format!("{}/", f.dir.display()), ""))
            .collect(),
        Err(other) => panic!("{other}"),
    }
}

fn workbook(f: &Fixture) -> PathBuf {
    let file = f.dir.join("q3.xlsx");
    export(&f.dir, &f.dir.join("strategy"), "2026-Q3", &file);
    file
}

#[test]
fn export_then_import_gives_the_same_csv_files_byte_for_byte() {
    let f = Fixture::new();
    let before = csv_files(&f.dir.join(SNAPSHOT));
    let file = workbook(&f);
    let outcome = import_workbook(&f.dir, &f.dir.join("strategy"), "2026-Q3", &file).unwrap();
    assert!(outcome.render(Lang::En).contains("(no file changed)"));
    assert_eq!(csv_files(&f.dir.join(SNAPSHOT)), before);
}

#[test]
fn the_real_strategy_and_the_synthetic_quarters_round_trip_too() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("data");
    common::copy_dir(&root.join("tests/fixtures/synthetic"), &data);
    let strategy = root.join("data/strategy");
    for id in ["2026-Q3", "2026-Q4"] {
        let dir = data.join("snapshots").join(id);
        let before = csv_files(&dir);
        let file = tmp.path().join(format!("{id}.xlsx"));
        export(&data, &strategy, id, &file);
        import_workbook(&data, &strategy, id, &file).unwrap();
        assert_eq!(csv_files(&dir), before, "{id}");
    }
}

#[test]
fn the_same_snapshot_gives_the_same_workbook_bytes() {
    let f = Fixture::new();
    let first = std::fs::read(workbook(&f)).unwrap();
    let second = std::fs::read(workbook(&f)).unwrap();
    assert_eq!(first, second);
}

#[test]
fn a_workbook_resaved_by_libreoffice_imports_the_same() {
    if std::process::Command::new("soffice")
        .arg("--version")
        .output()
        .is_err()
    {
        assert!(
            std::env::var("CI").is_err(),
            "CI needs LibreOffice: run scripts/bootstrap.sh"
        );
        eprintln!(
            "skipped: LibreOffice (soffice) is not installed; scripts/bootstrap.sh installs it"
        );
        return;
    }
    let f = Fixture::new();
    let before = csv_files(&f.dir.join(SNAPSHOT));
    let file = workbook(&f);
    let out = f.dir.join("resaved");
    let profile = format!(
        "-env:UserInstallation=file://{}",
        f.dir.join("lo-profile").display()
    );
    let status = std::process::Command::new("soffice")
        .args([&profile, "--headless", "--convert-to", "xlsx", "--outdir"])
        .arg(&out)
        .arg(&file)
        .output()
        .unwrap();
    assert!(status.status.success(), "{status:?}");
    let resaved = out.join("q3.xlsx");
    assert_ne!(
        std::fs::read(&resaved).unwrap(),
        std::fs::read(&file).unwrap()
    );
    import_workbook(&f.dir, &f.dir.join("strategy"), "2026-Q3", &resaved).unwrap();
    assert_eq!(csv_files(&f.dir.join(SNAPSHOT)), before);
}

#[test]
fn a_filled_workbook_writes_the_rows_it_reports_and_carries_the_rest() {
    let f = Fixture::new();
    let file = workbook(&f);
    let filled = f.dir.join("filled.xlsx");
    edited(
        &file,
        &filled,
        &[
            ("measures", 3, "status", Put::Text("completed")),
            ("results", 4, "achieved_on", Put::Date(2026, 9, 15)),
            (
                "results",
                4,
                "evidence_url",
                Put::Text("https://example.org/r?id=2"),
            ),
            ("indicators", 4, "value", Put::Text("1 250,5")),
            ("indicators", 4, "as_of", Put::Text("2026-09-30")),
            (
                "indicators",
                4,
                "source_az",
                Put::Text("İqtisadiyyat Nazirliyi"),
            ),
            ("indicators", 4, "source_en", Put::Text("[untranslated]")),
        ],
    );
    assert_eq!(
        row_of(&file, "results", "8.1.1.1", Some(("stage", "intermediate"))),
        4
    );
    // 2027 is after the as-of year, so the value row is refused at its cell.
    assert_eq!(
        import_problems(&f, &filled, Lang::En),
        ["filled.xlsx: indicators!C4: year: `2027` is not a year of the strategy up to the as-of date"]
    );
    f.edit(
        &format!("{SNAPSHOT}/snapshot.toml"),
        "2026-09-30",
        "2027-09-30",
    );
    let outcome = import_workbook(&f.dir, &f.dir.join("strategy"), "2026-Q3", &filled).unwrap();
    assert!(outcome
        .render(Lang::En)
        .contains("1 statuses, 2 results, 2 values"));
    assert_eq!(
        f.read(&format!("{SNAPSHOT}/measures.csv")),
        "measure_id,status,first_reported_in,note_az,note_en\n8.1.1.1,completed,,Qeyd,Note\n"
    );
    assert_eq!(
        f.read(&format!("{SNAPSHOT}/results.csv")),
        "measure_id,stage,achieved_on,evidence_url,first_reported_in,note_az,note_en\n8.1.1.1,initial,2026-08-01,https://example.org/e,,,\n8.1.1.1,intermediate,2026-09-15,https://example.org/r?id=2,,,\n"
    );
    assert_eq!(
        f.read(&format!("{SNAPSHOT}/indicators.csv")),
        "indicator_id,year,value,as_of,source_az,source_en,note_az,note_en,first_reported_in\n4.1.5,2026,1200,2026-09-30,İN,Ministry of Economy,,,\n4.1.5,2027,1250.5,2026-09-30,İqtisadiyyat Nazirliyi,[untranslated],,,\n"
    );
}

#[test]
fn a_carried_over_row_keeps_its_first_report_and_a_changed_one_is_new() {
    let f = Fixture::new();
    f.new_snapshot("2026-Q4");
    let file = f.dir.join("q4.xlsx");
    export(&f.dir, &f.dir.join("strategy"), "2026-Q4", &file);
    let changed = f.dir.join("changed.xlsx");
    edited(
        &file,
        &changed,
        &[("indicators", 3, "value", Put::Number(1300.0))],
    );
    import_workbook(&f.dir, &f.dir.join("strategy"), "2026-Q4", &changed).unwrap();
    assert_eq!(
        f.read("snapshots/2026-Q4/measures.csv"),
        "measure_id,status,first_reported_in,note_az,note_en\n8.1.1.1,in_progress,2026-Q3,Qeyd,Note\n"
    );
    assert_eq!(
        f.read("snapshots/2026-Q4/indicators.csv"),
        "indicator_id,year,value,as_of,source_az,source_en,note_az,note_en,first_reported_in\n4.1.5,2026,1300,2026-09-30,İN,Ministry of Economy,,,\n"
    );
    // Back to the value of 2026-Q3: carried over again, with the snapshot it was first reported in.
    import_workbook(&f.dir, &f.dir.join("strategy"), "2026-Q4", &file).unwrap();
    assert!(f
        .read("snapshots/2026-Q4/indicators.csv")
        .ends_with("4.1.5,2026,1200,2026-09-30,İN,Ministry of Economy,,,2026-Q3\n"));
}

#[test]
fn a_row_left_not_yet_reported_writes_no_row() {
    let f = Fixture::new();
    let file = workbook(&f);
    let cleared = f.dir.join("cleared.xlsx");
    edited(
        &file,
        &cleared,
        &[
            ("measures", 3, "status", Put::Text("not_yet_reported")),
            ("measures", 3, "note_az", Put::Empty),
            ("measures", 3, "note_en", Put::Empty),
            ("results", 3, "achieved_on", Put::Empty),
            ("results", 3, "evidence_url", Put::Empty),
        ],
    );
    import_workbook(&f.dir, &f.dir.join("strategy"), "2026-Q3", &cleared).unwrap();
    assert_eq!(
        f.read(&format!("{SNAPSHOT}/measures.csv")),
        "measure_id,status,first_reported_in,note_az,note_en\n"
    );
    assert_eq!(
        f.read(&format!("{SNAPSHOT}/results.csv")),
        "measure_id,stage,achieved_on,evidence_url,first_reported_in,note_az,note_en\n"
    );
}

#[test]
fn what_an_import_refuses_is_named_by_sheet_and_cell_and_nothing_is_written() {
    let f = Fixture::new();
    let before = csv_files(&f.dir.join(SNAPSHOT));
    let file = workbook(&f);
    let broken = f.dir.join("broken.xlsx");
    edited(
        &file,
        &broken,
        &[
            ("measures", 3, "title_az", Put::Text("Başqa tədbir")),
            ("measures", 3, "status", Put::Text("done")),
            ("results", 5, "measure_id", Put::Text("8.1.1.9")),
            ("results", 3, "achieved_on", Put::Text("15.11.2026")),
            ("indicators", 3, "value", Put::Text("1.250")),
            ("indicators", 4, "note_az", Put::Text("Qeyd")),
            ("indicators", 5, "value", Put::Date(2026, 5, 1)),
        ],
    );
    assert_eq!(
        import_problems(&f, &broken, Lang::En),
        [
            "broken.xlsx: indicators!D3: value: `1.250` can be read two ways: 1250 (`.` between thousands, as Azerbaijani writes) or 1.25 (`.` before the decimals, as English writes); write 1250 or 1.25, without a thousands separator".to_string(),
            "broken.xlsx: indicators!J4: note_az: filled, but `value` says nothing was reported: fill `value`, or clear this cell (a row that reports nothing is not written)".into(),
            "broken.xlsx: indicators!D5: value: holds the date 2026-05-01, not a number (a spreadsheet may read 1.5 as a date): format the cell as a number and type the value again".into(),
            "broken.xlsx: measures!F3: status: `done` is not a status; use one of: not_yet_reported, not_started, in_progress, delayed, completed, discontinued".into(),
            "broken.xlsx: measures!B3: title_az: this column is for reference and was changed (`Başqa tədbir` instead of `Tədbir`): undo the change (the strategy itself is changed in data/strategy, not here)".into(),
            "broken.xlsx: results!A1: measure_id: the row `8.1.1.1 final` was deleted: keep every row (clear its cells to report nothing)".into(),
            "broken.xlsx: results!D3: achieved_on: `15.11.2026` is not a date: write it as YYYY-MM-DD".into(),
            "broken.xlsx: results!A3: measure_id: measure 8.1.1.1 has a result but no status: add it to measures.csv".into(),
            "broken.xlsx: results!A5: measure_id: `8.1.1.9 final` is not a row of this sheet: rows are matched by their id, so do not add rows or change ids".into(),
        ]
    );
    assert_eq!(csv_files(&f.dir.join(SNAPSHOT)), before);
}

#[test]
fn import_problems_in_azerbaijani() {
    let f = Fixture::new();
    let file = workbook(&f);
    let broken = f.dir.join("broken.xlsx");
    edited(
        &file,
        &broken,
        &[("indicators", 3, "value", Put::Text("1,250"))],
    );
    assert_eq!(
        import_problems(&f, &broken, Lang::Az),
        ["broken.xlsx: indicators!D3: value: `1,250` iki cür oxuna bilər: 1250 (`,` minlikləri ayırır, ingilis yazılışında olduğu kimi) və ya 1,25 (`,` kəsr hissədən əvvəldir, Azərbaycan yazılışında olduğu kimi); minlik ayırıcısı olmadan 1250 və ya 1,25 yazın"]
    );
}

#[test]
fn a_published_snapshot_is_never_imported_into() {
    let f = Fixture::new();
    let file = workbook(&f);
    f.publish("2026-Q3");
    let error = import_workbook(&f.dir, &f.dir.join("strategy"), "2026-Q3", &file).unwrap_err();
    assert_eq!(
        error.render(Lang::En),
        "snapshot 2026-Q3 is published and never changes: start the next one (data-tool new-snapshot) and import into it"
    );
}

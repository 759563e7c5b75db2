//! The binary speaks the editor's language: `--lang az`, or an Azerbaijani `LANG`, gives every
//! message (the summary, problems, usage errors, the command line's own errors) in
//! Azerbaijani; English stays the default.

mod common;

use common::Fixture;
use std::process::Command;

/// Runs the binary on a fixture with a `LANG`; its exit success, standard output and error.
fn run(f: &Fixture, lang_env: &str, args: &[&str]) -> (bool, String, String) {
    let output = Command::new(env!("CARGO_BIN_EXE_data-tool"))
        .arg("--data")
        .arg(&f.dir)
        .args(args)
        .env("LANG", lang_env)
        .output()
        .unwrap();
    let clean =
        |bytes: &[u8]| String::from_utf8_lossy(bytes).replace(&format!("{}/", f.dir.display()), "");
    (
        output.status.success(),
        clean(&output.stdout),
        clean(&output.stderr),
    )
}

#[test]
fn the_summary_is_english_by_default_and_azerbaijani_on_request() {
    let f = Fixture::new();
    let (ok, out, _) = run(&f, "C.UTF-8", &["validate"]);
    assert!(ok);
    assert_eq!(out, "ok: 1 goals, 1 directions, 1 measures, 1 indicators, 1 flagships, 2 agencies, 1 source notes, 1 snapshots\n");
    let (_, az, _) = run(&f, "C.UTF-8", &["--lang", "az", "validate"]);
    assert_eq!(az, "qaydasındadır: 1 məqsəd, 1 istiqamət, 1 tədbir, 1 göstərici, 1 əsas təşəbbüs, 2 qurum, 1 mənbə qeydi, 1 məlumat kəsiyi\n");
    let (_, by_shell, _) = run(&f, "az_AZ.UTF-8", &["validate"]);
    assert_eq!(by_shell, az);
    let (_, asked_over_shell, _) = run(&f, "az_AZ.UTF-8", &["--lang", "en", "validate"]);
    assert_eq!(asked_over_shell, out);
}

#[test]
fn problems_warnings_and_usage_errors_in_azerbaijani() {
    let f = Fixture::new();
    f.edit("snapshots/2026-Q3/indicators.csv", ",1200,", ",1.250,");
    let (ok, _, err) = run(&f, "az_AZ.UTF-8", &["validate"]);
    assert!(!ok);
    assert!(
        err.starts_with("snapshots/2026-Q3/indicators.csv:2: value: `1.250` iki cür oxuna bilər"),
        "{err}"
    );
    assert!(
        err.ends_with("1 problem aşkarlandı; heç nə yazılmadı\n"),
        "{err}"
    );

    let f = Fixture::new();
    f.edit("snapshots/2026-Q3/measures.csv", "in_progress", "completed");
    let (ok, out, _) = run(&f, "C", &["--lang", "az", "validate"]);
    assert!(ok);
    assert!(
        out.starts_with(
            "xəbərdarlıq: snapshots/2026-Q3/measures.csv:2: status: 8.1.1.1 tədbiri başa çatıb"
        ),
        "{out}"
    );
    assert!(out.ends_with(" (1 xəbərdarlıq)\n"), "{out}");

    let (ok, _, err) = run(&f, "C", &["--lang", "az", "publish", "2026-Q9"]);
    assert!(!ok);
    assert!(
        err.ends_with("snapshots qovluğunda 2026-Q9 məlumat kəsiyi yoxdur\n"),
        "{err}"
    );
    let (_, _, err) = run(
        &f,
        "C",
        &[
            "--lang",
            "az",
            "new-snapshot",
            "2026-Q4",
            "--as-of",
            "15.12.2026",
        ],
    );
    assert_eq!(
        err,
        "--as-of: `15.12.2026` tarix deyil: onu YYYY-MM-DD şəklində yazın\n"
    );
    let (_, _, err) = run(
        &f,
        "C",
        &["new-snapshot", "2026-Q4", "--as-of", "15.12.2026"],
    );
    assert_eq!(
        err,
        "--as-of: `15.12.2026` is not a date: write it as YYYY-MM-DD\n"
    );
}

#[test]
fn the_command_lines_own_errors_in_azerbaijani() {
    let f = Fixture::new();
    let (ok, _, err) = run(&f, "az_AZ.UTF-8", &["publsh", "2026-Q4"]);
    assert!(!ok);
    assert!(err.starts_with("xəta: tanınmayan əmr: publsh (əmrlər: validate, build, publish, new-snapshot, diff, export-xlsx, import-xlsx, preview)"), "{err}");
    let (_, _, err) = run(&f, "C", &["--lang", "az", "export-xlsx", "2026-Q3"]);
    assert!(
        err.starts_with("xəta: bu arqument verilməyib: --out <OUT>"),
        "{err}"
    );
    let (_, _, err) = run(&f, "C", &["export-xlsx", "2026-Q3"]);
    assert!(
        err.starts_with("error: the following required arguments were not provided"),
        "{err}"
    );
}

#[test]
fn export_and_import_speak_azerbaijani_too() {
    let f = Fixture::new();
    let file = f.dir.join("q3.xlsx");
    let file_arg = file.to_str().unwrap();
    let (ok, out, _) = run(
        &f,
        "az_AZ.UTF-8",
        &["export-xlsx", "2026-Q3", "--out", file_arg],
    );
    assert!(ok);
    assert_eq!(out, "q3.xlsx 2026-Q3 məlumat kəsiyindən yazıldı: onu doldurun, sonra `data-tool import-xlsx 2026-Q3 q3.xlsx` əmrini icra edin\n");
    let (ok, out, _) = run(&f, "az_AZ.UTF-8", &["import-xlsx", "2026-Q3", file_arg]);
    assert!(ok);
    assert_eq!(out, "q3.xlsx snapshots/2026-Q3 qovluğuna yükləndi: 1 status, 1 nəticə, 1 dəyər (heç bir fayl dəyişmədi); sonra: `data-tool validate`, `data-tool preview`\n");
}

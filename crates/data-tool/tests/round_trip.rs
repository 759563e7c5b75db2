//! Building the real data: the app's types read back exactly what was built, two builds give the
//! same bytes, and no published text still carries letter-spaced extraction damage.

use data_tool::build::{build, Audience};
use data_tool::project::{archive_dir, archive_name, Project};
use model::manifest::{decode, Manifest};
use model::{Snapshot, Strategy};
use std::path::{Path, PathBuf};

fn data_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../data")
}

fn read_tree(dir: &Path) -> Vec<(PathBuf, Vec<u8>)> {
    let mut files = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(current) = stack.pop() {
        for entry in std::fs::read_dir(&current).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else {
                files.push((
                    path.strip_prefix(dir).unwrap().to_path_buf(),
                    std::fs::read(&path).unwrap(),
                ));
            }
        }
    }
    files.sort();
    files
}

#[test]
fn what_is_built_reads_back_as_the_same_content() {
    let project = Project::load(&data_dir()).unwrap();
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("data");
    let report = build(&project, &out, Audience::Public).unwrap();

    let manifest: Manifest =
        decode(&std::fs::read_to_string(out.join("index.json")).unwrap()).unwrap();
    assert_eq!(manifest, report.manifest);
    let entry = manifest.snapshot(manifest.latest).unwrap();
    let snapshot: Snapshot =
        decode(&std::fs::read_to_string(out.join(&entry.file.file)).unwrap()).unwrap();
    let strategy_file = manifest.strategy_for(entry).unwrap();
    let strategy: Strategy =
        decode(&std::fs::read_to_string(out.join(&strategy_file.file)).unwrap()).unwrap();

    // The latest snapshot reports against the strategy version it was published with: the
    // current one, or, once the strategy has been amended since, the one archived beside the lock.
    let reported_against: Strategy = if entry.strategy_sha256 == project.strategy_sha256 {
        project.strategy.clone()
    } else {
        let archived =
            archive_dir(&data_dir()).join(archive_name("strategy", &entry.strategy_sha256));
        decode(&std::fs::read_to_string(archived).unwrap()).unwrap()
    };
    assert_eq!(strategy, reported_against);
    let current: Strategy = decode(std::str::from_utf8(&project.strategy_json).unwrap()).unwrap();
    assert_eq!(
        current, project.strategy,
        "the current strategy reads back too"
    );
    assert_eq!(
        Some(&snapshot),
        project.snapshot(&manifest.latest.to_string())
    );
    let bytes = std::fs::read(out.join(&entry.file.file)).unwrap();
    assert_eq!(data_tool::output::sha256_hex(&bytes), entry.file.sha256);
    assert_eq!(bytes.len() as u64, entry.file.size);
}

#[test]
fn the_baseline_reports_no_progress() {
    let project = Project::load(&data_dir()).unwrap();
    let baseline = project
        .snapshot("2026-Q3")
        .expect("the baseline snapshot exists");
    assert!(!baseline.synthetic);
    assert!(baseline.measures.is_empty(), "no status is invented");
    assert!(
        baseline.indicators.is_empty(),
        "no actual value is invented"
    );
}

#[test]
fn builds_are_byte_for_byte_deterministic() {
    let project = Project::load(&data_dir()).unwrap();
    let tmp = tempfile::tempdir().unwrap();
    build(&project, &tmp.path().join("a"), Audience::Public).unwrap();
    let again = Project::load(&data_dir()).unwrap();
    build(&again, &tmp.path().join("b"), Audience::Public).unwrap();
    assert_eq!(
        read_tree(&tmp.path().join("a")),
        read_tree(&tmp.path().join("b"))
    );
}

fn collect_strings(value: &serde_json::Value, out: &mut Vec<String>) {
    match value {
        serde_json::Value::String(s) => out.push(s.clone()),
        serde_json::Value::Array(items) => items.iter().for_each(|v| collect_strings(v, out)),
        serde_json::Value::Object(map) => map.values().for_each(|v| collect_strings(v, out)),
        _ => {}
    }
}

#[test]
fn no_text_holds_letter_spaced_words() {
    let project = Project::load(&data_dir()).unwrap();
    let json: serde_json::Value = serde_json::from_slice(&project.strategy_json).unwrap();
    let mut texts = Vec::new();
    collect_strings(&json, &mut texts);
    assert!(texts.len() > 500);
    for text in texts {
        let mut run = 0;
        for token in text.split_whitespace() {
            run = if token.chars().count() == 1 && token.chars().all(char::is_alphabetic) {
                run + 1
            } else {
                0
            };
            assert!(run < 4, "letter-spaced word in {text:?}");
        }
    }
}

#[test]
fn azerbaijani_letters_survive_the_build() {
    let project = Project::load(&data_dir()).unwrap();
    let json = String::from_utf8(project.strategy_json.clone()).unwrap();
    for letter in [
        'ə', 'ı', 'İ', 'ş', 'ç', 'ğ', 'ö', 'ü', 'Ə', 'Ş', 'Ç', 'Ö', 'Ü',
    ] {
        assert!(
            json.contains(letter),
            "{letter} is missing from the built strategy"
        );
    }
}

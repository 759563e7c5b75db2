//! The broken-fixture harness shared by the validation tests: a fresh copy of
//! `fixtures/minimal` per test, edits that must apply, and the problems `validate` reports as
//! the editor reads them (`file:line: field: message`, paths relative to the data directory).

#![allow(dead_code)] // each test file uses its own part of the harness

pub mod sheets;

use data_tool::problem::ToolError;
use data_tool::project::Project;
use model::Lang;
use std::path::{Path, PathBuf};

/// Copies a folder recursively.
pub fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}

/// A fresh copy of the minimal valid data directory.
pub struct Fixture {
    _tmp: tempfile::TempDir,
    /// The data directory.
    pub dir: PathBuf,
}

impl Fixture {
    pub fn new() -> Fixture {
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path().join("data");
        copy_dir(
            &Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/minimal"),
            &dir,
        );
        Fixture { _tmp: tmp, dir }
    }

    /// Replaces `from` (which must occur) by `to` in a file.
    pub fn edit(&self, file: &str, from: &str, to: &str) -> &Fixture {
        let text = self.read(file);
        assert!(text.contains(from), "{file} does not contain {from:?}");
        self.write(file, &text.replacen(from, to, 1))
    }

    /// Writes a file (creating its folder).
    pub fn write(&self, file: &str, text: &str) -> &Fixture {
        self.write_bytes(file, text.as_bytes())
    }

    /// Writes a file's bytes (creating its folder).
    pub fn write_bytes(&self, file: &str, bytes: &[u8]) -> &Fixture {
        let path = self.dir.join(file);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, bytes).unwrap();
        self
    }

    /// Adds text at the end of a file.
    pub fn append(&self, file: &str, text: &str) -> &Fixture {
        let old = self.read(file);
        self.write(file, &format!("{old}{text}"))
    }

    /// Removes a file or a folder.
    pub fn remove(&self, file: &str) -> &Fixture {
        let path = self.dir.join(file);
        if path.is_dir() {
            std::fs::remove_dir_all(path).unwrap();
        } else {
            std::fs::remove_file(path).unwrap();
        }
        self
    }

    /// A file's text.
    pub fn read(&self, file: &str) -> String {
        std::fs::read_to_string(self.dir.join(file)).unwrap()
    }

    /// The names of the files in a folder of the data directory, sorted.
    pub fn list(&self, folder: &str) -> Vec<String> {
        let mut names: Vec<String> = std::fs::read_dir(self.dir.join(folder))
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        names
    }

    /// Copies a snapshot folder as another snapshot with its own id and as-of date.
    pub fn copy_snapshot(&self, from: &str, to: &str, as_of: &str) -> &Fixture {
        let folder = |id: &str| self.dir.join("snapshots").join(id);
        copy_dir(&folder(from), &folder(to));
        let meta = format!("snapshots/{to}/snapshot.toml");
        let text = self.read(&meta);
        let old_as_of = text
            .lines()
            .find_map(|l| l.strip_prefix("as_of = "))
            .unwrap()
            .to_string();
        self.edit(
            &meta,
            &format!("id = \"{from}\""),
            &format!("id = \"{to}\""),
        )
        .edit(
            &meta,
            &format!("as_of = {old_as_of}"),
            &format!("as_of = \"{as_of}\""),
        )
    }

    /// Publishes a snapshot with the tool's own command.
    pub fn publish(&self, id: &str) -> &Fixture {
        data_tool::commands::publish(&self.dir, id).unwrap();
        self
    }

    /// Starts a snapshot with the tool's own command (`new-snapshot`).
    pub fn new_snapshot(&self, id: &str) -> &Fixture {
        data_tool::commands::new_snapshot(&self.dir, id, None).unwrap();
        self
    }

    /// The problems `validate` reports, with paths relative to the data directory.
    pub fn problems(&self) -> Vec<String> {
        self.problems_in(Lang::En)
    }

    /// The problems `validate` reports in a language, with paths relative to the data directory.
    pub fn problems_in(&self, lang: Lang) -> Vec<String> {
        match Project::load(&self.dir) {
            Ok(_) => Vec::new(),
            Err(ToolError::Invalid(problems)) => problems
                .iter()
                .map(|p| {
                    p.render(lang)
                        .replace(&format!("{}/", self.dir.display()), "")
                })
                .collect(),
            Err(other) => panic!("unexpected error: {other}"),
        }
    }

    /// Exactly this one problem is reported.
    pub fn assert_only(&self, expected: &str) {
        assert_eq!(self.problems(), vec![expected.to_string()]);
    }

    /// Exactly these problems are reported, in this order.
    pub fn assert_exactly(&self, expected: &[&str]) {
        assert_eq!(self.problems(), expected);
    }

    /// The problem is reported (among the follow-on problems a broken id causes elsewhere).
    pub fn assert_reports(&self, expected: &str) {
        let problems = self.problems();
        assert!(
            problems.iter().any(|p| p == expected),
            "{expected:?} not in {problems:?}"
        );
    }

    /// Nothing is reported.
    pub fn assert_valid(&self) {
        assert_eq!(self.problems(), Vec::<String>::new());
    }
}

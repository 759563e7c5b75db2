//! `data-tool preview`: the site rendered with a draft as the latest snapshot from the built app
//! files, served on 127.0.0.1, every page (built, or rendered by the app in the browser from the
//! fallback page) marked as a draft in both languages; `data/published*` untouched.

mod common;

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::Path;
use std::process::{Command, Stdio};

/// trunk's page as the preview finds it in dist/ (the app's loader, styles, the empty root).
const TEMPLATE: &str = "<!DOCTYPE html><html lang=\"az\"><head><title>x</title><meta name=\"description\" content=\"y\"><script type=\"module\">/* loader */</script></head><body><div id=\"boot-status\"></div><div id=\"app\"></div></body></html>";

fn get(address: &str, path: &str) -> (String, String) {
    let mut stream = TcpStream::connect(address).unwrap();
    write!(
        stream,
        "GET {path} HTTP/1.1\r\nHost: {address}\r\nConnection: close\r\n\r\n"
    )
    .unwrap();
    let mut answer = String::new();
    stream.read_to_string(&mut answer).unwrap();
    let (head, body) = answer.split_once("\r\n\r\n").unwrap();
    (head.to_string(), body.to_string())
}

/// A child process killed when dropped.
struct KillOnDrop(std::process::Child);

impl Drop for KillOnDrop {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn files_of(dir: &Path) -> Vec<(String, Vec<u8>)> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            out.extend(files_of(&path));
        } else {
            out.push((path.display().to_string(), std::fs::read(&path).unwrap()));
        }
    }
    out.sort();
    out
}

#[test]
fn a_draft_is_served_with_the_banner_in_both_languages() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("data");
    common::copy_dir(&root.join("data"), &data);
    data_tool::commands::new_snapshot(&data, "2026-Q4", None).unwrap();
    let published_before = (
        files_of(&data.join("published")),
        std::fs::read(data.join("published.lock")).unwrap(),
    );

    let dist = tmp.path().join("dist");
    std::fs::create_dir_all(dist.join("az")).unwrap();
    std::fs::write(dist.join("index.html"), TEMPLATE).unwrap();
    std::fs::write(dist.join("strategy-site-0123456789abcdef.js"), "/* app */").unwrap();
    std::fs::write(dist.join("strategy-site-0123456789abcdef.js.br"), "stale").unwrap();
    std::fs::write(dist.join("az/index.html"), "an old page").unwrap();

    let out = tmp.path().join("preview");
    let mut child = Command::new(env!("CARGO_BIN_EXE_data-tool"))
        .arg("--data")
        .arg(&data)
        .args([
            "--lang",
            "az",
            "preview",
            "2026-Q4",
            "--listen",
            "127.0.0.1:0",
            "--dist",
        ])
        .arg(&dist)
        .arg("--out")
        .arg(&out)
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
    // Stopped however the test ends (a failed assertion would otherwise leave it serving).
    let child = KillOnDrop(child);
    let started = lines
        .by_ref()
        .map(Result::unwrap)
        .find(|l| l.contains("qaralamasına ilkin baxış"))
        .unwrap();
    let address = started
        .split("http://")
        .nth(1)
        .and_then(|rest| rest.split('/').next())
        .unwrap()
        .to_string();

    let (head, az) = get(&address, "/az/");
    assert!(head.starts_with("HTTP/1.1 200"), "{head}");
    assert!(
        az.contains("class=\"notice notice-draft\">Qaralama — dərc olunmayıb"),
        "{az}"
    );
    assert!(az.contains("<meta name=\"draft-preview\" content=\"2026-Q4\">"));
    let (_, en) = get(&address, "/en/measures/8.1.1.1/");
    assert!(en.contains("class=\"notice notice-draft\">Draft — not published"));
    // A path with no page gets its language's not-found page, drafted too (the app, when it
    // renders such a path, reads the draft marker from it).
    let (head, not_found) = get(&address, "/en/no-such-page");
    assert!(head.starts_with("HTTP/1.1 404"), "{head}");
    assert!(not_found.contains("<meta name=\"draft-preview\" content=\"2026-Q4\">"));
    assert!(not_found.contains("Draft — not published"), "{not_found}");
    // Outside the languages, the fallback page, drafted as well.
    let (head, fallback) = get(&address, "/nowhere");
    assert!(head.starts_with("HTTP/1.1 200"), "{head}");
    assert!(fallback.contains("<meta name=\"draft-preview\" content=\"2026-Q4\">"));
    let (head, _) = get(&address, "/strategy-site-0123456789abcdef.js");
    assert!(head.contains("Content-Type: text/javascript"), "{head}");
    let (head, _) = get(&address, "/data/index.json");
    assert!(head.starts_with("HTTP/1.1 200"), "{head}");
    let manifest = std::fs::read_to_string(out.join("data/index.json")).unwrap();
    assert!(manifest.contains("\"latest\":\"2026-Q4\""), "{manifest}");
    assert!(!out.join("strategy-site-0123456789abcdef.js.br").exists());

    drop(child);
    let published_after = (
        files_of(&data.join("published")),
        std::fs::read(data.join("published.lock")).unwrap(),
    );
    assert_eq!(published_before, published_after);
}

#[test]
fn a_preview_only_listens_on_this_computer() {
    let output = Command::new(env!("CARGO_BIN_EXE_data-tool"))
        .args(["preview", "2026-Q4", "--listen", "0.0.0.0:8090"])
        .output()
        .unwrap();
    assert!(!output.status.success());
    assert_eq!(
        String::from_utf8_lossy(&output.stderr),
        "--listen 0.0.0.0:8090: a draft is previewed on this computer only: use 127.0.0.1 (e.g. 127.0.0.1:8090)\n"
    );
}

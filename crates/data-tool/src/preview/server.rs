//! A small static server for the preview, on 127.0.0.1 only: `GET` and `HEAD`, a built page for
//! each route (`/az/measures/` → `az/measures/index.html`), the app page for routes without one
//! (as the real host's single-page fallback), a language's not-found page for a path below it
//! with no page (`model::site_files`), `404.html` for a missing file. One thread per
//! connection; each answer closes its connection.

use model::site_files::{not_found_page_for, NOT_FOUND_FILE, PAGE_FILE};
use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Component, Path, PathBuf};

/// The content type of a file, by its extension.
fn content_type(path: &Path) -> &'static str {
    match path
        .extension()
        .and_then(|e| e.to_str())
        .unwrap_or_default()
    {
        "html" => "text/html; charset=utf-8",
        "js" | "mjs" => "text/javascript; charset=utf-8",
        "wasm" => "application/wasm",
        "css" => "text/css; charset=utf-8",
        "json" => "application/json",
        "csv" => "text/csv; charset=utf-8",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "xml" => "application/xml",
        "txt" | "" => "text/plain; charset=utf-8",
        _ => "application/octet-stream",
    }
}

/// The file that answers a request path, and its status.
pub fn resolve(root: &Path, request_path: &str) -> (u16, PathBuf) {
    let path = request_path.split(['?', '#']).next().unwrap_or("/");
    let relative: PathBuf = Path::new(path.trim_start_matches('/'))
        .components()
        .filter(|c| matches!(c, Component::Normal(_)))
        .collect();
    let candidate = root.join(&relative);
    if candidate.is_file() {
        return (200, candidate);
    }
    if candidate.join(PAGE_FILE).is_file() {
        return (200, candidate.join(PAGE_FILE));
    }
    let is_file_name = relative.extension().is_some() || relative.starts_with("data");
    let language_not_found = not_found_page_for(path)
        .map(|page| root.join(page))
        .filter(|page| page.is_file());
    match (is_file_name, language_not_found) {
        (true, _) => (404, root.join(NOT_FOUND_FILE)),
        (false, Some(page)) => (404, page),
        (false, None) => (200, root.join(PAGE_FILE)),
    }
}

fn answer(stream: &mut TcpStream, root: &Path) -> std::io::Result<()> {
    let mut request_line = String::new();
    BufReader::new(&mut *stream).read_line(&mut request_line)?;
    let mut parts = request_line.split_whitespace();
    let (method, path) = (parts.next().unwrap_or(""), parts.next().unwrap_or("/"));
    if method != "GET" && method != "HEAD" {
        let head = "HTTP/1.1 405 Method Not Allowed\r\nAllow: GET, HEAD\r\nContent-Length: 0\r\nConnection: close\r\n\r\n";
        return stream.write_all(head.as_bytes());
    }
    let (status, file) = resolve(root, path);
    let body = std::fs::read(&file).unwrap_or_default();
    let reason = if status == 200 { "OK" } else { "Not Found" };
    let head = format!(
        "HTTP/1.1 {status} {reason}\r\nContent-Type: {}\r\nContent-Length: {}\r\nCache-Control: no-cache\r\nConnection: close\r\n\r\n",
        content_type(&file),
        body.len()
    );
    stream.write_all(head.as_bytes())?;
    if method == "GET" {
        stream.write_all(&body)?;
    }
    stream.flush()
}

/// Serves `root` on `listener` until the process ends.
pub fn serve(listener: TcpListener, root: PathBuf) {
    for stream in listener.incoming().flatten() {
        let root = root.clone();
        std::thread::spawn(move || {
            let mut stream = stream;
            let _ = answer(&mut stream, &root);
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn routes_files_and_the_fallback() {
        let tmp = std::env::temp_dir().join(format!("preview-resolve-{}", std::process::id()));
        std::fs::create_dir_all(tmp.join("az/measures")).unwrap();
        for file in [
            "index.html",
            "404.html",
            "app.wasm",
            "az/measures/index.html",
        ] {
            std::fs::write(tmp.join(file), "x").unwrap();
        }
        assert_eq!(
            resolve(&tmp, "/az/measures/?q=ikt"),
            (200, tmp.join("az/measures/index.html"))
        );
        assert_eq!(resolve(&tmp, "/app.wasm"), (200, tmp.join("app.wasm")));
        assert_eq!(
            resolve(&tmp, "/az/measures/8.9.9.9"),
            (404, tmp.join("404.html"))
        );
        assert_eq!(resolve(&tmp, "/az/changes"), (200, tmp.join("index.html")));
        // With its language's not-found page built, a path below the language gets it.
        std::fs::create_dir_all(tmp.join("en")).unwrap();
        std::fs::write(tmp.join("en/404.html"), "x").unwrap();
        assert_eq!(
            resolve(&tmp, "/en/no-such-page"),
            (404, tmp.join("en/404.html"))
        );
        assert_eq!(resolve(&tmp, "/nowhere"), (200, tmp.join("index.html")));
        // `..` never leaves the folder.
        assert_eq!(
            resolve(&tmp, "/../../etc/passwd"),
            (200, tmp.join("index.html"))
        );
        assert_eq!(content_type(Path::new("a.wasm")), "application/wasm");
        std::fs::remove_dir_all(tmp).unwrap();
    }
}

//! `serve` mode's static site: the built files (precompressed `.br`/`.gz` when the browser takes
//! them), long caching for content-hashed names (everything else, `/sw.js` the service worker
//! included, is `no-cache`: revalidated on every use), and the single-page fallback so every deep link
//! and every reload of one gets `index.html`; a path below a language with no page gets that
//! language's not-found page, status 404 (`model::site_files`). Only routes get the fallback: a missing file (a
//! content-hashed name, anything under `/data/`, any name with a file extension) is a 404 that
//! no cache keeps.

use axum::body::Body;
use axum::http::{header, HeaderValue, Request, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Router;
use model::site_files::{not_found_page_for, NOT_FOUND_FILE, PAGE_FILE};
use std::path::{Path, PathBuf};
use tower::ServiceExt;
use tower_http::services::{ServeDir, ServeFile};

/// Extensions of files the site serves; a path ending in one names a file, never a route.
const FILE_EXTENSIONS: [&str; 21] = [
    "html", "js", "mjs", "wasm", "css", "json", "csv", "svg", "png", "jpg", "jpeg", "gif", "webp",
    "ico", "txt", "xml", "map", "woff", "woff2", "br", "gz",
];

/// Cache header of files whose name holds their content hash.
const FOREVER: &str = "public, max-age=31536000, immutable";

/// Lengths of a content hash in a file name. The data tool writes 16 hex digits; trunk writes a
/// 64-bit hash without leading zeros, so one build in sixteen has 15 digits, one in 256 has 14.
const HASH_DIGITS: std::ops::RangeInclusive<usize> = 12..=16;

/// True for file names with a content hash (cacheable forever).
pub fn is_hashed(path: &str) -> bool {
    let name = path.rsplit('/').next().unwrap_or(path);
    name.split(['.', '-', '_']).any(|part| {
        HASH_DIGITS.contains(&part.len()) && part.bytes().all(|b| b.is_ascii_hexdigit())
    })
}

/// The prerendered page of a route, when there is one (never outside `root`).
pub fn prerendered(root: &std::path::Path, path: &str) -> Option<PathBuf> {
    let relative = path.trim_start_matches('/').trim_end_matches('/');
    if relative.is_empty()
        || relative
            .split('/')
            .any(|part| part.is_empty() || part == "." || part == ".." || part.contains('\\'))
    {
        return None;
    }
    let candidate = root.join(relative).join(PAGE_FILE);
    candidate.is_file().then_some(candidate)
}

/// True when a path names a file rather than a page of the app (so no fallback page for it).
pub fn names_a_file(path: &str) -> bool {
    let name = path.rsplit('/').next().unwrap_or(path);
    let extension = name.rsplit_once('.').map(|(_, e)| e.to_ascii_lowercase());
    path.starts_with("/data/")
        || is_hashed(path)
        || extension.is_some_and(|e| FILE_EXTENSIONS.contains(&e.as_str()))
}

async fn serve_file(file: PathBuf, request: Request<Body>) -> Response {
    match ServeFile::new(file)
        .precompressed_br()
        .precompressed_gzip()
        .oneshot(request)
        .await
    {
        Ok(r) => r.into_response(),
        Err(_) => StatusCode::INTERNAL_SERVER_ERROR.into_response(),
    }
}

/// The site's not-found page `page` (relative to `root`) when it has one, with status 404.
async fn not_found(root: &Path, page: &str, request: Request<Body>) -> Response {
    let page = root.join(page);
    if !page.is_file() {
        return StatusCode::NOT_FOUND.into_response();
    }
    let mut response = serve_file(page, request).await;
    *response.status_mut() = StatusCode::NOT_FOUND;
    response
}

/// Answers one request for the site in `root`.
async fn answer(root: PathBuf, files: ServeDir, request: Request<Body>) -> Response {
    let path = request.uri().path().to_string();
    // A prerendered route (dist/az/measures/8.1.1.1/index.html) is served for its path as is.
    if let Some(page) = prerendered(&root, &path) {
        let mut response = serve_file(page, request).await;
        response
            .headers_mut()
            .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-cache"));
        return response;
    }
    let (parts, body) = request.into_parts();
    let probe = Request::from_parts(parts.clone(), Body::empty());
    let mut response = match files.oneshot(probe).await {
        Ok(r) if r.status() != StatusCode::NOT_FOUND => r.into_response(),
        _ if names_a_file(&path) => {
            not_found(&root, NOT_FOUND_FILE, Request::from_parts(parts, body)).await
        }
        // A path below a language with no page: that language's not-found page (whose script
        // starts the app when newer data may have the page).
        _ => match not_found_page_for(&path).filter(|page| root.join(page).is_file()) {
            Some(page) => not_found(&root, &page, Request::from_parts(parts, body)).await,
            None => serve_file(root.join(PAGE_FILE), Request::from_parts(parts, body)).await,
        },
    };
    let status = response.status();
    let cache = if is_hashed(&path) && (status.is_success() || status == StatusCode::NOT_MODIFIED) {
        FOREVER
    } else {
        "no-cache"
    };
    response
        .headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static(cache));
    response
}

/// The router serving the built site in `dir`.
pub fn site_router(dir: PathBuf) -> Router {
    let files = ServeDir::new(&dir).precompressed_br().precompressed_gzip();
    Router::new()
        .fallback(move |request: Request<Body>| answer(dir.clone(), files.clone(), request))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prerendered_pages_stay_inside_the_site() {
        let root = std::env::temp_dir().join(format!("site-test-{}", std::process::id()));
        std::fs::create_dir_all(root.join("az/measures/8.1.1.1")).unwrap();
        std::fs::write(root.join("az/measures/8.1.1.1/index.html"), "x").unwrap();
        assert!(prerendered(&root, "/az/measures/8.1.1.1").is_some());
        assert!(prerendered(&root, "/az/measures/8.1.1.1/").is_some());
        assert!(prerendered(&root, "/az/measures/9.9").is_none());
        assert!(prerendered(&root, "/az/../az/measures/8.1.1.1").is_none());
        assert!(prerendered(&root, "/").is_none());
        std::fs::remove_dir_all(&root).unwrap();
    }

    #[test]
    fn hashed_names_are_recognised() {
        assert!(is_hashed("/strategy-site-901e518a4d84d78d_bg.wasm"));
        assert!(is_hashed("/data/strategy.019a3d3242ad66ee.json"));
        assert!(is_hashed("/data/snapshots/2026-Q3.be2a9ec267a4343c.json"));
        // trunk drops a hash's leading zeros.
        assert!(is_hashed("/strategy-site-1e518a4d84d78d_bg.wasm"));
        assert!(is_hashed("/style-e518a4d84d78d.css"));
        assert!(!is_hashed("/data/strategy.019a3d3242ad66ee0.json"));
        assert!(!is_hashed("/data/index.json"));
        assert!(!is_hashed("/az/measures/8.1.1.1"));
        assert!(!is_hashed("/echarts.js"));
        // The service worker must be checked for updates on every visit (README, Deploying).
        assert!(!is_hashed("/sw.js"));
    }

    #[test]
    fn only_routes_get_the_fallback_page() {
        for file in [
            "/style-0123456789abcdef.css",
            "/strategy-site-901e518a4d84d78d_bg.wasm",
            "/data/index.json",
            "/data/anything",
            "/echarts.js",
            "/robots.txt",
            "/favicon.SVG",
        ] {
            assert!(names_a_file(file), "{file}");
        }
        for route in [
            "/",
            "/az/measures",
            "/az/measures/8.1.1.1",
            "/en/indicators/4.1.5",
            "/az/nowhere",
        ] {
            assert!(!names_a_file(route), "{route}");
        }
    }
}

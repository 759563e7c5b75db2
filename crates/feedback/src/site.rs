//! `serve` mode's static site: the built files (precompressed `.br`/`.gz` when the browser takes
//! them), long caching for content-hashed names, and the single-page fallback so every deep link
//! and every reload of one gets `index.html`. Missing data files stay real 404s.

use axum::body::Body;
use axum::http::{header, HeaderValue, Request, StatusCode};
use axum::response::IntoResponse;
use axum::Router;
use std::path::PathBuf;
use tower::ServiceExt;
use tower_http::services::{ServeDir, ServeFile};

/// True for file names with a 16-hex-digit content hash (cacheable forever).
pub fn is_hashed(path: &str) -> bool {
    let name = path.rsplit('/').next().unwrap_or(path);
    name.split(['.', '-', '_'])
        .any(|part| part.len() == 16 && part.bytes().all(|b| b.is_ascii_hexdigit()))
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
    let candidate = root.join(relative).join("index.html");
    candidate.is_file().then_some(candidate)
}

/// The router serving the built site in `dir`.
pub fn site_router(dir: PathBuf) -> Router {
    let index = dir.join("index.html");
    let root = dir.clone();
    let files = ServeDir::new(&dir).precompressed_br().precompressed_gzip();
    let spa = ServeFile::new(index)
        .precompressed_br()
        .precompressed_gzip();
    Router::new().fallback(move |request: Request<Body>| {
        let files = files.clone();
        let spa = spa.clone();
        let root = root.clone();
        async move {
            let path = request.uri().path().to_string();
            // A prerendered route (dist/az/measures/8.1.1.1/index.html) is served for its path as is.
            if let Some(page) = prerendered(&root, &path) {
                let mut response = match ServeFile::new(page)
                    .precompressed_br()
                    .precompressed_gzip()
                    .oneshot(request)
                    .await
                {
                    Ok(r) => r.into_response(),
                    Err(_) => StatusCode::INTERNAL_SERVER_ERROR.into_response(),
                };
                response
                    .headers_mut()
                    .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-cache"));
                return response;
            }
            let looks_like_asset =
                path.starts_with("/data/") || path.ends_with(".wasm") || path.ends_with(".js");
            let (parts, body) = request.into_parts();
            let probe = Request::from_parts(parts.clone(), Body::empty());
            let mut response = match files.oneshot(probe).await {
                Ok(r) if r.status() != StatusCode::NOT_FOUND => r.into_response(),
                _ if looks_like_asset => StatusCode::NOT_FOUND.into_response(),
                _ => match spa.oneshot(Request::from_parts(parts, body)).await {
                    Ok(r) => r.into_response(),
                    Err(_) => StatusCode::INTERNAL_SERVER_ERROR.into_response(),
                },
            };
            let cache = if is_hashed(&path) {
                "public, max-age=31536000, immutable"
            } else {
                "no-cache"
            };
            response
                .headers_mut()
                .insert(header::CACHE_CONTROL, HeaderValue::from_static(cache));
            response
        }
    })
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
        assert!(!is_hashed("/data/index.json"));
        assert!(!is_hashed("/az/measures/8.1.1.1"));
        assert!(!is_hashed("/echarts.js"));
    }
}

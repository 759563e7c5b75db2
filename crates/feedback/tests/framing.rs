//! Embeds may be framed: in serve mode the pages under `/{lang}/embed/` answer with
//! `Content-Security-Policy: frame-ancestors *` and no `X-Frame-Options`, and every other
//! response (pages, files, the API) with `frame-ancestors 'none'` and `X-Frame-Options: DENY`.

mod support;

use axum::body::Body;
use axum::http::{Request, StatusCode};
use feedback::Config;
use support::{Db, Service};

const PAGE: &str = "<!DOCTYPE html><html lang=\"az\"><head><script type=\"module\">\nimport init from '/strategy-site-0123456789abcdef.js';\n</script></head><body><div id=\"app\">x</div></body></html>";

#[tokio::test]
async fn only_the_embeds_may_be_framed_by_other_sites() {
    let site = support::published_data(false); // a temporary folder, removed on drop
    for page in [
        "index.html",
        "az/embed/indicators/4.1.5/index.html",
        "az/indicators/4.1.5/index.html",
    ] {
        let path = site.0.join(page);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, PAGE).unwrap();
    }
    std::fs::create_dir_all(site.0.join("data")).unwrap();
    support::write_manifest(&site.0.join("data"), false);
    let config = Config {
        site_dir: Some(site.0.clone()),
        ..Config::default()
    };
    let service = Service::start(Db::Sqlite, config).await;
    let get = |path: &'static str| {
        let service = &service;
        async move {
            let request = Request::builder().uri(path).body(Body::empty()).unwrap();
            service.send_unchecked(request).await
        }
    };
    let frame_ancestors = |answer: &support::Answer| {
        let csp = answer.headers["content-security-policy"]
            .to_str()
            .unwrap()
            .to_string();
        csp.split("; ")
            .find(|d| d.starts_with("frame-ancestors"))
            .unwrap_or_else(|| panic!("no frame-ancestors in {csp}"))
            .to_string()
    };
    for embed in ["/az/embed/indicators/4.1.5", "/en/embed/indicators/4.1.5"] {
        let answer = get(embed).await;
        assert_eq!(answer.status, StatusCode::OK, "{embed}");
        assert_eq!(frame_ancestors(&answer), "frame-ancestors *", "{embed}");
        assert!(answer.headers.get("x-frame-options").is_none(), "{embed}");
    }
    for other in [
        "/az/indicators/4.1.5",
        "/",
        "/az/embed",
        "/api/health",
        "/api/feedback/summary",
    ] {
        let answer = get(other).await;
        assert_eq!(
            frame_ancestors(&answer),
            "frame-ancestors 'none'",
            "{other}"
        );
        assert_eq!(answer.headers["x-frame-options"], "DENY", "{other}");
    }
}

//! The service hardened: a panicking handler answers 500 and the service lives on; control
//! characters never reach the database; a bad path id is a JSON 404; expired and revoked tokens
//! are refused and the name renewed; the topics follow the published manifest; the site answers
//! 404 for missing files (never the app page, never cached for a year); the security headers
//! (CSP with script hashes, connect-src from the pages, HSTS) follow the built pages.

mod support;

use axum::body::Body;
use axum::http::{Method, Request, StatusCode};
use axum::routing::get;
use axum::Router;
use feedback::topics::Topics;
use feedback::Config;
use serde_json::json;
use std::path::Path;
use std::time::{Duration, Instant};
use support::{on_both_databases, submission, Db, Service};

on_both_databases!(
    control_characters_are_refused_before_the_database,
    a_path_id_that_is_not_a_number_is_a_json_404,
    expired_and_revoked_tokens_are_refused_and_the_name_renewed,
);

async fn control_characters_are_refused_before_the_database(db: Db) {
    let service = Service::new(db).await;
    let answer = service
        .post_json("/api/feedback", &submission("8.1.1.1", "bir\u{0}iki"), &[])
        .await;
    assert_eq!(answer.status, StatusCode::BAD_REQUEST, "{}", answer.text);
    assert_eq!(
        answer.field_errors(),
        vec![("message".to_string(), "invalid".to_string())]
    );
    let fine = service
        .post_json("/api/feedback", &submission("8.1.1.1", "bir\n\tiki"), &[])
        .await;
    assert_eq!(fine.status, StatusCode::CREATED, "{}", fine.text);
}

async fn a_path_id_that_is_not_a_number_is_a_json_404(db: Db) {
    let service = Service::new(db).await;
    let token = service.token("aysel").await;
    let request = Request::builder()
        .method(Method::PUT)
        .uri("/api/admin/feedback/abc/status")
        .header("content-type", "application/json")
        .header("authorization", format!("Bearer {token}"))
        .body(Body::from(
            json!({ "status": "read", "version": 1 }).to_string(),
        ))
        .unwrap();
    let answer = service.send(request).await;
    assert_eq!(answer.status, StatusCode::NOT_FOUND);
    assert_eq!(answer.json.unwrap()["error"], "not_found");
}

async fn expired_and_revoked_tokens_are_refused_and_the_name_renewed(db: Db) {
    let service = Service::new(db).await;
    let store = &service.state.store;
    let expired = feedback::auth::new_token();
    let now = feedback::clock::now();
    store
        .add_token(
            "aysel",
            &feedback::auth::token_hash(&expired),
            Some(now - 1),
        )
        .await
        .unwrap();
    let answer = service.get("/api/admin/export", Some(&expired)).await;
    assert_eq!(answer.status, StatusCode::UNAUTHORIZED, "an expired token");
    let renewed = feedback::auth::new_token();
    store
        .add_token(
            "aysel",
            &feedback::auth::token_hash(&renewed),
            Some(now + 3600),
        )
        .await
        .unwrap();
    assert_eq!(
        service
            .get("/api/admin/export", Some(&renewed))
            .await
            .status,
        StatusCode::OK
    );
    assert!(store.revoke_token("aysel").await.unwrap());
    assert_eq!(
        service
            .get("/api/admin/export", Some(&renewed))
            .await
            .status,
        StatusCode::UNAUTHORIZED,
        "a revoked token"
    );
    let again = service.token("aysel").await;
    assert_eq!(
        service.get("/api/admin/export", Some(&again)).await.status,
        StatusCode::OK,
        "the name is given a new token after revocation"
    );
}

#[tokio::test]
async fn a_panicking_handler_answers_500_and_the_service_lives_on() {
    let service = Service::new(Db::Sqlite).await;
    let routes = Router::new()
        .route(
            "/api/panic",
            get(|| async {
                if std::hint::black_box(true) {
                    panic!("a bug in a handler");
                }
                "unreachable"
            }),
        )
        .merge(Router::new().route("/api/ok", get(|| async { "ok" })));
    let app = feedback::app::with_layers(routes, &service.state);
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let address = listener.local_addr().unwrap();
    let server = tokio::spawn(async move { axum::serve(listener, app).await });
    for _ in 0..3 {
        let answer = reqwest::get(format!("http://{address}/api/panic"))
            .await
            .unwrap();
        assert_eq!(answer.status(), 500);
        assert!(answer.headers().contains_key("x-request-id"));
        let body: model::feedback::ErrorBody = answer.json().await.unwrap();
        assert_eq!(body.error, model::feedback::ErrorKind::Internal);
        let ok = reqwest::get(format!("http://{address}/api/ok"))
            .await
            .unwrap();
        assert_eq!(ok.status(), 200, "the service still answers");
    }
    assert!(!server.is_finished());
    server.abort();
}

/// Waits (10 s at most) until `check` holds.
async fn eventually(what: &str, mut check: impl AsyncFnMut() -> bool) {
    let started = Instant::now();
    while !check().await {
        assert!(
            started.elapsed() < Duration::from_secs(10),
            "{what} never happened"
        );
        tokio::time::sleep(Duration::from_millis(25)).await;
    }
}

#[tokio::test]
async fn the_topics_follow_the_published_manifest_without_a_restart() {
    let data = support::published_data(false);
    let topics = Topics::follow(&data.0, Duration::from_millis(25)).unwrap();
    let service = Service::start_with(Db::Sqlite, topics, support_config()).await;
    let measure = service
        .post_json("/api/feedback", &submission("8.1.1.1", "Salam"), &[])
        .await;
    assert_eq!(measure.status, StatusCode::BAD_REQUEST, "not published yet");
    assert_eq!(
        service
            .post_json("/api/feedback", &submission("general", "Salam"), &[])
            .await
            .status,
        StatusCode::CREATED
    );
    support::write_manifest(&data.0, true);
    eventually("the new topics", async || {
        service.state.topics.current().contains("8.1.1.1")
    })
    .await;
    let measure = service
        .post_json("/api/feedback", &submission("8.1.1.1", "Salam"), &[])
        .await;
    assert_eq!(measure.status, StatusCode::CREATED, "{}", measure.text);
    std::fs::write(data.0.join("index.json"), "{ half written").unwrap();
    tokio::time::sleep(Duration::from_millis(200)).await;
    assert!(
        service.state.topics.current().contains("8.1.1.1"),
        "a broken manifest keeps the last good topics"
    );
}

fn support_config() -> Config {
    Config {
        rate_limit: feedback::rate_limit::RateLimit {
            burst: 1000.0,
            per_minute: 60000.0,
        },
        reload_every: Duration::from_millis(25),
        ..Config::default()
    }
}

const LOADER: &str = "\nimport init from '/strategy-site-0123456789abcdef.js';\nawait init();\n";

fn page(loader: &str) -> String {
    format!(
        "<!DOCTYPE html><html lang=\"az\"><head><meta name=\"data-base-url\" content=\"https://cdn.example/data/\"><meta name=\"feedback-api-url\" content=\"/api/feedback\">\
         <script type=\"module\">{loader}</script></head><body><div id=\"app\">page</div>\
         <script type=\"application/json\" id=\"build-record\">{{}}</script></body></html>"
    )
}

fn built_site(dir: &Path) {
    std::fs::create_dir_all(dir.join("az/measures/8.1.1.1")).unwrap();
    std::fs::create_dir_all(dir.join("data")).unwrap();
    std::fs::write(dir.join("index.html"), page(LOADER)).unwrap();
    std::fs::write(dir.join("az/measures/8.1.1.1/index.html"), page(LOADER)).unwrap();
    std::fs::write(dir.join("404.html"), "<!DOCTYPE html><title>404</title>").unwrap();
    // English has its not-found page built; Azerbaijani, here, not (the root page answers).
    std::fs::create_dir_all(dir.join("en")).unwrap();
    std::fs::write(
        dir.join("en/404.html"),
        "<!DOCTYPE html><title>en 404</title>",
    )
    .unwrap();
    std::fs::write(dir.join("style-0123456789abcdef.css"), "body{}").unwrap();
    support::write_manifest(&dir.join("data"), false);
}

fn script_hash(text: &str) -> String {
    use base64::Engine;
    use sha2::Digest;
    let digest = sha2::Sha256::digest(text.as_bytes());
    format!(
        "'sha256-{}'",
        base64::engine::general_purpose::STANDARD.encode(digest)
    )
}

async fn site_get(service: &Service, path: &str) -> support::Answer {
    let request = Request::builder().uri(path).body(Body::empty()).unwrap();
    service.send_unchecked(request).await
}

#[tokio::test]
async fn only_routes_get_the_app_page_and_missing_files_are_404s_nobody_caches() {
    let site = support::published_data(false); // a temporary folder
    built_site(&site.0);
    let config = Config {
        site_dir: Some(site.0.clone()),
        ..support_config()
    };
    let service = Service::start(Db::Sqlite, config).await;
    let cache = |answer: &support::Answer| answer.headers["cache-control"].clone();
    let css = site_get(&service, "/style-0123456789abcdef.css").await;
    assert_eq!(css.status, StatusCode::OK);
    assert_eq!(cache(&css), "public, max-age=31536000, immutable");
    for missing in [
        "/style-ffffffffffffffff.css",
        "/strategy-site-aaaaaaaaaaaaaaaa_bg.wasm",
        "/data/strategy.aaaaaaaaaaaaaaaa.json",
        "/echarts.js",
    ] {
        let answer = site_get(&service, missing).await;
        assert_eq!(answer.status, StatusCode::NOT_FOUND, "{missing}");
        assert_eq!(cache(&answer), "no-cache", "{missing}");
        assert!(
            !answer.text.contains("id=\"app\""),
            "{missing}: not the app page"
        );
    }
    for route in ["/az/measures/9.9.9", "/nowhere/deep", "/"] {
        let answer = site_get(&service, route).await;
        assert_eq!(answer.status, StatusCode::OK, "{route}");
        assert!(answer.text.contains("id=\"app\""), "{route}");
        assert_eq!(cache(&answer), "no-cache", "{route}");
    }
    // A path below a language with its not-found page built gets that page, status 404.
    for route in ["/en/indicators", "/en/no/such/page"] {
        let answer = site_get(&service, route).await;
        assert_eq!(answer.status, StatusCode::NOT_FOUND, "{route}");
        assert!(answer.text.contains("en 404"), "{route}");
        assert_eq!(cache(&answer), "no-cache", "{route}");
    }
}

#[tokio::test]
async fn the_security_policy_follows_the_built_pages() {
    let site = support::published_data(false);
    built_site(&site.0);
    let config = Config {
        site_dir: Some(site.0.clone()),
        hsts: true,
        connect_origins: vec!["https://api.example".into()],
        ..support_config()
    };
    let service = Service::start(Db::Sqlite, config).await;
    let answer = site_get(&service, "/az/measures/8.1.1.1").await;
    let csp = answer.headers["content-security-policy"]
        .to_str()
        .unwrap()
        .to_string();
    let script_src = csp
        .split("; ")
        .find(|d| d.starts_with("script-src"))
        .unwrap();
    assert!(!script_src.contains("'unsafe-inline'"), "{csp}");
    assert!(script_src.contains(&script_hash(LOADER)), "{csp}");
    assert!(
        csp.contains("connect-src 'self' https://api.example https://cdn.example;"),
        "{csp}"
    );
    assert_eq!(
        answer.headers["strict-transport-security"],
        "max-age=31536000"
    );
    // A rebuilt site brings a new loader: the policy follows without a restart.
    let rebuilt = LOADER.replace("0123456789abcdef", "fedcba9876543210");
    std::fs::write(site.0.join("index.html"), page(&rebuilt)).unwrap();
    eventually("the new policy", async || {
        let answer = site_get(&service, "/").await;
        let csp = answer.headers["content-security-policy"]
            .to_str()
            .unwrap()
            .to_string();
        csp.contains(&script_hash(&rebuilt))
    })
    .await;
}

#[tokio::test]
async fn a_method_a_route_does_not_take_is_a_json_405_naming_the_allowed_ones() {
    let service = Service::new(Db::Sqlite).await;
    for (method, path, allowed) in [
        (Method::GET, "/api/feedback", "POST"),
        (Method::DELETE, "/api/admin/export", "GET"),
        (Method::POST, "/api/health", "GET"),
    ] {
        let request = Request::builder()
            .method(method.clone())
            .uri(path)
            .body(Body::empty())
            .unwrap();
        let answer = service.send_unchecked(request).await;
        assert_eq!(
            answer.status,
            StatusCode::METHOD_NOT_ALLOWED,
            "{method} {path}"
        );
        assert_eq!(answer.json.unwrap()["error"], "method_not_allowed");
        let allow = answer.headers["allow"].to_str().unwrap().to_string();
        assert!(allow.contains(allowed), "{method} {path}: Allow: {allow}");
    }
}

#[tokio::test]
async fn the_api_alone_allows_no_content_and_sends_hsts_only_when_asked() {
    let service = Service::new(Db::Sqlite).await;
    let answer = service.get("/api/health", None).await;
    assert_eq!(
        answer.headers["content-security-policy"],
        feedback::page_policy::API_ONLY_POLICY
    );
    assert!(answer.headers.get("strict-transport-security").is_none());
    assert!(answer.headers.contains_key("x-request-id"));
}

//! Test support: a service on a throwaway SQLite file or PostgreSQL database, requests sent
//! in-process, and every response checked against `openapi.yaml`.
#![allow(dead_code)]

use axum::body::Body;
use axum::http::{Method, Request, StatusCode};
use feedback::rate_limit::RateLimit;
use feedback::reload::Reloading;
use feedback::topics::Topics;
use feedback::{AppState, Config};
use http_body_util::BodyExt;
use serde_json::Value;
use std::sync::OnceLock;
use tower::ServiceExt;

/// Runs each named test body (`async fn name(db: Db)`) on SQLite and on PostgreSQL: a module per
/// name with a `sqlite` and a `postgres` test. (Not every test file uses it.)
#[allow(unused_macros)]
macro_rules! on_both_databases {
    ($($name:ident),* $(,)?) => {
        $(
            mod $name {
                #[tokio::test]
                async fn sqlite() {
                    super::$name(super::Db::Sqlite).await
                }
                #[tokio::test]
                async fn postgres() {
                    super::$name(super::Db::Postgres).await
                }
            }
        )*
    };
}
#[allow(unused_imports)]
pub(crate) use on_both_databases;

/// Which database a test runs on.
#[derive(Clone, Copy, Debug)]
pub enum Db {
    Sqlite,
    Postgres,
}

/// A running service for one test.
pub struct Service {
    pub state: AppState,
    pub router: axum::Router,
    _tmp: Option<tempfile_dir::TempDir>,
}

pub mod tempfile_dir {
    /// A temporary folder removed on drop (std only).
    pub struct TempDir(pub std::path::PathBuf);
    impl Drop for TempDir {
        fn drop(&mut self) {
            let _ = std::fs::remove_dir_all(&self.0);
        }
    }
}

fn unique(prefix: &str) -> String {
    use std::sync::atomic::{AtomicU64, Ordering};
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .subsec_nanos();
    format!(
        "{prefix}_{}_{}_{}",
        std::process::id(),
        nanos,
        COUNTER.fetch_add(1, Ordering::Relaxed)
    )
}

/// The PostgreSQL server for tests (`FEEDBACK_TEST_POSTGRES`, e.g. postgres://postgres@127.0.0.1:55432/postgres).
/// The README's test command starts a throwaway one; without it these tests fail rather than skip.
pub fn postgres_admin_url() -> String {
    std::env::var("FEEDBACK_TEST_POSTGRES").unwrap_or_else(|_| {
        panic!("FEEDBACK_TEST_POSTGRES is not set: run scripts/test.sh, which starts a throwaway PostgreSQL on 127.0.0.1")
    })
}

/// A fresh database of a kind: its URL, and the folder to remove after the test (SQLite).
pub async fn database_url(db: Db) -> (String, Option<tempfile_dir::TempDir>) {
    match db {
        Db::Sqlite => {
            let dir = std::env::temp_dir().join(unique("feedback-test"));
            std::fs::create_dir_all(&dir).unwrap();
            let url = format!("sqlite://{}/feedback.db", dir.display());
            (url, Some(tempfile_dir::TempDir(dir)))
        }
        Db::Postgres => {
            use sqlx::{Connection, Executor};
            let admin = postgres_admin_url();
            sqlx::any::install_default_drivers();
            let name = unique("feedback_test");
            let mut conn = sqlx::AnyConnection::connect(&admin)
                .await
                .expect("connect to the test PostgreSQL");
            conn.execute(format!("CREATE DATABASE {name}").as_str())
                .await
                .unwrap();
            let base = admin
                .rsplit_once('/')
                .map_or(admin.as_str(), |(b, _)| b)
                .to_string();
            (format!("{base}/{name}"), None)
        }
    }
}

/// The topics tests may send feedback about.
pub fn topics() -> Topics {
    Topics::from_ids(["8.1.1.1", "8.2.1.1", "4.1.5"])
}

impl Service {
    /// A service on a fresh database with a config.
    pub async fn start(db: Db, config: Config) -> Service {
        Service::start_with(db, Reloading::fixed(topics()), config).await
    }

    /// A service on a fresh database with its topics and a config.
    pub async fn start_with(
        db: Db,
        topics: std::sync::Arc<Reloading<Topics>>,
        config: Config,
    ) -> Service {
        let (url, tmp) = database_url(db).await;
        let (state, _writer) = feedback::start(&url, topics, config)
            .await
            .expect("the service starts");
        Service {
            router: feedback::router(state.clone()),
            state,
            _tmp: tmp,
        }
    }

    /// A service with generous limits (tests of the limits set their own).
    pub async fn new(db: Db) -> Service {
        Service::start(
            db,
            Config {
                allowed_origins: vec!["https://site.example".into()],
                trusted_proxy_header: Some("x-forwarded-for".into()),
                rate_limit: RateLimit {
                    burst: 1000.0,
                    per_minute: 60000.0,
                },
                ..Config::default()
            },
        )
        .await
    }

    /// Sends a request and returns status, headers and body (JSON when it is JSON).
    pub async fn send(&self, request: Request<Body>) -> Answer {
        let method = request.method().clone();
        let path = request.uri().path().to_string();
        let response = self.router.clone().oneshot(request).await.unwrap();
        let status = response.status();
        let headers = response.headers().clone();
        let bytes = response.into_body().collect().await.unwrap().to_bytes();
        let text = String::from_utf8_lossy(&bytes).to_string();
        let content_type = headers
            .get("content-type")
            .and_then(|v| v.to_str().ok())
            .unwrap_or("")
            .to_string();
        let json = serde_json::from_str(&text).ok();
        check_against_openapi(&method, &path, status, &content_type, json.as_ref());
        Answer {
            status,
            headers,
            text,
            json,
        }
    }

    pub async fn post_json(&self, path: &str, body: &Value, extra: &[(&str, &str)]) -> Answer {
        let mut builder = Request::builder()
            .method(Method::POST)
            .uri(path)
            .header("content-type", "application/json");
        for (k, v) in extra {
            builder = builder.header(*k, *v);
        }
        self.send(builder.body(Body::from(body.to_string())).unwrap())
            .await
    }

    pub async fn get(&self, path: &str, token: Option<&str>) -> Answer {
        let mut builder = Request::builder().method(Method::GET).uri(path);
        if let Some(token) = token {
            builder = builder.header("authorization", format!("Bearer {token}"));
        }
        self.send(builder.body(Body::empty()).unwrap()).await
    }

    /// Sends `method path` with a JSON body (if any) and a moderator token (if any).
    pub async fn call(
        &self,
        method: Method,
        path: &str,
        body: Option<&Value>,
        token: Option<&str>,
    ) -> Answer {
        let mut builder = Request::builder().method(method).uri(path);
        if let Some(token) = token {
            builder = builder.header("authorization", format!("Bearer {token}"));
        }
        let body = match body {
            Some(body) => {
                builder = builder.header("content-type", "application/json");
                Body::from(body.to_string())
            }
            None => Body::empty(),
        };
        self.send(builder.body(body).unwrap()).await
    }

    /// Sends a submission and returns its id.
    pub async fn submit(&self, body: &Value) -> i64 {
        let answer = self.post_json("/api/feedback", body, &[]).await;
        assert_eq!(answer.status, StatusCode::CREATED, "{}", answer.text);
        answer.json.unwrap()["id"].as_i64().unwrap()
    }

    /// Sends a request without checking the answer against openapi.yaml (the site's files).
    pub async fn send_unchecked(&self, request: Request<Body>) -> Answer {
        let response = self.router.clone().oneshot(request).await.unwrap();
        let status = response.status();
        let headers = response.headers().clone();
        let bytes = response.into_body().collect().await.unwrap().to_bytes();
        let text = String::from_utf8_lossy(&bytes).to_string();
        let json = serde_json::from_str(&text).ok();
        Answer {
            status,
            headers,
            text,
            json,
        }
    }

    /// A new moderator token.
    pub async fn token(&self, name: &str) -> String {
        let token = feedback::auth::new_token();
        self.state
            .store
            .add_token(name, &feedback::auth::token_hash(&token), None)
            .await
            .unwrap();
        token
    }
}

/// A response.
pub struct Answer {
    pub status: StatusCode,
    pub headers: axum::http::HeaderMap,
    pub text: String,
    pub json: Option<Value>,
}

impl Answer {
    /// `(field, code)` pairs of a 400.
    pub fn field_errors(&self) -> Vec<(String, String)> {
        self.json
            .as_ref()
            .and_then(|j| j["fields"].as_array())
            .map_or_else(Vec::new, |fields| {
                fields
                    .iter()
                    .map(|f| {
                        (
                            f["field"].as_str().unwrap().to_string(),
                            f["code"].as_str().unwrap().to_string(),
                        )
                    })
                    .collect()
            })
    }
}

/// A valid submission with a fresh idempotency key.
pub fn submission(topic: &str, message: &str) -> Value {
    serde_json::json!({
        "topic": topic,
        "message": message,
        "organisation_type": "citizen",
        "language": "az",
        "consent": true,
        "snapshot": "2026-Q3",
        "page": format!("/az/measures/{topic}"),
        "idempotency_key": unique("key").replace('_', "-"),
    })
}

/// A unique name (database, folder, key) with a prefix.
pub fn unique_name(prefix: &str) -> String {
    unique(prefix)
}

/// The OpenAPI document.
pub fn openapi() -> &'static Value {
    static DOC: OnceLock<Value> = OnceLock::new();
    DOC.get_or_init(|| {
        let text =
            std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/openapi.yaml")).unwrap();
        serde_yaml::from_str(&text).unwrap()
    })
}

fn template_matches(template: &str, path: &str) -> bool {
    let (t, p): (Vec<&str>, Vec<&str>) = (template.split('/').collect(), path.split('/').collect());
    t.len() == p.len()
        && t.iter()
            .zip(&p)
            .all(|(a, b)| a == b || (a.starts_with('{') && a.ends_with('}')))
}

/// Every response a test gets must be documented in openapi.yaml, and JSON bodies must match.
pub fn check_against_openapi(
    method: &Method,
    path: &str,
    status: StatusCode,
    content_type: &str,
    json: Option<&Value>,
) {
    let doc = openapi();
    let paths = doc["paths"].as_object().unwrap();
    // A path written out wins over a template (`/api/admin/feedback/status` over `…/{id}`).
    let (_, item) = paths
        .iter()
        .filter(|(template, _)| template_matches(template, path))
        .min_by_key(|(template, _)| template.matches('{').count())
        .unwrap_or_else(|| panic!("{path} is not in openapi.yaml"));
    if *method == Method::OPTIONS {
        return; // CORS preflight, answered by the CORS layer
    }
    let operation = &item[method.as_str().to_ascii_lowercase()];
    assert!(
        operation.is_object(),
        "{method} {path} is not in openapi.yaml"
    );
    let mut response = &operation["responses"][status.as_str()];
    if let Some(reference) = response["$ref"].as_str() {
        let name = reference.trim_start_matches("#/components/responses/");
        response = &doc["components"]["responses"][name];
    }
    assert!(
        response.is_object(),
        "{method} {path} answered {status}, which openapi.yaml does not document"
    );
    let media = content_type.split(';').next().unwrap_or("").trim();
    let content = &response["content"];
    assert!(
        content[media].is_object(),
        "{method} {path} {status}: content type {media} is not documented"
    );
    if media == "application/json" {
        let mut schema = content[media]["schema"].clone();
        schema["components"] = doc["components"].clone();
        let validator = jsonschema::validator_for(&schema).expect("a valid schema");
        let instance = json.expect("a JSON body");
        let errors: Vec<String> = validator
            .iter_errors(instance)
            .map(|e| e.to_string())
            .collect();
        assert!(
            errors.is_empty(),
            "{method} {path} {status}: {instance} does not match openapi.yaml: {errors:?}"
        );
    }
}

pub mod server;

/// The strategy file the repository publishes (data/published/strategy.<hash>.json).
pub fn published_strategy() -> std::path::PathBuf {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../data/published");
    std::fs::read_dir(&dir)
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .find(|p| {
            let name = p.file_name().unwrap().to_string_lossy();
            name.starts_with("strategy.") && name.ends_with(".json")
        })
        .expect("a published strategy in data/published")
}

/// Writes a data folder's manifest (`index.json`), listing the published strategy or none.
pub fn write_manifest(dir: &std::path::Path, with_strategy: bool) {
    let strategies = if with_strategy {
        let source = published_strategy();
        let name = source.file_name().unwrap().to_string_lossy().to_string();
        let size = std::fs::copy(&source, dir.join(&name)).unwrap();
        serde_json::json!([{ "file": name, "sha256": "0".repeat(64), "size": size }])
    } else {
        serde_json::json!([])
    };
    let manifest = serde_json::json!({
        "schema_version": "1.0",
        "latest": "2026-Q3",
        "snapshots": [],
        "strategies": strategies,
    });
    std::fs::write(dir.join("index.json"), manifest.to_string()).unwrap();
}

/// A temporary published data folder (removed on drop).
pub fn published_data(with_strategy: bool) -> tempfile_dir::TempDir {
    let dir = std::env::temp_dir().join(unique("feedback-data"));
    std::fs::create_dir_all(&dir).unwrap();
    write_manifest(&dir, with_strategy);
    tempfile_dir::TempDir(dir)
}

/// Stores one valid submission straight into a database (for tests of the commands) and returns
/// its id.
pub async fn store_submission(
    store: &feedback::store::Store,
    message: &str,
    email: Option<&str>,
) -> i64 {
    let mut body = submission("8.1.1.1", message);
    if let Some(email) = email {
        body["email"] = serde_json::json!(email);
    }
    let request: feedback::submission::FeedbackRequest = serde_json::from_value(body).unwrap();
    let valid = feedback::submission::validate(&request, &topics()).unwrap();
    match store.insert_batch(&[valid]).await.unwrap().pop().unwrap() {
        feedback::store::Outcome::Created { id, .. } => id,
        other => panic!("not stored: {other:?}"),
    }
}

/// Moves an item's reception `days` days back in time (raw SQL: the service never does this).
pub async fn age(database: &str, id: i64, days: i64) {
    use sqlx::Connection;
    sqlx::any::install_default_drivers();
    let mut conn = sqlx::AnyConnection::connect(&feedback::store::normalise_url(database))
        .await
        .unwrap();
    sqlx::query("UPDATE feedback SET created_at = created_at - $1 WHERE id = $2")
        .bind(days * 86_400)
        .bind(id)
        .execute(&mut conn)
        .await
        .unwrap();
}

/// Runs SQL against a database (test set-up only).
pub async fn execute(database: &str, sql: &str) {
    use sqlx::Connection;
    sqlx::any::install_default_drivers();
    let mut conn = sqlx::AnyConnection::connect(&feedback::store::normalise_url(database))
        .await
        .unwrap();
    sqlx::query(sql).execute(&mut conn).await.unwrap();
}

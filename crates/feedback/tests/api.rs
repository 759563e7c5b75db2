//! The feedback API on SQLite and on PostgreSQL: the same tests, every response checked against
//! openapi.yaml. PostgreSQL comes from FEEDBACK_TEST_POSTGRES (scripts/test.sh starts one).

mod support;

use axum::body::Body;
use axum::http::{Method, Request, StatusCode};
use feedback::rate_limit::RateLimit;
use feedback::Config;
use serde_json::json;
use support::{on_both_databases, submission, Db, Service};

on_both_databases!(
    a_valid_submission_is_stored_and_exported,
    each_field_is_validated_with_its_code,
    unknown_topics_are_refused,
    oversize_bodies_get_413,
    wrong_content_types_get_415,
    malformed_json_gets_400,
    the_rate_limit_is_per_client,
    cors_allows_only_the_site_origins,
    a_retry_with_the_same_key_is_stored_once,
    the_same_key_with_another_body_is_a_conflict,
    moderator_tokens_guard_the_admin_routes,
    exports_filter_by_topic_status_and_dates,
    moderators_set_a_status,
    one_person_s_submissions_are_deleted_on_request,
    the_honeypot_stores_spam_for_moderators,
    the_health_check_names_the_database,
    retention_deletes_old_feedback,
);

async fn a_valid_submission_is_stored_and_exported(db: Db) {
    let service = Service::new(db).await;
    let answer = service
        .post_json(
            "/api/feedback",
            &submission("8.1.1.1", "Platforma nə vaxt hazır olacaq? ə ı İ ş ç ğ ö ü"),
            &[],
        )
        .await;
    assert_eq!(answer.status, StatusCode::CREATED, "{}", answer.text);
    let id = answer.json.as_ref().unwrap()["id"].as_i64().unwrap();
    let token = service.token("aysel").await;
    let export = service
        .get("/api/admin/export?format=json", Some(&token))
        .await;
    assert_eq!(export.status, StatusCode::OK);
    let items = export.json.unwrap()["items"].as_array().unwrap().clone();
    assert_eq!(items.len(), 1);
    assert_eq!(items[0]["id"].as_i64(), Some(id));
    assert_eq!(
        items[0]["message"],
        "Platforma nə vaxt hazır olacaq? ə ı İ ş ç ğ ö ü"
    );
    assert_eq!(items[0]["status"], "new");
    assert_eq!(items[0]["snapshot"], "2026-Q3");
    let csv = service
        .get("/api/admin/export?format=csv", Some(&token))
        .await;
    assert_eq!(csv.status, StatusCode::OK);
    assert!(
        csv.text.starts_with("\u{feff}id,created_at,topic,status"),
        "a byte order mark, then the header: {}",
        csv.text
    );
    assert!(
        csv.text.contains("\"8.1.1.1\",\"new\",\"citizen\",\"az\""),
        "{}",
        csv.text
    );
}

async fn each_field_is_validated_with_its_code(db: Db) {
    let service = Service::new(db).await;
    let cases: Vec<(&str, serde_json::Value, (&str, &str))> = vec![
        ("message", json!(""), ("message", "required")),
        ("message", json!("x".repeat(5001)), ("message", "too_long")),
        ("name", json!("n".repeat(201)), ("name", "too_long")),
        ("email", json!("not-an-email"), ("email", "invalid")),
        (
            "email",
            json!(format!("{}@x.az", "a".repeat(260))),
            ("email", "too_long"),
        ),
        (
            "organisation_type",
            json!("alien"),
            ("organisation_type", "unknown"),
        ),
        (
            "organisation_type",
            json!(""),
            ("organisation_type", "required"),
        ),
        ("language", json!("ru"), ("language", "unknown")),
        ("consent", json!(false), ("consent", "required")),
        ("snapshot", json!("last-year"), ("snapshot", "invalid")),
        (
            "page",
            json!("https://elsewhere.example/"),
            ("page", "invalid"),
        ),
        (
            "idempotency_key",
            json!(""),
            ("idempotency_key", "required"),
        ),
        (
            "idempotency_key",
            json!("short"),
            ("idempotency_key", "invalid"),
        ),
        ("topic", json!(""), ("topic", "required")),
    ];
    for (field, value, expected) in cases {
        let mut body = submission("8.1.1.1", "Salam");
        body[field] = value;
        let answer = service.post_json("/api/feedback", &body, &[]).await;
        assert_eq!(
            answer.status,
            StatusCode::BAD_REQUEST,
            "{field}: {}",
            answer.text
        );
        assert_eq!(
            answer.field_errors(),
            vec![(expected.0.to_string(), expected.1.to_string())],
            "{field}"
        );
    }
    let token = service.token("aysel").await;
    let export = service.get("/api/admin/export", Some(&token)).await;
    assert_eq!(
        export.json.unwrap()["items"].as_array().unwrap().len(),
        0,
        "nothing invalid is stored"
    );
}

async fn unknown_topics_are_refused(db: Db) {
    let service = Service::new(db).await;
    let answer = service
        .post_json("/api/feedback", &submission("9.9.9.9", "Salam"), &[])
        .await;
    assert_eq!(answer.status, StatusCode::BAD_REQUEST);
    assert_eq!(
        answer.field_errors(),
        vec![("topic".to_string(), "unknown".to_string())]
    );
    for topic in ["8.2.1.1", "4.1.5", "general"] {
        let answer = service
            .post_json("/api/feedback", &submission(topic, "Salam"), &[])
            .await;
        assert_eq!(answer.status, StatusCode::CREATED, "{topic}");
    }
}

async fn oversize_bodies_get_413(db: Db) {
    let service = Service::new(db).await;
    let body = submission("8.1.1.1", &"ə".repeat(20_000));
    let answer = service.post_json("/api/feedback", &body, &[]).await;
    assert_eq!(
        answer.status,
        StatusCode::PAYLOAD_TOO_LARGE,
        "{}",
        answer.text
    );
}

async fn wrong_content_types_get_415(db: Db) {
    let service = Service::new(db).await;
    let request = Request::builder()
        .method(Method::POST)
        .uri("/api/feedback")
        .header("content-type", "text/plain")
        .body(Body::from(submission("8.1.1.1", "Salam").to_string()))
        .unwrap();
    assert_eq!(
        service.send(request).await.status,
        StatusCode::UNSUPPORTED_MEDIA_TYPE
    );
}

async fn malformed_json_gets_400(db: Db) {
    let service = Service::new(db).await;
    let request = Request::builder()
        .method(Method::POST)
        .uri("/api/feedback")
        .header("content-type", "application/json")
        .body(Body::from("{\"topic\": "))
        .unwrap();
    let answer = service.send(request).await;
    assert_eq!(answer.status, StatusCode::BAD_REQUEST);
    assert_eq!(answer.json.unwrap()["error"], "malformed");
}

async fn the_rate_limit_is_per_client(db: Db) {
    let config = Config {
        trusted_proxy_header: Some("x-forwarded-for".into()),
        rate_limit: RateLimit {
            burst: 3.0,
            per_minute: 1.0,
        },
        ..Config::default()
    };
    let service = Service::start(db, config).await;
    for _ in 0..3 {
        let answer = service
            .post_json(
                "/api/feedback",
                &submission("8.1.1.1", "Salam"),
                &[("x-forwarded-for", "203.0.113.5")],
            )
            .await;
        assert_eq!(answer.status, StatusCode::CREATED);
    }
    let limited = service
        .post_json(
            "/api/feedback",
            &submission("8.1.1.1", "Salam"),
            &[("x-forwarded-for", "203.0.113.5")],
        )
        .await;
    assert_eq!(limited.status, StatusCode::TOO_MANY_REQUESTS);
    assert!(limited.headers.get("retry-after").is_some());
    // One submission a minute: the next one is a minute away, less the time the first three
    // took to send (well under a second; two seconds allowed for a loaded machine).
    let retry_after: u64 = limited.headers["retry-after"]
        .to_str()
        .unwrap()
        .parse()
        .unwrap();
    assert!(
        (58..=60).contains(&retry_after),
        "Retry-After says when one more is allowed: {retry_after}"
    );
    assert_eq!(limited.json.as_ref().unwrap()["error"], "rate_limited");
    let other = service
        .post_json(
            "/api/feedback",
            &submission("8.1.1.1", "Salam"),
            &[("x-forwarded-for", "203.0.113.6")],
        )
        .await;
    assert_eq!(
        other.status,
        StatusCode::CREATED,
        "another client is not limited"
    );
    let via_proxy = service
        .post_json(
            "/api/feedback",
            &submission("8.1.1.1", "Salam"),
            &[("x-forwarded-for", "198.51.100.1, 203.0.113.5")],
        )
        .await;
    assert_eq!(
        via_proxy.status,
        StatusCode::TOO_MANY_REQUESTS,
        "the trusted proxy's last address is the client"
    );
}

async fn cors_allows_only_the_site_origins(db: Db) {
    let service = Service::new(db).await;
    let preflight = |origin: &str| {
        Request::builder()
            .method(Method::OPTIONS)
            .uri("/api/feedback")
            .header("origin", origin)
            .header("access-control-request-method", "POST")
            .header("access-control-request-headers", "content-type")
            .body(Body::empty())
            .unwrap()
    };
    let allowed = service.send(preflight("https://site.example")).await;
    assert_eq!(
        allowed.headers.get("access-control-allow-origin").unwrap(),
        "https://site.example"
    );
    let refused = service.send(preflight("https://evil.example")).await;
    assert!(refused.headers.get("access-control-allow-origin").is_none());
    let answer = service
        .post_json(
            "/api/feedback",
            &submission("8.1.1.1", "Salam"),
            &[("origin", "https://site.example")],
        )
        .await;
    assert_eq!(
        answer.headers.get("access-control-allow-origin").unwrap(),
        "https://site.example"
    );
    assert_eq!(
        answer.headers.get("x-content-type-options").unwrap(),
        "nosniff"
    );
}

async fn a_retry_with_the_same_key_is_stored_once(db: Db) {
    let service = Service::new(db).await;
    let body = submission("8.1.1.1", "Bir dəfə saxlanmalıdır");
    let first = service.post_json("/api/feedback", &body, &[]).await;
    let again = service.post_json("/api/feedback", &body, &[]).await;
    assert_eq!(first.status, StatusCode::CREATED);
    assert_eq!(again.status, StatusCode::CREATED);
    assert_eq!(first.json, again.json, "a retry gets the first answer");
    assert_eq!(service.state.store.count().await.unwrap(), 1);
}

async fn the_same_key_with_another_body_is_a_conflict(db: Db) {
    let service = Service::new(db).await;
    let body = submission("8.1.1.1", "Birinci mətn");
    assert_eq!(
        service.post_json("/api/feedback", &body, &[]).await.status,
        StatusCode::CREATED
    );
    let mut changed = body.clone();
    changed["message"] = json!("Başqa mətn");
    let answer = service.post_json("/api/feedback", &changed, &[]).await;
    assert_eq!(answer.status, StatusCode::CONFLICT);
    assert_eq!(answer.json.unwrap()["error"], "idempotency_conflict");
    assert_eq!(service.state.store.count().await.unwrap(), 1);
}

async fn moderator_tokens_guard_the_admin_routes(db: Db) {
    let service = Service::new(db).await;
    service
        .post_json("/api/feedback", &submission("8.1.1.1", "Gizli mesaj"), &[])
        .await;
    let token = service.token("aysel").await;
    assert_eq!(
        service.get("/api/admin/export", Some(&token)).await.status,
        StatusCode::OK
    );
    for (token, why) in [(Some("wrong-token"), "wrong"), (None, "missing")] {
        let answer = service.get("/api/admin/export?format=csv", token).await;
        assert_eq!(answer.status, StatusCode::UNAUTHORIZED, "{why}");
        assert!(
            !answer.text.contains("Gizli mesaj"),
            "nothing leaks without a valid token"
        );
    }
    assert!(service.state.store.revoke_token("aysel").await.unwrap());
    let revoked = service.get("/api/admin/export", Some(&token)).await;
    assert_eq!(
        revoked.status,
        StatusCode::UNAUTHORIZED,
        "a revoked token no longer works"
    );
    let other = service.token("rauf").await;
    assert_eq!(
        service.get("/api/admin/export", Some(&other)).await.status,
        StatusCode::OK,
        "each moderator has their own"
    );
}

async fn exports_filter_by_topic_status_and_dates(db: Db) {
    let service = Service::new(db).await;
    for (topic, message) in [("8.1.1.1", "bir"), ("8.2.1.1", "iki"), ("4.1.5", "üç")] {
        service
            .post_json("/api/feedback", &submission(topic, message), &[])
            .await;
    }
    let token = service.token("aysel").await;
    let ids = |answer: support::Answer| -> Vec<String> {
        answer.json.unwrap()["items"]
            .as_array()
            .unwrap()
            .iter()
            .map(|i| i["topic"].as_str().unwrap().to_string())
            .collect()
    };
    assert_eq!(
        ids(service
            .get("/api/admin/export?topic=8.2.1.1", Some(&token))
            .await),
        ["8.2.1.1"]
    );
    assert_eq!(
        ids(service
            .get("/api/admin/export?status=new", Some(&token))
            .await)
        .len(),
        3
    );
    assert_eq!(
        ids(service
            .get("/api/admin/export?status=answered", Some(&token))
            .await)
        .len(),
        0
    );
    let today = feedback::clock::rfc3339(feedback::clock::now())[..10].to_string();
    assert_eq!(
        ids(service
            .get(
                &format!("/api/admin/export?from={today}&to={today}"),
                Some(&token)
            )
            .await)
        .len(),
        3
    );
    assert_eq!(
        ids(service
            .get("/api/admin/export?to=2020-01-01", Some(&token))
            .await)
        .len(),
        0
    );
    assert_eq!(
        ids(service
            .get("/api/admin/export?from=2099-01-01", Some(&token))
            .await)
        .len(),
        0
    );
    let bad = service
        .get("/api/admin/export?status=archived", Some(&token))
        .await;
    assert_eq!(bad.status, StatusCode::BAD_REQUEST);
    let bad = service
        .get("/api/admin/export?from=yesterday", Some(&token))
        .await;
    assert_eq!(
        bad.field_errors(),
        vec![("from".to_string(), "invalid".to_string())]
    );
}

async fn moderators_set_a_status(db: Db) {
    let service = Service::new(db).await;
    let answer = service
        .post_json("/api/feedback", &submission("8.1.1.1", "Salam"), &[])
        .await;
    let id = answer.json.unwrap()["id"].as_i64().unwrap();
    let token = service.token("aysel").await;
    let put = |path: String, status: &str| {
        Request::builder()
            .method(Method::PUT)
            .uri(path)
            .header("content-type", "application/json")
            .header("authorization", format!("Bearer {token}"))
            .body(Body::from(
                json!({ "status": status, "version": 1 }).to_string(),
            ))
            .unwrap()
    };
    assert_eq!(
        service
            .send(put(format!("/api/admin/feedback/{id}/status"), "answered"))
            .await
            .status,
        StatusCode::OK
    );
    let export = service
        .get("/api/admin/export?status=answered", Some(&token))
        .await;
    assert_eq!(export.json.unwrap()["items"].as_array().unwrap().len(), 1);
    assert_eq!(
        service
            .send(put(format!("/api/admin/feedback/{id}/status"), "archived"))
            .await
            .status,
        StatusCode::BAD_REQUEST
    );
    assert_eq!(
        service
            .send(put("/api/admin/feedback/999999/status".into(), "read"))
            .await
            .status,
        StatusCode::NOT_FOUND
    );
}

async fn one_person_s_submissions_are_deleted_on_request(db: Db) {
    let service = Service::new(db).await;
    for message in ["bir", "iki"] {
        let mut body = submission("8.1.1.1", message);
        body["email"] = json!("Leyla@Example.az");
        service.post_json("/api/feedback", &body, &[]).await;
    }
    service
        .post_json("/api/feedback", &submission("8.1.1.1", "başqası"), &[])
        .await;
    let token = service.token("aysel").await;
    let answer = service
        .post_json(
            "/api/admin/erase",
            &json!({ "email": "leyla@example.az" }),
            &[("authorization", &format!("Bearer {token}"))],
        )
        .await;
    assert_eq!(answer.status, StatusCode::OK);
    assert_eq!(answer.json.unwrap()["deleted"], 2);
    assert_eq!(service.state.store.count().await.unwrap(), 1);
    let unauthorised = service
        .post_json("/api/admin/erase", &json!({ "email": "x@y.az" }), &[])
        .await;
    assert_eq!(unauthorised.status, StatusCode::UNAUTHORIZED);
}

async fn the_honeypot_stores_spam_for_moderators(db: Db) {
    let service = Service::new(db).await;
    let mut body = submission("8.1.1.1", "buy now");
    body["website"] = json!("https://spam.example");
    assert_eq!(
        service.post_json("/api/feedback", &body, &[]).await.status,
        StatusCode::CREATED
    );
    let token = service.token("aysel").await;
    let spam = service
        .get("/api/admin/export?status=spam", Some(&token))
        .await;
    assert_eq!(spam.json.unwrap()["items"].as_array().unwrap().len(), 1);
}

async fn the_health_check_names_the_database(db: Db) {
    let service = Service::new(db).await;
    let answer = service.get("/api/health", None).await;
    assert_eq!(answer.status, StatusCode::OK);
    let expected = match db {
        Db::Sqlite => "sqlite",
        Db::Postgres => "postgres",
    };
    assert_eq!(answer.json.unwrap()["database"], expected);
}

async fn retention_deletes_old_feedback(db: Db) {
    let service = Service::new(db).await;
    service
        .post_json("/api/feedback", &submission("8.1.1.1", "köhnə"), &[])
        .await;
    assert_eq!(
        service
            .state
            .store
            .purge_older_than(feedback::clock::now() - 86_400)
            .await
            .unwrap(),
        0
    );
    assert_eq!(
        service
            .state
            .store
            .purge_older_than(feedback::clock::now() + 10)
            .await
            .unwrap(),
        1
    );
    assert_eq!(service.state.store.count().await.unwrap(), 0);
}

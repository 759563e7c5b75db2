//! The log names each request (id, route template, status, latency) and never what anyone sent:
//! a marker in every field of a submission, in the admin routes' queries, paths and bodies, and
//! in the Authorization and other headers never appears in the service's log (at debug level).

mod support;

use serde_json::json;
use support::server::{command, Server};
use support::{database_url, on_both_databases, Db};

on_both_databases!(nothing_anyone_sent_is_logged);

const MARKER: &str = "Zqxmarker7731";

async fn nothing_anyone_sent_is_logged(db: Db) {
    let (url, _guard) = database_url(db).await;
    let data = support::published_data(true);
    let server = Server::start(
        &url,
        &[
            "--data",
            data.0.to_str().unwrap(),
            "--trusted-proxy-header",
            "x-forwarded-for",
            "--rate-burst",
            "4",
        ],
        &[("FEEDBACK_LOG", "debug")],
    );
    let token = command(&url, &["token", "create", "aysel"])
        .stdout
        .trim()
        .lines()
        .last()
        .unwrap()
        .to_string();
    let client = reqwest::Client::new();
    let marked_email = format!("{MARKER}@example.az");
    let send = |body: serde_json::Value| {
        client
            .post(server.url("/api/feedback"))
            .header("x-forwarded-for", format!("203.0.113.{}", rand_octet()))
            .header("user-agent", MARKER)
            .header("referer", format!("https://site.example/{MARKER}"))
            .json(&body)
            .send()
    };

    // Accepted: the marker in every free-text field, the honeypot and the idempotency key.
    let accepted = json!({
        "topic": "8.1.1.1",
        "message": format!("{MARKER} message"),
        "name": format!("{MARKER} name"),
        "email": marked_email,
        "organisation_type": "citizen",
        "language": "az",
        "consent": true,
        "snapshot": "2026-Q3",
        "page": format!("/az/{MARKER}"),
        "idempotency_key": format!("{MARKER}-0123456789"),
        "website": format!("https://{MARKER}.example"),
    });
    assert_eq!(send(accepted.clone()).await.unwrap().status(), 201);
    // The same key with another body: a conflict.
    let mut conflict = accepted.clone();
    conflict["message"] = json!(format!("{MARKER} other"));
    assert_eq!(send(conflict).await.unwrap().status(), 409);
    // Refused: the marker in every field, where each is wrong.
    let invalid = json!({
        "topic": MARKER, "message": MARKER, "name": MARKER, "email": MARKER,
        "organisation_type": MARKER, "language": MARKER, "consent": false,
        "snapshot": MARKER, "page": MARKER, "idempotency_key": MARKER, "website": MARKER,
    });
    assert_eq!(send(invalid).await.unwrap().status(), 400);
    // Malformed: the JSON parser's message quotes the value; the client gets it, the log not.
    let malformed = json!({ "topic": "8.1.1.1", "message": "x", "consent": MARKER });
    let answer = send(malformed).await.unwrap();
    assert_eq!(answer.status(), 400);
    assert!(
        answer.text().await.unwrap().contains(MARKER),
        "the client is told"
    );
    // Rate-limited: one client address (the marker itself) past its burst.
    for _ in 0..5 {
        client
            .post(server.url("/api/feedback"))
            .header("x-forwarded-for", MARKER)
            .json(&accepted)
            .send()
            .await
            .unwrap();
    }

    // Admin routes: a marker token, then a valid token with markers in the query, path and body.
    let bad_token = client
        .get(server.url(&format!("/api/admin/export?topic={MARKER}")))
        .bearer_auth(MARKER)
        .send()
        .await
        .unwrap();
    assert_eq!(bad_token.status(), 401);
    for query in [
        format!("format=csv&topic={MARKER}&from=2026-01-01&to=2030-01-01"),
        format!("status={MARKER}"),
        format!("from={MARKER}"),
        format!("format={MARKER}"),
    ] {
        client
            .get(server.url(&format!("/api/admin/export?{query}")))
            .bearer_auth(&token)
            .send()
            .await
            .unwrap();
    }
    let export = client
        .get(server.url("/api/admin/export?format=json"))
        .bearer_auth(&token)
        .send()
        .await
        .unwrap();
    assert!(
        export.text().await.unwrap().contains(MARKER),
        "it was stored"
    );
    for (path, body) in [
        (
            format!("/api/admin/feedback/{MARKER}/status"),
            json!({ "status": "read" }),
        ),
        (
            "/api/admin/feedback/1/status".to_string(),
            json!({ "status": MARKER }),
        ),
    ] {
        client
            .put(server.url(&path))
            .bearer_auth(&token)
            .json(&body)
            .send()
            .await
            .unwrap();
    }
    let erased = client
        .post(server.url("/api/admin/erase"))
        .bearer_auth(&token)
        .json(&json!({ "email": marked_email }))
        .send()
        .await
        .unwrap();
    assert_eq!(erased.status(), 200);
    for path in [format!("/api/{MARKER}"), format!("/{MARKER}?q={MARKER}")] {
        client.get(server.url(&path)).send().await.unwrap();
    }

    let log = server.stop();
    assert!(
        !log.to_lowercase().contains(&MARKER.to_lowercase()),
        "the log holds something a client sent:\n{log}"
    );
    assert!(!log.contains(&token), "the log holds a token:\n{log}");
    // And it did log every request, by route template.
    for expected in [
        "route=/api/feedback",
        "status=201",
        "status=409 error=idempotency_conflict",
        "status=400 error=validation",
        "status=400 error=malformed",
        "status=429 error=rate_limited",
        "route=/api/admin/export",
        "status=401 error=unauthorized",
        "route=/api/admin/feedback/{id}/status",
        "status=404 error=not_found",
        "route=/api/admin/erase",
        "route=/api/{*rest}",
        "route=(fallback)",
        "moderator=aysel",
    ] {
        assert!(
            log.contains(expected),
            "{expected} is not in the log:\n{log}"
        );
    }
    let request_lines: Vec<&str> = log.lines().filter(|l| l.contains(" answered ")).collect();
    assert!(request_lines.len() >= 20, "{log}");
    for line in request_lines {
        assert!(
            line.contains("request{id=") && line.contains("latency_ms="),
            "{line}"
        );
    }
}

fn rand_octet() -> u8 {
    use std::sync::atomic::{AtomicU8, Ordering};
    static NEXT: AtomicU8 = AtomicU8::new(1);
    NEXT.fetch_add(1, Ordering::Relaxed)
}

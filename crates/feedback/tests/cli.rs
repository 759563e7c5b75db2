//! The `feedback` binary as operators use it, on SQLite and on PostgreSQL: `purge`, `erase`,
//! tokens (a revoked name can be used again, tokens may expire), and `serve`'s scheduled purge
//! and its metrics on a separate address.

mod support;

use feedback::store::Store;
use std::time::{Duration, Instant};
use support::server::{command, Server};
use support::{age, database_url, execute, on_both_databases, store_submission, Db};

on_both_databases!(
    purge_deletes_only_what_is_older_than_the_period,
    erase_deletes_one_person_s_submissions,
    a_revoked_name_can_be_given_a_new_token,
    tokens_may_expire,
    serve_purges_old_feedback_on_its_schedule,
    serve_exposes_metrics_on_a_separate_address,
);

/// A fresh database with the service's tables, its URL, and its folder guard.
async fn fresh(db: Db) -> (String, Store, Option<support::tempfile_dir::TempDir>) {
    let (url, guard) = database_url(db).await;
    let store = Store::connect(&url).await.unwrap();
    (url, store, guard)
}

async fn purge_deletes_only_what_is_older_than_the_period(db: Db) {
    let (url, store, _guard) = fresh(db).await;
    let old = store_submission(&store, "köhnə", None).await;
    store_submission(&store, "təzə", None).await;
    age(&url, old, 31).await;
    let purged = command(&url, &["purge", "--older-than-days", "30"]);
    assert!(purged.success, "{}", purged.stderr);
    assert_eq!(purged.stdout.trim(), "deleted 1 submissions");
    assert_eq!(store.count().await.unwrap(), 1);
    let again = command(&url, &["purge", "--older-than-days", "30"]);
    assert_eq!(again.stdout.trim(), "deleted 0 submissions");
}

async fn erase_deletes_one_person_s_submissions(db: Db) {
    let (url, store, _guard) = fresh(db).await;
    store_submission(&store, "bir", Some("Leyla@Example.az")).await;
    store_submission(&store, "iki", Some("leyla@example.az")).await;
    let other = store_submission(&store, "başqası", Some("rauf@example.az")).await;
    let anonymous = store_submission(&store, "adsız", None).await;
    let erased = command(&url, &["erase", "--email", "leyla@example.az"]);
    assert!(erased.success, "{}", erased.stderr);
    assert_eq!(erased.stdout.trim(), "deleted 2 submissions");
    assert_eq!(store.count().await.unwrap(), 2);
    let by_id = command(&url, &["erase", "--id", &anonymous.to_string()]);
    assert_eq!(by_id.stdout.trim(), format!("deleted item {anonymous}"));
    let missing = command(&url, &["erase", "--id", &anonymous.to_string()]);
    assert!(!missing.success);
    assert!(
        missing.stderr.contains("no feedback item"),
        "{}",
        missing.stderr
    );
    let neither = command(&url, &["erase"]);
    assert!(!neither.success);
    assert!(neither.stderr.contains("exactly one of --email or --id"));
    let left = store.export(&Default::default()).await.unwrap();
    assert_eq!(left.iter().map(|i| i.id).collect::<Vec<_>>(), [other]);
}

fn token_of(output: &support::server::Output) -> String {
    assert!(output.success, "{}", output.stderr);
    output.stdout.trim().lines().last().unwrap().to_string()
}

async fn a_revoked_name_can_be_given_a_new_token(db: Db) {
    let (url, store, _guard) = fresh(db).await;
    let first = token_of(&command(&url, &["token", "create", "aysel"]));
    let twice = command(&url, &["token", "create", "aysel"]);
    assert!(!twice.success, "one active token per moderator");
    assert!(
        twice.stderr.contains("already has an active token"),
        "{}",
        twice.stderr
    );
    assert!(command(&url, &["token", "revoke", "aysel"]).success);
    let second = token_of(&command(&url, &["token", "create", "aysel"]));
    assert_ne!(first, second);
    let active = store.active_tokens(feedback::clock::now()).await.unwrap();
    let moderator =
        |token: &str| feedback::auth::moderator_for(token, &active).map(|t| t.name.clone());
    assert_eq!(moderator(&first), None, "the revoked token stays revoked");
    assert_eq!(moderator(&second).as_deref(), Some("aysel"));
    let list = command(&url, &["token", "list"]);
    let lines: Vec<&str> = list.stdout.lines().collect();
    assert_eq!(lines.len(), 2, "{}", list.stdout);
    assert!(lines[0].starts_with("aysel\trevoked\t"), "{}", list.stdout);
    assert!(lines[1].starts_with("aysel\tactive\t"), "{}", list.stdout);
}

/// The moderator an active token names.
fn name_of<'a>(token: &str, active: &'a [feedback::store::ActiveToken]) -> Option<&'a str> {
    feedback::auth::moderator_for(token, active).map(|t| t.name.as_str())
}

async fn tokens_may_expire(db: Db) {
    let (url, store, _guard) = fresh(db).await;
    let created = command(
        &url,
        &["token", "create", "rauf", "--expires-in-days", "30"],
    );
    let token = token_of(&created);
    assert!(
        created.stdout.contains("valid until 20"),
        "{}",
        created.stdout
    );
    let now = feedback::clock::now();
    let active = store.active_tokens(now).await.unwrap();
    assert_eq!(name_of(&token, &active), Some("rauf"));
    let later = store.active_tokens(now + 31 * 86_400).await.unwrap();
    assert_eq!(name_of(&token, &later), None, "refused after 30 days");
    execute(
        &url,
        "UPDATE moderator_token SET expires_at = 1 WHERE name = 'rauf'",
    )
    .await;
    let list = command(&url, &["token", "list"]);
    assert!(
        list.stdout.starts_with("rauf\texpired\t"),
        "{}",
        list.stdout
    );
    let renewed = token_of(&command(&url, &["token", "create", "rauf"]));
    let active = store.active_tokens(feedback::clock::now()).await.unwrap();
    assert_eq!(name_of(&renewed, &active), Some("rauf"));
    let zero = command(&url, &["token", "create", "x", "--expires-in-days", "0"]);
    assert!(!zero.success);
}

/// Waits (10 s at most) until the database holds `expected` items.
async fn wait_for_count(store: &Store, expected: i64) {
    let started = Instant::now();
    while store.count().await.unwrap() != expected {
        assert!(
            started.elapsed() < Duration::from_secs(10),
            "the database never held {expected} items"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

async fn serve_purges_old_feedback_on_its_schedule(db: Db) {
    let (url, store, _guard) = fresh(db).await;
    let data = support::published_data(true);
    let old = store_submission(&store, "köhnə", None).await;
    store_submission(&store, "təzə", None).await;
    age(&url, old, 3).await;
    let server = Server::start(
        &url,
        &[
            "--data",
            data.0.to_str().unwrap(),
            "--retention-days",
            "2",
            "--purge-interval-seconds",
            "1",
        ],
        &[],
    );
    wait_for_count(&store, 1).await;
    // Not only at start: an item that becomes old while the service runs goes at the next check.
    let later = store_submission(&store, "sonra köhnələn", None).await;
    age(&url, later, 5).await;
    wait_for_count(&store, 1).await;
    let log = server.stop();
    assert!(log.contains("retention: deleted old feedback"), "{log}");
}

async fn serve_exposes_metrics_on_a_separate_address(db: Db) {
    let (url, _store, _guard) = fresh(db).await;
    let data = support::published_data(true);
    let server = Server::start(
        &url,
        &[
            "--data",
            data.0.to_str().unwrap(),
            "--metrics-listen",
            "127.0.0.1:0",
        ],
        &[],
    );
    let client = reqwest::Client::new();
    let accepted = client
        .post(server.url("/api/feedback"))
        .json(&support::submission("8.1.1.1", "Salam"))
        .send()
        .await
        .unwrap();
    assert_eq!(accepted.status(), 201);
    let mut invalid = support::submission("8.1.1.1", "Salam");
    invalid["organisation_type"] = serde_json::json!("alien");
    let refused = client
        .post(server.url("/api/feedback"))
        .json(&invalid)
        .send()
        .await
        .unwrap();
    assert_eq!(refused.status(), 400);
    let metrics = server.metrics.unwrap();
    let text = reqwest::get(format!("http://{metrics}/metrics"))
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    for line in [
        "feedback_submissions_accepted_total 1",
        "feedback_submissions_rejected_total{reason=\"validation\"} 1",
        "feedback_submissions_rate_limited_total 0",
        "feedback_submissions_unavailable_total 0",
        "feedback_commit_duration_seconds_count 1",
    ] {
        assert!(text.lines().any(|l| l == line), "{line} in\n{text}");
    }
    let public = reqwest::get(server.url("/metrics")).await.unwrap();
    assert_eq!(
        public.status(),
        404,
        "metrics are not on the public address"
    );
    server.stop();
}

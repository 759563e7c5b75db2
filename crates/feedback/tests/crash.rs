//! Crash test: clients send submissions with idempotency keys, retrying each until it is
//! acknowledged, while `feedback serve` is killed with SIGKILL several times and restarted on the
//! same address; afterwards every acknowledged submission is stored exactly once, under the id
//! it was acknowledged with, and nothing else is stored. On SQLite and on PostgreSQL.
//!
//! Bounded for the suite (4 kills, 240 submissions); `scripts/crash-feedback.sh` runs it longer
//! (CRASH_KILLS, CRASH_SUBMISSIONS, CRASH_CLIENTS) and prints the figures.

mod support;

use std::collections::HashMap;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};
use support::server::Server;
use support::{database_url, Db};

fn setting(name: &str, default: u64) -> u64 {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

/// What the clients saw.
#[derive(Default)]
struct Tally {
    /// Requests that got no answer or a refusal (the service was down or stopping).
    failed_attempts: AtomicU64,
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sqlite() {
    crash_test(Db::Sqlite).await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn postgres() {
    crash_test(Db::Postgres).await
}

async fn crash_test(db: Db) {
    let kills = setting("CRASH_KILLS", 4);
    let submissions = setting("CRASH_SUBMISSIONS", 240);
    let clients = setting("CRASH_CLIENTS", 8).max(1);
    let (url, _guard) = database_url(db).await;
    let data = support::published_data(true);
    let data_dir = data.0.to_string_lossy().to_string();
    let args = [
        "--data",
        data_dir.as_str(),
        "--rate-burst",
        "1000000",
        "--rate-per-minute",
        "1000000",
        "--retention-days",
        "0",
    ];
    let server = Server::start(&url, &args, &[]);
    let address = server.address;
    let listen = address.to_string();
    let endpoint = format!("http://{address}/api/feedback");
    let started = Instant::now();
    let tally = Arc::new(Tally::default());
    let next = Arc::new(AtomicU64::new(0));
    let http = reqwest::Client::builder()
        .timeout(Duration::from_secs(5))
        .build()
        .unwrap();
    let mut workers = Vec::new();
    for _ in 0..clients {
        let (http, endpoint, tally, next) =
            (http.clone(), endpoint.clone(), tally.clone(), next.clone());
        workers.push(tokio::spawn(async move {
            let mut acknowledged = HashMap::new();
            loop {
                let n = next.fetch_add(1, Ordering::Relaxed);
                if n >= submissions {
                    return acknowledged;
                }
                let key = format!("crash-{n:012}-key");
                let body = serde_json::json!({
                    "topic": "8.1.1.1",
                    "message": format!("Qəza testi {n}: ə ı İ ş ç ğ ö ü"),
                    "organisation_type": "citizen",
                    "language": "az",
                    "consent": true,
                    "publish_consent": n % 2 == 0,
                    "idempotency_key": key,
                });
                // The same key and body until acknowledged, as the site's form does.
                let deadline = Instant::now() + Duration::from_secs(120);
                loop {
                    assert!(Instant::now() < deadline, "{key} was never acknowledged");
                    match http.post(&endpoint).json(&body).send().await {
                        Ok(answer) if answer.status().as_u16() == 201 => {
                            let accepted: serde_json::Value = answer.json().await.unwrap();
                            acknowledged.insert(key, accepted["id"].as_i64().unwrap());
                            break;
                        }
                        Ok(answer) => {
                            let status = answer.status().as_u16();
                            assert!(
                                status == 503 || status == 408,
                                "{key}: only unavailability may refuse a valid submission, got {status}"
                            );
                            tally.failed_attempts.fetch_add(1, Ordering::Relaxed);
                        }
                        Err(_) => {
                            tally.failed_attempts.fetch_add(1, Ordering::Relaxed);
                        }
                    }
                    tokio::time::sleep(Duration::from_millis(20)).await;
                }
            }
        }));
    }
    // The killer: SIGKILL at moments spread over the run, then a restart on the same address.
    let mut server = Some(server);
    for kill in 0..kills {
        tokio::time::sleep(Duration::from_millis(150 + (kill * 97) % 250)).await;
        if let Some(running) = server.take() {
            running.kill();
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
        server = Some(tokio::task::block_in_place(|| {
            Server::start_on(&url, &listen, &args, &[])
        }));
    }
    let mut acknowledged = HashMap::new();
    for worker in workers {
        acknowledged.extend(worker.await.unwrap());
    }
    let seconds = started.elapsed().as_secs_f64();
    drop(server);
    let store = feedback::store::Store::connect(&url).await.unwrap();
    let stored = store.export(&Default::default()).await.unwrap();
    let mut by_id: HashMap<i64, usize> = HashMap::new();
    for item in &stored {
        *by_id.entry(item.id).or_default() += 1;
    }
    let mut missing = 0;
    for (key, id) in &acknowledged {
        if by_id.get(id) != Some(&1) {
            missing += 1;
            eprintln!("acknowledged {key} as {id}, which is not stored exactly once");
        }
    }
    println!(
        "crash test on {db:?}: {kills} SIGKILLs, {clients} clients, {submissions} submissions in {seconds:.1} s; \
         acknowledged {}, stored {}, lost 0 of them: {}, failed attempts retried {}",
        acknowledged.len(),
        stored.len(),
        missing == 0,
        tally.failed_attempts.load(Ordering::Relaxed),
    );
    assert_eq!(
        missing, 0,
        "every acknowledged submission is stored exactly once"
    );
    assert_eq!(
        acknowledged.len() as u64,
        submissions,
        "every submission was acknowledged"
    );
    assert_eq!(stored.len() as u64, submissions, "nothing else is stored");
}

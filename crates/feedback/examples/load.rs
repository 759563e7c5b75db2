//! A bounded load test of a running feedback service on 127.0.0.1 (see scripts/bench-feedback.sh):
//! many distinct clients (through the trusted proxy header, so the rate limit stays on), a fixed
//! number of submissions, then the accepted count per second, p50/p99 latency, and a check that
//! the database holds exactly the accepted rows.
//!
//!     cargo run --release -p feedback --example load -- URL DATABASE_URL [REQUESTS] [CONCURRENCY]

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

#[tokio::main]
async fn main() {
    let args: Vec<String> = std::env::args().collect();
    let url = args
        .get(1)
        .cloned()
        .unwrap_or_else(|| "http://127.0.0.1:18090".into());
    let database = args
        .get(2)
        .cloned()
        .expect("give the service's DATABASE_URL to check the rows");
    let requests: u64 = args.get(3).and_then(|v| v.parse().ok()).unwrap_or(20_000);
    let concurrency: u64 = args.get(4).and_then(|v| v.parse().ok()).unwrap_or(64);
    assert!(
        url.starts_with("http://127.0.0.1:"),
        "the load test only targets 127.0.0.1"
    );

    let client = reqwest::Client::builder()
        .pool_max_idle_per_host(concurrency as usize)
        .build()
        .unwrap();
    let next = Arc::new(AtomicU64::new(0));
    let accepted = Arc::new(AtomicU64::new(0));
    let started = Instant::now();
    let mut workers = Vec::new();
    for _ in 0..concurrency {
        let (client, next, accepted, url) =
            (client.clone(), next.clone(), accepted.clone(), url.clone());
        workers.push(tokio::spawn(async move {
            let mut latencies = Vec::new();
            let mut failures = 0u64;
            loop {
                let n = next.fetch_add(1, Ordering::Relaxed);
                if n >= requests {
                    break;
                }
                // A distinct client per submission: 10.x.y.z style addresses in the header only.
                let client_ip = format!("198.18.{}.{}", (n / 250) % 250, n % 250 + 1);
                let body = serde_json::json!({
                    "topic": "8.1.1.1",
                    "message": format!("Yük testi mesajı {n}: ə ı İ ş ç ğ ö ü"),
                    "organisation_type": "citizen",
                    "language": "az",
                    "consent": true,
                    "publish_consent": n % 2 == 0,
                    "snapshot": "2026-Q3",
                    "page": "/az/measures/8.1.1.1",
                    "idempotency_key": format!("load-{n:016}"),
                });
                let t0 = Instant::now();
                let answer = client
                    .post(format!("{url}/api/feedback"))
                    .header("x-forwarded-for", client_ip)
                    .json(&body)
                    .timeout(Duration::from_secs(30))
                    .send()
                    .await;
                let elapsed = t0.elapsed();
                match answer {
                    Ok(r) if r.status().as_u16() == 201 => {
                        accepted.fetch_add(1, Ordering::Relaxed);
                        latencies.push(elapsed);
                    }
                    _ => failures += 1,
                }
            }
            (latencies, failures)
        }));
    }
    let mut latencies = Vec::new();
    let mut failures = 0;
    for worker in workers {
        let (l, f) = worker.await.unwrap();
        latencies.extend(l);
        failures += f;
    }
    let seconds = started.elapsed().as_secs_f64();
    latencies.sort();
    let pct = |p: f64| {
        latencies
            .get(((latencies.len() as f64 * p) as usize).min(latencies.len().saturating_sub(1)))
            .copied()
            .unwrap_or_default()
    };
    let accepted = accepted.load(Ordering::Relaxed);
    println!("requests            {requests} ({concurrency} concurrent, one client address each)");
    println!("accepted (201)      {accepted}");
    println!("failed              {failures}");
    println!("accepted per second {:.0}", accepted as f64 / seconds);
    println!(
        "latency p50         {:.1} ms",
        pct(0.50).as_secs_f64() * 1000.0
    );
    println!(
        "latency p99         {:.1} ms",
        pct(0.99).as_secs_f64() * 1000.0
    );

    if accepted == 0 {
        eprintln!("nothing was accepted: is the service running at {url}?");
        std::process::exit(1);
    }
    let store = feedback::store::Store::connect(&database)
        .await
        .expect("connect to the service's database");
    let rows = store.count().await.unwrap();
    println!("rows in the database {rows}");
    if rows as u64 != accepted {
        eprintln!(
            "MISMATCH: the database holds {rows} rows but {accepted} submissions were accepted"
        );
        std::process::exit(1);
    }
    println!("ok: the database holds exactly the accepted rows");
}

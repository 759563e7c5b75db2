//! A per-client token bucket for `POST /api/feedback`. The client is the peer address, or, behind
//! a configured trusted proxy, the last address in that proxy's header. Each replica counts on
//! its own (see the README on running several).

use std::collections::HashMap;
use std::sync::Mutex;
use std::time::Instant;

/// Submissions allowed per client: a burst, refilled at a steady rate.
#[derive(Clone, Copy, Debug)]
pub struct RateLimit {
    /// Submissions a client may send at once.
    pub burst: f64,
    /// Submissions per minute refilled.
    pub per_minute: f64,
}

struct Bucket {
    tokens: f64,
    last: Instant,
}

/// The buckets of all clients.
pub struct RateLimiter {
    limit: RateLimit,
    buckets: Mutex<HashMap<String, Bucket>>,
}

impl RateLimiter {
    /// A limiter with a limit.
    pub fn new(limit: RateLimit) -> RateLimiter {
        RateLimiter {
            limit,
            buckets: Mutex::new(HashMap::new()),
        }
    }

    /// Takes one token for a client at `now`; `Err(seconds)` to wait when there is none.
    pub fn check_at(&self, client: &str, now: Instant) -> Result<(), u64> {
        let rate_per_second = self.limit.per_minute / 60.0;
        let mut buckets = self
            .buckets
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        if buckets.len() > 100_000 {
            // Forget clients whose bucket has refilled: they are indistinguishable from new ones.
            let burst = self.limit.burst;
            buckets.retain(|_, b| {
                b.tokens + now.duration_since(b.last).as_secs_f64() * rate_per_second < burst
            });
        }
        let bucket = buckets.entry(client.to_string()).or_insert(Bucket {
            tokens: self.limit.burst,
            last: now,
        });
        let elapsed = now.duration_since(bucket.last).as_secs_f64();
        bucket.tokens = (bucket.tokens + elapsed * rate_per_second).min(self.limit.burst);
        bucket.last = now;
        if bucket.tokens >= 1.0 {
            bucket.tokens -= 1.0;
            Ok(())
        } else {
            let wait = ((1.0 - bucket.tokens) / rate_per_second.max(f64::MIN_POSITIVE)).ceil();
            Err(wait.max(1.0) as u64)
        }
    }

    /// Takes one token for a client now.
    pub fn check(&self, client: &str) -> Result<(), u64> {
        self.check_at(client, Instant::now())
    }
}

/// The client a request counts against: the last address in the trusted proxy header when one is
/// configured and present, else the peer address.
pub fn client_key(
    trusted_header: Option<&str>,
    headers: &axum::http::HeaderMap,
    peer: Option<std::net::SocketAddr>,
) -> String {
    if let Some(name) = trusted_header {
        if let Some(value) = headers.get(name).and_then(|v| v.to_str().ok()) {
            if let Some(last) = value.rsplit(',').map(str::trim).find(|s| !s.is_empty()) {
                return last.to_string();
            }
        }
    }
    peer.map_or_else(|| "unknown".to_string(), |p| p.ip().to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Duration;

    #[test]
    fn a_burst_then_a_steady_rate() {
        let limiter = RateLimiter::new(RateLimit {
            burst: 3.0,
            per_minute: 6.0,
        });
        let t0 = Instant::now();
        for _ in 0..3 {
            assert!(limiter.check_at("a", t0).is_ok());
        }
        assert_eq!(limiter.check_at("a", t0), Err(10));
        assert!(
            limiter.check_at("b", t0).is_ok(),
            "clients are counted apart"
        );
        assert!(limiter.check_at("a", t0 + Duration::from_secs(10)).is_ok());
        assert!(limiter.check_at("a", t0 + Duration::from_secs(11)).is_err());
    }

    #[test]
    fn the_trusted_header_names_the_client() {
        let mut headers = axum::http::HeaderMap::new();
        headers.insert(
            "x-forwarded-for",
            "203.0.113.9, 198.51.100.7".parse().unwrap(),
        );
        let peer = Some("127.0.0.1:5000".parse().unwrap());
        assert_eq!(
            client_key(Some("x-forwarded-for"), &headers, peer),
            "198.51.100.7"
        );
        assert_eq!(
            client_key(None, &headers, peer),
            "127.0.0.1",
            "the header is ignored unless trusted"
        );
        assert_eq!(client_key(Some("x-real-ip"), &headers, peer), "127.0.0.1");
    }
}

//! The retention period: while `serve` runs, feedback older than the period is deleted at start
//! and then at a fixed interval (hourly by default; tests drive it faster).

use crate::clock;
use crate::store::Store;
use std::time::Duration;
use tokio::task::JoinHandle;

/// How long feedback is kept and how often that is enforced.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Retention {
    /// Days an item is kept; 0 keeps everything.
    pub keep_days: u64,
    /// How often old items are looked for.
    pub check_every: Duration,
}

/// The Unix second before which items are deleted when kept `days` days at `now`.
pub fn cutoff(now: i64, days: u64) -> i64 {
    let days = i64::try_from(days).unwrap_or(i64::MAX);
    now.saturating_sub(days.saturating_mul(86_400))
}

/// Starts the scheduled purge; none when everything is kept. Abort the handle to stop it.
pub fn spawn_purge(store: Store, retention: Retention) -> Option<JoinHandle<()>> {
    if retention.keep_days == 0 {
        return None;
    }
    Some(tokio::spawn(async move {
        let mut tick = tokio::time::interval(retention.check_every);
        tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        loop {
            tick.tick().await;
            match store
                .purge_older_than(cutoff(clock::now(), retention.keep_days))
                .await
            {
                Ok(0) => {}
                Ok(deleted) => tracing::info!(
                    deleted,
                    keep_days = retention.keep_days,
                    "retention: deleted old feedback"
                ),
                Err(error) => {
                    tracing::warn!(%error, "retention: the purge failed; trying again later")
                }
            }
        }
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_cutoff_is_whole_days_back() {
        assert_eq!(cutoff(1_000_000, 1), 1_000_000 - 86_400);
        assert_eq!(cutoff(1_000_000, 0), 1_000_000);
        assert!(
            cutoff(0, u64::MAX) < -(1 << 62),
            "a huge period keeps everything"
        );
    }
}

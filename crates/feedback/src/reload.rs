//! Values read from files that follow the files without a restart: the topics from the published
//! manifest, the page policy from the built site. A task checks one watched file every few
//! seconds and reloads when its bytes change; a failed reload keeps the last good value.

use sha2::{Digest, Sha256};
use std::path::{Path, PathBuf};
use std::sync::{Arc, RwLock, Weak};
use std::time::Duration;

/// A value that may be replaced while the service runs.
pub struct Reloading<T> {
    current: RwLock<Arc<T>>,
}

/// How a followed value is loaded: the file whose change means "reload", and the loader.
pub struct Source<T> {
    /// What is loaded, for the log (`topics`, `site policy`).
    pub what: &'static str,
    /// The file whose bytes are compared (the manifest, the site's index.html).
    pub watched: PathBuf,
    /// How often the file is checked.
    pub check_every: Duration,
    /// Reads the value (blocking file reads are fine: it runs off the request path).
    pub load: Box<dyn Fn() -> Result<T, String> + Send + Sync>,
}

fn fingerprint(path: &Path) -> Option<[u8; 32]> {
    std::fs::read(path)
        .ok()
        .map(|bytes| Sha256::digest(bytes).into())
}

impl<T: Send + Sync + 'static> Reloading<T> {
    /// A value that never changes (tests, fixed topics).
    pub fn fixed(value: T) -> Arc<Reloading<T>> {
        Arc::new(Reloading {
            current: RwLock::new(Arc::new(value)),
        })
    }

    /// The value now.
    pub fn current(&self) -> Arc<T> {
        self.current
            .read()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
            .clone()
    }

    fn replace(&self, value: T) {
        *self
            .current
            .write()
            .unwrap_or_else(|poisoned| poisoned.into_inner()) = Arc::new(value);
    }

    /// Loads the value now (an error here is the caller's), then follows its file from a task
    /// that ends when the value is no longer used. Must be called inside the Tokio runtime.
    pub fn follow(source: Source<T>) -> Result<Arc<Reloading<T>>, String> {
        let mut last = fingerprint(&source.watched);
        let reloading = Reloading::fixed((source.load)()?);
        let weak: Weak<Reloading<T>> = Arc::downgrade(&reloading);
        let source = Arc::new(source);
        tokio::spawn(async move {
            let mut tick = tokio::time::interval(source.check_every);
            tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
            tick.tick().await; // the first tick is now: the value was just loaded
            loop {
                tick.tick().await;
                let Some(target) = weak.upgrade() else { break };
                let now = fingerprint(&source.watched);
                if now == last {
                    continue;
                }
                last = now;
                let loader = source.clone();
                match tokio::task::spawn_blocking(move || (loader.load)()).await {
                    Ok(Ok(value)) => {
                        target.replace(value);
                        tracing::info!(what = source.what, "reloaded after its file changed");
                    }
                    Ok(Err(error)) => {
                        tracing::warn!(what = source.what, %error, "reload failed; keeping the last good one");
                    }
                    Err(error) => {
                        tracing::error!(what = source.what, %error, "reload task failed");
                    }
                }
            }
        });
        Ok(reloading)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn a_changed_file_is_reloaded_and_a_broken_one_keeps_the_last_value() {
        let dir = std::env::temp_dir().join(format!("reload-test-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let file = dir.join("value.txt");
        std::fs::write(&file, "1").unwrap();
        let read = file.clone();
        let value = Reloading::follow(Source {
            what: "number",
            watched: file.clone(),
            check_every: Duration::from_millis(10),
            load: Box::new(move || {
                std::fs::read_to_string(&read)
                    .map_err(|e| e.to_string())?
                    .trim()
                    .parse::<u32>()
                    .map_err(|e| e.to_string())
            }),
        })
        .unwrap();
        assert_eq!(*value.current(), 1);
        let wait_for = |expected: u32| {
            let value = value.clone();
            async move {
                for _ in 0..500 {
                    if *value.current() == expected {
                        return;
                    }
                    tokio::time::sleep(Duration::from_millis(10)).await;
                }
                panic!("the value never became {expected}");
            }
        };
        std::fs::write(&file, "2").unwrap();
        wait_for(2).await;
        std::fs::write(&file, "not a number").unwrap();
        tokio::time::sleep(Duration::from_millis(100)).await;
        assert_eq!(
            *value.current(),
            2,
            "a broken file keeps the last good value"
        );
        std::fs::write(&file, "3").unwrap();
        wait_for(3).await;
        std::fs::remove_dir_all(&dir).unwrap();
    }
}

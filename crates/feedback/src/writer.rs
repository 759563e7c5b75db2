//! Group commit: submissions wait in a queue, one task writes everything waiting in a single
//! durable transaction, then answers each sender. One fsync serves many submissions, so the
//! service accepts thousands per second with `synchronous=FULL`, and a 201 still means "committed".
//! When a batch fails, its submissions are tried one by one, so one bad row cannot fail the others.

use crate::metrics::Metrics;
use crate::store::{Outcome, Store};
use crate::submission::Submission;
use std::sync::Arc;
use std::time::Instant;
use tokio::sync::{mpsc, oneshot};

/// Most submissions in one transaction.
pub const MAX_BATCH: usize = 512;

type Reply = oneshot::Sender<Result<Outcome, String>>;

/// The handle request handlers use to store a submission.
#[derive(Clone)]
pub struct Writer {
    queue: mpsc::Sender<(Submission, Reply)>,
}

/// Why a submission could not be stored.
#[derive(Debug, PartialEq, Eq)]
pub enum WriteError {
    /// The writer has stopped (the service is shutting down).
    Stopped,
    /// The transaction failed; nothing of it was stored.
    Failed(String),
}

/// Commits a batch, timing the commit; on failure, each submission alone.
async fn commit(
    store: &Store,
    metrics: &Metrics,
    submissions: &[Submission],
) -> Vec<Result<Outcome, String>> {
    let started = Instant::now();
    let result = store.insert_batch(submissions).await;
    metrics.observe_commit(started.elapsed(), submissions.len());
    match result {
        Ok(outcomes) => outcomes.into_iter().map(Ok).collect(),
        Err(error) if submissions.len() == 1 => {
            tracing::error!(%error, "a submission could not be stored");
            vec![Err(error.to_string())]
        }
        Err(error) => {
            tracing::warn!(%error, batch = submissions.len(), "a batch failed; storing its submissions one by one");
            let mut results = Vec::with_capacity(submissions.len());
            for submission in submissions {
                let started = Instant::now();
                let result = store.insert_batch(std::slice::from_ref(submission)).await;
                metrics.observe_commit(started.elapsed(), 1);
                results.push(match result {
                    Ok(mut outcomes) => outcomes.pop().ok_or_else(|| "no outcome".to_string()),
                    Err(error) => {
                        tracing::error!(%error, "a submission could not be stored");
                        Err(error.to_string())
                    }
                });
            }
            results
        }
    }
}

impl Writer {
    /// Starts the writer task; it ends when every `Writer` handle is dropped and the queue is empty.
    pub fn start(store: Store, metrics: Arc<Metrics>) -> (Writer, tokio::task::JoinHandle<()>) {
        let (queue, mut receiver) = mpsc::channel::<(Submission, Reply)>(MAX_BATCH * 8);
        let task = tokio::spawn(async move {
            let mut batch = Vec::with_capacity(MAX_BATCH);
            while let Some(first) = receiver.recv().await {
                batch.push(first);
                while batch.len() < MAX_BATCH {
                    match receiver.try_recv() {
                        Ok(job) => batch.push(job),
                        Err(_) => break,
                    }
                }
                let submissions: Vec<Submission> = batch.iter().map(|(s, _)| s.clone()).collect();
                let results = commit(&store, &metrics, &submissions).await;
                for ((_, reply), result) in batch.drain(..).zip(results) {
                    // The sender may have gone (timed out); the row is committed all the same,
                    // and its retry with the same key gets this answer.
                    let _ = reply.send(result);
                }
            }
        });
        (Writer { queue }, task)
    }

    /// Stores a submission; returns once it is committed (or refused).
    pub async fn write(&self, submission: Submission) -> Result<Outcome, WriteError> {
        let (reply, answer) = oneshot::channel();
        self.queue
            .send((submission, reply))
            .await
            .map_err(|_| WriteError::Stopped)?;
        match answer.await {
            Ok(Ok(outcome)) => Ok(outcome),
            Ok(Err(message)) => Err(WriteError::Failed(message)),
            Err(_) => Err(WriteError::Stopped),
        }
    }
}

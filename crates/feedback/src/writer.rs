//! Group commit: submissions wait in a queue, one task writes everything waiting in a single
//! durable transaction, then answers each sender. One fsync serves many submissions, so the
//! service accepts thousands per second with `synchronous=FULL`, and a 201 still means "committed".

use crate::store::{Outcome, Store, StoreError};
use crate::submission::Submission;
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
    /// The transaction failed; nothing of the batch was stored.
    Failed(String),
}

impl Writer {
    /// Starts the writer task; it ends when every `Writer` handle is dropped and the queue is empty.
    pub fn start(store: Store) -> (Writer, tokio::task::JoinHandle<()>) {
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
                let result: Result<Vec<Outcome>, StoreError> =
                    store.insert_batch(&submissions).await;
                match result {
                    Ok(outcomes) => {
                        for ((_, reply), outcome) in batch.drain(..).zip(outcomes) {
                            let _ = reply.send(Ok(outcome));
                        }
                    }
                    Err(error) => {
                        let message = error.to_string();
                        for (_, reply) in batch.drain(..) {
                            let _ = reply.send(Err(message.clone()));
                        }
                    }
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

//! Progress roll-ups: how many measures stand in each status, per goal or overall.
//! "Not yet reported" is its own group, never counted as zero progress.

use crate::snapshot::Snapshot;
use crate::status::Status;
use crate::strategy::Measure;

/// Counts of measures per status.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct StatusCounts {
    counts: [usize; Status::ALL.len()],
}

impl StatusCounts {
    /// Counts the statuses of `measures` in `snapshot`.
    pub fn of<'a>(measures: impl IntoIterator<Item = &'a Measure>, snapshot: &Snapshot) -> Self {
        let mut counts = StatusCounts::default();
        for measure in measures {
            counts.add(snapshot.status_of(&measure.id));
        }
        counts
    }

    /// Adds one measure in `status`.
    pub fn add(&mut self, status: Status) {
        self.counts[Self::index(status)] += 1;
    }

    fn index(status: Status) -> usize {
        Status::ALL.iter().position(|s| *s == status).unwrap_or(0)
    }

    /// Measures in `status`.
    pub fn get(&self, status: Status) -> usize {
        self.counts[Self::index(status)]
    }

    /// All measures counted.
    pub fn total(&self) -> usize {
        self.counts.iter().sum()
    }

    /// Measures with any reported status.
    pub fn reported(&self) -> usize {
        self.total() - self.get(Status::NotYetReported)
    }

    /// (status, count) for every status with at least one measure, in taxonomy order.
    pub fn non_zero(&self) -> Vec<(Status, usize)> {
        Status::ALL
            .into_iter()
            .map(|s| (s, self.get(s)))
            .filter(|(_, n)| *n > 0)
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_support::{measure, snapshot_with};

    #[test]
    fn unreported_measures_form_their_own_group() {
        let measures = [measure("8.1.1.1"), measure("8.1.1.2"), measure("8.1.1.3")];
        let snapshot = snapshot_with(&[("8.1.1.2", Status::InProgress)]);
        let counts = StatusCounts::of(&measures, &snapshot);
        assert_eq!(counts.total(), 3);
        assert_eq!(counts.get(Status::NotYetReported), 2);
        assert_eq!(counts.get(Status::InProgress), 1);
        assert_eq!(counts.reported(), 1);
        assert_eq!(
            counts.non_zero(),
            vec![(Status::NotYetReported, 2), (Status::InProgress, 1)]
        );
    }
}

//! The fixed taxonomy of a measure's implementation status.

use crate::code::code_enum;
pub use crate::code::Code;

code_enum! {
    /// Where a measure stands in a snapshot. "Not yet reported" is the default and is never
    /// counted as zero progress: it means nobody has reported anything.
    pub enum Status {
        /// Nothing has been reported for this measure.
        NotYetReported = "not_yet_reported",
        /// Reported as not started.
        NotStarted = "not_started",
        /// Reported as under way.
        InProgress = "in_progress",
        /// Reported as behind its schedule.
        Delayed = "delayed",
        /// Reported as done.
        Completed = "completed",
        /// Reported as stopped.
        Discontinued = "discontinued",
    }
}

impl Status {
    /// True for the statuses that close a measure (completed, discontinued): a measure with any
    /// other status, "not yet reported" included, is still open.
    pub fn is_closed(self) -> bool {
        matches!(self, Status::Completed | Status::Discontinued)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip() {
        for status in Status::ALL {
            assert_eq!(status.code().parse::<Status>().unwrap(), status);
        }
        assert!("done".parse::<Status>().is_err());
    }
}

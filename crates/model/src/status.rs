//! The fixed taxonomy of a measure's implementation status.

use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;

/// Where a measure stands in a snapshot. "Not yet reported" is the default and is never counted
/// as zero progress: it means nobody has reported anything.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// Nothing has been reported for this measure.
    NotYetReported,
    /// Reported as not started.
    NotStarted,
    /// Reported as under way.
    InProgress,
    /// Reported as behind its schedule.
    Delayed,
    /// Reported as done.
    Completed,
    /// Reported as stopped.
    Discontinued,
}

impl Status {
    /// Every status, in the order the site lists them.
    pub const ALL: [Status; 6] = [
        Status::NotYetReported,
        Status::NotStarted,
        Status::InProgress,
        Status::Delayed,
        Status::Completed,
        Status::Discontinued,
    ];

    /// The code used in source files, URLs and CSV.
    pub fn code(self) -> &'static str {
        match self {
            Status::NotYetReported => "not_yet_reported",
            Status::NotStarted => "not_started",
            Status::InProgress => "in_progress",
            Status::Delayed => "delayed",
            Status::Completed => "completed",
            Status::Discontinued => "discontinued",
        }
    }
}

/// A text that is not a status code.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UnknownStatus(pub String);

impl fmt::Display for UnknownStatus {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let codes: Vec<&str> = Status::ALL.iter().map(|s| s.code()).collect();
        write!(
            f,
            "`{}` is not a status; use one of: {}",
            self.0,
            codes.join(", ")
        )
    }
}

impl std::error::Error for UnknownStatus {}

impl FromStr for Status {
    type Err = UnknownStatus;

    fn from_str(s: &str) -> Result<Status, UnknownStatus> {
        Status::ALL
            .into_iter()
            .find(|status| status.code() == s)
            .ok_or_else(|| UnknownStatus(s.to_string()))
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

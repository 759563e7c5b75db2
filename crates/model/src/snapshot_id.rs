//! Snapshot ids: one per quarter (`2026-Q3`), and corrections of a quarter (`2026-Q3-r2`).
//!
//! People quote these in links (`?as_of=2026-Q3`), so the form is short and fixed. They sort
//! by year, then quarter, then revision.

use crate::date::Date;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;
use std::str::FromStr;

/// The id of a progress snapshot.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct SnapshotId {
    year: u16,
    quarter: u8,
    revision: u8,
}

/// Why a text is not a snapshot id.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SnapshotIdError(pub String);

impl fmt::Display for SnapshotIdError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "`{}` is not a snapshot id: write YYYY-Qn (e.g. 2026-Q3), or YYYY-Qn-rN for a correction",
            self.0
        )
    }
}

impl std::error::Error for SnapshotIdError {}

impl SnapshotId {
    /// The first publication for a quarter.
    pub fn new(year: u16, quarter: u8) -> Option<SnapshotId> {
        ((1..=4).contains(&quarter) && (2000..=2999).contains(&year)).then_some(SnapshotId {
            year,
            quarter,
            revision: 1,
        })
    }

    /// The year the quarter belongs to.
    pub fn year(self) -> u16 {
        self.year
    }

    /// The quarter, 1–4.
    pub fn quarter(self) -> u8 {
        self.quarter
    }

    /// 1 for the first publication, 2 and up for corrections.
    pub fn revision(self) -> u8 {
        self.revision
    }

    /// The next revision of the same quarter (a correction).
    pub fn next_revision(self) -> SnapshotId {
        SnapshotId {
            revision: self.revision + 1,
            ..self
        }
    }

    /// The first publication of the following quarter.
    pub fn next_quarter(self) -> SnapshotId {
        if self.quarter == 4 {
            SnapshotId {
                year: self.year + 1,
                quarter: 1,
                revision: 1,
            }
        } else {
            SnapshotId {
                quarter: self.quarter + 1,
                revision: 1,
                ..self
            }
        }
    }

    /// The last day of the quarter.
    pub fn quarter_end(self) -> Date {
        let month = self.quarter * 3;
        let first = Date::new(i32::from(self.year), month, 1).expect("quarter months are valid");
        first.end_of_month_after(0)
    }
}

impl FromStr for SnapshotId {
    type Err = SnapshotIdError;

    fn from_str(s: &str) -> Result<SnapshotId, SnapshotIdError> {
        let err = || SnapshotIdError(s.to_string());
        let (quarter_part, revision) = match s.split_once("-r") {
            Some((head, rev)) if !rev.is_empty() && rev.bytes().all(|b| b.is_ascii_digit()) => {
                let revision: u8 = rev.parse().map_err(|_| err())?;
                if revision < 2 {
                    return Err(err());
                }
                (head, revision)
            }
            Some(_) => return Err(err()),
            None => (s, 1),
        };
        let (year, quarter) = quarter_part.split_once("-Q").ok_or_else(err)?;
        if year.len() != 4 || quarter.len() != 1 || !year.bytes().all(|b| b.is_ascii_digit()) {
            return Err(err());
        }
        let id = SnapshotId::new(
            year.parse().map_err(|_| err())?,
            quarter.parse().map_err(|_| err())?,
        )
        .ok_or_else(err)?;
        Ok(SnapshotId { revision, ..id })
    }
}

impl fmt::Display for SnapshotId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}-Q{}", self.year, self.quarter)?;
        if self.revision > 1 {
            write!(f, "-r{}", self.revision)?;
        }
        Ok(())
    }
}

impl Serialize for SnapshotId {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for SnapshotId {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<SnapshotId, D::Error> {
        String::deserialize(deserializer)?
            .parse()
            .map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_quarter_and_correction_ids() {
        for text in ["2026-Q3", "2027-Q1", "2026-Q3-r2"] {
            assert_eq!(text.parse::<SnapshotId>().unwrap().to_string(), text);
        }
    }

    #[test]
    fn refuses_ill_formed_ids() {
        for text in [
            "2026Q3",
            "2026-Q5",
            "2026-Q0",
            "26-Q3",
            "2026-Q3-r1",
            "2026-Q3-r",
            "2026-Q3-x2",
            "",
        ] {
            assert!(
                text.parse::<SnapshotId>().is_err(),
                "{text} should be refused"
            );
        }
    }

    #[test]
    fn orders_by_year_quarter_revision() {
        let ids: Vec<SnapshotId> = ["2026-Q4", "2026-Q3-r2", "2027-Q1", "2026-Q3"]
            .iter()
            .map(|s| s.parse().unwrap())
            .collect();
        let mut sorted = ids.clone();
        sorted.sort();
        let printed: Vec<String> = sorted.iter().map(ToString::to_string).collect();
        assert_eq!(printed, ["2026-Q3", "2026-Q3-r2", "2026-Q4", "2027-Q1"]);
    }

    #[test]
    fn knows_quarter_ends_and_successors() {
        let q3: SnapshotId = "2026-Q3".parse().unwrap();
        assert_eq!(q3.quarter_end().to_string(), "2026-09-30");
        assert_eq!(q3.next_quarter().to_string(), "2026-Q4");
        assert_eq!(
            "2026-Q4"
                .parse::<SnapshotId>()
                .unwrap()
                .next_quarter()
                .to_string(),
            "2027-Q1"
        );
        assert_eq!(q3.next_revision().to_string(), "2026-Q3-r2");
    }
}

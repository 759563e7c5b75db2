//! A span of years: the strategy's own period (document.toml, the one home of its years) and
//! each measure's period.

use serde::{Deserialize, Serialize};

/// A span of years, inclusive.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Period {
    /// First year.
    pub start: u16,
    /// Last year.
    pub end: u16,
}

impl Period {
    /// True when the period includes `year`.
    pub fn contains(self, year: u16) -> bool {
        (self.start..=self.end).contains(&year)
    }

    /// Every year of the period, in order.
    pub fn years(self) -> std::ops::RangeInclusive<u16> {
        self.start..=self.end
    }
}

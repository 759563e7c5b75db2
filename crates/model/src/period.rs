//! A span of years: the strategy's own period (document.toml, the one home of its years) and
//! each measure's period.

use crate::date::Date;
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

    /// True when the whole period lies before `date`: the date is after 31 December of the
    /// period's last year (on 31 December itself the period has not ended yet).
    pub fn has_ended_by(self, date: Date) -> bool {
        date.year() > i32::from(self.end)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_period_ends_after_31_december_of_its_last_year() {
        let period = Period {
            start: 2026,
            end: 2028,
        };
        let day = |y, m, d| Date::new(y, m, d).unwrap();
        assert!(!period.has_ended_by(day(2026, 9, 30)));
        assert!(!period.has_ended_by(day(2028, 12, 31)));
        assert!(period.has_ended_by(day(2029, 1, 1)));
        assert!(period.has_ended_by(day(2031, 6, 30)));
    }
}

//! Calendar dates (`YYYY-MM-DD`) without a time zone, as snapshots and reports use them.

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;
use std::str::FromStr;

/// A valid Gregorian calendar date.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    year: i32,
    month: u8,
    day: u8,
}

/// Why a text is not a valid date.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DateError {
    /// Not of the form `YYYY-MM-DD`.
    Format(String),
    /// Well-formed but not on the calendar (e.g. `2026-02-30`).
    NotOnCalendar(String),
}

impl fmt::Display for DateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DateError::Format(s) => write!(f, "`{s}` is not a date: write it as YYYY-MM-DD"),
            DateError::NotOnCalendar(s) => write!(f, "`{s}` is not a day on the calendar"),
        }
    }
}

impl std::error::Error for DateError {}

fn is_leap(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

/// Number of days in a month of a year.
pub fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(year) => 29,
        2 => 28,
        _ => 0,
    }
}

impl Date {
    /// A date, if it is on the calendar.
    pub fn new(year: i32, month: u8, day: u8) -> Option<Date> {
        let valid = (1..=12).contains(&month) && day >= 1 && day <= days_in_month(year, month);
        valid.then_some(Date { year, month, day })
    }

    /// The year.
    pub fn year(self) -> i32 {
        self.year
    }

    /// The month, 1–12.
    pub fn month(self) -> u8 {
        self.month
    }

    /// The day of the month, 1–31.
    pub fn day(self) -> u8 {
        self.day
    }

    /// Days since 1970-01-01 (negative before), for differences between dates.
    pub fn days_since_epoch(self) -> i64 {
        // Howard Hinnant's days-from-civil algorithm.
        let y = i64::from(self.year) - i64::from(self.month <= 2);
        let era = if y >= 0 { y } else { y - 399 } / 400;
        let yoe = y - era * 400;
        let m = i64::from(self.month);
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(self.day) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    /// The last day of the month that `months` months after this date's month.
    pub fn end_of_month_after(self, months: u32) -> Date {
        let index = self.year as i64 * 12 + i64::from(self.month - 1) + i64::from(months);
        let year = index.div_euclid(12) as i32;
        let month = (index.rem_euclid(12) + 1) as u8;
        Date {
            year,
            month,
            day: days_in_month(year, month),
        }
    }
}

impl FromStr for Date {
    type Err = DateError;

    fn from_str(s: &str) -> Result<Date, DateError> {
        let bytes = s.as_bytes();
        let shaped = bytes.len() == 10
            && bytes[4] == b'-'
            && bytes[7] == b'-'
            && bytes
                .iter()
                .enumerate()
                .all(|(i, b)| i == 4 || i == 7 || b.is_ascii_digit());
        if !shaped {
            return Err(DateError::Format(s.to_string()));
        }
        let year = s[0..4].parse().map_err(|_| DateError::Format(s.into()))?;
        let month = s[5..7].parse().map_err(|_| DateError::Format(s.into()))?;
        let day = s[8..10].parse().map_err(|_| DateError::Format(s.into()))?;
        Date::new(year, month, day).ok_or_else(|| DateError::NotOnCalendar(s.to_string()))
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl Serialize for Date {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Date, D::Error> {
        let text = String::deserialize(deserializer)?;
        text.parse().map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_and_prints_iso_dates() {
        let date: Date = "2026-11-25".parse().unwrap();
        assert_eq!((date.year(), date.month(), date.day()), (2026, 11, 25));
        assert_eq!(date.to_string(), "2026-11-25");
    }

    #[test]
    fn refuses_malformed_and_impossible_dates() {
        assert!(matches!(
            "2026-2-1".parse::<Date>(),
            Err(DateError::Format(_))
        ));
        assert!(matches!(
            "25.11.2026".parse::<Date>(),
            Err(DateError::Format(_))
        ));
        assert!(matches!(
            "2026-02-29".parse::<Date>(),
            Err(DateError::NotOnCalendar(_))
        ));
        assert!("2028-02-29".parse::<Date>().is_ok());
        assert!("2026-13-01".parse::<Date>().is_err());
    }

    #[test]
    fn counts_days_between_dates() {
        let epoch = Date::new(1970, 1, 1).unwrap();
        assert_eq!(epoch.days_since_epoch(), 0);
        let a = Date::new(2026, 9, 30).unwrap();
        let b = Date::new(2026, 11, 25).unwrap();
        assert_eq!(b.days_since_epoch() - a.days_since_epoch(), 56);
    }

    #[test]
    fn finds_month_ends() {
        let d = Date::new(2026, 9, 30).unwrap();
        assert_eq!(d.end_of_month_after(4), Date::new(2027, 1, 31).unwrap());
        assert_eq!(
            Date::new(2027, 11, 3).unwrap().end_of_month_after(3),
            Date::new(2028, 2, 29).unwrap()
        );
    }
}

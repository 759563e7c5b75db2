//! Numbers and dates as CLDR writes them for each language.
//!
//! Chromium's `Intl` has no Azerbaijani data (it prints "40,000.5" and "2026 M11 25" for `az`),
//! so the app and the prerender step format with these plain functions instead:
//! az "40.000,5", "1,87%", "25 noyabr 2026"; en "40,000.5", "1.87%", "25 November 2026".

mod az_suffix;

pub use az_suffix::{
    az_ablative_suffix, az_ablative_suffix_of_value, az_last_spoken_word, az_ordinal_suffix,
};

use crate::date::Date;
use crate::lang::Lang;

const AZ_MONTHS: [&str; 12] = [
    "yanvar", "fevral", "mart", "aprel", "may", "iyun", "iyul", "avqust", "sentyabr", "oktyabr",
    "noyabr", "dekabr",
];
const EN_MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

fn separators(lang: Lang) -> (char, char) {
    // (grouping, decimal)
    match lang {
        Lang::Az => ('.', ','),
        Lang::En => (',', '.'),
    }
}

/// Formats a number with grouping and at most `max_fraction` fraction digits, trailing zeros
/// dropped: `format_number(40000.5, 2, Az)` → `"40.000,5"`. Non-finite values print as "–".
pub fn format_number(value: f64, max_fraction: u8, lang: Lang) -> String {
    if !value.is_finite() {
        return "–".to_string();
    }
    let (group, decimal) = separators(lang);
    let (int_part, frac_part) = printed_digits(value, max_fraction);
    let mut grouped = String::new();
    for (i, digit) in int_part.chars().enumerate() {
        if i > 0 && (int_part.len() - i) % 3 == 0 {
            grouped.push(group);
        }
        grouped.push(digit);
    }
    let is_zero = int_part.chars().all(|c| c == '0') && frac_part.is_empty();
    let mut out = String::new();
    if value < 0.0 && !is_zero {
        out.push('-');
    }
    out.push_str(&grouped);
    if !frac_part.is_empty() {
        out.push(decimal);
        out.push_str(&frac_part);
    }
    out
}

/// The digits [`format_number`] prints for a finite value: the whole part, and the fraction
/// rounded half up to `max_fraction` digits with trailing zeros dropped (empty for a whole
/// number). Rounding starts from the shortest decimal that reads back as the same value (what
/// an editor typed, "999.995"), not from its binary approximation (999.99499…), so a value
/// reads as people round it: 999,995 → 1.000.
fn printed_digits(value: f64, max_fraction: u8) -> (String, String) {
    let shortest = format!("{}", value.abs());
    let (int_part, frac_part) = shortest.split_once('.').unwrap_or((&shortest, ""));
    let keep = usize::from(max_fraction).min(frac_part.len());
    let round_up = frac_part.as_bytes().get(keep).is_some_and(|d| *d >= b'5');
    let mut digits: Vec<u8> = int_part.bytes().chain(frac_part[..keep].bytes()).collect();
    if round_up {
        let mut i = digits.len();
        loop {
            if i == 0 {
                digits.insert(0, b'1');
                break;
            }
            i -= 1;
            if digits[i] == b'9' {
                digits[i] = b'0';
            } else {
                digits[i] += 1;
                break;
            }
        }
    }
    let split = digits.len() - keep;
    let whole = String::from_utf8_lossy(&digits[..split]).into_owned();
    let fraction = String::from_utf8_lossy(&digits[split..])
        .trim_end_matches('0')
        .to_string();
    (whole, fraction)
}

/// Formats a value that already is a percentage: `format_percent(1.87, Az)` → `"1,87%"`.
pub fn format_percent(value: f64, lang: Lang) -> String {
    format!("{}%", format_number(value, 2, lang))
}

/// An ordinal year in a language: az "2026-cı il", en "2026".
pub fn year_ordinal(year: u16, lang: Lang) -> String {
    match lang {
        Lang::Az => format!("{year}{} il", az_ordinal_suffix(u64::from(year))),
        Lang::En => year.to_string(),
    }
}

/// Formats a date in the long form: az "25 noyabr 2026", en "25 November 2026".
pub fn format_date(date: Date, lang: Lang) -> String {
    let months = match lang {
        Lang::Az => &AZ_MONTHS,
        Lang::En => &EN_MONTHS,
    };
    format!(
        "{} {} {}",
        date.day(),
        months[usize::from(date.month() - 1)],
        date.year()
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn azerbaijani_numbers_use_point_grouping_and_comma_decimals() {
        assert_eq!(format_number(40000.0, 2, Lang::Az), "40.000");
        assert_eq!(format_number(40000.5, 2, Lang::Az), "40.000,5");
        assert_eq!(format_number(1.66, 2, Lang::Az), "1,66");
        assert_eq!(format_number(1_234_567.0, 0, Lang::Az), "1.234.567");
        assert_eq!(format_number(300.0, 2, Lang::Az), "300");
    }

    #[test]
    fn english_numbers_use_comma_grouping_and_point_decimals() {
        assert_eq!(format_number(40000.0, 2, Lang::En), "40,000");
        assert_eq!(format_number(40000.5, 2, Lang::En), "40,000.5");
        assert_eq!(format_number(1.66, 2, Lang::En), "1.66");
        assert_eq!(format_number(-2500.25, 2, Lang::En), "-2,500.25");
    }

    #[test]
    fn odd_values_never_panic() {
        assert_eq!(format_number(f64::NAN, 2, Lang::Az), "–");
        assert_eq!(format_number(f64::INFINITY, 2, Lang::En), "–");
        assert_eq!(format_number(-0.0001, 2, Lang::En), "0");
        assert_eq!(format_number(1e15, 0, Lang::En), "1,000,000,000,000,000");
    }

    #[test]
    fn percentages_per_language() {
        assert_eq!(format_percent(1.87, Lang::Az), "1,87%");
        assert_eq!(format_percent(1.87, Lang::En), "1.87%");
    }

    #[test]
    fn long_dates_per_language() {
        let date = Date::new(2026, 11, 25).unwrap();
        assert_eq!(format_date(date, Lang::Az), "25 noyabr 2026");
        assert_eq!(format_date(date, Lang::En), "25 November 2026");
    }

    #[test]
    fn zero_and_negatives_in_both_languages() {
        for lang in Lang::ALL {
            assert_eq!(format_number(0.0, 2, lang), "0");
            assert_eq!(format_number(-0.0, 2, lang), "0");
            assert_eq!(
                format_number(-0.001, 2, lang),
                "0",
                "rounds to zero: no minus"
            );
        }
        assert_eq!(format_number(-1234.5, 2, Lang::Az), "-1.234,5");
        assert_eq!(format_number(-1234.5, 2, Lang::En), "-1,234.5");
        assert_eq!(format_percent(0.0, Lang::Az), "0%");
        assert_eq!(format_percent(0.0, Lang::En), "0%");
    }

    #[test]
    fn rounding_that_carries_into_the_next_digit_and_group() {
        assert_eq!(format_number(999.995, 2, Lang::Az), "1.000");
        assert_eq!(format_number(999.995, 2, Lang::En), "1,000");
        assert_eq!(format_number(99_999.999, 2, Lang::Az), "100.000");
        assert_eq!(format_number(0.995, 2, Lang::En), "1");
        assert_eq!(format_number(1.005, 2, Lang::Az), "1,01");
        assert_eq!(format_number(2.675, 2, Lang::En), "2.68");
        assert_eq!(format_number(1.994, 2, Lang::Az), "1,99");
        assert_eq!(format_number(-999.995, 2, Lang::Az), "-1.000");
        assert_eq!(format_number(0.5, 0, Lang::En), "1");
        assert_eq!(format_number(1.66, 1, Lang::Az), "1,7");
    }

    #[test]
    fn large_numbers_and_percentages() {
        assert_eq!(format_number(1_250_000_000.0, 2, Lang::Az), "1.250.000.000");
        assert_eq!(format_number(1_250_000_000.0, 2, Lang::En), "1,250,000,000");
        assert_eq!(format_percent(100.0, Lang::Az), "100%");
        assert_eq!(format_percent(250.5, Lang::Az), "250,5%");
        assert_eq!(format_percent(1234.567, Lang::En), "1,234.57%");
        assert_eq!(
            format_number(1e21, 2, Lang::En),
            "1,000,000,000,000,000,000,000"
        );
    }

    #[test]
    fn dates_at_month_and_year_ends() {
        let date = |y, m, d| Date::new(y, m, d).unwrap();
        assert_eq!(format_date(date(2026, 12, 31), Lang::Az), "31 dekabr 2026");
        assert_eq!(
            format_date(date(2026, 12, 31), Lang::En),
            "31 December 2026"
        );
        assert_eq!(format_date(date(2027, 1, 1), Lang::Az), "1 yanvar 2027");
        assert_eq!(format_date(date(2027, 1, 1), Lang::En), "1 January 2027");
        assert_eq!(format_date(date(2028, 2, 29), Lang::Az), "29 fevral 2028");
        assert_eq!(
            format_date(date(2026, 9, 30), Lang::En),
            "30 September 2026"
        );
        assert!(Date::new(2027, 2, 29).is_none(), "2027 is not a leap year");
    }
}

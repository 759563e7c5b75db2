//! Numbers and dates as CLDR writes them for each language.
//!
//! Chromium's `Intl` has no Azerbaijani data (it prints "40,000.5" and "2026 M11 25" for `az`),
//! so the app and the prerender step format with these plain functions instead:
//! az "40.000,5", "1,87%", "25 noyabr 2026"; en "40,000.5", "1.87%", "25 November 2026".

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
    let fixed = format!("{:.*}", usize::from(max_fraction), value.abs());
    let (int_part, frac_part) = match fixed.split_once('.') {
        Some((i, f)) => (i.to_string(), f.trim_end_matches('0').to_string()),
        None => (fixed.clone(), String::new()),
    };
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

/// Formats a value that already is a percentage: `format_percent(1.87, Az)` → `"1,87%"`.
pub fn format_percent(value: f64, lang: Lang) -> String {
    format!("{}%", format_number(value, 2, lang))
}

/// The Azerbaijani ordinal suffix of a number, by vowel harmony with its last spoken word:
/// 2026-cı, 2027-ci, 2024-cü, 2029-cu, 2030-cu, 2040-cı, 2100-cü.
pub fn az_ordinal_suffix(n: u64) -> &'static str {
    // The last non-zero part decides: units, else tens, else hundreds/thousands.
    let units = n % 10;
    let tens = (n / 10) % 10;
    if units != 0 {
        return match units {
            1 | 2 | 5 | 7 | 8 => "-ci",
            3 | 4 => "-cü",
            6 => "-cı",
            _ => "-cu", // 9: doqquz
        };
    }
    if tens != 0 {
        return match tens {
            1 | 3 => "-cu",         // on, otuz
            2 | 5 | 7 | 8 => "-ci", // iyirmi, əlli, yetmiş, səksən
            _ => "-cı",             // qırx, altmış, doxsan
        };
    }
    if n.is_multiple_of(1000) && n != 0 {
        "-ci" // min
    } else if n.is_multiple_of(100) && n != 0 {
        "-cü" // yüz
    } else {
        "-cı" // sıfır
    }
}

/// The Azerbaijani ablative suffix of a number ("-dən"/"-dan"), by the same vowel harmony as
/// the ordinal: 600.000-dən, 30-dan, 88-dən, 6-dan.
pub fn az_ablative_suffix(n: u64) -> &'static str {
    match az_ordinal_suffix(n) {
        "-cı" | "-cu" => "-dan",
        _ => "-dən",
    }
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
    fn azerbaijani_ordinals_follow_vowel_harmony() {
        let cases = [
            (2026, "-cı"),
            (2027, "-ci"),
            (2028, "-ci"),
            (2029, "-cu"),
            (2024, "-cü"),
            (2022, "-ci"),
            (2030, "-cu"),
            (2040, "-cı"),
            (2100, "-cü"),
            (2000, "-ci"),
            (2023, "-cü"),
            (2035, "-ci"),
        ];
        for (n, suffix) in cases {
            assert_eq!(az_ordinal_suffix(n), suffix, "{n}");
        }
        assert_eq!(year_ordinal(2026, Lang::Az), "2026-cı il");
        assert_eq!(az_ablative_suffix(600_000), "-dən");
        assert_eq!(az_ablative_suffix(30), "-dan");
        assert_eq!(az_ablative_suffix(88), "-dən");
        assert_eq!(az_ablative_suffix(6), "-dan");
        assert_eq!(year_ordinal(2026, Lang::En), "2026");
    }

    #[test]
    fn long_dates_per_language() {
        let date = Date::new(2026, 11, 25).unwrap();
        assert_eq!(format_date(date, Lang::Az), "25 noyabr 2026");
        assert_eq!(format_date(date, Lang::En), "25 November 2026");
    }
}

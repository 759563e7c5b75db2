//! The suffix Azerbaijani writes after a number (`2026-cı`, `40.000-dən`) agrees with the last
//! word the number is read aloud with: that word, and the ordinal and ablative suffixes of it.

use super::printed_digits;

const AZ_UNITS: [&str; 10] = [
    "sıfır", "bir", "iki", "üç", "dörd", "beş", "altı", "yeddi", "səkkiz", "doqquz",
];
const AZ_TENS: [&str; 10] = [
    "", "on", "iyirmi", "otuz", "qırx", "əlli", "altmış", "yetmiş", "səksən", "doxsan",
];
/// The names of the powers of a thousand, as far as a `u64` goes.
const AZ_SCALES: [&str; 7] = [
    "",
    "min",
    "milyon",
    "milyard",
    "trilyon",
    "kvadrilyon",
    "kvintilyon",
];

/// The last word of a whole number read aloud in Azerbaijani, which the suffixes written after
/// its digits agree with: 0 "sıfır", 6 "altı", 30 "otuz", 100 "yüz", 2000 "min",
/// 1.000.000 "milyon", 1.500.000 "min" (bir milyon beş yüz min), 2.000.003 "üç".
pub fn az_last_spoken_word(n: u64) -> &'static str {
    if n == 0 {
        return AZ_UNITS[0];
    }
    // Read by groups of three digits, the lowest non-zero group last: its own last word,
    // then the name of its power of a thousand when it is not the units group.
    let mut rest = n;
    let mut scale = 0;
    while rest.is_multiple_of(1000) {
        rest /= 1000;
        scale += 1;
    }
    if scale > 0 {
        return AZ_SCALES[scale];
    }
    let units = rest % 10;
    let tens = (rest / 10) % 10;
    if units != 0 {
        AZ_UNITS[units as usize]
    } else if tens != 0 {
        AZ_TENS[tens as usize]
    } else {
        "yüz"
    }
}

/// The last vowel of an Azerbaijani word, which the vowel of a suffix harmonises with.
fn last_vowel(word: &str) -> char {
    word.chars()
        .rev()
        .find(|c| "aıoueəiöü".contains(*c))
        .unwrap_or('i')
}

/// The short ordinal suffix written after digits, by four-way vowel harmony with the word
/// (a, ı → -cı; e, ə, i → -ci; o, u → -cu; ö, ü → -cü).
fn ordinal_suffix_of_word(word: &str) -> &'static str {
    match last_vowel(word) {
        'a' | 'ı' => "-cı",
        'o' | 'u' => "-cu",
        'ö' | 'ü' => "-cü",
        _ => "-ci",
    }
}

/// The ablative suffix written after digits, by two-way vowel harmony with the word
/// (back a, ı, o, u → -dan; front e, ə, i, ö, ü → -dən).
fn ablative_suffix_of_word(word: &str) -> &'static str {
    match last_vowel(word) {
        'a' | 'ı' | 'o' | 'u' => "-dan",
        _ => "-dən",
    }
}

/// The Azerbaijani ordinal suffix of a number, by vowel harmony with its last spoken word
/// ([`az_last_spoken_word`]): 2026-cı, 2027-ci, 2024-cü, 2029-cu, 2030-cu, 2040-cı, 2100-cü,
/// 2000-ci, 1.000.000-cu.
pub fn az_ordinal_suffix(n: u64) -> &'static str {
    ordinal_suffix_of_word(az_last_spoken_word(n))
}

/// The Azerbaijani ablative suffix of a number ("-dən"/"-dan"), by vowel harmony with its last
/// spoken word: 600.000-dən, 30-dan, 88-dən, 6-dan, 1.000.000-dan.
pub fn az_ablative_suffix(n: u64) -> &'static str {
    ablative_suffix_of_word(az_last_spoken_word(n))
}

/// The ablative suffix after a value as [`format_number`] prints it with `max_fraction`
/// fraction digits. A fraction is read "bir tam onda beş" (1,5), "iki tam yüzdə iyirmi beş"
/// (2,25), so its last printed digit is the last spoken word: 1,5-dən, 1,6-dan; a whole value
/// is read as by [`az_ablative_suffix`]. The sign ("mənfi") comes first and does not matter.
/// `None` when there is no word to agree with (a non-finite value, or a whole part beyond a
/// `u64`).
pub fn az_ablative_suffix_of_value(value: f64, max_fraction: u8) -> Option<&'static str> {
    if !value.is_finite() {
        return None;
    }
    let (int_part, frac_part) = printed_digits(value, max_fraction);
    let word = match frac_part.chars().last().and_then(|d| d.to_digit(10)) {
        Some(digit) => AZ_UNITS[digit as usize],
        None => az_last_spoken_word(int_part.parse().ok()?),
    };
    Some(ablative_suffix_of_word(word))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::format::{format_number, year_ordinal};
    use crate::Lang;

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

    /// (number, last spoken word, ordinal suffix, ablative suffix).
    const READINGS: [(u64, &str, &str, &str); 38] = [
        (0, "sıfır", "-cı", "-dan"),
        (1, "bir", "-ci", "-dən"),
        (2, "iki", "-ci", "-dən"),
        (3, "üç", "-cü", "-dən"),
        (4, "dörd", "-cü", "-dən"),
        (5, "beş", "-ci", "-dən"),
        (6, "altı", "-cı", "-dan"),
        (7, "yeddi", "-ci", "-dən"),
        (8, "səkkiz", "-ci", "-dən"),
        (9, "doqquz", "-cu", "-dan"),
        (10, "on", "-cu", "-dan"),
        (20, "iyirmi", "-ci", "-dən"),
        (30, "otuz", "-cu", "-dan"),
        (40, "qırx", "-cı", "-dan"),
        (50, "əlli", "-ci", "-dən"),
        (60, "altmış", "-cı", "-dan"),
        (70, "yetmiş", "-ci", "-dən"),
        (80, "səksən", "-ci", "-dən"),
        (90, "doxsan", "-cı", "-dan"),
        (100, "yüz", "-cü", "-dən"),
        (700, "yüz", "-cü", "-dən"),
        (1000, "min", "-ci", "-dən"),
        (40_000, "min", "-ci", "-dən"),
        (600_000, "min", "-ci", "-dən"),
        (1_000_000, "milyon", "-cu", "-dan"),
        (5_000_000, "milyon", "-cu", "-dan"),
        (300_000_000, "milyon", "-cu", "-dan"),
        (1_000_000_000, "milyard", "-cı", "-dan"),
        (7_000_000_000, "milyard", "-cı", "-dan"),
        (1_000_000_000_000, "trilyon", "-cu", "-dan"),
        (1_000_000_000_000_000, "kvadrilyon", "-cu", "-dan"),
        (1_000_000_000_000_000_000, "kvintilyon", "-cu", "-dan"),
        // Mixed numbers end in their lowest non-zero part.
        (1_500_000, "min", "-ci", "-dən"), // bir milyon beş yüz min
        (2_000_003, "üç", "-cü", "-dən"),  // iki milyon üç
        (1_000_010, "on", "-cu", "-dan"),  // bir milyon on
        (1_200_000_000, "milyon", "-cu", "-dan"), // bir milyard iki yüz milyon
        (2_000_100, "yüz", "-cü", "-dən"), // iki milyon yüz
        (u64::MAX, "beş", "-ci", "-dən"),  // … altı yüz on beş
    ];

    #[test]
    fn last_spoken_word_of_units_tens_hundreds_and_powers_of_a_thousand() {
        for (n, word, _, _) in READINGS {
            assert_eq!(az_last_spoken_word(n), word, "{n}");
        }
        assert_eq!(az_last_spoken_word(11), "bir"); // on bir
        assert_eq!(az_last_spoken_word(88), "səkkiz"); // səksən səkkiz
        assert_eq!(az_last_spoken_word(110), "on"); // yüz on
        assert_eq!(az_last_spoken_word(2026), "altı"); // iki min iyirmi altı
        assert_eq!(az_last_spoken_word(1_000_001), "bir"); // bir milyon bir
        assert_eq!(az_last_spoken_word(1_001_000), "min"); // bir milyon min
    }

    #[test]
    fn ordinal_suffixes_follow_the_last_spoken_word() {
        for (n, word, ordinal, _) in READINGS {
            assert_eq!(az_ordinal_suffix(n), ordinal, "{n} ({word})");
        }
    }

    #[test]
    fn ablative_suffixes_follow_the_last_spoken_word() {
        for (n, word, _, ablative) in READINGS {
            assert_eq!(az_ablative_suffix(n), ablative, "{n} ({word})");
        }
    }

    #[test]
    fn millions_and_billions_take_their_own_suffixes_not_those_of_min() {
        let written =
            |n: u64, suffix: &str| format!("{}{suffix}", format_number(n as f64, 0, Lang::Az));
        assert_eq!(
            written(1_000_000, az_ablative_suffix(1_000_000)),
            "1.000.000-dan"
        );
        assert_eq!(
            written(1_000_000, az_ordinal_suffix(1_000_000)),
            "1.000.000-cu"
        );
        assert_eq!(
            written(2_000_000_000, az_ablative_suffix(2_000_000_000)),
            "2.000.000.000-dan"
        );
        assert_eq!(
            written(2_000_000_000, az_ordinal_suffix(2_000_000_000)),
            "2.000.000.000-cı"
        );
        assert_eq!(
            written(1_500_000, az_ablative_suffix(1_500_000)),
            "1.500.000-dən"
        );
        assert_eq!(written(600_000, az_ablative_suffix(600_000)), "600.000-dən");
        assert_eq!(written(88, az_ablative_suffix(88)), "88-dən");
        assert_eq!(written(1000, az_ordinal_suffix(1000)), "1.000-ci");
    }

    #[test]
    fn ablative_after_a_printed_fraction_follows_its_last_digit() {
        let az = |value: f64, max_fraction: u8| az_ablative_suffix_of_value(value, max_fraction);
        assert_eq!(az(1.5, 2), Some("-dən")); // bir tam onda beş
        assert_eq!(az(1.6, 2), Some("-dan")); // bir tam onda altı
        assert_eq!(az(2.25, 2), Some("-dən")); // iki tam yüzdə iyirmi beş
        assert_eq!(az(0.09, 2), Some("-dan")); // sıfır tam yüzdə doqquz
        assert_eq!(az(2.8, 2), Some("-dən")); // iki tam onda səkkiz
        assert_eq!(az(-1.5, 2), Some("-dən")); // mənfi bir tam onda beş
                                               // As printed: rounded, trailing zeros dropped.
        assert_eq!(format_number(0.94, 1, Lang::Az), "0,9");
        assert_eq!(az(0.94, 1), Some("-dan")); // sıfır tam onda doqquz
        assert_eq!(az(1.50, 2), Some("-dən"));
        assert_eq!(az(0.001, 2), Some("-dan")); // printed "0": sıfır
                                                // Whole values read as whole numbers.
        assert_eq!(az(30.0, 2), Some("-dan"));
        assert_eq!(az(600_000.0, 2), Some("-dən"));
        assert_eq!(az(1_000_000.0, 2), Some("-dan"));
        assert_eq!(az(-6.0, 0), Some("-dan"));
        // No word to agree with.
        assert_eq!(az(f64::NAN, 2), None);
        assert_eq!(az(f64::INFINITY, 2), None);
        assert_eq!(az(1e30, 0), None);
    }
}

//! Numbers as editors type them, read so that they cannot be misread.
//!
//! Azerbaijani writes `1.250` for one thousand two hundred and fifty and `1,66` for one point six
//! six; English writes `1,250` and `1.66`; the source document does both. A value is read in
//! each style ([`Style`]): when only one style can mean it, it is read in that style; when both
//! can and they disagree (`1.250`: 1250 or 1.25), it is refused with both readings
//! ([`NumberError::Ambiguous`]). Spaces (also non-breaking ones) group thousands in either style.
//! [`write_number`] writes the form every style reads the same way, which is what the CSV files
//! hold after an import.

/// A way of writing numbers: which sign groups thousands and which starts the decimals.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Style {
    /// `1.250,5` (Azerbaijani, also Russian and Turkish): `.` groups, `,` starts the decimals.
    CommaDecimal,
    /// `1,250.5` (English): `,` groups, `.` starts the decimals.
    PointDecimal,
}

impl Style {
    fn grouping(self) -> char {
        match self {
            Style::CommaDecimal => '.',
            Style::PointDecimal => ',',
        }
    }

    fn decimal(self) -> char {
        match self {
            Style::CommaDecimal => ',',
            Style::PointDecimal => '.',
        }
    }
}

/// Why a typed value is not read as a number.
#[derive(Clone, Debug, PartialEq)]
pub enum NumberError {
    /// Not a number in any style (letters, a misplaced separator, nothing at all).
    NotANumber {
        /// The value as typed.
        given: String,
    },
    /// A `%` sign: the unit comes from the indicator, the value is the number alone.
    Percent {
        /// The value as typed.
        given: String,
    },
    /// One style reads it one way and the other another way (`1.250`, `1,250`).
    Ambiguous {
        /// The value as typed.
        given: String,
        /// The separator both styles read (`.` or `,`).
        separator: char,
        /// The reading with the separator between thousands.
        as_thousands: f64,
        /// The reading with the separator before the decimals.
        as_decimal: f64,
    },
}

/// Spaces that group thousands: the space, the non-breaking space (what spreadsheets insert),
/// the narrow non-breaking space and the thin space.
fn is_group_space(c: char) -> bool {
    matches!(c, ' ' | '\u{a0}' | '\u{202f}' | '\u{2009}')
}

/// Reads a typed value (see the module's documentation).
pub fn read_number(text: &str) -> Result<f64, NumberError> {
    let given = text.trim_matches(|c: char| c.is_whitespace() || is_group_space(c));
    let not_a_number = || NumberError::NotANumber {
        given: given.to_string(),
    };
    if given.contains('%') {
        return Err(NumberError::Percent {
            given: given.to_string(),
        });
    }
    let (sign, body) = match given.strip_prefix('-') {
        Some(rest) => (-1.0, rest),
        None => (1.0, given),
    };
    if body.contains(is_group_space) {
        return read_space_grouped(body)
            .map(|v| sign * v)
            .ok_or_else(not_a_number);
    }
    if body.is_empty()
        || !body
            .chars()
            .all(|c| c.is_ascii_digit() || c == '.' || c == ',')
    {
        return Err(not_a_number());
    }
    match (
        read_in(body, Style::CommaDecimal),
        read_in(body, Style::PointDecimal),
    ) {
        (Some(a), Some(b)) if a == b => Ok(sign * a),
        (Some(comma), Some(point)) => {
            let separator = if body.contains('.') { '.' } else { ',' };
            // The style that groups with the separator reads the larger value.
            let (as_thousands, as_decimal) = if separator == '.' {
                (comma, point)
            } else {
                (point, comma)
            };
            Err(NumberError::Ambiguous {
                given: given.to_string(),
                separator,
                as_thousands: sign * as_thousands,
                as_decimal: sign * as_decimal,
            })
        }
        (Some(value), None) | (None, Some(value)) => Ok(sign * value),
        (None, None) => Err(not_a_number()),
    }
}

/// Digits grouped by thousands: the first group 1–3 digits (no leading zero), the others 3.
fn grouped_digits(groups: &[&str]) -> Option<String> {
    let all_digits = |g: &str| !g.is_empty() && g.bytes().all(|b| b.is_ascii_digit());
    let (first, rest) = groups.split_first()?;
    let first_ok = all_digits(first) && first.len() <= 3 && !first.starts_with('0');
    let rest_ok = rest.iter().all(|g| all_digits(g) && g.len() == 3);
    (first_ok && rest_ok).then(|| groups.concat())
}

/// The integer part: plain digits, or digits grouped with `separator`.
fn integer_part(text: &str, separator: char) -> Option<String> {
    if text.contains(separator) {
        grouped_digits(&text.split(separator).collect::<Vec<_>>())
    } else if !text.is_empty() && text.bytes().all(|b| b.is_ascii_digit()) {
        Some(text.to_string())
    } else {
        None
    }
}

fn to_number(integer: &str, fraction: Option<&str>) -> Option<f64> {
    let fraction_ok =
        fraction.is_none_or(|f| !f.is_empty() && f.bytes().all(|b| b.is_ascii_digit()));
    if !fraction_ok {
        return None;
    }
    let text = match fraction {
        Some(f) => format!("{integer}.{f}"),
        None => integer.to_string(),
    };
    text.parse::<f64>().ok().filter(|v| v.is_finite())
}

/// Reads `body` (digits, `.` and `,`) in one style, if that style can mean it.
fn read_in(body: &str, style: Style) -> Option<f64> {
    let (integer, fraction) = match body.split_once(style.decimal()) {
        Some((integer, fraction)) => (integer, Some(fraction)),
        None => (body, None),
    };
    let integer = integer_part(integer, style.grouping())?;
    to_number(&integer, fraction)
}

/// `40 000`, `1 250,75`, `1 250.75`: spaces group; one `.` or `,` may start the decimals.
fn read_space_grouped(body: &str) -> Option<f64> {
    let (integer, fraction) = match body.find([',', '.']) {
        Some(at) => (&body[..at], Some(&body[at + 1..])),
        None => (body, None),
    };
    let groups: Vec<&str> = integer.split(is_group_space).collect();
    to_number(&grouped_digits(&groups)?, fraction)
}

impl NumberError {
    /// The two readings of an ambiguous value (with the separator between thousands, with it
    /// before the decimals), each written so that both styles read it alike, with `decimal`
    /// before the decimals; `None` for the other errors.
    pub fn readings(&self, decimal: char) -> Option<(String, String)> {
        match self {
            NumberError::Ambiguous {
                as_thousands,
                as_decimal,
                ..
            } => Some((
                write_number(*as_thousands, decimal),
                write_number(*as_decimal, decimal),
            )),
            NumberError::NotANumber { .. } | NumberError::Percent { .. } => None,
        }
    }
}

/// The number as the CSV files hold it, in a form both styles read the same way: no grouping,
/// `decimal` before the decimals, and a three-digit decimal part padded to four (`1.1250`) so
/// that it cannot be taken for thousands.
pub fn write_number(value: f64, decimal: char) -> String {
    let mut text = format!("{value}");
    if text.split_once('.').is_some_and(|(_, f)| f.len() == 3) {
        text.push('0');
    }
    text.replace('.', &decimal.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_written_form_reads_back_the_same_in_either_decimal_sign() {
        for value in [
            0.0,
            1.0,
            1.25,
            1.125,
            1250.0,
            1_250_000.5,
            0.001,
            12.345,
            1234.567,
            -3.5,
            99.999,
            1e-7,
        ] {
            for decimal in ['.', ','] {
                let text = write_number(value, decimal);
                assert_eq!(read_number(&text), Ok(value), "{text}");
            }
        }
        assert_eq!(write_number(1.125, '.'), "1.1250");
        assert_eq!(write_number(2500.0, '.'), "2500");
    }
}

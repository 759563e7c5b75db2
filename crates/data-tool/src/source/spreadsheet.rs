//! CSV as spreadsheets save it: UTF-8 with or without a byte order mark, `,` or `;` between
//! cells (Excel with Azerbaijani or Russian regional settings uses `;`), CRLF line ends. What
//! damages the letters is refused with where it is: a legacy code page (Windows-1254, -1251),
//! UTF-16 (Excel's "Unicode text"), and Excel's plain "CSV" save, which writes `?` for ə and
//! still passes as UTF-8.

/// How a file's bytes are not UTF-8 text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NotUtf8 {
    /// UTF-16 (a UTF-16 byte order mark, or zero bytes between the letters).
    Utf16,
    /// A byte that is not UTF-8: a legacy code page such as Windows-1254.
    LegacyCodePage {
        /// The first such byte.
        byte: u8,
    },
}

/// The text of a CSV file, without its byte order mark; or why it is not UTF-8 and the 1-based
/// line where that shows.
pub fn decode(bytes: &[u8]) -> Result<&str, (usize, NotUtf8)> {
    if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) || bytes.contains(&0) {
        return Err((1, NotUtf8::Utf16));
    }
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    std::str::from_utf8(bytes).map_err(|error| {
        let at = error.valid_up_to();
        let line = bytes[..at].iter().filter(|b| **b == b'\n').count() + 1;
        (line, NotUtf8::LegacyCodePage { byte: bytes[at] })
    })
}

/// The separator between cells, read from the header line: `;` when it has more of them than
/// of `,`, else `,`.
pub fn delimiter(text: &str) -> u8 {
    let header = text.lines().next().unwrap_or_default();
    let count = |c: char| header.matches(c).count();
    if count(';') > count(',') {
        b';'
    } else {
        b','
    }
}

/// The first word of a cell with a `?` right before a letter (`R?q?msal`): what Excel's plain
/// "CSV" save makes of ə and the other letters its code page lacks. Links are left alone
/// (`?` starts their query).
pub fn word_with_question_mark(cell: &str) -> Option<&str> {
    cell.split_whitespace()
        .filter(|word| !word.starts_with("http://") && !word.starts_with("https://"))
        .find(|word| {
            let chars: Vec<char> = word.chars().collect();
            chars
                .windows(2)
                .any(|pair| pair[0] == '?' && pair[1].is_alphabetic())
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_byte_order_mark_is_dropped_and_legacy_bytes_are_found_on_their_line() {
        assert_eq!(decode(b"\xEF\xBB\xBFa,b\n"), Ok("a,b\n"));
        assert_eq!(
            decode(b"a,b\nc,d\nBak\xFD,x\n"),
            Err((3, NotUtf8::LegacyCodePage { byte: 0xFD }))
        );
        assert_eq!(decode(b"\xFF\xFEa\0"), Err((1, NotUtf8::Utf16)));
        assert_eq!(decode(b"a\0,\0b\0"), Err((1, NotUtf8::Utf16)));
    }

    #[test]
    fn the_separator_comes_from_the_header() {
        assert_eq!(delimiter("a;b;c\n1,5;2;3\n"), b';');
        assert_eq!(delimiter("a,b,c\n1;2,3,4\n"), b',');
    }

    #[test]
    fn a_question_mark_inside_a_word_is_found_but_not_in_a_question_or_a_link() {
        assert_eq!(
            word_with_question_mark("R?q?msal iqtisadiyyat"),
            Some("R?q?msal")
        );
        assert_eq!(word_with_question_mark("?li"), Some("?li"));
        assert_eq!(word_with_question_mark("Hazırdır? Bəli."), None);
        assert_eq!(word_with_question_mark("https://e.gov.az/a?b=1"), None);
    }
}

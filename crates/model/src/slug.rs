//! ASCII slugs for URLs: agencies are addressed by their folded, lower-case acronym.

/// Folds Azerbaijani letters to ASCII and lower-cases: `İN` → `in`, `ƏƏSMN` → `eesmn`,
/// `DŞAK` → `dsak`. Characters other than letters and digits are dropped.
pub fn ascii_slug(text: &str) -> String {
    crate::search::fold(text)
        .chars()
        .filter(char::is_ascii_alphanumeric)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_acronyms_to_ascii() {
        assert_eq!(ascii_slug("İN"), "in");
        assert_eq!(ascii_slug("ƏƏSMN"), "eesmn");
        assert_eq!(ascii_slug("DŞAK"), "dsak");
        assert_eq!(ascii_slug("XRİTDX"), "xritdx");
        assert_eq!(ascii_slug("VXSİDA"), "vxsida");
        assert_eq!(ascii_slug("ƏMA"), "ema");
    }
}

//! Search that folds Azerbaijani the way readers type it.
//!
//! "ikt", "IKT" and "İKT" must find the same measures, and "suni intellekt" must find
//! "süni intellekt": case is folded with the Azerbaijani dotted/dotless i rules, then the
//! special letters to their ASCII look-alikes (ə→e, ı→i, ö→o, ü→u, ş→s, ç→c, ğ→g).

/// Folds a text for matching: lower case, Azerbaijani letters to ASCII, whitespace collapsed.
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut last_was_space = true;
    for c in text.chars() {
        let folded: &str = match c {
            'İ' | 'I' | 'ı' | 'i' => "i",
            'Ə' | 'ə' | 'Ä' | 'ä' => "e",
            'Ö' | 'ö' => "o",
            'Ü' | 'ü' => "u",
            'Ş' | 'ş' => "s",
            'Ç' | 'ç' => "c",
            'Ğ' | 'ğ' => "g",
            '\u{0307}' => "", // combining dot left by a non-Turkic lower-casing of İ
            c if c.is_whitespace() => " ",
            _ => "",
        };
        if folded == " " {
            if !last_was_space {
                out.push(' ');
            }
            last_was_space = true;
        } else if !folded.is_empty() {
            out.push_str(folded);
            last_was_space = false;
        } else if c != '\u{0307}' {
            out.extend(c.to_lowercase());
            last_was_space = false;
        }
    }
    if out.ends_with(' ') {
        out.pop();
    }
    out
}

/// A search query, folded once and split into words.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Query {
    words: Vec<String>,
}

impl Query {
    /// Prepares a query typed by a reader.
    pub fn new(text: &str) -> Query {
        Query {
            words: fold(text)
                .split(' ')
                .filter(|w| !w.is_empty())
                .map(str::to_string)
                .collect(),
        }
    }

    /// True when the query has no words (matches everything).
    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }

    /// True when every word of the query occurs in the already-folded haystack.
    pub fn matches_folded(&self, folded_haystack: &str) -> bool {
        self.words
            .iter()
            .all(|word| folded_haystack.contains(word.as_str()))
    }

    /// True when every word occurs in one of the texts.
    pub fn matches<'a>(&self, texts: impl IntoIterator<Item = &'a str>) -> bool {
        if self.is_empty() {
            return true;
        }
        let haystack: Vec<String> = texts.into_iter().map(fold).collect();
        self.matches_folded(&haystack.join(" \u{1f} "))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dotted_and_dotless_i_fold_together() {
        assert_eq!(fold("İKT"), "ikt");
        assert_eq!(fold("IKT"), "ikt");
        assert_eq!(fold("ikt"), "ikt");
        assert_eq!(fold("ıkt"), "ikt");
        assert_eq!(fold("i\u{307}kt"), "ikt");
    }

    #[test]
    fn azerbaijani_letters_fold_to_ascii() {
        assert_eq!(fold("Süni İntellekt"), "suni intellekt");
        assert_eq!(
            fold("ƏƏSMN şəbəkə çağırış göstərici"),
            "eesmn sebeke cagiris gosterici"
        );
    }

    #[test]
    fn queries_match_any_case_and_spelling() {
        let text = "Yeni nəsil texnologiyaların (süni intellekt, robot texnologiyaları və s.)";
        assert!(Query::new("suni intellekt").matches([text]));
        assert!(Query::new("SÜNİ   İNTELLEKT").matches([text]));
        assert!(Query::new("intellekt robot").matches([text]));
        assert!(!Query::new("blokçeyn").matches([text]));
        assert!(Query::new("   ").matches([text]));
    }

    #[test]
    fn ikt_spellings_find_the_same_texts() {
        let texts = [
            "Yerli İKT məhsullarının istehsalı",
            "ikt sahəsi",
            "Data mərkəzləri",
        ];
        let hits = |q: &str| -> Vec<usize> {
            let query = Query::new(q);
            (0..texts.len())
                .filter(|&i| query.matches([texts[i]]))
                .collect()
        };
        assert_eq!(hits("ikt"), vec![0, 1]);
        assert_eq!(hits("IKT"), hits("ikt"));
        assert_eq!(hits("İKT"), hits("ikt"));
    }
}

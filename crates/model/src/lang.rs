//! The site's two languages and text that is published in both.
//!
//! Azerbaijani is the authoritative language of the source document, so it is always present;
//! English may be missing only where an editor marked it as deliberately untranslated.

use serde::{Deserialize, Serialize};

/// A language of the site. The URL path starts with its code (`/az/…`, `/en/…`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    /// Azerbaijani, the language of the source document.
    Az,
    /// English, an unofficial translation.
    En,
}

impl Lang {
    /// Both languages, Azerbaijani first.
    pub const ALL: [Lang; 2] = [Lang::Az, Lang::En];

    /// The code used in URLs and in `<html lang>`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Az => "az",
            Lang::En => "en",
        }
    }

    /// Parses a URL or browser language code (`az`, `en`, `en-GB`, `az-Latn-AZ`).
    pub fn from_code(code: &str) -> Option<Lang> {
        let primary = code.split(['-', '_']).next()?.to_ascii_lowercase();
        match primary.as_str() {
            "az" => Some(Lang::Az),
            "en" => Some(Lang::En),
            _ => None,
        }
    }

    /// The other language (for the language switch).
    pub fn other(self) -> Lang {
        match self {
            Lang::Az => Lang::En,
            Lang::En => Lang::Az,
        }
    }
}

/// A text in both languages.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Text {
    /// Azerbaijani, as printed in the source (extraction damage repaired).
    pub az: String,
    /// English translation; `None` only where deliberately left untranslated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub en: Option<String>,
}

/// A text chosen for one language, saying whether it is really in that language.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Localized<'a> {
    /// The text to show.
    pub text: &'a str,
    /// The language the text is actually in.
    pub shown_in: Lang,
}

impl Localized<'_> {
    /// True when the text is not in the requested language and needs a "not translated" mark.
    pub fn is_fallback(&self, requested: Lang) -> bool {
        self.shown_in != requested
    }
}

impl Text {
    /// A text present in both languages.
    pub fn new(az: impl Into<String>, en: impl Into<String>) -> Self {
        Text {
            az: az.into(),
            en: Some(en.into()),
        }
    }

    /// The text in `lang`, falling back to Azerbaijani when English is missing or empty.
    pub fn get(&self, lang: Lang) -> Localized<'_> {
        match (lang, self.en.as_deref()) {
            (Lang::En, Some(en)) if !en.trim().is_empty() => Localized {
                text: en,
                shown_in: Lang::En,
            },
            _ => Localized {
                text: &self.az,
                shown_in: Lang::Az,
            },
        }
    }

    /// Shorthand for the text to show in `lang`.
    pub fn in_lang(&self, lang: Lang) -> &str {
        self.get(lang).text
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_browser_codes() {
        assert_eq!(Lang::from_code("en-GB"), Some(Lang::En));
        assert_eq!(Lang::from_code("az-Latn-AZ"), Some(Lang::Az));
        assert_eq!(Lang::from_code("AZ"), Some(Lang::Az));
        assert_eq!(Lang::from_code("ru"), None);
        assert_eq!(Lang::from_code(""), None);
    }

    #[test]
    fn missing_english_falls_back_to_azerbaijani_and_says_so() {
        let text = Text {
            az: "Rəqəmsal Əkiz".into(),
            en: None,
        };
        let shown = text.get(Lang::En);
        assert_eq!(shown.text, "Rəqəmsal Əkiz");
        assert!(shown.is_fallback(Lang::En));
        assert!(!text.get(Lang::Az).is_fallback(Lang::Az));
    }

    #[test]
    fn english_is_used_when_present() {
        let text = Text::new("Məqsəd", "Goal");
        assert_eq!(text.in_lang(Lang::En), "Goal");
        assert_eq!(text.in_lang(Lang::Az), "Məqsəd");
    }
}

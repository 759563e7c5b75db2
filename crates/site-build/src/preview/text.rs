//! Text for the preview images: upper case with the Azerbaijani rule (i → İ, ı → I), and
//! wrapping to a width in the shipped font, with an ellipsis when a text needs more lines.

use super::font::{text_width, Weight};
use model::Lang;

/// `text` in capitals as the language writes them: Azerbaijani capitalises i as İ and ı as I
/// (Rust's `to_uppercase` follows no language and gives I for both).
pub fn upper(text: &str, lang: Lang) -> String {
    match lang {
        Lang::Az => text
            .chars()
            .flat_map(|c| match c {
                'i' => vec!['İ'],
                'ı' => vec!['I'],
                c => c.to_uppercase().collect(),
            })
            .collect(),
        Lang::En => text.to_uppercase(),
    }
}

/// A text in the font, for wrapping.
#[derive(Clone, Copy, Debug)]
pub struct Style {
    /// Size in pixels.
    pub size: f64,
    /// Weight.
    pub weight: Weight,
}

impl Style {
    fn width(&self, text: &str) -> f64 {
        text_width(text, self.size, self.weight)
    }
}

/// `text` in lines no wider than `width`, at most `max_lines`; the last line ends with "…" when
/// the text does not fit. A word wider than a line is cut.
pub fn wrap(text: &str, width: f64, style: Style, max_lines: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut current = String::new();
    for word in text.split_whitespace() {
        let candidate = match current.is_empty() {
            true => word.to_string(),
            false => format!("{current} {word}"),
        };
        if style.width(&candidate) <= width {
            current = candidate;
            continue;
        }
        if !current.is_empty() {
            lines.push(std::mem::take(&mut current));
        }
        // A word wider than the line on its own: cut it.
        for c in word.chars() {
            let longer = format!("{current}{c}");
            if style.width(&longer) > width && !current.is_empty() {
                lines.push(std::mem::take(&mut current));
            }
            current.push(c);
        }
    }
    if !current.is_empty() {
        lines.push(current);
    }
    if lines.len() > max_lines {
        lines.truncate(max_lines);
        if let Some(last) = lines.last_mut() {
            while !last.is_empty() && style.width(&format!("{last}…")) > width {
                last.pop();
            }
            *last = format!("{}…", last.trim_end());
        }
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn azerbaijani_capitals_keep_the_dot() {
        assert_eq!(
            upper("hələ məlumat verilməyib", Lang::Az),
            "HƏLƏ MƏLUMAT VERİLMƏYİB"
        );
        assert_eq!(upper("qısa icra", Lang::Az), "QISA İCRA");
        assert_eq!(upper("göstərici şüa çay", Lang::Az), "GÖSTƏRİCİ ŞÜA ÇAY");
        assert_eq!(upper("indicator", Lang::En), "INDICATOR");
    }

    #[test]
    fn wrapping_fits_the_width_and_marks_what_was_cut() {
        let style = Style {
            size: 20.0,
            weight: Weight::Regular,
        };
        let text = "Rəqəmsal iqtisadiyyatın inkişafına dair 2026–2029-cu illər üçün Strategiya";
        let lines = wrap(text, 300.0, style, 10);
        assert!(lines.len() > 1);
        assert!(lines
            .iter()
            .all(|l| text_width(l, 20.0, Weight::Regular) <= 300.0));
        assert_eq!(lines.join(" "), text);
        let cut = wrap(text, 300.0, style, 2);
        assert_eq!(cut.len(), 2);
        assert!(cut[1].ends_with('…'));
        assert!(text_width(&cut[1], 20.0, Weight::Regular) <= 300.0);
        assert_eq!(wrap("", 300.0, style, 2), Vec::<String>::new());
        let long_word = wrap("ƏƏƏƏƏƏƏƏƏƏƏƏƏƏƏƏƏƏƏƏƏƏƏƏƏƏƏƏƏƏ", 100.0, style, 10);
        assert!(long_word.len() > 1);
    }
}

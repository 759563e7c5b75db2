//! The font the preview images are drawn with: DejaVu Sans, shipped in `fonts/` under its
//! licence and compiled in, so every build on every machine draws the same pixels. Here: the
//! font database for the rasteriser, whether a character has a glyph (the character map), and
//! how wide a text is (for wrapping).

use resvg::usvg::fontdb;
use skrifa::instance::{LocationRef, Size};
use skrifa::{FontRef, MetadataProvider};
use std::sync::Arc;

/// The family name the drawings ask for.
pub const FAMILY: &str = "DejaVu Sans";
const REGULAR: &[u8] = include_bytes!("../../fonts/DejaVuSans.ttf");
const BOLD: &[u8] = include_bytes!("../../fonts/DejaVuSans-Bold.ttf");

/// A weight of the font.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Weight {
    /// Text.
    Regular,
    /// Titles and labels.
    Bold,
}

impl Weight {
    fn bytes(self) -> &'static [u8] {
        match self {
            Weight::Regular => REGULAR,
            Weight::Bold => BOLD,
        }
    }

    fn face(self) -> FontRef<'static> {
        FontRef::new(self.bytes()).unwrap_or_else(|_| unreachable!("the shipped font parses"))
    }
}

/// The font database with the shipped font only (no system fonts).
pub fn database() -> Arc<fontdb::Database> {
    let mut db = fontdb::Database::new();
    for weight in [Weight::Regular, Weight::Bold] {
        db.load_font_data(weight.bytes().to_vec());
    }
    db.set_sans_serif_family(FAMILY);
    Arc::new(db)
}

/// The characters of `text` the font has no glyph for (controls such as a newline aside).
pub fn missing_glyphs(text: &str, weight: Weight) -> Vec<char> {
    let face = weight.face();
    let charmap = face.charmap();
    let mut missing: Vec<char> = text
        .chars()
        .filter(|c| !c.is_control() && charmap.map(*c).is_none())
        .collect();
    missing.dedup();
    missing
}

/// The width of `text` at `size` pixels, from the glyphs' advances (kerning left out: wrapping
/// keeps a margin).
pub fn text_width(text: &str, size: f64, weight: Weight) -> f64 {
    let face = weight.face();
    let charmap = face.charmap();
    let metrics = face.glyph_metrics(Size::new(size as f32), LocationRef::default());
    text.chars()
        .filter_map(|c| charmap.map(c))
        .filter_map(|glyph| metrics.advance_width(glyph))
        .map(f64::from)
        .sum()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_azerbaijani_letter_has_a_glyph_and_others_are_caught() {
        let letters = "ƏəĞğIıİiÖöŞşÇçÜü–·…→%“”";
        for weight in [Weight::Regular, Weight::Bold] {
            assert_eq!(missing_glyphs(letters, weight), Vec::<char>::new());
            // The check itself works: characters DejaVu Sans does not have are reported (it has
            // no manat sign, so the site writes AZN).
            assert_eq!(missing_glyphs("a漢b𝄞₼", weight), vec!['漢', '𝄞', '₼']);
        }
    }

    #[test]
    fn widths_grow_with_text_and_weight() {
        let regular = text_width("İcra müddəti", 20.0, Weight::Regular);
        assert!(regular > 100.0 && regular < 160.0, "{regular}");
        assert!(text_width("İcra müddəti", 20.0, Weight::Bold) > regular);
        assert_eq!(text_width("", 20.0, Weight::Regular), 0.0);
    }

    #[test]
    fn the_database_holds_the_shipped_font_only() {
        let db = database();
        assert_eq!(db.len(), 2);
        assert!(db
            .faces()
            .all(|face| face.families.iter().any(|(name, _)| name == FAMILY)));
    }
}

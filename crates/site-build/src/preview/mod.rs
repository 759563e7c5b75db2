//! Preview images: every built page gets a 1200×630 PNG for link previews (`og:image`), drawn at
//! build time from the published data as SVG ([`draw`]) and rasterised by resvg with the font
//! shipped in `fonts/` ([`font`]), so the same data gives the same bytes on every build. Before
//! drawing, every character is checked against the font's character map. Files are named by
//! their content hash (`previews/<16 hex digits>.png`), written once and never deleted: a page
//! shared before a new snapshot keeps its image as long as the deployment keeps old files.
//!
//! - [`card`]: what a page's image shows, and its alt text; [`draw`]: the card as SVG;
//! - [`font`]: the shipped font; [`text`]: Azerbaijani capitals and wrapping.

pub mod card;
pub mod draw;
pub mod font;
pub mod text;

use crate::BuildError;
use card::Card;
use resvg::{tiny_skia, usvg};
use sha2::{Digest, Sha256};
use std::collections::BTreeSet;
use std::fmt;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, Instant};
use strategy_site::document::PreviewImage;

/// The folder below `dist/` the images are written to.
pub const PREVIEW_DIR: &str = "previews";

/// Why a preview image could not be drawn.
#[derive(Debug, PartialEq, Eq)]
pub enum PreviewError {
    /// A text to draw has characters the shipped font has no glyph for.
    MissingGlyphs {
        /// The text.
        text: String,
        /// The characters without a glyph.
        missing: Vec<char>,
    },
    /// The drawing is not SVG the rasteriser reads (a bug in `draw`).
    Svg(String),
    /// The image could not be made or encoded.
    Raster(String),
}

impl fmt::Display for PreviewError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PreviewError::MissingGlyphs { text, missing } => write!(
                f,
                "the font in crates/site-build/fonts has no glyph for {missing:?} in {text:?}: use another character, or ship a font that has it"
            ),
            PreviewError::Svg(why) => write!(f, "the drawing is not valid SVG: {why}"),
            PreviewError::Raster(why) => write!(f, "the image could not be rasterised: {why}"),
        }
    }
}

/// Every text a drawing draws (the content of its `<text>` elements).
pub fn drawn_texts(svg: &str) -> Result<Vec<String>, PreviewError> {
    let document =
        usvg::roxmltree::Document::parse(svg).map_err(|e| PreviewError::Svg(e.to_string()))?;
    Ok(document
        .descendants()
        .filter(|node| node.has_tag_name("text"))
        .map(|node| {
            node.descendants()
                .filter(|n| n.is_text())
                .filter_map(|n| n.text())
                .collect()
        })
        .collect())
}

/// Checks that the font has a glyph for every character `svg` draws, in both weights.
pub fn check_glyphs(svg: &str) -> Result<(), PreviewError> {
    for text in drawn_texts(svg)? {
        for weight in [font::Weight::Regular, font::Weight::Bold] {
            let missing = font::missing_glyphs(&text, weight);
            if !missing.is_empty() {
                return Err(PreviewError::MissingGlyphs { text, missing });
            }
        }
    }
    Ok(())
}

/// Rasterises a drawing to PNG bytes with the shipped font only.
pub fn rasterise(svg: &str, fonts: &Arc<usvg::fontdb::Database>) -> Result<Vec<u8>, PreviewError> {
    let options = usvg::Options {
        font_family: font::FAMILY.to_string(),
        fontdb: fonts.clone(),
        ..Default::default()
    };
    let tree = usvg::Tree::from_str(svg, &options).map_err(|e| PreviewError::Svg(e.to_string()))?;
    let mut pixmap = tiny_skia::Pixmap::new(draw::WIDTH, draw::HEIGHT)
        .ok_or_else(|| PreviewError::Raster("no pixmap of that size".into()))?;
    resvg::render(
        &tree,
        tiny_skia::Transform::identity(),
        &mut pixmap.as_mut(),
    );
    pixmap
        .encode_png()
        .map_err(|e| PreviewError::Raster(e.to_string()))
}

/// Draws cards into `dist/previews/`, each distinct image once.
pub struct Previews {
    dir: PathBuf,
    fonts: Arc<usvg::fontdb::Database>,
    written: BTreeSet<String>,
    /// Cards drawn (one per page).
    pub drawn: usize,
    /// Time spent drawing, checking, rasterising and writing.
    pub elapsed: Duration,
}

impl Previews {
    /// Draws into `dist/previews/`.
    pub fn new(dist: &Path) -> Previews {
        Previews {
            dir: dist.join(PREVIEW_DIR),
            fonts: font::database(),
            written: BTreeSet::new(),
            drawn: 0,
            elapsed: Duration::ZERO,
        }
    }

    /// Distinct images written.
    pub fn files(&self) -> usize {
        self.written.len()
    }

    /// Draws a card (or finds it drawn) and says where it is.
    pub fn image(&mut self, card: &Card) -> Result<PreviewImage, BuildError> {
        let started = Instant::now();
        let svg = draw::card_svg(card);
        check_glyphs(&svg).map_err(BuildError::Preview)?;
        let png = rasterise(&svg, &self.fonts).map_err(BuildError::Preview)?;
        let hash = format!("{:x}", Sha256::digest(&png));
        let name = format!("{}.png", &hash[..16]);
        if !self.written.contains(&name) {
            let path = self.dir.join(&name);
            // Never rewritten: the name is the content.
            if !path.exists() {
                std::fs::create_dir_all(&self.dir).map_err(crate::io_error(&self.dir))?;
                std::fs::write(&path, &png).map_err(crate::io_error(&path))?;
            }
            self.written.insert(name.clone());
        }
        self.drawn += 1;
        self.elapsed += started.elapsed();
        Ok(PreviewImage {
            path: format!("/{PREVIEW_DIR}/{name}"),
            alt: card.alt.clone(),
            width: draw::WIDTH,
            height: draw::HEIGHT,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::card::{Body, Frame};
    use super::*;
    use model::Lang;

    fn title_card(title: &str) -> Card {
        Card {
            lang: Lang::Az,
            frame: Frame {
                site_name: "Rəqəmsal iqtisadiyyat strategiyası".into(),
                language: "Azərbaycanca · AZ".into(),
                as_of: "30 sentyabr 2026 tarixinə olan məlumatlar (2026-Q3)".into(),
                host: "strategy.example.az".into(),
                warning: None,
            },
            body: Body::Title {
                title: title.into(),
                description: "İcraçı qurumlar və ölçülər".into(),
            },
            alt: "alt".into(),
        }
    }

    #[test]
    fn the_same_card_gives_the_same_bytes_and_name() {
        let dir = tempfile::tempdir().unwrap();
        let mut previews = Previews::new(dir.path());
        let first = previews.image(&title_card("Ölçülər")).unwrap();
        let png = std::fs::read(dir.path().join(first.path.trim_start_matches('/'))).unwrap();
        assert_eq!(&png[1..4], b"PNG");
        let again = previews.image(&title_card("Ölçülər")).unwrap();
        assert_eq!(first, again);
        let fresh = Previews::new(tempfile::tempdir().unwrap().path())
            .image(&title_card("Ölçülər"))
            .unwrap();
        assert_eq!(first.path, fresh.path, "another build draws the same bytes");
        let other = previews.image(&title_card("Göstəricilər")).unwrap();
        assert_ne!(first.path, other.path);
        assert_eq!((previews.drawn, previews.files()), (3, 2));
        assert!(
            first.path.starts_with("/previews/") && first.path.len() == "/previews/".len() + 20
        );
    }

    #[test]
    fn a_character_without_a_glyph_stops_the_build() {
        let dir = tempfile::tempdir().unwrap();
        let error = Previews::new(dir.path())
            .image(&title_card("数字经济"))
            .unwrap_err();
        let BuildError::Preview(PreviewError::MissingGlyphs { missing, .. }) = error else {
            panic!("{error}");
        };
        assert_eq!(missing, vec!['数', '字', '经', '济']);
        assert!(
            !dir.path().join(PREVIEW_DIR).exists(),
            "nothing was written"
        );
    }

    #[test]
    fn drawn_texts_are_read_from_the_drawing() {
        let texts = drawn_texts("<svg xmlns=\"http://www.w3.org/2000/svg\"><text>a &amp; b</text><g><text>İ</text></g></svg>").unwrap();
        assert_eq!(texts, vec!["a & b".to_string(), "İ".to_string()]);
    }
}

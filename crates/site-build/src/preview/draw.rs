//! A card as a 1200×630 SVG drawing: a band with the site's name and the page's language on top,
//! the snapshot's date and the site's address at the bottom, and the body between them (the
//! indicator's chart is the same drawing as its embeds', `static_chart`). Colours follow
//! `public/style.css`.

use super::card::{Body, Card, MeasureCard};
use super::font::{text_width, Weight, FAMILY};
use super::text::{upper, wrap, Style};
use model::{Lang, Status};
use std::fmt::Write;
use strategy_site::components::static_chart::{chart_group, ChartArea};
use strategy_site::document::escape;
use strategy_site::i18n::{status_label, ui};

/// The image's width in pixels.
pub const WIDTH: u32 = 1200;
/// The image's height in pixels.
pub const HEIGHT: u32 = 630;

const MARGIN: f64 = 56.0;
const BRAND: &str = "#0b4f6c";
const INK: &str = "#1b1f24";
const MUTED: &str = "#4a5360";
const TINT: &str = "#f3f6f8";
const LINE: &str = "#d5dbe1";
const CONTENT_TOP: f64 = 128.0;
const CONTENT_BOTTOM: f64 = 556.0;
const WARNING: &str = "#a3223a";

/// A status's colour, as the site's badges show it.
fn status_colour(status: Status) -> &'static str {
    match status {
        Status::NotYetReported => "#5c6672",
        Status::NotStarted => "#7a4f9a",
        Status::InProgress => "#1f6fb5",
        Status::Delayed => "#a65300",
        Status::Completed => "#1e7a3c",
        Status::Discontinued => "#a3223a",
    }
}

/// Appends a `<text>` element.
fn text(svg: &mut String, x: f64, y: f64, style: Style, fill: &str, anchor: &str, content: &str) {
    let weight = match style.weight {
        Weight::Regular => "normal",
        Weight::Bold => "bold",
    };
    let _ = write!(
        svg,
        "<text x=\"{x:.1}\" y=\"{y:.1}\" font-size=\"{:.1}\" font-weight=\"{weight}\" fill=\"{fill}\" text-anchor=\"{anchor}\">{}</text>",
        style.size,
        escape(content)
    );
}

/// Appends wrapped lines from `y` (the first baseline); returns the baseline after the last.
fn lines(
    svg: &mut String,
    y: f64,
    content: &str,
    style: Style,
    fill: &str,
    max_lines: usize,
) -> f64 {
    let width = f64::from(WIDTH) - 2.0 * MARGIN;
    let mut baseline = y;
    for line in wrap(content, width, style, max_lines) {
        text(svg, MARGIN, baseline, style, fill, "start", &line);
        baseline += style.size * 1.25;
    }
    baseline
}

const fn style(size: f64, weight: Weight) -> Style {
    Style { size, weight }
}

/// The card as an SVG document.
pub fn card_svg(card: &Card) -> String {
    let (w, h) = (f64::from(WIDTH), f64::from(HEIGHT));
    let mut svg = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{WIDTH}\" height=\"{HEIGHT}\" viewBox=\"0 0 {WIDTH} {HEIGHT}\" font-family=\"{FAMILY}\"><rect width=\"{w}\" height=\"{h}\" fill=\"#ffffff\"/><rect width=\"{w}\" height=\"88\" fill=\"{BRAND}\"/>"
    );
    let frame = &card.frame;
    let language = style(22.0, Weight::Regular);
    text(
        &mut svg,
        w - MARGIN,
        55.0,
        language,
        "#ffffff",
        "end",
        &frame.language,
    );
    // The site's name whole: the largest size that fits beside the language (cut only if none does).
    let room =
        w - 2.0 * MARGIN - text_width(&frame.language, language.size, language.weight) - 32.0;
    let size = [26.0, 24.0, 22.0, 20.0]
        .into_iter()
        .find(|size| text_width(&frame.site_name, *size, Weight::Bold) <= room)
        .unwrap_or(20.0);
    let site_name = wrap(&frame.site_name, room, style(size, Weight::Bold), 1);
    text(
        &mut svg,
        MARGIN,
        55.0,
        style(size, Weight::Bold),
        "#ffffff",
        "start",
        &site_name.concat(),
    );
    let _ = write!(
        svg,
        "<rect y=\"{}\" width=\"{w}\" height=\"{}\" fill=\"{TINT}\"/><line x1=\"0\" y1=\"{0}\" x2=\"{w}\" y2=\"{0}\" stroke=\"{LINE}\"/>",
        h - 58.0,
        58.0
    );
    text(
        &mut svg,
        MARGIN,
        h - 21.0,
        style(22.0, Weight::Bold),
        INK,
        "start",
        &frame.as_of,
    );
    text(
        &mut svg,
        w - MARGIN,
        h - 21.0,
        style(20.0, Weight::Regular),
        MUTED,
        "end",
        &frame.host,
    );
    // Made-up data says so across the image, above the date.
    let content_bottom = match &frame.warning {
        Some(warning) => {
            let top = h - 58.0 - 44.0;
            let _ = write!(
                svg,
                "<rect y=\"{top}\" width=\"{w}\" height=\"44\" fill=\"{WARNING}\"/>"
            );
            let line = wrap(warning, w - 2.0 * MARGIN, style(20.0, Weight::Bold), 1).concat();
            text(
                &mut svg,
                MARGIN,
                top + 29.0,
                style(20.0, Weight::Bold),
                "#ffffff",
                "start",
                &line,
            );
            top - 12.0
        }
        None => CONTENT_BOTTOM,
    };
    match &card.body {
        Body::Indicator { indicator, points } => {
            let kicker = format!(
                "{} {}",
                upper(ui(card.lang).indicator, card.lang),
                indicator.id
            );
            text(
                &mut svg,
                MARGIN,
                CONTENT_TOP,
                style(22.0, Weight::Bold),
                BRAND,
                "start",
                &kicker,
            );
            let after = lines(
                &mut svg,
                CONTENT_TOP + 42.0,
                indicator.name.in_lang(card.lang),
                style(32.0, Weight::Bold),
                INK,
                2,
            );
            let area = ChartArea {
                x: MARGIN,
                y: after - 10.0,
                width: w - 2.0 * MARGIN,
                height: content_bottom - after + 10.0,
                font_size: 20.0,
            };
            svg.push_str(&chart_group(points, indicator, card.lang, area));
        }
        Body::Measure(measure_card) => measure(&mut svg, card.lang, measure_card, content_bottom),
        Body::Overview {
            title,
            progress,
            scope,
            counts,
        } => {
            let after = lines(
                &mut svg,
                CONTENT_TOP + 10.0,
                title,
                style(34.0, Weight::Bold),
                INK,
                3,
            );
            let bar_y = after + 20.0;
            text(
                &mut svg,
                MARGIN,
                bar_y,
                style(26.0, Weight::Regular),
                INK,
                "start",
                progress,
            );
            let (bar_top, bar_width) = (bar_y + 24.0, w - 2.0 * MARGIN);
            let total = counts.total().max(1) as f64;
            let mut x = MARGIN;
            let mut legend_x = MARGIN;
            for (status, n) in counts.non_zero() {
                let width = bar_width * n as f64 / total;
                let colour = status_colour(status);
                let _ = write!(svg, "<rect x=\"{x:.1}\" y=\"{bar_top:.1}\" width=\"{width:.1}\" height=\"36\" fill=\"{colour}\"/>");
                x += width;
                let label = format!("{} {n}", status_label(card.lang, status));
                let _ = write!(svg, "<rect x=\"{legend_x:.1}\" y=\"{:.1}\" width=\"20\" height=\"20\" fill=\"{colour}\"/>", bar_top + 58.0);
                text(
                    &mut svg,
                    legend_x + 28.0,
                    bar_top + 76.0,
                    style(22.0, Weight::Regular),
                    INK,
                    "start",
                    &label,
                );
                legend_x += 28.0 + text_width(&label, 22.0, Weight::Regular) + 36.0;
            }
            lines(
                &mut svg,
                bar_top + 150.0,
                scope,
                style(26.0, Weight::Regular),
                MUTED,
                2,
            );
        }
        Body::Title { title, description } => {
            let after = lines(
                &mut svg,
                CONTENT_TOP + 50.0,
                title,
                style(52.0, Weight::Bold),
                INK,
                3,
            );
            lines(
                &mut svg,
                after + 20.0,
                description,
                style(28.0, Weight::Regular),
                MUTED,
                4,
            );
        }
    }
    svg.push_str("</svg>");
    svg
}

/// A measure's card: its id, title, status, period and lead agency, above `bottom`.
fn measure(svg: &mut String, lang: Lang, card: &MeasureCard, bottom: f64) {
    let MeasureCard {
        id,
        title,
        status,
        period,
        lead,
    } = card;
    let status = *status;
    let strings = ui(lang);
    let kicker = format!("{} {id}", upper(strings.measure, lang));
    text(
        svg,
        MARGIN,
        CONTENT_TOP,
        style(22.0, Weight::Bold),
        BRAND,
        "start",
        &kicker,
    );
    let after = lines(
        svg,
        CONTENT_TOP + 44.0,
        title,
        style(34.0, Weight::Bold),
        INK,
        4,
    );
    let chip_style = style(22.0, Weight::Bold);
    let label = upper(status_label(lang, status), lang);
    let chip_width = text_width(&label, chip_style.size, chip_style.weight) + 32.0;
    let chip_top = after + 4.0;
    let _ = write!(
        svg,
        "<rect x=\"{MARGIN}\" y=\"{chip_top:.1}\" width=\"{chip_width:.1}\" height=\"40\" rx=\"6\" fill=\"{}\"/>",
        status_colour(status)
    );
    text(
        svg,
        MARGIN + 16.0,
        chip_top + 28.0,
        chip_style,
        "#ffffff",
        "start",
        &label,
    );
    let facts_top = chip_top + 84.0;
    let period_line = format!("{}: {period}", strings.period);
    text(
        svg,
        MARGIN,
        facts_top,
        style(24.0, Weight::Regular),
        INK,
        "start",
        &period_line,
    );
    let lead_line = format!("{}: {lead}", strings.lead_agency);
    let room = (bottom - facts_top - 40.0).max(0.0);
    let max_lines = ((room / 30.0) as usize).clamp(1, 2);
    lines(
        svg,
        facts_top + 38.0,
        &lead_line,
        style(24.0, Weight::Regular),
        INK,
        max_lines,
    );
}

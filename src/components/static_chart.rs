//! An indicator's chart as a static SVG drawing: yearly targets as bars, reported values as
//! diamonds joined where consecutive years are reported, each with its number; years without a
//! reported value are gaps, and a chart with none says "not yet reported". The same points as
//! the interactive chart and the table ([`ChartPoint`]). For places where no script runs: the
//! embed pages and the preview images (`crates/site-build`). Plain string building, no DOM.

use crate::components::chart::ChartPoint;
use crate::document::escape;
use crate::i18n::{ui, unit_label};
use model::format::format_number;
use model::strategy::{Indicator, Unit};
use model::Lang;
use std::fmt::Write;

/// Where the chart is drawn, in SVG user units.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ChartArea {
    /// Left edge.
    pub x: f64,
    /// Top edge.
    pub y: f64,
    /// Width.
    pub width: f64,
    /// Height.
    pub height: f64,
    /// The size of the labels.
    pub font_size: f64,
}

/// The bars' colour (the targets).
pub const TARGET_COLOUR: &str = "#8dbad1";
/// The diamonds' colour (the reported values).
pub const ACTUAL_COLOUR: &str = "#a64b00";
const INK: &str = "#1b1f24";
const MUTED: &str = "#4a5360";
const GRID: &str = "#d5dbe1";

/// A value as the chart labels it: CLDR digits of the language, `%` for percentages.
pub fn chart_number(value: f64, unit: Unit, lang: Lang) -> String {
    let number = format_number(value, 2, lang);
    match unit {
        Unit::Percent => format!("{number}%"),
        Unit::Count | Unit::Persons | Unit::MlnAzn => number,
    }
}

/// A round step for about `rough` (1, 2, 2.5 or 5 times a power of ten).
fn nice_step(rough: f64) -> f64 {
    if rough <= 0.0 || !rough.is_finite() {
        return 1.0;
    }
    let power = 10f64.powf(rough.log10().floor());
    let step = [1.0, 2.0, 2.5, 5.0, 10.0]
        .into_iter()
        .find(|m| m * power >= rough)
        .unwrap_or(10.0);
    step * power
}

/// The y axis: its step and top (four steps or fewer above zero, the top above every value).
fn y_scale(points: &[ChartPoint]) -> (f64, f64) {
    let largest = points
        .iter()
        .flat_map(|p| [p.target, p.actual])
        .flatten()
        .fold(0.0f64, f64::max);
    let step = nice_step(largest / 4.0);
    let top = (largest / step).ceil().max(1.0) * step;
    (step, top)
}

fn text(svg: &mut String, x: f64, y: f64, size: f64, attrs: &str, content: &str) {
    let _ = write!(
        svg,
        "<text x=\"{x:.1}\" y=\"{y:.1}\" font-size=\"{size:.1}\" {attrs}>{}</text>",
        escape(content)
    );
}

fn diamond(svg: &mut String, cx: f64, cy: f64, r: f64) {
    let _ = write!(
        svg,
        "<path d=\"M{:.1} {:.1}L{:.1} {:.1}L{:.1} {:.1}L{:.1} {:.1}Z\" fill=\"{ACTUAL_COLOUR}\" stroke=\"#ffffff\" stroke-width=\"1.5\"/>",
        cx, cy - r, cx + r, cy, cx, cy + r, cx - r, cy
    );
}

/// The chart's SVG elements (a `<g>`) inside `area`.
pub fn chart_group(
    points: &[ChartPoint],
    indicator: &Indicator,
    lang: Lang,
    area: ChartArea,
) -> String {
    let strings = ui(lang);
    let fs = area.font_size;
    let label = |v: f64| chart_number(v, indicator.unit, lang);
    let (step, top) = y_scale(points);
    let mut svg = String::from("<g>");

    // Legend: the bar, the diamond (or that nothing is reported), the unit.
    let legend_y = area.y + fs;
    let _ = write!(
        svg,
        "<rect x=\"{:.1}\" y=\"{:.1}\" width=\"{:.1}\" height=\"{:.1}\" fill=\"{TARGET_COLOUR}\"/>",
        area.x,
        legend_y - fs * 0.8,
        fs * 1.2,
        fs * 0.8
    );
    text(
        &mut svg,
        area.x + fs * 1.6,
        legend_y,
        fs,
        &format!("fill=\"{INK}\""),
        strings.target,
    );
    let actual_x = area.x + fs * 1.6 + fs * 0.62 * strings.target.chars().count() as f64 + fs * 1.5;
    diamond(
        &mut svg,
        actual_x + fs * 0.5,
        legend_y - fs * 0.35,
        fs * 0.5,
    );
    let any_actual = points.iter().any(|p| p.actual.is_some());
    let actual_legend = if any_actual {
        strings.actual.to_string()
    } else {
        format!("{}: {}", strings.actual, strings.not_yet_reported_value)
    };
    text(
        &mut svg,
        actual_x + fs * 1.4,
        legend_y,
        fs,
        &format!("fill=\"{INK}\""),
        &actual_legend,
    );
    // The unit at the legend's right end, or on a row of its own when the chart is narrow.
    let unit = format!("{}: {}", strings.unit, unit_label(lang, indicator.unit));
    let estimate = |text: &str| fs * 0.62 * text.chars().count() as f64;
    let legend_end = actual_x + fs * 1.4 + estimate(&actual_legend) + fs;
    let own_row = legend_end + estimate(&unit) > area.x + area.width;
    let (unit_x, unit_y, anchor) = match own_row {
        true => (area.x, legend_y + fs * 1.5, "start"),
        false => (area.x + area.width, legend_y, "end"),
    };
    text(
        &mut svg,
        unit_x,
        unit_y,
        fs,
        &format!("fill=\"{MUTED}\" text-anchor=\"{anchor}\""),
        &unit,
    );

    // The plot: y labels on the left, years below.
    let widest_label = (0..=((top / step).round() as usize))
        .map(|i| label(i as f64 * step).chars().count())
        .max()
        .unwrap_or(1);
    let plot_left = area.x + fs * 0.62 * widest_label as f64 + fs * 0.6;
    let plot_right = area.x + area.width;
    let plot_top = area.y + fs * if own_row { 4.7 } else { 3.2 };
    let plot_bottom = area.y + area.height - fs * 1.8;
    let y_of = |v: f64| plot_bottom - (v / top) * (plot_bottom - plot_top);
    let mut tick = 0.0;
    while tick <= top + step / 2.0 {
        let y = y_of(tick);
        let _ = write!(
            svg,
            "<line x1=\"{plot_left:.1}\" y1=\"{y:.1}\" x2=\"{plot_right:.1}\" y2=\"{y:.1}\" stroke=\"{GRID}\" stroke-width=\"1\"/>"
        );
        text(
            &mut svg,
            plot_left - fs * 0.4,
            y + fs * 0.35,
            fs * 0.85,
            &format!("fill=\"{MUTED}\" text-anchor=\"end\""),
            &label(tick),
        );
        tick += step;
    }
    let band = (plot_right - plot_left) / points.len().max(1) as f64;
    let centre = |i: usize| plot_left + band * (i as f64 + 0.5);
    for (i, point) in points.iter().enumerate() {
        let x = centre(i);
        text(
            &mut svg,
            x,
            plot_bottom + fs * 1.3,
            fs,
            &format!("fill=\"{INK}\" text-anchor=\"middle\""),
            &point.year.to_string(),
        );
        if let Some(target) = point.target {
            let y = y_of(target);
            let _ = write!(
                svg,
                "<rect x=\"{:.1}\" y=\"{y:.1}\" width=\"{:.1}\" height=\"{:.1}\" fill=\"{TARGET_COLOUR}\"/>",
                x - band * 0.22,
                band * 0.44,
                (plot_bottom - y).max(0.0)
            );
            // The target's number inside the bar's top when it is tall enough, else above it.
            let inside = plot_bottom - y > fs * 1.6;
            let label_y = if inside { y + fs * 1.1 } else { y - fs * 0.35 };
            text(
                &mut svg,
                x,
                label_y,
                fs * 0.85,
                &format!("fill=\"{INK}\" text-anchor=\"middle\""),
                &label(target),
            );
        }
    }
    // Reported values: lines only between consecutive reported years; gaps stay gaps.
    for (i, pair) in points.windows(2).enumerate() {
        if let (Some(a), Some(b)) = (pair[0].actual, pair[1].actual) {
            let _ = write!(
                svg,
                "<line x1=\"{:.1}\" y1=\"{:.1}\" x2=\"{:.1}\" y2=\"{:.1}\" stroke=\"{ACTUAL_COLOUR}\" stroke-width=\"3\"/>",
                centre(i),
                y_of(a),
                centre(i + 1),
                y_of(b)
            );
        }
    }
    for (i, point) in points.iter().enumerate() {
        if let Some(actual) = point.actual {
            let (x, y) = (centre(i) + band * 0.3, y_of(actual));
            diamond(&mut svg, x, y, fs * 0.55);
            text(
                &mut svg,
                x,
                y - fs * 0.8,
                fs * 0.85,
                &format!("fill=\"{ACTUAL_COLOUR}\" font-weight=\"bold\" text-anchor=\"middle\""),
                &label(actual),
            );
        }
    }
    svg.push_str("</g>");
    svg
}

/// The chart as `<svg>` elements that scale with their container (the embed pages): one drawn
/// for wide columns, one for phones (the page's CSS shows one of them), so labels stay legible.
pub fn chart_svg(points: &[ChartPoint], indicator: &Indicator, lang: Lang, label: &str) -> String {
    [("wide", 720.0, 360.0, 15.0), ("narrow", 360.0, 300.0, 13.0)]
        .into_iter()
        .map(|(class, width, height, font_size)| {
            let area = ChartArea {
                x: 4.0,
                y: 4.0,
                width: width - 8.0,
                height: height - 8.0,
                font_size,
            };
            format!(
                "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {width} {height}\" role=\"img\" aria-label=\"{}\" class=\"static-chart {class}\">{}</svg>",
                escape(label),
                chart_group(points, indicator, lang, area)
            )
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::components::chart::chart_points;
    use model::strategy::{Cumulative, Target};
    use model::Text;

    fn indicator(unit: Unit, targets: [f64; 4]) -> Indicator {
        Indicator {
            id: "4.1.5".into(),
            name: Text::new("Vətəndaşlar", "Citizens"),
            unit,
            unit_printed: Text::new("nəfər", "people"),
            targets: (2026..=2029)
                .zip(targets)
                .map(|(year, value)| Target {
                    year,
                    value,
                    printed: String::new(),
                })
                .collect(),
            cumulative: Cumulative::NotStated,
        }
    }

    #[test]
    fn the_axis_is_round_and_above_every_value() {
        assert_eq!(nice_step(10_000.0), 10_000.0);
        assert_eq!(nice_step(1_100.0), 2_000.0);
        assert_eq!(nice_step(0.47), 0.5);
        let i = indicator(Unit::Persons, [3000.0, 8000.0, 20000.0, 40000.0]);
        let points = chart_points(&i, 2026..=2029, |year| (year == 2026).then_some(2500.0));
        assert_eq!(y_scale(&points), (10_000.0, 40_000.0));
    }

    #[test]
    fn numbers_follow_the_language_and_gaps_stay_gaps() {
        let i = indicator(Unit::Persons, [3000.0, 8000.0, 20000.0, 40000.0]);
        let points = chart_points(&i, 2026..=2029, |year| {
            (year == 2026 || year == 2028).then_some(2500.5)
        });
        let az = chart_group(
            &points,
            &i,
            Lang::Az,
            ChartArea {
                x: 0.0,
                y: 0.0,
                width: 600.0,
                height: 300.0,
                font_size: 14.0,
            },
        );
        assert!(
            az.contains(">40.000</text>") && az.contains(">2.500,5</text>"),
            "{az}"
        );
        // Two reported years that are not consecutive: two diamonds, no line between them.
        assert_eq!(
            az.matches(&format!("fill=\"{ACTUAL_COLOUR}\" stroke"))
                .count(),
            3
        );
        assert!(!az.contains(&format!("stroke=\"{ACTUAL_COLOUR}\" stroke-width=\"3\"")));
        let en = chart_group(
            &points,
            &i,
            Lang::En,
            ChartArea {
                x: 0.0,
                y: 0.0,
                width: 600.0,
                height: 300.0,
                font_size: 14.0,
            },
        );
        assert!(en.contains(">40,000</text>") && en.contains(">2,500.5</text>"));
    }

    #[test]
    fn a_chart_without_reported_values_says_so() {
        let i = indicator(Unit::Percent, [1.5, 1.66, 1.8, 1.87]);
        let points = chart_points(&i, 2026..=2029, |_| None);
        let svg = chart_svg(&points, &i, Lang::En, "Chart");
        assert!(svg.contains("Actual: not yet reported"));
        assert!(svg.contains(">1.87%</text>"));
        assert!(svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\""));
        assert_eq!(
            svg.matches("<svg ").count(),
            2,
            "a wide and a narrow drawing"
        );
        // On the narrow drawing the unit takes a row of its own, from the left edge.
        let narrow = svg.split("class=\"static-chart narrow\"").nth(1).unwrap();
        assert!(
            narrow.contains("text-anchor=\"start\">Unit: %</text>"),
            "{narrow}"
        );
    }
}

//! `indicators.toml`: the headline indicators of section 4.1, with a target (as a number and as
//! printed) for every year of the strategy's period.

use crate::compile::ids::code;
use crate::compile::text::toml_text;
use crate::compile::{spanned, Checks};
use crate::problem::{IdShape, ItemKind, ItemLabel, ProblemKind, Problems};
use crate::source::{SourceFile, TextSrc, TomlItem};
use model::strategy::{Indicator, Period, Target};
use serde::Deserialize;
use std::collections::BTreeMap;
use toml::Spanned;

/// `indicators.toml`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct IndicatorFileSrc {
    #[serde(default)]
    indicator: Vec<Spanned<IndicatorSrc>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct IndicatorSrc {
    id: String,
    name: Option<TextSrc>,
    unit: String,
    unit_printed: Option<TextSrc>,
    #[serde(default)]
    targets: BTreeMap<String, f64>,
    #[serde(default)]
    targets_printed: BTreeMap<String, String>,
    cumulative: String,
}

/// Checks `indicators.toml` against the strategy's period (targets are not checked when it is
/// unknown).
pub fn compile(file: &SourceFile, period: Option<Period>, checks: &mut Checks) -> Vec<Indicator> {
    let Some(src) = file.parse_toml::<IndicatorFileSrc>(checks.problems) else {
        return Vec::new();
    };
    let mut indicators = Vec::new();
    for (span, i) in src.indicator.into_iter().map(spanned) {
        let item = file.item(span, ItemLabel::new(ItemKind::Indicator, &i.id));
        checks.claim_id(&i.id, &item, IdShape::Indicator);
        let problems = &mut *checks.problems;
        let targets = match period {
            Some(period) => targets(&i, period, &item, problems),
            None => Vec::new(),
        };
        indicators.push(Indicator {
            name: toml_text(i.name.as_ref(), &item, "name", problems),
            unit_printed: toml_text(i.unit_printed.as_ref(), &item, "unit_printed", problems),
            unit: code(&i.unit, &item, "unit", problems),
            cumulative: code(&i.cumulative, &item, "cumulative", problems),
            id: i.id,
            targets,
        });
    }
    indicators
}

/// One target per year of the period, each with its printed form; no target for another year.
fn targets(
    i: &IndicatorSrc,
    period: Period,
    item: &TomlItem,
    problems: &mut Problems,
) -> Vec<Target> {
    let mut targets = Vec::new();
    for year in period.start..=period.end {
        let key = year.to_string();
        match (i.targets.get(&key), i.targets_printed.get(&key)) {
            (Some(value), Some(printed)) if value.is_finite() => targets.push(Target {
                year,
                value: *value,
                printed: printed.clone(),
            }),
            (None, _) => problems.report(item, "targets", ProblemKind::TargetMissing { year }),
            (Some(_), None) => {
                let kind = ProblemKind::PrintedTargetMissing { year };
                problems.report(item, "targets_printed", kind);
            }
            (Some(_), Some(_)) => {
                problems.report(item, "targets", ProblemKind::TargetNotANumber { year })
            }
        }
    }
    for key in i.targets.keys().chain(i.targets_printed.keys()) {
        if !key.parse::<u16>().is_ok_and(|y| period.contains(y)) {
            let given = key.clone();
            let kind = ProblemKind::TargetYearOutside { given, period };
            problems.report(item, "targets", kind);
        }
    }
    targets
}

//! The measures of a goal file (`[[measure]]`): the action plan's rows, with their agencies,
//! period and results chain (initial → intermediate → final; a few cells span two stages).

use crate::compile::agencies::reference;
use crate::compile::goals::Plan;
use crate::compile::text::toml_text;
use crate::compile::{spanned, Checks};
use crate::problem::{IdShape, ItemKind, ItemLabel, ProblemKind, Problems, SectionRef};
use crate::source::{SourceFile, TextSrc, TomlItem};
use model::strategy::{Direction, Measure, Period, ResultCell, Stage};
use serde::Deserialize;
use toml::Spanned;

/// A `[[measure]]` table.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MeasureSrc {
    id: String,
    direction: String,
    prose_ref: String,
    title: Option<TextSrc>,
    lead: String,
    #[serde(default)]
    others: Vec<String>,
    #[serde(default)]
    relevant_agencies: bool,
    start: i64,
    end: i64,
    initial: Option<TextSrc>,
    intermediate: Option<TextSrc>,
    #[serde(rename = "final")]
    final_: Option<TextSrc>,
    spans: Option<String>,
}

/// Checks the measures of goal `goal`, whose directions are `directions`.
pub fn compile(
    file: &SourceFile,
    goal: &str,
    directions: &[Direction],
    sources: Vec<Spanned<MeasureSrc>>,
    plan: &Plan,
    checks: &mut Checks,
) -> Vec<Measure> {
    let mut measures = Vec::new();
    for (span, m) in sources.into_iter().map(spanned) {
        let item = file.item(span, ItemLabel::new(ItemKind::Measure, &m.id));
        checks.claim_id(&m.id, &item, IdShape::Measure);
        check_direction(&m, directions, &item, checks.problems);
        checks.section_ref(&m.prose_ref, &item, "prose_ref", SectionRef::Measure);
        if let Some(period) = plan.period {
            check_period(&m, period, &item, checks.problems);
        }
        let problems = &mut *checks.problems;
        let lead = reference(&m.lead, plan.agencies, &item, "lead", problems);
        let others = m
            .others
            .iter()
            .map(|o| reference(o, plan.agencies, &item, "others", problems))
            .collect();
        let results = results_chain(&m, &item, problems);
        measures.push(Measure {
            goal: goal.to_string(),
            title: toml_text(m.title.as_ref(), &item, "title", problems),
            lead,
            others,
            relevant_agencies: m.relevant_agencies,
            period: Period {
                start: m.start.clamp(0, i64::from(u16::MAX)) as u16,
                end: m.end.clamp(0, i64::from(u16::MAX)) as u16,
            },
            results,
            id: m.id,
            direction: m.direction,
            prose_ref: m.prose_ref,
        });
    }
    measures
}

/// A measure names a direction of its own file, and its id continues the direction's.
fn check_direction(
    m: &MeasureSrc,
    directions: &[Direction],
    item: &TomlItem,
    problems: &mut Problems,
) {
    if !directions.iter().any(|d| d.id == m.direction) {
        let direction = m.direction.clone();
        problems.report(
            item,
            "direction",
            ProblemKind::DirectionNotInFile { direction },
        );
    } else if m.id.rsplit_once('.').map(|(head, _)| head) != Some(m.direction.as_str()) {
        let kind = ProblemKind::MeasureNotInDirection {
            measure: m.id.clone(),
            direction: m.direction.clone(),
        };
        problems.report(item, "direction", kind);
    }
}

/// A measure's period lies within the strategy's and ends no earlier than it starts.
fn check_period(m: &MeasureSrc, period: Period, item: &TomlItem, problems: &mut Problems) {
    let inside = |year: i64| (i64::from(period.start)..=i64::from(period.end)).contains(&year);
    let outside = |year| ProblemKind::YearOutsideStrategy { year, period };
    if !inside(m.start) {
        problems.report(item, "start", outside(m.start));
    }
    if !inside(m.end) {
        problems.report(item, "end", outside(m.end));
    } else if m.end < m.start {
        let (start, end) = (m.start, m.end);
        problems.report(item, "end", ProblemKind::EndsBeforeStart { start, end });
    }
}

/// The printed result cells, with the stages each covers.
fn results_chain(m: &MeasureSrc, item: &TomlItem, problems: &mut Problems) -> Vec<ResultCell> {
    use Stage::{Final, Initial, Intermediate};
    let mut spanning = |spanning, spanned: Stage, given: bool| {
        if given {
            let kind = ProblemKind::SpannedCellGiven { spanning, spanned };
            problems.report(item, spanned.code(), kind);
        }
    };
    let cells: Vec<(Vec<Stage>, Option<&TextSrc>)> = match m.spans.as_deref() {
        None => vec![
            (vec![Initial], m.initial.as_ref()),
            (vec![Intermediate], m.intermediate.as_ref()),
            (vec![Final], m.final_.as_ref()),
        ],
        Some("initial-intermediate") => {
            spanning(Initial, Intermediate, m.intermediate.is_some());
            vec![
                (vec![Initial, Intermediate], m.initial.as_ref()),
                (vec![Final], m.final_.as_ref()),
            ]
        }
        Some("intermediate-final") => {
            spanning(Intermediate, Final, m.final_.is_some());
            vec![
                (vec![Initial], m.initial.as_ref()),
                (vec![Intermediate, Final], m.intermediate.as_ref()),
            ]
        }
        Some(other) => {
            let given = other.to_string();
            problems.report(item, "spans", ProblemKind::NotASpan { given });
            Vec::new()
        }
    };
    cells
        .into_iter()
        .map(|(stages, src)| ResultCell {
            text: toml_text(src, item, stages[0].code(), problems),
            stages,
        })
        .collect()
}

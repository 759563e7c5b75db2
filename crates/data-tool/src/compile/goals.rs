//! A goal file (`goal-8.N.toml`): one goal of section 8 with its priority directions and its
//! measures, compiled together because directions and measures name their goal by the file.

use crate::compile::text::toml_text;
use crate::compile::{directions, measures, spanned, Checks};
use crate::problem::{IdShape, ItemKind, ItemLabel, SectionRef};
use crate::source::{SourceFile, TextSrc};
use model::strategy::{Agency, Direction, Goal, Measure, Period};
use serde::Deserialize;
use toml::Spanned;

/// A `goal-8.N.toml` file.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct GoalFileSrc {
    goal: Spanned<GoalSrc>,
    #[serde(default)]
    direction: Vec<Spanned<directions::DirectionSrc>>,
    #[serde(default)]
    measure: Vec<Spanned<measures::MeasureSrc>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct GoalSrc {
    id: String,
    objective_ref: String,
    title: Option<TextSrc>,
    objective: Option<TextSrc>,
}

/// A goal file, compiled.
pub struct GoalFile {
    /// The goal.
    pub goal: Goal,
    /// Its priority directions, in file order.
    pub directions: Vec<Direction>,
    /// Its measures, in file order.
    pub measures: Vec<Measure>,
}

/// What a goal file is checked against: the agencies and the strategy's period (unknown when
/// `document.toml` is broken; years are then not checked).
pub struct Plan<'a> {
    /// The agencies of `agencies.toml`.
    pub agencies: &'a [Agency],
    /// The strategy's years.
    pub period: Option<Period>,
}

/// Checks a goal file; `None` when it does not parse.
pub fn compile(file: &SourceFile, plan: &Plan, checks: &mut Checks) -> Option<GoalFile> {
    let src: GoalFileSrc = file.parse_toml(checks.problems)?;
    let (span, g) = spanned(src.goal);
    let item = file.item(span, ItemLabel::new(ItemKind::Goal, &g.id));
    checks.claim_id(&g.id, &item, IdShape::Goal);
    checks.section_ref(
        &g.objective_ref,
        &item,
        "objective_ref",
        SectionRef::Objective,
    );
    let goal = Goal {
        title: toml_text(g.title.as_ref(), &item, "title", checks.problems),
        objective: toml_text(g.objective.as_ref(), &item, "objective", checks.problems),
        id: g.id,
        objective_ref: g.objective_ref,
    };
    let directions = directions::compile(file, &goal.id, src.direction, checks);
    let measures = measures::compile(file, &goal.id, &directions, src.measure, plan, checks);
    Some(GoalFile {
        goal,
        directions,
        measures,
    })
}

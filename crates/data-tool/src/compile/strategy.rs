//! The strategy as a whole: reads the files of `data/strategy/`, compiles each entity in the
//! order their references need (the document's period first, agencies before measures, measures
//! before flagships, every id before the notes), and assembles the published [`Strategy`].

use crate::compile::goals::Plan;
use crate::compile::{
    agencies, context_facts, document, flagships, goals, indicators, notes, Checks,
};
use crate::problem::{FileLine, ProblemKind, Problems, ToolError};
use crate::source::SourceFile;
use model::manifest::SCHEMA_VERSION;
use model::Strategy;
use std::path::Path;

/// The strategy's source files, read.
struct StrategyFiles {
    document: Option<SourceFile>,
    agencies: Option<SourceFile>,
    indicators: Option<SourceFile>,
    flagships: Option<SourceFile>,
    context: Option<SourceFile>,
    goals: Vec<SourceFile>,
    notes: Vec<SourceFile>,
}

impl StrategyFiles {
    /// Reads every file; a missing required file, or no goal file, is a problem.
    fn read(dir: &Path, problems: &mut Problems) -> Result<StrategyFiles, ToolError> {
        let mut required = |name: &str| -> Result<Option<SourceFile>, ToolError> {
            let path = dir.join(name);
            let file = SourceFile::read_optional(&path)?;
            if file.is_none() {
                problems.report(
                    &FileLine::new(path, 1),
                    "file",
                    ProblemKind::MissingStrategyFile,
                );
            }
            Ok(file)
        };
        let files = StrategyFiles {
            document: required("document.toml")?,
            agencies: required("agencies.toml")?,
            indicators: required("indicators.toml")?,
            flagships: required("flagships.toml")?,
            context: SourceFile::read_optional(&dir.join("context.toml"))?,
            goals: files_starting(dir, "goal-")?,
            notes: files_starting(dir, "notes")?,
        };
        if files.goals.is_empty() {
            let first = FileLine::new(dir.join("goal-8.1.toml"), 1);
            problems.report(&first, "file", ProblemKind::NoGoalFiles);
        }
        Ok(files)
    }
}

/// The `.toml` files of `dir` whose names start with `prefix`, sorted by name.
fn files_starting(dir: &Path, prefix: &str) -> Result<Vec<SourceFile>, ToolError> {
    let mut paths: Vec<_> = std::fs::read_dir(dir)
        .map_err(|e| ToolError::io(dir, e))?
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .filter(|p| {
            p.extension().is_some_and(|e| e == "toml")
                && p.file_name()
                    .and_then(|n| n.to_str())
                    .is_some_and(|n| n.starts_with(prefix))
        })
        .collect();
    paths.sort();
    paths.iter().map(|p| SourceFile::read(p)).collect()
}

/// Reads, checks and compiles the strategy in `dir` (`data/strategy`). `None` when the
/// document itself cannot be read; every problem found is in `problems` either way.
pub fn compile_strategy(
    dir: &Path,
    problems: &mut Problems,
) -> Result<Option<Strategy>, ToolError> {
    let files = StrategyFiles::read(dir, problems)?;
    let document = files
        .document
        .as_ref()
        .and_then(|f| document::compile(f, problems));
    let mut checks = Checks {
        problems,
        ids: Default::default(),
    };
    let agencies = files
        .agencies
        .map(|f| agencies::compile(&f, &mut checks))
        .unwrap_or_default();
    let plan = Plan {
        agencies: &agencies,
        period: document.as_ref().map(|d| d.period),
    };
    let (mut goals, mut directions, mut measures) = (Vec::new(), Vec::new(), Vec::new());
    for file in &files.goals {
        if let Some(goal_file) = goals::compile(file, &plan, &mut checks) {
            goals.push(goal_file.goal);
            directions.extend(goal_file.directions);
            measures.extend(goal_file.measures);
        }
    }
    let indicators = files
        .indicators
        .map(|f| indicators::compile(&f, plan.period, &mut checks))
        .unwrap_or_default();
    let flagships = files
        .flagships
        .map(|f| flagships::compile(&f, &measures, &mut checks))
        .unwrap_or_default();
    let context_facts = files
        .context
        .map(|f| context_facts::compile(&f, &mut checks))
        .unwrap_or_default();
    let items = checks.ids.clone();
    let source_notes = files
        .notes
        .iter()
        .flat_map(|f| notes::compile(f, &items, &mut checks))
        .collect();

    let Some(document) = document else {
        return Ok(None);
    };
    Ok(Some(Strategy {
        schema_version: SCHEMA_VERSION,
        document,
        goals,
        directions,
        measures,
        indicators,
        flagships,
        agencies,
        context_facts,
        source_notes,
    }))
}

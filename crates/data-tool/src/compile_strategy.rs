//! Checks the strategy's source files and turns them into the published [`model::Strategy`].
//! Every problem is collected with its file, line and field; nothing is published unless none.

use crate::problem::{Problems, ToolError};
use crate::source::strategy::*;
use crate::source::text::{compile_text, TextSite, TextSrc};
use crate::source::SourceFile;
use model::manifest::SCHEMA_VERSION;
use model::slug::ascii_slug;
use model::strategy::*;
use model::Text;
use std::collections::{BTreeMap, BTreeSet};
use std::ops::Range;
use std::path::Path;

/// The years the strategy covers; periods and targets must lie inside.
pub const FIRST_YEAR: u16 = 2026;
/// Last year of the strategy.
pub const LAST_YEAR: u16 = 2029;

/// True when `id` is `prefix` followed by `extra` dot-separated positive numbers.
fn is_numbered(id: &str, prefix: &str, extra: usize) -> bool {
    let Some(rest) = id.strip_prefix(prefix) else {
        return false;
    };
    let parts: Vec<&str> = rest.split('.').collect();
    parts.len() == extra
        && parts.iter().all(|p| {
            !p.is_empty()
                && p.len() <= 2
                && p.bytes().all(|b| b.is_ascii_digit())
                && !p.starts_with('0')
        })
}

/// Context for reporting problems inside one item of one file.
struct Item<'a> {
    file: &'a SourceFile,
    span: Range<usize>,
    label: String,
}

impl Item<'_> {
    fn problem(&self, problems: &mut Problems, field: &str, message: impl Into<String>) {
        let line = self.file.field_line(&self.span, field);
        problems.push(
            &self.file.path,
            line,
            format!("{}: {field}", self.label),
            message,
        );
    }

    fn text(&self, src: Option<&TextSrc>, field: &str, problems: &mut Problems) -> Text {
        compile_text(
            src,
            &TextSite {
                file: self.file,
                span: &self.span,
                item: &self.label,
                field,
            },
            problems,
        )
    }

    /// Only the Azerbaijani of a text (quotes of the source need no translation).
    fn az_only(&self, src: Option<&TextSrc>, field: &str, problems: &mut Problems) -> String {
        match src
            .and_then(|t| t.az.clone())
            .filter(|s| !s.trim().is_empty())
        {
            Some(az) => az,
            None => {
                self.problem(
                    problems,
                    &format!("{field}.az"),
                    "the printed wording is missing",
                );
                String::new()
            }
        }
    }
}

/// Pairs each spanned item of a file with its reporting context.
fn items_of<'a, T: 'a>(
    file: &'a SourceFile,
    items: Vec<toml::Spanned<T>>,
    label: impl Fn(&T) -> String + 'a,
) -> impl Iterator<Item = (Item<'a>, T)> + 'a {
    items.into_iter().map(move |spanned| {
        let span = spanned.span();
        let value = spanned.into_inner();
        let item = Item {
            file,
            span,
            label: label(&value),
        };
        (item, value)
    })
}

/// Parses one of a fixed set of codes, reporting the allowed ones otherwise.
fn parse_choice<T: Copy>(
    code: &str,
    choices: &[(&str, T)],
    item: &Item<'_>,
    field: &str,
    problems: &mut Problems,
) -> T {
    match choices.iter().find(|(name, _)| *name == code) {
        Some((_, value)) => *value,
        None => {
            let names: Vec<&str> = choices.iter().map(|(name, _)| *name).collect();
            item.problem(
                problems,
                field,
                format!("`{code}` is not one of: {}", names.join(", ")),
            );
            choices[0].1
        }
    }
}

/// Remembers ids to report duplicates with the line of the first use.
#[derive(Default)]
struct Seen {
    ids: BTreeMap<String, String>,
}

impl Seen {
    fn check(&mut self, id: &str, item: &Item<'_>, field: &str, problems: &mut Problems) {
        let here = format!(
            "{}:{}",
            item.file.path.display(),
            item.file.field_line(&item.span, field)
        );
        if let Some(first) = self.ids.get(id) {
            item.problem(
                problems,
                field,
                format!("`{id}` is used twice (first at {first}): ids must be unique"),
            );
        } else {
            self.ids.insert(id.to_string(), here);
        }
    }
}

fn read_optional(path: &Path) -> Result<Option<SourceFile>, ToolError> {
    if path.exists() {
        SourceFile::read(path).map(Some)
    } else {
        Ok(None)
    }
}

fn files_matching(dir: &Path, prefix: &str) -> Result<Vec<SourceFile>, ToolError> {
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

fn require_file(
    dir: &Path,
    name: &str,
    problems: &mut Problems,
) -> Result<Option<SourceFile>, ToolError> {
    let path = dir.join(name);
    let file = read_optional(&path)?;
    if file.is_none() {
        problems.push(
            &path,
            1,
            "file",
            "missing: every strategy needs this file (see data/FORMAT.md)",
        );
    }
    Ok(file)
}

/// Reads, checks and compiles the strategy in `dir` (`data/strategy`).
pub fn compile_strategy(
    dir: &Path,
    problems: &mut Problems,
) -> Result<Option<Strategy>, ToolError> {
    let document = require_file(dir, "document.toml", problems)?;
    let agencies_file = require_file(dir, "agencies.toml", problems)?;
    let indicators_file = require_file(dir, "indicators.toml", problems)?;
    let flagships_file = require_file(dir, "flagships.toml", problems)?;
    let context_file = read_optional(&dir.join("context.toml"))?;
    let goal_files = files_matching(dir, "goal-")?;
    let note_files = files_matching(dir, "notes")?;
    if goal_files.is_empty() {
        problems.push(
            &dir.join("goal-8.1.toml"),
            1,
            "file",
            "no goal files (goal-8.N.toml) found",
        );
    }

    let mut seen = Seen::default();
    let document = document.and_then(|f| compile_document(&f, problems));
    let agencies = agencies_file
        .map(|f| compile_agencies(&f, &mut seen, problems))
        .unwrap_or_default();

    let mut goals = Vec::new();
    let mut directions = Vec::new();
    let mut measures = Vec::new();
    for file in &goal_files {
        if let Some(src) = file.parse_toml::<GoalFileSrc>(problems) {
            compile_goal_file(
                file,
                src,
                &agencies,
                &mut seen,
                problems,
                &mut goals,
                &mut directions,
                &mut measures,
            );
        }
    }
    let measure_ids: BTreeSet<&str> = measures.iter().map(|m: &Measure| m.id.as_str()).collect();
    let indicators = indicators_file
        .map(|f| compile_indicators(&f, &mut seen, problems))
        .unwrap_or_default();
    let flagships = flagships_file
        .map(|f| compile_flagships(&f, &measure_ids, &mut seen, problems))
        .unwrap_or_default();
    let context_facts = context_file
        .map(|f| compile_context(&f, &mut seen, problems))
        .unwrap_or_default();

    let mut known: BTreeSet<String> = seen.ids.keys().cloned().collect();
    known.insert("document".into());
    let mut source_notes = Vec::new();
    for file in &note_files {
        if let Some(src) = file.parse_toml::<NoteFileSrc>(problems) {
            compile_notes(file, src, &known, &mut seen, problems, &mut source_notes);
        }
    }

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

fn compile_document(file: &SourceFile, problems: &mut Problems) -> Option<DocumentInfo> {
    let src: DocumentSrc = file.parse_toml(problems)?;
    let item = Item {
        file,
        span: 0..file.text.len(),
        label: "document".into(),
    };
    if src.start != FIRST_YEAR || src.end != LAST_YEAR {
        item.problem(
            problems,
            "start",
            format!("the strategy covers {FIRST_YEAR}–{LAST_YEAR}"),
        );
    }
    Some(DocumentInfo {
        title: item.text(src.title.as_ref(), "title", problems),
        short_title: item.text(src.short_title.as_ref(), "short_title", problems),
        adoption: item.text(src.adoption.as_ref(), "adoption", problems),
        period: Period {
            start: src.start,
            end: src.end,
        },
        source_file: src.source_file,
    })
}

fn compile_agencies(file: &SourceFile, seen: &mut Seen, problems: &mut Problems) -> Vec<Agency> {
    let Some(src) = file.parse_toml::<AgencyFileSrc>(problems) else {
        return Vec::new();
    };
    let mut acronyms = Seen::default();
    items_of(file, src.agency, |a| format!("agency {}", a.acronym))
        .map(|(item, a)| {
            if a.slug != ascii_slug(&a.acronym) {
                item.problem(
                    problems,
                    "slug",
                    format!(
                        "must be the ASCII-folded acronym `{}`",
                        ascii_slug(&a.acronym)
                    ),
                );
            }
            seen.check(&a.slug, &item, "slug", problems);
            acronyms.check(&a.acronym, &item, "acronym", problems);
            for alias in &a.aliases {
                acronyms.check(alias, &item, "aliases", problems);
            }
            let name_en_basis = parse_choice(
                &a.name_en_basis,
                &[
                    ("official", NameBasis::Official),
                    ("translation", NameBasis::Translation),
                ],
                &item,
                "name_en_basis",
                problems,
            );
            Agency {
                name: item.text(a.name.as_ref(), "name", problems),
                slug: a.slug,
                acronym: a.acronym,
                aliases: a.aliases,
                name_en_basis,
            }
        })
        .collect()
}

fn agency_ref(
    printed: &str,
    agencies: &[Agency],
    item: &Item<'_>,
    field: &str,
    problems: &mut Problems,
) -> AgencyRef {
    match agencies
        .iter()
        .find(|a| a.acronym == printed || a.aliases.iter().any(|x| x == printed))
    {
        Some(agency) => AgencyRef {
            slug: agency.slug.clone(),
            printed: printed.to_string(),
        },
        None => {
            item.problem(
                problems,
                field,
                format!("agency `{printed}` is not in agencies.toml (write the acronym as section 9 prints it)"),
            );
            AgencyRef {
                slug: ascii_slug(printed),
                printed: printed.to_string(),
            }
        }
    }
}

#[allow(clippy::too_many_arguments)]
fn compile_goal_file(
    file: &SourceFile,
    src: GoalFileSrc,
    agencies: &[Agency],
    seen: &mut Seen,
    problems: &mut Problems,
    goals: &mut Vec<Goal>,
    directions: &mut Vec<Direction>,
    measures: &mut Vec<Measure>,
) {
    let span = src.goal.span();
    let g = src.goal.into_inner();
    let item = Item {
        file,
        span,
        label: format!("goal {}", g.id),
    };
    if !is_numbered(&g.id, "8.", 1) {
        item.problem(
            problems,
            "id",
            format!("`{}` is not a goal id like 8.1", g.id),
        );
    }
    if !is_numbered(&g.objective_ref, "5.1.", 1) {
        item.problem(
            problems,
            "objective_ref",
            "must name a section 5.1 objective like 5.1.1",
        );
    }
    seen.check(&g.id, &item, "id", problems);
    goals.push(Goal {
        title: item.text(g.title.as_ref(), "title", problems),
        objective: item.text(g.objective.as_ref(), "objective", problems),
        id: g.id.clone(),
        objective_ref: g.objective_ref,
    });

    let mut direction_ids = BTreeSet::new();
    for spanned in src.direction {
        let span = spanned.span();
        let d = spanned.into_inner();
        let item = Item {
            file,
            span,
            label: format!("direction {}", d.id),
        };
        if !is_numbered(&d.id, &format!("{}.", g.id), 1) {
            item.problem(
                problems,
                "id",
                format!(
                    "`{}` is not a direction id of goal {} (like {}.1)",
                    d.id, g.id, g.id
                ),
            );
        }
        if !is_numbered(&d.prose_ref, "6.1.", 1) {
            item.problem(
                problems,
                "prose_ref",
                "must name a section 6.1 direction like 6.1.1",
            );
        }
        seen.check(&d.id, &item, "id", problems);
        direction_ids.insert(d.id.clone());
        let expected_results = d
            .expected_result
            .iter()
            .map(|r| ExpectedResult {
                r#ref: r.r#ref.clone(),
                text: item.text(r.text.as_ref(), "expected_result", problems),
            })
            .collect();
        directions.push(Direction {
            goal: g.id.clone(),
            title: item.text(d.title.as_ref(), "title", problems),
            justification: item.text(d.justification.as_ref(), "justification", problems),
            risks: item.text(d.risks.as_ref(), "risks", problems),
            expected_results,
            id: d.id,
            prose_ref: d.prose_ref,
        });
    }

    for spanned in src.measure {
        let span = spanned.span();
        let m = spanned.into_inner();
        let item = Item {
            file,
            span,
            label: format!("measure {}", m.id),
        };
        if !is_numbered(&m.id, "8.", 3) {
            item.problem(
                problems,
                "id",
                format!("`{}` is not a measure id like 8.1.1.1", m.id),
            );
        }
        seen.check(&m.id, &item, "id", problems);
        if !direction_ids.contains(&m.direction) {
            item.problem(
                problems,
                "direction",
                format!(
                    "direction `{}` is not defined in this goal's file",
                    m.direction
                ),
            );
        } else if m.id.rsplit_once('.').map(|(head, _)| head) != Some(m.direction.as_str()) {
            item.problem(
                problems,
                "direction",
                format!(
                    "measure {} cannot belong to direction {}",
                    m.id, m.direction
                ),
            );
        }
        if !is_numbered(&m.prose_ref, "6.1.", 3) {
            item.problem(
                problems,
                "prose_ref",
                "must name a section 6.1 measure like 6.1.1.2.1",
            );
        }
        let year_ok = |y: i64| (i64::from(FIRST_YEAR)..=i64::from(LAST_YEAR)).contains(&y);
        if !year_ok(m.start) {
            item.problem(
                problems,
                "start",
                format!(
                    "{} is outside the strategy's years {FIRST_YEAR}–{LAST_YEAR}",
                    m.start
                ),
            );
        }
        if !year_ok(m.end) {
            item.problem(
                problems,
                "end",
                format!(
                    "{} is outside the strategy's years {FIRST_YEAR}–{LAST_YEAR}",
                    m.end
                ),
            );
        } else if m.end < m.start {
            item.problem(
                problems,
                "end",
                format!("ends ({}) before it starts ({})", m.end, m.start),
            );
        }
        let lead = agency_ref(&m.lead, agencies, &item, "lead", problems);
        let others = m
            .others
            .iter()
            .map(|o| agency_ref(o, agencies, &item, "others", problems))
            .collect();
        let results = compile_results(&m, &item, problems);
        measures.push(Measure {
            goal: g.id.clone(),
            title: item.text(m.title.as_ref(), "title", problems),
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
}

fn compile_results(m: &MeasureSrc, item: &Item<'_>, problems: &mut Problems) -> Vec<ResultCell> {
    let cells: Vec<(Vec<Stage>, &str, Option<&TextSrc>)> = match m.spans.as_deref() {
        None => vec![
            (vec![Stage::Initial], "initial", m.initial.as_ref()),
            (
                vec![Stage::Intermediate],
                "intermediate",
                m.intermediate.as_ref(),
            ),
            (vec![Stage::Final], "final", m.final_.as_ref()),
        ],
        Some("initial-intermediate") => {
            if m.intermediate.is_some() {
                item.problem(
                    problems,
                    "intermediate",
                    "the initial cell spans intermediate too: remove `intermediate`",
                );
            }
            vec![
                (
                    vec![Stage::Initial, Stage::Intermediate],
                    "initial",
                    m.initial.as_ref(),
                ),
                (vec![Stage::Final], "final", m.final_.as_ref()),
            ]
        }
        Some("intermediate-final") => {
            if m.final_.is_some() {
                item.problem(
                    problems,
                    "final",
                    "the intermediate cell spans final too: remove `final`",
                );
            }
            vec![
                (vec![Stage::Initial], "initial", m.initial.as_ref()),
                (
                    vec![Stage::Intermediate, Stage::Final],
                    "intermediate",
                    m.intermediate.as_ref(),
                ),
            ]
        }
        Some(other) => {
            item.problem(
                problems,
                "spans",
                format!("`{other}` is not `initial-intermediate` or `intermediate-final`"),
            );
            Vec::new()
        }
    };
    cells
        .into_iter()
        .map(|(stages, field, src)| ResultCell {
            stages,
            text: item.text(src, field, problems),
        })
        .collect()
}

fn compile_indicators(
    file: &SourceFile,
    seen: &mut Seen,
    problems: &mut Problems,
) -> Vec<Indicator> {
    let Some(src) = file.parse_toml::<IndicatorFileSrc>(problems) else {
        return Vec::new();
    };
    items_of(file, src.indicator, |i| format!("indicator {}", i.id))
        .map(|(item, i)| {
            if !is_numbered(&i.id, "4.1.", 1) {
                item.problem(
                    problems,
                    "id",
                    format!("`{}` is not an indicator id like 4.1.1", i.id),
                );
            }
            seen.check(&i.id, &item, "id", problems);
            let unit = parse_unit(&i.unit, &item, "unit", problems);
            let mut targets = Vec::new();
            for year in FIRST_YEAR..=LAST_YEAR {
                let key = year.to_string();
                match (i.targets.get(&key), i.targets_printed.get(&key)) {
                    (Some(value), Some(printed)) if value.is_finite() => targets.push(Target {
                        year,
                        value: *value,
                        printed: printed.clone(),
                    }),
                    (None, _) => item.problem(
                        problems,
                        "targets",
                        format!("the target for {year} is missing"),
                    ),
                    (Some(_), None) => item.problem(
                        problems,
                        "targets_printed",
                        format!("the printed target for {year} is missing"),
                    ),
                    (Some(_), Some(_)) => item.problem(
                        problems,
                        "targets",
                        format!("the target for {year} is not a number"),
                    ),
                }
            }
            for key in i.targets.keys().chain(i.targets_printed.keys()) {
                let in_range = key
                    .parse::<u16>()
                    .is_ok_and(|y| (FIRST_YEAR..=LAST_YEAR).contains(&y));
                if !in_range {
                    item.problem(
                        problems,
                        "targets",
                        format!("`{key}` is not a year of the strategy ({FIRST_YEAR}–{LAST_YEAR})"),
                    );
                }
            }
            let cumulative = parse_choice(
                &i.cumulative,
                &[
                    ("not_stated", Cumulative::NotStated),
                    ("cumulative", Cumulative::Cumulative),
                    ("annual", Cumulative::Annual),
                ],
                &item,
                "cumulative",
                problems,
            );
            Indicator {
                name: item.text(i.name.as_ref(), "name", problems),
                unit_printed: item.text(i.unit_printed.as_ref(), "unit_printed", problems),
                id: i.id,
                unit,
                targets,
                cumulative,
            }
        })
        .collect()
}

fn parse_unit(code: &str, item: &Item<'_>, field: &str, problems: &mut Problems) -> Unit {
    let units = [
        ("count", Unit::Count),
        ("persons", Unit::Persons),
        ("mln_azn", Unit::MlnAzn),
        ("percent", Unit::Percent),
    ];
    parse_choice(code, &units, item, field, problems)
}

fn compile_flagships(
    file: &SourceFile,
    measure_ids: &BTreeSet<&str>,
    seen: &mut Seen,
    problems: &mut Problems,
) -> Vec<Flagship> {
    let Some(src) = file.parse_toml::<FlagshipFileSrc>(problems) else {
        return Vec::new();
    };
    items_of(file, src.flagship, |f| format!("flagship {}", f.id))
        .map(|(item, f)| {
            if !is_numbered(&f.id, "6.2.", 1) {
                item.problem(
                    problems,
                    "id",
                    format!("`{}` is not a flagship id like 6.2.1", f.id),
                );
            }
            seen.check(&f.id, &item, "id", problems);
            if f.link.is_empty() {
                item.problem(
                    problems,
                    "link",
                    "a flagship needs at least one [[flagship.link]] to a measure",
                );
            }
            let links = f
                .link
                .iter()
                .map(|l| {
                    if !measure_ids.contains(l.measure.as_str()) {
                        item.problem(
                            problems,
                            "measure",
                            format!("measure `{}` does not exist", l.measure),
                        );
                    }
                    let basis = parse_choice(
                        &l.basis,
                        &[
                            ("stated", LinkBasis::Stated),
                            ("inferred", LinkBasis::Inferred),
                        ],
                        &item,
                        "basis",
                        problems,
                    );
                    FlagshipLink {
                        measure: l.measure.clone(),
                        basis,
                        reason: item.text(l.reason.as_ref(), "reason", problems),
                    }
                })
                .collect();
            Flagship {
                title: item.text(f.title.as_ref(), "title", problems),
                text: item.text(f.text.as_ref(), "text", problems),
                id: f.id,
                links,
            }
        })
        .collect()
}

fn compile_context(
    file: &SourceFile,
    seen: &mut Seen,
    problems: &mut Problems,
) -> Vec<ContextFact> {
    let Some(src) = file.parse_toml::<ContextFileSrc>(problems) else {
        return Vec::new();
    };
    items_of(file, src.fact, |f| format!("fact {}", f.id))
        .map(|(item, f)| {
            let well_formed = !f.id.is_empty()
                && f.id
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
            if !well_formed {
                item.problem(
                    problems,
                    "id",
                    "use lower-case ASCII letters, digits and dashes",
                );
            }
            seen.check(&f.id, &item, "id", problems);
            let qualifier = parse_choice(
                &f.value_qualifier,
                &[
                    ("exact", Qualifier::Exact),
                    ("more_than", Qualifier::MoreThan),
                    ("up_to", Qualifier::UpTo),
                    ("about", Qualifier::About),
                ],
                &item,
                "value_qualifier",
                problems,
            );
            ContextFact {
                unit: parse_unit(&f.unit, &item, "unit", problems),
                label: item.text(f.label.as_ref(), "label", problems),
                source_wording: item.text(f.source_wording.as_ref(), "source_wording", problems),
                id: f.id,
                year: f.year,
                value: f.value,
                qualifier,
                section: f.section,
            }
        })
        .collect()
}

fn compile_notes(
    file: &SourceFile,
    src: NoteFileSrc,
    known: &BTreeSet<String>,
    seen: &mut Seen,
    problems: &mut Problems,
    notes: &mut Vec<SourceNote>,
) {
    for spanned in src.note {
        let span = spanned.span();
        let n = spanned.into_inner();
        let item = Item {
            file,
            span,
            label: format!("note {}", n.id),
        };
        let well_formed = !n.id.is_empty()
            && n.id
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'.');
        if !well_formed {
            item.problem(
                problems,
                "id",
                "use ASCII letters, digits, dots and dashes (N-8.1-01)",
            );
        }
        seen.check(&n.id, &item, "id", problems);
        if n.applies_to.is_empty() {
            item.problem(
                problems,
                "applies_to",
                "name at least one item, or \"document\"",
            );
        }
        for target in &n.applies_to {
            if !known.contains(target) {
                item.problem(
                    problems,
                    "applies_to",
                    format!("`{target}` is not the id of any item"),
                );
            }
        }
        let kind = parse_choice(
            &n.kind,
            &[
                ("contradiction", NoteKind::Contradiction),
                ("unclear", NoteKind::Unclear),
                ("extraction", NoteKind::Extraction),
                ("inconsistency", NoteKind::Inconsistency),
            ],
            &item,
            "kind",
            problems,
        );
        notes.push(SourceNote {
            printed: item.az_only(n.printed.as_ref(), "printed", problems),
            text: item.text(n.text.as_ref(), "text", problems),
            id: n.id,
            applies_to: n.applies_to,
            kind,
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbered_ids() {
        assert!(is_numbered("8.1.1.1", "8.", 3));
        assert!(is_numbered("8.1.1.10", "8.", 3));
        assert!(!is_numbered("8.1.1", "8.", 3));
        assert!(!is_numbered("8.1.1.01", "8.", 3));
        assert!(!is_numbered("8.1.x.1", "8.", 3));
        assert!(is_numbered("4.1.7", "4.1.", 1));
    }
}

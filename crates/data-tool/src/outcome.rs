//! What a command did, as the editor reads it: in English, or in Azerbaijani with `--lang az`.
//! Warnings (`crate::consistency`) come first, one per line, then the summary.

use crate::consistency::Warning;
use model::diff::SnapshotDiff;
use model::format::format_number;
use model::Lang;
use std::fmt::Write as _;
use std::path::PathBuf;

/// The counts `validate` reports.
#[derive(Debug, Clone)]
pub struct Counts {
    /// Goals, directions, measures, indicators, flagships, agencies, source notes, snapshots.
    pub goals: usize,
    /// Priority directions.
    pub directions: usize,
    /// Measures.
    pub measures: usize,
    /// Indicators.
    pub indicators: usize,
    /// Flagships.
    pub flagships: usize,
    /// Agencies.
    pub agencies: usize,
    /// Source notes.
    pub notes: usize,
    /// Snapshots.
    pub snapshots: usize,
}

/// What a command did.
#[derive(Debug)]
pub enum Outcome {
    /// `validate`: no problem.
    Valid {
        /// What the data holds.
        counts: Counts,
        /// What looks inconsistent.
        warnings: Vec<Warning>,
    },
    /// `build`.
    Built {
        /// The folder.
        out: PathBuf,
        /// The latest snapshot.
        latest: String,
        /// Files written and their sizes.
        files: Vec<(String, usize)>,
    },
    /// `publish`.
    Published {
        /// The snapshot.
        id: String,
        /// Its SHA-256.
        sha256: String,
    },
    /// `new-snapshot`.
    Started {
        /// The new folder.
        dir: PathBuf,
        /// The snapshot it starts from.
        from: String,
        /// Rows carried over.
        carried: usize,
        /// The new snapshot.
        id: String,
    },
    /// `diff` as text.
    Diff(SnapshotDiff),
    /// `diff --json`.
    Json(String),
    /// `export-xlsx`.
    Exported {
        /// The workbook.
        file: PathBuf,
        /// The snapshot.
        id: String,
    },
    /// `preview`: serving (printed before the server runs).
    Previewing {
        /// The address of the overview.
        url: String,
        /// The draft.
        id: String,
        /// Pages rendered.
        pages: usize,
        /// The folder the preview is in.
        dir: PathBuf,
    },
    /// `import-xlsx`.
    Imported {
        /// The workbook.
        file: PathBuf,
        /// The snapshot folder.
        dir: PathBuf,
        /// Status rows written.
        statuses: usize,
        /// Result rows written.
        results: usize,
        /// Value rows written.
        values: usize,
        /// The CSV files whose bytes changed.
        changed: Vec<&'static str>,
        /// What looks inconsistent in the snapshot now.
        warnings: Vec<Warning>,
    },
}

fn warnings_text(warnings: &[Warning], lang: Lang, out: &mut String) {
    for warning in warnings {
        let _ = writeln!(out, "{}", warning.render(lang));
    }
}

impl Outcome {
    /// The outcome in a language.
    pub fn render(&self, lang: Lang) -> String {
        let mut out = String::new();
        match (self, lang) {
            (
                Outcome::Valid {
                    counts: c,
                    warnings,
                },
                _,
            ) => {
                warnings_text(warnings, lang, &mut out);
                let _ = match lang {
                    Lang::En => write!(out, "ok: {} goals, {} directions, {} measures, {} indicators, {} flagships, {} agencies, {} source notes, {} snapshots", c.goals, c.directions, c.measures, c.indicators, c.flagships, c.agencies, c.notes, c.snapshots),
                    Lang::Az => write!(out, "qaydasındadır: {} məqsəd, {} istiqamət, {} tədbir, {} göstərici, {} əsas təşəbbüs, {} qurum, {} mənbə qeydi, {} məlumat kəsiyi", c.goals, c.directions, c.measures, c.indicators, c.flagships, c.agencies, c.notes, c.snapshots),
                };
                if !warnings.is_empty() {
                    let plural = if warnings.len() == 1 { "" } else { "s" };
                    let _ = match lang {
                        Lang::En => write!(out, " ({} warning{plural})", warnings.len()),
                        Lang::Az => write!(out, " ({} xəbərdarlıq)", warnings.len()),
                    };
                }
            }
            (
                Outcome::Built {
                    out: dir,
                    latest,
                    files,
                },
                _,
            ) => {
                let _ = match lang {
                    Lang::En => write!(out, "built {} (latest snapshot {latest}):", dir.display()),
                    Lang::Az => write!(
                        out,
                        "{} quruldu (ən son məlumat kəsiyi {latest}):",
                        dir.display()
                    ),
                };
                for (name, size) in files {
                    let _ = write!(out, "\n  {size:>9}  {name}");
                }
            }
            (Outcome::Published { id, sha256 }, Lang::En) => {
                let _ = write!(out, "published {id} (sha256 {sha256})");
            }
            (Outcome::Published { id, sha256 }, Lang::Az) => {
                let _ = write!(out, "{id} dərc olundu (sha256 {sha256})");
            }
            (
                Outcome::Started {
                    dir,
                    from,
                    carried,
                    id,
                },
                Lang::En,
            ) => {
                let _ = write!(out, "started {} from {from} ({carried} rows carried over); edit it, run `data-tool validate`, then `data-tool publish {id}`", dir.display());
            }
            (
                Outcome::Started {
                    dir,
                    from,
                    carried,
                    id,
                },
                Lang::Az,
            ) => {
                let _ = write!(out, "{} {from} əsasında başladıldı ({carried} sətir köçürüldü); onu redaktə edin, `data-tool validate`, sonra `data-tool publish {id}` əmrini icra edin", dir.display());
            }
            (Outcome::Diff(changes), _) => out = diff_text(changes, lang),
            (Outcome::Json(json), _) => out.clone_from(json),
            (
                Outcome::Previewing {
                    url,
                    id,
                    pages,
                    dir,
                },
                Lang::En,
            ) => {
                let _ = write!(out, "preview of draft {id} ({pages} pages in {}): open {url}az/ or {url}en/; nothing is published; Ctrl+C stops it", dir.display());
            }
            (
                Outcome::Previewing {
                    url,
                    id,
                    pages,
                    dir,
                },
                Lang::Az,
            ) => {
                let _ = write!(out, "{id} qaralamasına ilkin baxış ({pages} səhifə, {} qovluğunda): {url}az/ və ya {url}en/ ünvanını açın; heç nə dərc olunmur; dayandırmaq üçün Ctrl+C", dir.display());
            }
            (Outcome::Exported { file, id }, Lang::En) => {
                let _ = write!(
                    out,
                    "wrote {} from snapshot {id}: fill it in, then `data-tool import-xlsx {id} {}`",
                    file.display(),
                    file.display()
                );
            }
            (Outcome::Exported { file, id }, Lang::Az) => {
                let _ = write!(out, "{} {id} məlumat kəsiyindən yazıldı: onu doldurun, sonra `data-tool import-xlsx {id} {}` əmrini icra edin", file.display(), file.display());
            }
            (
                Outcome::Imported {
                    file,
                    dir,
                    statuses,
                    results,
                    values,
                    changed,
                    warnings,
                },
                _,
            ) => {
                warnings_text(warnings, lang, &mut out);
                let files = if changed.is_empty() {
                    match lang {
                        Lang::En => "no file changed".to_string(),
                        Lang::Az => "heç bir fayl dəyişmədi".to_string(),
                    }
                } else {
                    let names = changed.join(", ");
                    match lang {
                        Lang::En => format!("changed: {names}"),
                        Lang::Az => format!("dəyişən fayllar: {names}"),
                    }
                };
                let _ = match lang {
                    Lang::En => write!(out, "imported {} into {}: {statuses} statuses, {results} results, {values} values ({files}); next: `data-tool validate`, `data-tool preview`", file.display(), dir.display()),
                    Lang::Az => write!(out, "{} {} qovluğuna yükləndi: {statuses} status, {results} nəticə, {values} dəyər ({files}); sonra: `data-tool validate`, `data-tool preview`", file.display(), dir.display()),
                };
            }
        }
        out
    }
}

/// The diff as text, in a language.
pub fn diff_text(changes: &SnapshotDiff, lang: Lang) -> String {
    let mut out = match lang {
        Lang::En => format!("changes from {} to {}\n", changes.from, changes.to),
        Lang::Az => format!(
            "{} ilə {} arasında dəyişikliklər\n",
            changes.from, changes.to
        ),
    };
    if changes.is_empty() {
        out.push_str(match lang {
            Lang::En => "  nothing changed\n",
            Lang::Az => "  heç nə dəyişməyib\n",
        });
    }
    let (status, result, value, achieved, new) = match lang {
        Lang::En => ("status", "result", "value", "achieved on", "new"),
        Lang::Az => ("status", "nəticə", "dəyər", "əldə olunub", "yeni"),
    };
    for c in &changes.status_changes {
        let _ = writeln!(
            out,
            "  {status:<8} {}: {} -> {}",
            c.measure,
            c.from.code(),
            c.to.code()
        );
    }
    for r in &changes.results_achieved {
        let _ = writeln!(
            out,
            "  {result:<8} {} {}: {achieved} {}",
            r.measure,
            r.stage.code(),
            r.achieved_on
        );
    }
    for a in &changes.new_actuals {
        let number = |v| format_number(v, 3, lang);
        let _ = match a.previous {
            Some(p) => writeln!(
                out,
                "  {value:<8} {} {}: {} -> {}",
                a.indicator,
                a.year,
                number(p),
                number(a.value)
            ),
            None => writeln!(
                out,
                "  {value:<8} {} {}: {} ({new})",
                a.indicator,
                a.year,
                number(a.value)
            ),
        };
    }
    out
}

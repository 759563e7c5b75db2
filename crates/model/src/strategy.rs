//! The strategy as published: goals, priority directions, measures, indicators, flagships,
//! agencies, context facts and source notes. It changes rarely; progress lives in snapshots.

use crate::code::code_enum;
pub use crate::code::Code;
use crate::lang::Text;
use crate::manifest::SchemaVersion;
pub use crate::period::Period;
use serde::{Deserialize, Serialize};

/// The whole strategy document as structured data.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Strategy {
    /// Schema version of this file.
    pub schema_version: SchemaVersion,
    /// Facts about the document itself.
    pub document: DocumentInfo,
    /// Goals (section 8: 8.1–8.3).
    pub goals: Vec<Goal>,
    /// Priority directions (8.x.y), in document order.
    pub directions: Vec<Direction>,
    /// Action-plan measures (8.x.y.z), in document order.
    pub measures: Vec<Measure>,
    /// Headline indicators (section 4.1).
    pub indicators: Vec<Indicator>,
    /// Flagship initiatives (section 6.2).
    pub flagships: Vec<Flagship>,
    /// Executing agencies (section 9).
    pub agencies: Vec<Agency>,
    /// Dated context figures (section 3).
    #[serde(default)]
    pub context_facts: Vec<ContextFact>,
    /// Places where the document contradicts itself or is unclear.
    #[serde(default)]
    pub source_notes: Vec<SourceNote>,
}

/// Facts about the source document.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DocumentInfo {
    /// The document's full title.
    pub title: Text,
    /// A short name for headers.
    pub short_title: Text,
    /// First and last year of the strategy.
    pub period: Period,
    /// How the document was adopted, as far as the source says.
    pub adoption: Text,
    /// Name of the source file the content was taken from.
    pub source_file: String,
}

/// A goal of the action plan.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Goal {
    /// `8.1`, `8.2`, `8.3`.
    pub id: String,
    /// The matching objective of section 5.1 (`5.1.1`).
    pub objective_ref: String,
    /// Title as section 8 prints it.
    pub title: Text,
    /// Wording of the objective in section 5.1.
    pub objective: Text,
}

/// An expected result of a priority direction (section 6.1.N.3.M).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ExpectedResult {
    /// Section reference, e.g. `6.1.1.3.1`.
    pub r#ref: String,
    /// The result.
    pub text: Text,
}

/// A priority direction (`8.1.1`) with its section 6.1 context.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Direction {
    /// `8.1.1`.
    pub id: String,
    /// The goal it belongs to (`8.1`).
    pub goal: String,
    /// Its counterpart in section 6.1 (`6.1.1`).
    pub prose_ref: String,
    /// Title as section 8 prints it.
    pub title: Text,
    /// Justification (6.1.N.1).
    pub justification: Text,
    /// Expected results (6.1.N.3.M).
    pub expected_results: Vec<ExpectedResult>,
    /// Risks and how they are to be neutralised (6.1.N.4).
    pub risks: Text,
}

code_enum! {
    /// A stage of a measure's results chain.
    pub enum Stage {
        /// "ilkin nəticələr".
        Initial = "initial",
        /// "aralıq nəticələr".
        Intermediate = "intermediate",
        /// "yekun nəticələr".
        Final = "final",
    }
}

/// One printed result cell. Usually one stage; a few cells span two columns in the source.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ResultCell {
    /// The stages this cell covers, in order (two where the cell spans two columns).
    pub stages: Vec<Stage>,
    /// The expected result.
    pub text: Text,
}

/// A reference to an agency as printed in a measure row.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AgencyRef {
    /// The agency's slug.
    pub slug: String,
    /// The acronym exactly as printed in this row (AMB or MB for the Central Bank).
    pub printed: String,
}

/// An action-plan measure (`8.1.1.1`).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Measure {
    /// `8.1.1.1`.
    pub id: String,
    /// The priority direction (`8.1.1`).
    pub direction: String,
    /// The goal (`8.1`).
    pub goal: String,
    /// Its counterpart in section 6.1 (`6.1.1.2.1`).
    pub prose_ref: String,
    /// Title as the table prints it.
    pub title: Text,
    /// "Əsas icraçı orqan".
    pub lead: AgencyRef,
    /// "Digər icraçılar", in printed order.
    pub others: Vec<AgencyRef>,
    /// True where the row also names "aidiyyəti qurumlar" (relevant agencies).
    pub relevant_agencies: bool,
    /// "İcra müddəti".
    pub period: Period,
    /// The results chain, initial → intermediate → final.
    pub results: Vec<ResultCell>,
}

impl Measure {
    /// True when the agency leads or co-executes this measure.
    pub fn involves(&self, slug: &str) -> bool {
        self.lead.slug == slug || self.others.iter().any(|other| other.slug == slug)
    }
}

code_enum! {
    /// The unit of an indicator or figure.
    pub enum Unit {
        /// A count of things ("ədəd").
        Count = "count",
        /// A count of people ("nəfər").
        Persons = "persons",
        /// Million manat ("mln AZN").
        MlnAzn = "mln_azn",
        /// Percent ("%").
        Percent = "percent",
    }
}

code_enum! {
    /// Whether yearly targets add up. The source does not say, so it is recorded as not stated.
    pub enum Cumulative {
        /// The source does not say.
        NotStated = "not_stated",
        /// Each year's target includes the previous years'.
        Cumulative = "cumulative",
        /// Each year's target is for that year alone.
        Annual = "annual",
    }
}

/// A yearly target as a number and as printed.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Target {
    /// The year.
    pub year: u16,
    /// The target as a number.
    pub value: f64,
    /// The target as printed ("3.000", "1.66").
    pub printed: String,
}

/// A headline indicator (section 4.1).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Indicator {
    /// `4.1.1` … `4.1.7`.
    pub id: String,
    /// The indicator's name.
    pub name: Text,
    /// Unit of the values.
    pub unit: Unit,
    /// The unit as printed.
    pub unit_printed: Text,
    /// Targets for 2026–2029, by year.
    pub targets: Vec<Target>,
    /// Whether targets are cumulative.
    pub cumulative: Cumulative,
}

code_enum! {
    /// How a flagship's link to a measure is known.
    pub enum LinkBasis {
        /// The source names the same programme in both places.
        Stated = "stated",
        /// An editor's judgement.
        Inferred = "inferred",
    }
}

/// A flagship's link to a measure.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct FlagshipLink {
    /// The measure id.
    pub measure: String,
    /// Stated in the source or inferred.
    pub basis: LinkBasis,
    /// Why the link holds.
    pub reason: Text,
}

/// A flagship initiative (section 6.2).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Flagship {
    /// `6.2.1` … `6.2.8`.
    pub id: String,
    /// The initiative's name.
    pub title: Text,
    /// Its description.
    pub text: Text,
    /// The measures it belongs to.
    pub links: Vec<FlagshipLink>,
}

code_enum! {
    /// Where an agency's English name comes from.
    pub enum NameBasis {
        /// The name the organisation uses in English.
        Official = "official",
        /// A faithful translation.
        Translation = "translation",
    }
}

/// An executing agency (section 9).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Agency {
    /// ASCII slug used in URLs (`in`, `eesmn`).
    pub slug: String,
    /// Acronym as printed in section 9.
    pub acronym: String,
    /// Other printed acronyms of the same organisation.
    pub aliases: Vec<String>,
    /// Full name.
    pub name: Text,
    /// Where the English name comes from.
    pub name_en_basis: NameBasis,
}

impl Agency {
    /// True when `code` is this agency's slug, acronym or an alias (as printed or folded).
    pub fn answers_to(&self, code: &str) -> bool {
        let folded = crate::slug::ascii_slug(code);
        self.slug == code
            || self.slug == folded
            || self.acronym == code
            || self
                .aliases
                .iter()
                .any(|alias| alias == code || crate::slug::ascii_slug(alias) == folded)
    }
}

code_enum! {
    /// How exact a figure is, as the wording says.
    pub enum Qualifier {
        /// Stated as is.
        Exact = "exact",
        /// "…-dən çox": more than.
        MoreThan = "more_than",
        /// "…-ə qədər": up to.
        UpTo = "up_to",
        /// "təxminən": about.
        About = "about",
    }
}

/// A context figure stated in section 3.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ContextFact {
    /// ASCII id.
    pub id: String,
    /// The year the figure is for, where the source gives one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub year: Option<u16>,
    /// The figure.
    pub value: f64,
    /// Its unit.
    pub unit: Unit,
    /// How exact it is.
    pub qualifier: Qualifier,
    /// What the figure measures.
    pub label: Text,
    /// The sentence as printed.
    pub source_wording: Text,
    /// The section it comes from.
    pub section: String,
}

code_enum! {
    /// What kind of problem a source note records.
    pub enum NoteKind {
        /// The document says two different things.
        Contradiction = "contradiction",
        /// The document is unclear.
        Unclear = "unclear",
        /// Damage from the PDF extraction (a broken word, a spanning cell).
        Extraction = "extraction",
        /// The same thing written in different ways.
        Inconsistency = "inconsistency",
        /// A misprint in the source document itself (a word printed truncated), not from the
        /// extraction. Added after the 1.0 files: a strategy using it needs a reader that knows it.
        Misprint = "misprint",
    }
}

/// A place where the source contradicts itself or is unclear. The printed value is kept.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SourceNote {
    /// Note id (`N-8.1-01`).
    pub id: String,
    /// Ids of the items it concerns, or `document`.
    pub applies_to: Vec<String>,
    /// What kind of problem.
    pub kind: NoteKind,
    /// The printed wording(s), quoted with their sections (Azerbaijani only).
    pub printed: String,
    /// What is wrong or unclear, and what the site shows.
    pub text: Text,
}

impl Strategy {
    /// A measure by id.
    pub fn measure(&self, id: &str) -> Option<&Measure> {
        self.measures.iter().find(|m| m.id == id)
    }

    /// A goal by id.
    pub fn goal(&self, id: &str) -> Option<&Goal> {
        self.goals.iter().find(|g| g.id == id)
    }

    /// A direction by id.
    pub fn direction(&self, id: &str) -> Option<&Direction> {
        self.directions.iter().find(|d| d.id == id)
    }

    /// An indicator by id.
    pub fn indicator(&self, id: &str) -> Option<&Indicator> {
        self.indicators.iter().find(|i| i.id == id)
    }

    /// An agency by slug, acronym or alias.
    pub fn agency(&self, code: &str) -> Option<&Agency> {
        self.agencies.iter().find(|a| a.answers_to(code))
    }

    /// The source notes attached to an item.
    pub fn notes_for<'a>(&'a self, id: &'a str) -> impl Iterator<Item = &'a SourceNote> + 'a {
        self.source_notes
            .iter()
            .filter(move |note| note.applies_to.iter().any(|target| target == id))
    }

    /// The flagships that link to a measure.
    pub fn flagships_of<'a>(
        &'a self,
        measure_id: &'a str,
    ) -> impl Iterator<Item = &'a Flagship> + 'a {
        self.flagships
            .iter()
            .filter(move |f| f.links.iter().any(|link| link.measure == measure_id))
    }
}

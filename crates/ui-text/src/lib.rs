//! Every UI string of the site, one typed table per language.
//!
//! [`Ui`] is a struct of `&'static str` (and small formatting functions); [`AZ`] and [`EN`] are
//! its two constants. A string missing in either language fails to compile. Content text (the
//! strategy itself) is not here: it comes with the data, in both languages.

mod az;
mod codes;
mod en;
mod labels;
pub mod moderation;
pub mod share;

pub use az::AZ;
pub use codes::{
    note_kind_label, stage_label, status_definition, status_label, unit_label, value_with_unit,
};
pub use en::EN;
pub use labels::*;
pub use share::{share, Share};

use model::Lang;

/// A count written as the language writes numbers (CLDR): 5000 is "5.000" in Azerbaijani and
/// "5,000" in English. A negative count (never expected) prints as "–".
pub fn count<N: TryInto<u64>>(n: N, lang: Lang) -> String {
    match n.try_into() {
        // Exact: every count of the site is far below 2^53.
        Ok(n) => model::format::format_number(n as f64, 0, lang),
        Err(_) => "–".to_string(),
    }
}

/// An indicator's first and last targets, formatted, with their years (the strategy's first
/// and last), for the one-line summary of its chart.
pub struct TargetRise<'a> {
    /// The first target year.
    pub first_year: u16,
    /// The first target, formatted with its unit.
    pub first: &'a str,
    /// The last target year.
    pub last_year: u16,
    /// The last target, formatted with its unit.
    pub last: &'a str,
}

/// A count in Azerbaijani digits, for the Azerbaijani tables: 5000 → "5.000".
pub(crate) fn num_az<N: TryInto<u64>>(n: N) -> String {
    count(n, Lang::Az)
}

/// A count in English digits, for the English tables: 5000 → "5,000".
pub(crate) fn num_en<N: TryInto<u64>>(n: N) -> String {
    count(n, Lang::En)
}

/// An English count with its noun, singular for one: "1 goal", "5,000 measures".
pub(crate) fn plural_en<N: TryInto<u64>>(n: N, one: &str, many: &str) -> String {
    match n.try_into() {
        Ok(1) => format!("1 {one}"),
        Ok(n) => format!("{} {many}", num_en(n)),
        Err(_) => format!("– {many}"),
    }
}

/// How many goals, priority directions, measures and headline indicators the strategy has,
/// counted from the data for the overview's description (never written into the text: an
/// amended strategy changes them).
#[derive(Clone, Copy, Debug)]
pub struct StrategyShape {
    /// Goals.
    pub goals: usize,
    /// Priority directions.
    pub directions: usize,
    /// Measures of the action plan.
    pub measures: usize,
    /// Headline indicators.
    pub indicators: usize,
}

impl StrategyShape {
    /// The counts of a strategy.
    pub fn of(strategy: &model::strategy::Strategy) -> Self {
        Self {
            goals: strategy.goals.len(),
            directions: strategy.directions.len(),
            measures: strategy.measures.len(),
            indicators: strategy.indicators.len(),
        }
    }
}

/// All UI strings of one language. (Serialize lists the plain strings for the tests; the
/// formatting functions are skipped.)
#[derive(serde::Serialize)]
pub struct Ui {
    // Site frame
    pub site_name: &'static str,
    pub site_tagline: &'static str,
    pub skip_to_content: &'static str,
    pub nav_label: &'static str,
    pub nav_overview: &'static str,
    pub nav_measures: &'static str,
    pub nav_indicators: &'static str,
    pub nav_flagships: &'static str,
    pub nav_changes: &'static str,
    pub nav_feedback: &'static str,
    pub nav_about: &'static str,
    pub menu: &'static str,
    pub switch_language_label: &'static str,
    /// Name of this language, written in itself (for the switch).
    pub language_name: &'static str,
    pub footer_source: &'static str,
    pub footer_data_as_of: &'static str,
    pub footer_unofficial_translation: &'static str,
    pub footer_open_data: &'static str,
    pub local_instance: &'static str,
    /// The banner on every page of `data-tool preview` (a draft, not published).
    pub draft_banner: &'static str,

    // Loading and errors
    pub loading: &'static str,
    pub error_title: &'static str,
    pub error_network: &'static str,
    #[serde(skip)]
    pub error_http: fn(u16) -> String,
    pub error_malformed: &'static str,
    #[serde(skip)]
    pub error_schema: fn(&str) -> String,
    #[serde(skip)]
    pub error_unknown_snapshot: fn(&str) -> String,
    pub retry: &'static str,
    pub go_to_latest: &'static str,
    pub showing_cached: &'static str,
    /// Shown (by the page script, at the foot of the screen) while a page that shows what it was
    /// built for waits for the app to apply what its link asks for (a filter, another snapshot).
    pub query_pending: &'static str,
    /// The page opened without a network (from the service worker's copy, or the browser is
    /// offline): says so, with the date of the data shown.
    #[serde(skip)]
    pub offline_notice: fn(&str) -> String,

    // Snapshots
    pub snapshot_label: &'static str,
    pub show_snapshot: &'static str,
    pub snapshot_needs_javascript: &'static str,
    pub filters_need_javascript: &'static str,
    pub snapshot_latest: &'static str,
    #[serde(skip)]
    pub older_snapshot_notice: fn(&str, &str) -> String,
    #[serde(skip)]
    pub superseded_notice: fn(&str) -> String,
    /// The link from a superseded snapshot's notice to its correction.
    pub see_correction: &'static str,
    pub synthetic_notice: &'static str,
    #[serde(skip)]
    pub stale_notice: fn(&str) -> String,
    pub next_update_due: &'static str,
    pub data_as_of: &'static str,

    // Not found
    pub not_found_title: &'static str,
    pub not_found_text: &'static str,
    pub not_found_home: &'static str,

    // Overview
    pub overview_title: &'static str,
    /// What the strategy is for.
    pub overview_intro_purpose: &'static str,
    /// What the strategy holds, with its counts.
    #[serde(skip)]
    pub overview_intro_shape: fn(StrategyShape) -> String,
    /// What this site shows.
    pub overview_intro_promise: &'static str,
    pub overview_progress_heading: &'static str,
    #[serde(skip)]
    pub overview_progress_all: fn(usize, usize) -> String,
    pub overview_by_goal: &'static str,
    pub overview_indicators_heading: &'static str,
    pub overview_flagships_heading: &'static str,
    pub overview_goals_heading: &'static str,
    #[serde(skip)]
    pub measures_count: fn(usize) -> String,
    #[serde(skip)]
    pub directions_count: fn(usize) -> String,
    pub latest_actual: &'static str,
    #[serde(skip)]
    pub target_for_year: fn(u16) -> String,
    pub not_yet_reported_value: &'static str,
    pub see_all_measures: &'static str,
    pub see_all_indicators: &'static str,

    // About
    pub about_title: &'static str,
    pub about_what_heading: &'static str,
    pub about_what: [&'static str; 2],
    pub about_method_heading: &'static str,
    pub about_method: [&'static str; 3],
    pub about_statuses_heading: &'static str,
    pub about_source_heading: &'static str,
    pub about_source_file: &'static str,
    pub about_adoption: &'static str,
    pub about_translation: &'static str,
    pub about_notes_heading: &'static str,
    pub about_notes_intro: &'static str,
    pub note_whole_document: &'static str,
    pub about_open_data_heading: &'static str,
    pub about_open_data_intro: &'static str,
    pub about_item_files_intro: &'static str,
    /// The heading of the data package in the open-data section.
    pub about_package_heading: &'static str,
    /// What the data package is; the snapshot's id follows.
    pub about_package_intro: &'static str,
    /// The link to the package's `datapackage.json`.
    pub about_package_descriptor: &'static str,
    /// The link to the package's tables as one workbook.
    pub about_package_workbook: &'static str,
    /// The link to the whole package as one zip.
    pub about_package_zip: &'static str,
    /// What the data set holds, as its schema.org `Dataset` description says.
    pub dataset_description: &'static str,
    pub about_context_heading: &'static str,
    pub about_operator_heading: &'static str,
    pub about_operator: &'static str,
    pub columns: &'static str,

    // Shared labels
    pub goal: &'static str,
    pub direction: &'static str,
    pub measure: &'static str,
    pub indicator: &'static str,
    pub flagship: &'static str,
    pub lead_agency: &'static str,
    pub other_agencies: &'static str,
    pub relevant_agencies: &'static str,
    pub period: &'static str,
    pub status: &'static str,
    pub unit: &'static str,
    pub year: &'static str,
    pub target: &'static str,
    pub actual: &'static str,
    pub not_translated: &'static str,
    pub source_note: &'static str,
    pub source_notes: &'static str,
    pub printed_in_source: &'static str,
    pub year_unknown: &'static str,
    pub unofficial_translation_mark: &'static str,

    // Explorer pages
    pub measures_title: &'static str,
    pub measures_intro: &'static str,
    pub filters_heading: &'static str,
    pub filter_any: &'static str,
    pub filter_goal: &'static str,
    pub filter_direction: &'static str,
    pub filter_lead: &'static str,
    pub filter_agency: &'static str,
    pub filter_status: &'static str,
    pub filter_year: &'static str,
    pub filter_flagship: &'static str,
    pub filter_relevant: &'static str,
    pub search_label: &'static str,
    pub search_hint: &'static str,
    pub clear_filters: &'static str,
    #[serde(skip)]
    pub results_count: fn(usize, usize) -> String,
    /// The count when only the first matches are listed: (listed, matching, total).
    #[serde(skip)]
    pub results_count_listed: fn(usize, usize, usize) -> String,
    /// The button that lists more matches: (listed, matching).
    #[serde(skip)]
    pub show_more: fn(usize, usize) -> String,
    pub empty_state: &'static str,
    #[serde(skip)]
    pub empty_state_hint: fn(&str) -> String,
    pub search_words: &'static str,
    pub flagship_filter_short: &'static str,
    pub relevant_filter_short: &'static str,
    pub breadcrumb_label: &'static str,
    pub results_chain: &'static str,
    #[serde(skip)]
    pub achieved_on: fn(&str) -> String,
    pub result_not_reported: &'static str,
    pub evidence: &'static str,
    pub spans_two_columns: &'static str,
    pub past_end_year: &'static str,
    pub past_end_year_derived: &'static str,
    /// The period's last year and the snapshot's date (formatted): why the label is shown.
    #[serde(skip)]
    pub past_end_year_explained: fn(u16, &str) -> String,
    pub status_history: &'static str,
    pub first_reported_in: &'static str,
    pub history_loading: &'static str,
    pub history_error: &'static str,
    pub reporting_note: &'static str,
    pub part_of_flagship: &'static str,
    #[serde(skip)]
    pub same_in_section_6: fn(&str) -> String,
    pub feedback_cta: &'static str,
    pub feedback_cta_text: &'static str,
    pub cite_heading: &'static str,
    #[serde(skip)]
    pub cite_text: fn(&str, &str, &str, &str) -> String,
    pub copy_link: &'static str,
    pub link_copied: &'static str,
    pub copy_failed: &'static str,
    pub download_json: &'static str,
    pub download_csv: &'static str,
    pub goal_objective: &'static str,
    pub priority_directions: &'static str,
    pub justification: &'static str,
    pub expected_results: &'static str,
    pub risks: &'static str,
    pub indicators_title: &'static str,
    pub indicators_intro: &'static str,
    pub cumulative_not_stated: &'static str,
    #[serde(skip)]
    pub chart_label: fn(&str) -> String,
    #[serde(skip)]
    pub table_caption: fn(&str) -> String,
    #[serde(skip)]
    pub summary_no_actuals: fn(&TargetRise) -> String,
    #[serde(skip)]
    pub summary_with_actual: fn(&TargetRise, &str, u16, &str) -> String,
    pub as_of_short: &'static str,
    pub reported_by: &'static str,
    pub agency_title: &'static str,
    pub agency_leads: &'static str,
    pub agency_coexecutes: &'static str,
    pub agency_none: &'static str,
    pub agency_aliases: &'static str,
    pub agency_name_translated: &'static str,
    pub agencies_title: &'static str,
    pub agencies_intro: &'static str,
    pub agency_acronym: &'static str,
    pub all_agencies: &'static str,
    pub flagships_title: &'static str,
    pub flagships_intro: &'static str,
    pub link_stated: &'static str,
    pub link_inferred: &'static str,
    pub changes_title: &'static str,
    pub changes_intro: &'static str,
    pub changes_from: &'static str,
    pub changes_to: &'static str,
    pub compare: &'static str,
    pub changes_status: &'static str,
    pub changes_results: &'static str,
    pub changes_values: &'static str,
    pub changes_none: &'static str,
    pub changes_only_one: &'static str,
    pub changes_same: &'static str,
    pub changes_loading: &'static str,
    pub new_value: &'static str,
    pub feedback_title: &'static str,

    // Feedback form
    pub fb_intro: &'static str,
    pub fb_topic: &'static str,
    pub fb_topic_fixed: &'static str,
    pub fb_topic_general: &'static str,
    pub fb_message: &'static str,
    #[serde(skip)]
    pub fb_message_hint: fn(usize, usize) -> String,
    pub fb_name: &'static str,
    pub fb_email: &'static str,
    pub fb_org: &'static str,
    pub fb_org_choose: &'static str,
    pub fb_consent: &'static str,
    pub fb_publish_consent: &'static str,
    pub fb_publish_consent_hint: &'static str,
    pub fb_privacy_heading: &'static str,
    #[serde(skip)]
    pub fb_privacy: fn(&str) -> String,
    pub fb_contact_missing: &'static str,
    pub fb_send: &'static str,
    pub fb_sending: &'static str,
    pub fb_sent_title: &'static str,
    #[serde(skip)]
    pub fb_sent_text: fn(i64, &str) -> String,
    pub fb_send_another: &'static str,
    pub fb_errors_title: &'static str,
    pub fb_failed_network: &'static str,
    pub fb_failed_server: &'static str,
    #[serde(skip)]
    pub fb_rate_limited: fn(&str) -> String,
    pub fb_conflict: &'static str,
    pub fb_send_as_new: &'static str,
    pub fb_retry: &'static str,
    pub fb_draft_restored: &'static str,
    pub fb_honeypot: &'static str,

    // The public side of feedback
    #[serde(skip)]
    pub feedback_counts: fn(u64, u64) -> String,
    #[serde(skip)]
    pub feedback_counts_all: fn(u64, u64) -> String,
    pub published_answers_heading: &'static str,
    #[serde(skip)]
    pub published_question: fn(&str, &str) -> String,
    #[serde(skip)]
    pub published_answer: fn(&str) -> String,
}

/// The strings of a language.
pub fn ui(lang: Lang) -> &'static Ui {
    match lang {
        Lang::Az => &AZ,
        Lang::En => &EN,
    }
}

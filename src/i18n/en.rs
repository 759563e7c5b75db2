//! English UI strings (the site's English is an unofficial translation of the source).

use super::Ui;
use model::strategy::{NoteKind, Stage, Unit};
use model::Status;

/// English.
pub const EN: Ui = Ui {
    site_name: "Digital Economy Strategy 2026–2029: progress tracker",
    site_tagline: "What Azerbaijan's digital economy strategy promises, and how far it has got",
    skip_to_content: "Skip to content",
    nav_label: "Main",
    nav_overview: "Overview",
    nav_measures: "Measures",
    nav_indicators: "Indicators",
    nav_flagships: "Flagships",
    nav_changes: "What changed",
    nav_feedback: "Feedback",
    nav_about: "About",
    menu: "Menu",
    switch_language_label: "Azərbaycan dilində oxuyun",
    language_name: "English",
    footer_source: "Source: the Strategy for the development of the digital economy in the Republic of Azerbaijan for 2026–2029.",
    footer_data_as_of: "Data as of",
    footer_unofficial_translation: "The English text is an unofficial translation; the Azerbaijani original prevails.",
    footer_open_data: "Open data",
    local_instance: "This is a local instance of the site, not an official publication.",

    loading: "Loading the data…",
    error_title: "The data could not be loaded",
    error_network: "The data server could not be reached. Check your connection and try again.",
    error_http: |code| format!("The data server answered with an error (HTTP {code})."),
    error_malformed: "The data file is damaged or incomplete.",
    error_schema: |found| format!("The data is in a newer format ({found}) than this page understands. Reload the page to get the current site."),
    error_unknown_snapshot: |id| format!("There is no published snapshot “{id}”."),
    retry: "Try again",
    go_to_latest: "Show the latest data",
    showing_cached: "Showing the last data this browser loaded; it may be out of date.",

    snapshot_label: "Snapshot",
    show_snapshot: "Show",
    snapshot_latest: "latest",
    older_snapshot_notice: |id, date| format!("You are looking at an older snapshot ({id}, data as of {date})."),
    superseded_notice: |by| format!("This snapshot was corrected by {by}."),
    synthetic_notice: "TEST DATA: this snapshot is synthetic and is not real progress.",
    stale_notice: |date| format!("The latest data is as of {date}; the quarterly update is overdue."),
    next_update_due: "Next update due",
    data_as_of: "Data as of",

    not_found_title: "Page not found",
    not_found_text: "There is no page at this address. It may have been mistyped, or the item may not exist.",
    not_found_home: "Go to the overview",

    overview_title: "Overview",
    overview_intro: [
        "In this strategy Azerbaijan sets out how it will develop its digital economy from 2026 to 2029: helping enterprises go digital, supporting start-ups and investment, building digital skills, and using data to make economic decisions.",
        "It has 3 goals, 9 priority directions and an action plan of 50 measures, each with a lead agency, a period and expected results. Seven headline indicators carry yearly targets.",
        "This site shows what was promised and, each quarter, what has been reported. Where nothing has been reported yet, it says so.",
    ],
    overview_progress_heading: "Progress at a glance",
    overview_progress_all: |reported, total| format!("{reported} of {total} measures have a reported status."),
    overview_by_goal: "By goal",
    overview_indicators_heading: "Headline indicators",
    overview_flagships_heading: "Flagship initiatives",
    overview_goals_heading: "Goals",
    measures_count: |n| if n == 1 { "1 measure".into() } else { format!("{n} measures") },
    directions_count: |n| if n == 1 { "1 priority direction".into() } else { format!("{n} priority directions") },
    latest_actual: "Latest reported",
    target_for_year: |year| format!("Target for {year}"),
    not_yet_reported_value: "not yet reported",
    see_all_measures: "See all 50 measures",
    see_all_indicators: "See all indicators",

    about_title: "About this site",
    about_what_heading: "What this site is",
    about_what: [
        "A public tracker of the Strategy for the development of the digital economy in the Republic of Azerbaijan for 2026–2029: its goals, priority directions, the 50 measures of its action plan, its headline indicators and flagship initiatives.",
        "Everything shown comes from the strategy document or from quarterly progress snapshots recorded by editors. Nothing is estimated or filled in.",
    ],
    about_method_heading: "Method",
    about_method: [
        "Each quarter, editors record the status of every measure, which of its expected results have been achieved (with a date and evidence) and the actual values of the indicators. Each such record is published as a snapshot with an id such as 2026-Q3.",
        "A published snapshot never changes. A mistake is corrected by a new snapshot that supersedes the old one, so a link that names a snapshot (?as_of=2026-Q3) always shows the same numbers.",
        "A measure for which nothing has been reported is shown as “not yet reported”. It is counted separately, never as zero progress.",
    ],
    about_statuses_heading: "Status definitions",
    about_source_heading: "The source document",
    about_source_file: "Source file",
    about_adoption: "Adoption",
    about_translation: "The Azerbaijani text is the original. The English text is an unofficial translation made for this site; where they differ, the Azerbaijani prevails.",
    about_notes_heading: "Source notes",
    about_notes_intro: "Places where the document contradicts itself or is unclear. The site keeps the printed value and shows the note next to the item it concerns.",
    about_open_data_heading: "Open data",
    about_open_data_intro: "All data is published as files anyone may download and reuse. Numbers in CSV files are plain (no thousands separator, a point for decimals).",
    about_context_heading: "Context figures stated in the document",
    about_operator_heading: "Who runs this site",
    about_operator: "The source document does not say who operates this site or whom to contact about privacy; the deployment states this.",
    columns: "Columns",

    goal: "Goal",
    direction: "Priority direction",
    measure: "Measure",
    indicator: "Indicator",
    flagship: "Flagship initiative",
    lead_agency: "Lead agency",
    other_agencies: "Other agencies",
    relevant_agencies: "relevant agencies",
    period: "Period",
    status: "Status",
    unit: "Unit",
    year: "Year",
    target: "Target",
    actual: "Actual",
    not_translated: "not translated",
    source_note: "Source note",
    source_notes: "Source notes",
    printed_in_source: "As printed",
    year_unknown: "year not stated",
    unofficial_translation_mark: "unofficial translation",
};

pub(super) fn status(status: Status) -> &'static str {
    match status {
        Status::NotYetReported => "Not yet reported",
        Status::NotStarted => "Not started",
        Status::InProgress => "In progress",
        Status::Delayed => "Delayed",
        Status::Completed => "Completed",
        Status::Discontinued => "Discontinued",
    }
}

pub(super) fn status_definition(status: Status) -> &'static str {
    match status {
        Status::NotYetReported => "Nothing has been reported about this measure yet.",
        Status::NotStarted => "Reported as not yet started.",
        Status::InProgress => "Reported as under way.",
        Status::Delayed => "Reported as behind its schedule.",
        Status::Completed => "Reported as completed.",
        Status::Discontinued => "Reported as stopped before completion.",
    }
}

pub(super) fn stage(stage: Stage) -> &'static str {
    match stage {
        Stage::Initial => "Initial result",
        Stage::Intermediate => "Intermediate result",
        Stage::Final => "Final result",
    }
}

pub(super) fn unit(unit: Unit) -> &'static str {
    match unit {
        Unit::Count => "number",
        Unit::Persons => "people",
        Unit::MlnAzn => "million AZN",
        Unit::Percent => "%",
    }
}

pub(super) fn note_kind(kind: NoteKind) -> &'static str {
    match kind {
        NoteKind::Contradiction => "Contradiction",
        NoteKind::Unclear => "Unclear",
        NoteKind::Extraction => "Text damaged in the source file",
        NoteKind::Inconsistency => "Inconsistency",
    }
}

pub(super) fn column(column: &str) -> &'static str {
    match column {
        "snapshot_id" => "The snapshot the row belongs to (e.g. 2026-Q3).",
        "snapshot_as_of" => "The date the snapshot's data is as of (YYYY-MM-DD).",
        "measure_id" => "The measure's number in the action plan (e.g. 8.1.1.1).",
        "goal_id" => "The goal the measure serves (8.1–8.3).",
        "direction_id" => "The priority direction (e.g. 8.1.1).",
        "lead_agency" => "The lead agency's URL slug (e.g. in for İN).",
        "other_agencies" => "Slugs of the other executing agencies, separated by “;”.",
        "period_start" => "First year of the measure's period.",
        "period_end" => "Last year of the measure's period.",
        "status" => {
            "not_yet_reported, not_started, in_progress, delayed, completed or discontinued."
        }
        "initial_achieved_on" => "Date the initial result was achieved; empty if not reported.",
        "intermediate_achieved_on" => {
            "Date the intermediate result was achieved; empty if not reported."
        }
        "final_achieved_on" => "Date the final result was achieved; empty if not reported.",
        "indicator_id" => "The indicator's number in section 4.1 (e.g. 4.1.5).",
        "unit" => "count, persons, mln_azn or percent.",
        "year" => "The year the target and actual are for.",
        "target" => "The strategy's target for that year.",
        "actual" => "The reported actual value; empty if not yet reported.",
        "actual_as_of" => "The date the actual value is as of; empty if not yet reported.",
        _ => "",
    }
}

//! English UI strings (the site's English is an unofficial translation of the source).

use super::Ui;
use model::exports::Column;
use model::feedback::{ErrorCode, Field, OrganisationType};
use model::manifest::ItemFileKind;
use model::Lang;

/// A count in English digits: 5000 → "5,000".
fn num<N: TryInto<u64>>(count: N) -> String {
    crate::count(count, Lang::En)
}

/// A count with its noun, singular for one: "1 goal", "3 goals".
fn plural(count: usize, one: &str, many: &str) -> String {
    match count {
        1 => format!("1 {one}"),
        n => format!("{} {many}", num(n)),
    }
}

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
    draft_banner: "Draft — not published",

    loading: "Loading the data…",
    error_title: "The data could not be loaded",
    error_network: "The data server could not be reached. Check your connection and try again.",
    error_http: |code| format!("The data server answered with an error (HTTP {code})."),
    error_malformed: "The data file is damaged or incomplete.",
    error_schema: |found| format!("The data is in a newer format ({found}) than this page understands. Reload the page to get the current site."),
    error_unknown_snapshot: |id| format!("There is no published snapshot “{id}”."),
    retry: "Try again",
    go_to_latest: "Show the latest data",
    offline_notice: |date| format!("You are offline. This page shows data as of {date}."),
    showing_cached: "Showing the last data this browser loaded; it may be out of date.",

    snapshot_label: "Snapshot",
    snapshot_needs_javascript: "Showing another snapshot needs JavaScript; this page shows the latest.",
    filters_need_javascript: "Search and filters need JavaScript; all measures are listed below.",
    show_snapshot: "Show",
    snapshot_latest: "latest",
    older_snapshot_notice: |id, date| format!("You are looking at an older snapshot ({id}, data as of {date})."),
    superseded_notice: |by| format!("This snapshot was corrected by {by}."),
    see_correction: "See the correction",
    synthetic_notice: "TEST DATA: this snapshot is synthetic and is not real progress.",
    stale_notice: |date| format!("The latest data is as of {date}; the quarterly update is overdue."),
    next_update_due: "Next update due",
    data_as_of: "Data as of",

    not_found_title: "Page not found",
    not_found_text: "There is no page at this address. It may have been mistyped, or the item may not exist.",
    not_found_home: "Go to the overview",

    overview_title: "Overview",
    overview_intro_purpose: "In this strategy Azerbaijan sets out how it will develop its digital economy from 2026 to 2029: helping enterprises go digital, supporting startups and investment, building digital skills, and using data to make economic decisions.",
    overview_intro_shape: |shape| {
        format!(
            "It has {}, {} and an action plan of {}, each with a lead agency, a period and expected results. {}",
            plural(shape.goals, "goal", "goals"),
            plural(shape.directions, "priority direction", "priority directions"),
            plural(shape.measures, "measure", "measures"),
            match shape.indicators {
                1 => "1 headline indicator carries yearly targets.".to_string(),
                n => format!("{} headline indicators carry yearly targets.", num(n)),
            },
        )
    },
    overview_intro_promise: "This site shows what was promised and, each quarter, what has been reported. Where nothing has been reported yet, it says so.",
    overview_progress_heading: "Progress at a glance",
    overview_progress_all: |reported, total| format!("{} of {} measures have a reported status.", num(reported), num(total)),
    overview_by_goal: "By goal",
    overview_indicators_heading: "Headline indicators",
    overview_flagships_heading: "Flagship initiatives",
    overview_goals_heading: "Goals",
    measures_count: |count| if count == 1 { "1 measure".into() } else { format!("{} measures", num(count)) },
    directions_count: |count| if count == 1 { "1 priority direction".into() } else { format!("{} priority directions", num(count)) },
    latest_actual: "Latest reported",
    target_for_year: |year| format!("Target for {year}"),
    not_yet_reported_value: "not yet reported",
    see_all_measures: "See all measures",
    see_all_indicators: "See all indicators",

    about_title: "About this site",
    about_what_heading: "What this site is",
    about_what: [
        "A public tracker of the Strategy for the development of the digital economy in the Republic of Azerbaijan for 2026–2029: its goals, priority directions, the measures of its action plan, its headline indicators and flagship initiatives.",
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
    note_whole_document: "the whole document",
    about_open_data_heading: "Open data",
    about_open_data_intro: "All data is published as files anyone may download and reuse. Numbers in CSV files are plain (no thousands separator, a point for decimals).",
    about_package_heading: "Data package",
    about_package_intro: "Each snapshot is also published as one data package: its tables as CSV files, with each column's type, required fields and allowed codes in the datapackage.json descriptor (the Frictionless Data Package standard). The snapshot shown:",
    about_package_descriptor: "Package descriptor (datapackage.json)",
    about_package_workbook: "All tables in one workbook",
    about_package_zip: "The whole package in one archive",
    dataset_description: "Quarterly progress on the measures and headline indicators of Azerbaijan's Strategy for the development of the digital economy 2026–2029: each measure's status and results achieved, each indicator's targets and actual values.",
    about_item_files_intro: "Each measure's and each indicator's page also offers its own CSV and JSON file for the snapshot it shows.",
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
    measures_title: "Measures",
    measures_intro: "The measures of the action plan (section 8), grouped by goal and priority direction. Filter them, or search their titles, expected results and notes.",
    filters_heading: "Filter and search",
    filter_any: "Any",
    filter_goal: "Goal",
    filter_direction: "Priority direction",
    filter_lead: "Lead agency",
    filter_agency: "Agency in any role",
    filter_status: "Status",
    filter_year: "Active in year",
    filter_flagship: "Only measures of flagship initiatives",
    filter_relevant: "Only measures whose executors include “relevant agencies”",
    search_label: "Search measures",
    search_hint: "Titles, expected results and notes; letters like ə, ı, ş may be typed as e, i, s.",
    clear_filters: "Clear all filters",
    results_count: |shown, total| format!("{} of {} measures", num(shown), num(total)),
    results_count_listed: |listed, shown, total| format!("{} of {} measures; the first {} are listed", num(shown), num(total), num(listed)),
    show_more: |listed, shown| format!("Show more ({} of {} listed)", num(listed), num(shown)),
    empty_state: "No measure matches all of these filters.",
    empty_state_hint: |active| format!("Active: {active}. Remove a filter or a search word, or clear them all."),
    search_words: "search",
    flagship_filter_short: "flagship initiatives",
    relevant_filter_short: "“relevant agencies” named",
    breadcrumb_label: "You are here",
    results_chain: "Expected results",
    achieved_on: |date| format!("Achieved on {date}"),
    result_not_reported: "Not yet reported as achieved",
    evidence: "Evidence",
    spans_two_columns: "In the source this result is printed as one cell spanning two columns.",
    past_end_year: "Past its end year",
    past_end_year_derived: "derived from the period and the data date",
    past_end_year_explained: |end, as_of| format!("The period ended in {end} and the data is as of {as_of}, but no status of “Completed” or “Discontinued” has been reported for this measure. The agencies did not report this label: the site derives it from the period and the data date."),
    status_history: "Status history",
    first_reported_in: "first reported in",
    history_loading: "Loading the history…",
    history_error: "The history could not be loaded.",
    reporting_note: "Note from the report",
    part_of_flagship: "Part of a flagship initiative",
    same_in_section_6: |r| format!("The same measure in the prose of section 6.1: {r}"),
    feedback_cta: "Comment on this page",
    feedback_cta_text: "Your feedback goes to the team that maintains this site.",
    cite_heading: "Cite and download",
    cite_text: |what, snapshot, date, url| format!("{what}. Digital Economy Strategy 2026–2029 progress tracker, snapshot {snapshot} (data as of {date}). {url}"),
    copy_link: "Copy permanent link",
    link_copied: "Link copied",
    copy_failed: "Copying failed: select the link and copy it by hand.",
    download_json: "Download JSON",
    download_csv: "Download CSV",
    goal_objective: "The objective as section 5.1 words it",
    priority_directions: "Priority directions",
    justification: "Justification",
    expected_results: "Expected results and result indicators",
    risks: "Expected risks and how they are to be neutralised",
    indicators_title: "Headline indicators",
    indicators_intro: "The seven target indicators of section 4.1, with their yearly targets for 2026–2029 and the actual values reported so far.",
    cumulative_not_stated: "The source does not say whether a year’s target includes the previous years’ (cumulative) or is for that year alone.",
    chart_label: |name| format!("Chart: yearly targets and reported actual values of {name}"),
    chart_loading: "Loading the chart…",
    chart_failed: "The chart could not be drawn; the table below has the same numbers.",
    table_caption: |name| format!("{name}: targets and actual values by year"),
    summary_no_actuals: |rise| format!("Targets rise from {} in {} to {} in {}; no actual value has been reported yet.", rise.first, rise.first_year, rise.last, rise.last_year),
    summary_with_actual: |rise, actual, year, target| format!("Targets rise from {} in {} to {} in {}; the latest reported value is {actual} for {year}, against a target of {target}.", rise.first, rise.first_year, rise.last, rise.last_year),
    as_of_short: "as of",
    reported_by: "Source",
    agency_title: "Agency",
    agency_leads: "Measures it leads",
    agency_coexecutes: "Measures it co-executes",
    agency_none: "None.",
    agency_aliases: "Also printed as",
    agency_name_translated: "English name: a translation, not confirmed as the agency’s own.",
    agencies_title: "Agencies",
    agencies_intro: "All 18 organisations named in the action plan as lead or other executing agencies (section 9 lists 19 acronyms: the Central Bank appears as both AMB and MB).",
    agency_acronym: "Acronym",
    all_agencies: "All agencies",
    flagships_title: "Flagship initiatives",
    flagships_intro: "Section 6.2 names 8 of the Strategy’s initiatives as flagships (“Əsas təşəbbüslər”, key initiatives). Their lead executor is the Ministry of Economy, and a special working group (or groups) is planned for their detailed design and implementation.",
    link_stated: "named in the source",
    link_inferred: "linked by the editors",
    changes_title: "What changed",
    changes_intro: "Compare two snapshots: which statuses changed, which results were reported as achieved, and which indicator values are new.",
    changes_from: "From",
    changes_to: "To",
    compare: "Compare",
    changes_status: "Status changes",
    changes_results: "Results reported as achieved",
    changes_values: "New or changed indicator values",
    changes_none: "Nothing changed between these snapshots.",
    changes_only_one: "Only one snapshot has been published so far, so there is nothing to compare yet.",
    changes_same: "Choose two different snapshots.",
    changes_loading: "Loading both snapshots…",
    new_value: "new",
    feedback_title: "Send feedback",
    fb_intro: "Tell the team behind this site what you think about a measure, an indicator or the strategy as a whole. Fields marked * are required.",
    fb_topic: "Topic *",
    fb_topic_fixed: "About",
    fb_topic_general: "The strategy in general",
    fb_message: "Your message *",
    fb_message_hint: |used, max| format!("{} of {} characters", num(used), num(max)),
    fb_name: "Name (optional)",
    fb_email: "Email (optional, if you would like an answer)",
    fb_org: "You write as *",
    fb_org_choose: "Choose…",
    fb_publish_consent: "You may publish my message on the site, without my name and email, with its answer.",
    fb_publish_consent_hint: "Optional. A moderator may take personal details out of the message; whether it is published is the moderators' decision.",
    fb_consent: "I have read the privacy notice and agree that my message is stored to be considered. *",
    fb_privacy_heading: "Privacy notice",
    fb_privacy: |contact| format!("We store your message, the topic, the page and time it was sent from, the type of sender you chose and, only if you give them, your name and email address. They are used to consider your feedback and, if you gave an email address, to answer you. Only the site’s moderators can read them; nothing is published. Submissions are deleted after the retention period set by the operator, or earlier on request. Requests to see or delete your submissions: {contact}"),
    fb_contact_missing: "this instance does not name a privacy contact (the source document does not say who operates the site).",
    fb_send: "Send",
    fb_sending: "Sending…",
    fb_sent_title: "Thank you: your message was received.",
    fb_sent_text: |id, at| format!("Reference number {id}, received {at}."),
    fb_send_another: "Write another message",
    fb_errors_title: "The message was not sent. Please correct:",
    fb_failed_network: "The message was not sent: the service could not be reached. Your draft is kept in this browser; try again when you are online.",
    fb_failed_server: "The message was not sent: the service had a problem. Your draft is kept in this browser; please try again.",
    fb_rate_limited: |wait| format!("Too many messages were sent from your connection. Your draft is kept; try again in {wait} seconds."),
    fb_conflict: "An earlier version of this message was already received. Send this version as a new message?",
    fb_send_as_new: "Send as a new message",
    fb_retry: "Try sending again",
    fb_draft_restored: "Your unsent draft was restored.",
    fb_honeypot: "Leave this field empty",
    feedback_counts: |received, answered| {
        format!("Feedback on this: {} received, {} answered.", num(received), num(answered))
    },
    feedback_counts_all: |received, answered| {
        format!("Feedback from the public on the strategy: {} received, {} answered.", num(received), num(answered))
    },
    published_answers_heading: "Questions from the public and their answers",
    published_question: |date, language| format!("Asked on {date}, in {language}:"),
    published_answer: |date| format!("Answered on {date}:"),
};

pub(super) fn column(column: Column) -> &'static str {
    match column {
        Column::SnapshotId => "The snapshot the row belongs to (e.g. 2026-Q3).",
        Column::SnapshotAsOf => "The date the snapshot's data is as of (YYYY-MM-DD).",
        Column::MeasureId => "The measure's number in the action plan (e.g. 8.1.1.1).",
        Column::GoalId => "The goal the measure serves (8.1–8.3).",
        Column::DirectionId => "The priority direction (e.g. 8.1.1).",
        Column::LeadAgency => "The lead agency's URL slug (e.g. in for İN).",
        Column::OtherAgencies => "Slugs of the other executing agencies, separated by “;”.",
        Column::PeriodStart => "First year of the measure's period.",
        Column::PeriodEnd => "Last year of the measure's period.",
        Column::Status => {
            "not_yet_reported, not_started, in_progress, delayed, completed or discontinued."
        }
        Column::InitialAchievedOn => "Date the initial result was achieved; empty if not reported.",
        Column::IntermediateAchievedOn => {
            "Date the intermediate result was achieved; empty if not reported."
        }
        Column::FinalAchievedOn => "Date the final result was achieved; empty if not reported.",
        Column::Stage => "The stage of the results chain: initial, intermediate or final.",
        Column::ExpectedResultAz => {
            "The expected result as the action plan prints it (Azerbaijani)."
        }
        Column::ExpectedResultEn => "The expected result in English (unofficial translation).",
        Column::AchievedOn => "Date the result was achieved; empty if not reported.",
        Column::EvidenceUrl => "A link to evidence of the result, where one was given.",
        Column::IndicatorId => "The indicator's number in section 4.1 (e.g. 4.1.5).",
        Column::Unit => "count, persons, mln_azn or percent.",
        Column::Year => "The year the target and actual are for.",
        Column::Target => "The strategy's target for that year.",
        Column::TargetAsPrinted => "The target as the document prints it (e.g. 40.000).",
        Column::Actual => "The reported actual value; empty if not yet reported.",
        Column::ActualAsOf => "The date the actual value is as of; empty if not yet reported.",
        Column::SourceAz => {
            "Who reported the actual value, or where it was published (Azerbaijani)."
        }
        Column::SourceEn => "Who reported the actual value, or where it was published (English).",
    }
}

pub(super) fn item_file(kind: ItemFileKind) -> &'static str {
    match kind {
        ItemFileKind::Measure => {
            "A measure's file: one row per result of its chain, in the snapshot shown"
        }
        ItemFileKind::Indicator => {
            "An indicator's file: one row per year, target and actual, in the snapshot shown"
        }
    }
}

pub(super) fn organisation(kind: OrganisationType) -> &'static str {
    match kind {
        OrganisationType::Citizen => "A citizen",
        OrganisationType::Business => "A business",
        OrganisationType::Ngo => "A non-governmental organisation",
        OrganisationType::Academia => "A university or research body",
        OrganisationType::Government => "A government body",
        OrganisationType::Media => "The media",
        OrganisationType::Other => "Other",
    }
}

pub(super) fn field_name(field: Field) -> &'static str {
    match field {
        Field::Topic => "Topic",
        Field::Message => "Message",
        Field::Name => "Name",
        Field::Email => "Email",
        Field::OrganisationType => "Who you write as",
        Field::Language => "Language of the page",
        Field::Consent => "Consent",
        Field::Snapshot => "Data snapshot of the page",
        Field::Page => "Page address",
        Field::IdempotencyKey => "Sending key",
        Field::PublishConsent => "Publishing",
        Field::Status => "Status",
        Field::Format => "Format",
        Field::From => "From",
        Field::To => "To",
        Field::Q => "Search",
        Field::PageNumber => "Page number",
        Field::PerPage => "Items per page",
        Field::Version => "Version",
        Field::Items => "Selection",
        Field::Item => "Item",
        Field::Answer => "Answer",
        Field::Question => "Question as published",
    }
}

pub(super) fn field_error(field: Field, code: ErrorCode) -> String {
    let why = match (field, code) {
        (Field::Consent, _) => "please agree to the privacy notice to send your message",
        (Field::Email, ErrorCode::Invalid) => {
            "this does not look like an email address (name@example.az)"
        }
        (Field::Topic, ErrorCode::Unknown) => "this topic does not exist; choose one from the list",
        (_, ErrorCode::Required) => "this field is required",
        (_, ErrorCode::TooLong) => "this is too long",
        (_, ErrorCode::Unknown) => "choose one of the options",
        (_, ErrorCode::Invalid) => "this value is not accepted",
    };
    format!("{}: {why}", field_name(field))
}

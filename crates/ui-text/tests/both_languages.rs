//! Every UI string exists in both languages: none is empty, and the Azerbaijani differs from the
//! English except where the two are the same on purpose (proper names, codes, international
//! words), listed here with the reason.

use model::feedback::{ErrorCode, Field, FieldError, OrganisationType};
use model::strategy::{NoteKind, Stage, Unit};
use model::{Lang, Status};
use serde_json::Value;
use ui_text::*;

/// Strings the two languages write alike on purpose, by field (or label) name, and why.
const SAME_ON_PURPOSE: &[(&str, &str)] = &[
    ("field:status", "the Azerbaijani word is also Status"),
    ("field:format", "the Azerbaijani word is also Format"),
    ("organisation:media", "the Azerbaijani word is also Media"),
    ("unit:percent", "the sign % is the same in both languages"),
];

fn same_on_purpose(name: &str) -> bool {
    SAME_ON_PURPOSE.iter().any(|(n, _)| *n == name)
}

/// Every plain string of a table, by field name (array items as `name[i]`).
fn plain_strings(table: &Ui) -> Vec<(String, String)> {
    let Value::Object(fields) = serde_json::to_value(table).unwrap() else {
        panic!("the table serialises as an object");
    };
    let mut out = Vec::new();
    for (name, value) in fields {
        match value {
            Value::String(text) => out.push((name, text)),
            Value::Array(items) => {
                for (i, item) in items.into_iter().enumerate() {
                    let Value::String(text) = item else {
                        panic!("{name}[{i}] is not a string")
                    };
                    out.push((format!("{name}[{i}]"), text));
                }
            }
            other => panic!("{name} is neither a string nor a list of strings: {other}"),
        }
    }
    out
}

/// Checks one pair: both non-empty, and different unless listed as the same on purpose.
fn check_pair(name: &str, az: &str, en: &str, problems: &mut Vec<String>) {
    if az.trim().is_empty() {
        problems.push(format!("{name}: empty in Azerbaijani"));
    }
    if en.trim().is_empty() {
        problems.push(format!("{name}: empty in English"));
    }
    if az == en && !same_on_purpose(name) {
        problems.push(format!("{name}: the same in both languages: {az:?}"));
    }
}

#[test]
fn every_plain_string_is_written_in_both_languages() {
    let az = plain_strings(&AZ);
    let en = plain_strings(&EN);
    assert_eq!(az.len(), en.len());
    assert!(az.len() > 150, "the tables hold {} strings", az.len());
    let mut problems = Vec::new();
    for ((name, az_text), (en_name, en_text)) in az.iter().zip(&en) {
        assert_eq!(name, en_name);
        check_pair(name, az_text, en_text, &mut problems);
    }
    assert!(problems.is_empty(), "{problems:#?}");
}

/// Sample targets for the chart summaries.
const RISE: TargetRise = TargetRise {
    first_year: 2026,
    first: "3.000 nəfər",
    last_year: 2029,
    last: "40.000 nəfər",
};

/// A formatting function of the table called with sample arguments.
type Sample = fn(&Ui) -> String;

#[test]
fn every_formatting_function_writes_both_languages() {
    let calls: Vec<(&str, Sample)> = vec![
        ("error_http", |t| (t.error_http)(404)),
        ("error_schema", |t| (t.error_schema)("2.0")),
        ("error_unknown_snapshot", |t| {
            (t.error_unknown_snapshot)("2026-Q9")
        }),
        ("older_snapshot_notice", |t| {
            (t.older_snapshot_notice)("2026-Q3", "30.09.2026")
        }),
        ("superseded_notice", |t| (t.superseded_notice)("2026-Q3-r2")),
        ("stale_notice", |t| (t.stale_notice)("30.09.2026")),
        ("overview_progress_all", |t| {
            (t.overview_progress_all)(12, 50)
        }),
        ("measures_count", |t| (t.measures_count)(5)),
        ("directions_count", |t| (t.directions_count)(3)),
        ("target_for_year", |t| (t.target_for_year)(2027)),
        ("results_count", |t| (t.results_count)(8, 50)),
        ("results_count_listed", |t| {
            (t.results_count_listed)(100, 2104, 5000)
        }),
        ("show_more", |t| (t.show_more)(100, 2104)),
        ("empty_state_hint", |t| (t.empty_state_hint)("ikt")),
        ("achieved_on", |t| (t.achieved_on)("30.09.2026")),
        ("same_in_section_6", |t| (t.same_in_section_6)("6.1.1.2.1")),
        ("past_end_year_explained", |t| {
            (t.past_end_year_explained)(2028, "15.01.2029")
        }),
        ("cite_text", |t| {
            (t.cite_text)("8.1.1.1", "2026-Q3", "30.09.2026", "https://x.az")
        }),
        ("chart_label", |t| (t.chart_label)("4.1.5")),
        ("table_caption", |t| (t.table_caption)("4.1.5")),
        ("summary_no_actuals", |t| (t.summary_no_actuals)(&RISE)),
        ("summary_with_actual", |t| {
            (t.summary_with_actual)(&RISE, "5.000 nəfər", 2026, "30.09.2026")
        }),
        ("fb_message_hint", |t| (t.fb_message_hint)(10, 5000)),
        ("fb_privacy", |t| (t.fb_privacy)("privacy@example.az")),
        ("fb_sent_text", |t| (t.fb_sent_text)(42, "25.11.2026 10:04")),
        ("fb_rate_limited", |t| (t.fb_rate_limited)("60")),
        ("feedback_counts", |t| (t.feedback_counts)(12, 5)),
        ("feedback_counts_all", |t| (t.feedback_counts_all)(120, 50)),
        ("published_question", |t| {
            (t.published_question)("1.12.2026", "English")
        }),
        ("published_answer", |t| (t.published_answer)("2.12.2026")),
    ];
    let mut problems = Vec::new();
    for (name, call) in calls {
        check_pair(name, &call(&AZ), &call(&EN), &mut problems);
    }
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn every_code_has_a_label_in_both_languages() {
    let mut problems = Vec::new();
    let mut pair = |name: String, label: &dyn Fn(Lang) -> String| {
        check_pair(&name, &label(Lang::Az), &label(Lang::En), &mut problems)
    };
    for status in Status::ALL {
        pair(format!("status:{status}"), &|l| {
            status_label(l, status).into()
        });
        pair(format!("status-definition:{status}"), &|l| {
            status_definition(l, status).into()
        });
    }
    for stage in Stage::ALL {
        pair(format!("stage:{stage}"), &|l| stage_label(l, stage).into());
    }
    for unit in Unit::ALL {
        pair(format!("unit:{unit}"), &|l| unit_label(l, unit).into());
    }
    for kind in NoteKind::ALL {
        pair(format!("note-kind:{kind}"), &|l| {
            note_kind_label(l, kind).into()
        });
    }
    for kind in OrganisationType::ALL {
        pair(format!("organisation:{kind}"), &|l| {
            organisation_label(l, kind).into()
        });
    }
    for field in Field::ALL {
        pair(format!("field:{field}"), &|l| field_name(l, field).into());
        for code in ErrorCode::ALL {
            pair(format!("field-error:{field}:{code}"), &|l| {
                field_error_message(l, FieldError::new(field, code))
            });
        }
    }
    for kind in model::manifest::ExportKind::ALL {
        pair(format!("export:{kind:?}"), &|l| {
            export_label(l, kind).into()
        });
        for column in kind.columns() {
            pair(format!("column:{column}"), &|l| {
                column_description(l, *column).into()
            });
        }
    }
    assert!(problems.is_empty(), "{problems:#?}");
}

/// Every plain string of the sharing table, by field name.
fn share_strings(table: &Share) -> Vec<(String, String)> {
    let Value::Object(fields) = serde_json::to_value(table).unwrap() else {
        panic!("the table serialises as an object");
    };
    fields
        .into_iter()
        .map(|(name, value)| match value {
            Value::String(text) => (name, text),
            other => panic!("{name} is not a string: {other}"),
        })
        .collect()
}

#[test]
fn every_sharing_string_is_written_in_both_languages() {
    let az = share_strings(share(Lang::Az));
    let en = share_strings(share(Lang::En));
    assert_eq!(az.len(), en.len());
    let mut problems = Vec::new();
    for ((name, az_text), (_, en_text)) in az.iter().zip(&en) {
        check_pair(name, az_text, en_text, &mut problems);
    }
    type ShareSample = fn(&Share) -> String;
    let calls: Vec<(&str, ShareSample)> = vec![
        ("feed_item_title", |t| (t.feed_item_title)("8.1.1.1")),
        ("feed_baseline_title", |t| {
            (t.feed_baseline_title)("2026-Q3", "x")
        }),
        ("feed_snapshot_title", |t| {
            (t.feed_snapshot_title)("2026-Q4", "x")
        }),
        ("feed_corrects", |t| (t.feed_corrects)("2026-Q3")),
        ("feed_status_is", |t| (t.feed_status_is)("x")),
        ("feed_result", |t| (t.feed_result)("m", "r", "d")),
        ("feed_new_value", |t| (t.feed_new_value)("i", 2026, "1")),
        ("feed_changed_value", |t| {
            (t.feed_changed_value)("i", 2026, "1", "2")
        }),
        ("embed_intro", |t| (t.embed_intro)("2026-Q3")),
        ("embed_source", |t| (t.embed_source)("2026-Q3", "x")),
        ("embed_frame_title", |t| (t.embed_frame_title)("x")),
        ("embed_unknown_snapshot", |t| {
            (t.embed_unknown_snapshot)("x")
        }),
        ("preview_as_of", |t| (t.preview_as_of)("2026-Q3", "x")),
        ("preview_title_alt", |t| (t.preview_title_alt)("x")),
    ];
    for (name, call) in calls {
        check_pair(
            name,
            &call(share(Lang::Az)),
            &call(share(Lang::En)),
            &mut problems,
        );
    }
    // The status change line is the same shape in both languages ("what: from → to").
    assert_eq!(
        (share(Lang::Az).feed_status_change)("a", "b", "c"),
        "a: b → c"
    );
    assert_eq!(
        (share(Lang::En).feed_status_change)("a", "b", "c"),
        "a: b → c"
    );
    assert!(problems.is_empty(), "{problems:#?}");
}

//! Problems in Azerbaijani (`data-tool --lang az`): the same places and rules as in English,
//! worded for the editors; codes, files and columns as the files write them.

mod common;

use common::Fixture;
use model::Lang;

#[test]
fn a_strategy_problem_names_its_item_in_azerbaijani() {
    let f = Fixture::new();
    f.edit("strategy/goal-8.1.toml", "lead = \"İN\"", "lead = \"QQ\"");
    assert_eq!(
        f.problems_in(Lang::Az),
        ["strategy/goal-8.1.toml:30: tədbir 8.1.1.1: lead: `QQ` qurumu agencies.toml faylında yoxdur (akronimi 9-cu bölmədə çap olunduğu kimi yazın)"]
    );
}

#[test]
fn a_snapshot_problem_in_azerbaijani() {
    let f = Fixture::new();
    f.edit(
        "snapshots/2026-Q3/measures.csv",
        "in_progress",
        "almost_done",
    );
    assert_eq!(
        f.problems_in(Lang::Az),
        [
            "snapshots/2026-Q3/measures.csv:2: status: `almost_done` status deyil; bunlardan birini işlədin: not_yet_reported, not_started, in_progress, delayed, completed, discontinued",
            "snapshots/2026-Q3/results.csv:2: measure_id: 8.1.1.1 tədbirinin nəticəsi var, amma statusu yoxdur: onu measures.csv faylına əlavə edin",
        ]
    );
}

#[test]
fn a_date_problem_in_azerbaijani() {
    let f = Fixture::new();
    f.edit("snapshots/2026-Q3/results.csv", "2026-08-01", "2026-02-30");
    assert_eq!(
        f.problems_in(Lang::Az),
        ["snapshots/2026-Q3/results.csv:2: achieved_on: `2026-02-30` təqvimdə olan gün deyil"]
    );
}

#[test]
fn a_refused_edit_of_a_published_snapshot_in_azerbaijani() {
    let f = Fixture::new();
    f.publish("2026-Q3");
    f.edit("snapshots/2026-Q3/measures.csv", "in_progress", "completed");
    assert_eq!(
        f.problems_in(Lang::Az),
        ["snapshots/2026-Q3/snapshot.toml:3: state: dərc olunmuş 2026-Q3 məlumat kəsiyi dəyişərdi (published.lock faylında f75dbf375a69…, mənbədən isə indi 54e674bfa657… alınır): dəyişikliyi geri qaytarın, düzəlişi isə yeni məlumat kəsiyi kimi dərc edin (data-tool new-snapshot 2026-Q3-r2)"]
    );
}

#[test]
fn the_summary_line_in_each_language() {
    let f = Fixture::new();
    f.edit("snapshots/2026-Q3/results.csv", "https://", "http://");
    let error = data_tool::project::Project::load(&f.dir).unwrap_err();
    assert!(error
        .render(Lang::Az)
        .ends_with("\n1 problem aşkarlandı; heç nə yazılmadı"));
    assert!(error
        .render(Lang::En)
        .ends_with("\n1 problem found; nothing was written"));
    assert_eq!(error.to_string(), error.render(Lang::En));
}

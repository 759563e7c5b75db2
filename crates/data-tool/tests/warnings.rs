//! Consistency warnings: allowed, but printed by `validate` with file, line and field, in English
//! and Azerbaijani; they never stop a command.

mod common;

use common::Fixture;
use data_tool::project::Project;
use model::Lang;

const MEASURES: &str = "snapshots/2026-Q3/measures.csv";
const INDICATORS: &str = "snapshots/2026-Q3/indicators.csv";

fn warnings(f: &Fixture, lang: Lang) -> Vec<String> {
    let project = Project::load(&f.dir).unwrap();
    project
        .all_warnings()
        .iter()
        .map(|w| w.render(lang).replace(&format!("{}/", f.dir.display()), ""))
        .collect()
}

#[test]
fn the_minimal_fixture_has_no_warning() {
    assert!(warnings(&Fixture::new(), Lang::En).is_empty());
}

#[test]
fn a_completed_measure_whose_results_are_not_all_achieved() {
    let f = Fixture::new();
    f.edit(MEASURES, "in_progress", "completed");
    assert_eq!(
        warnings(&f, Lang::En),
        ["warning: snapshots/2026-Q3/measures.csv:2: status: 8.1.1.1 is completed, but these results are not reported as achieved: intermediate, final; add them to results.csv, or check the status"]
    );
    assert_eq!(
        warnings(&f, Lang::Az),
        ["xəbərdarlıq: snapshots/2026-Q3/measures.csv:2: status: 8.1.1.1 tədbiri başa çatıb, amma bu nəticələrin əldə olunduğu bildirilməyib: aralıq, yekun; onları results.csv faylına əlavə edin və ya statusu yoxlayın"]
    );
}

#[test]
fn a_result_achieved_while_the_measure_is_not_started() {
    let f = Fixture::new();
    f.edit(MEASURES, "in_progress", "not_started");
    assert_eq!(
        warnings(&f, Lang::En),
        ["warning: snapshots/2026-Q3/results.csv:2: achieved_on: the initial result of 8.1.1.1 is achieved, but the measure is not_started: check its status"]
    );
    assert_eq!(
        warnings(&f, Lang::Az),
        ["xəbərdarlıq: snapshots/2026-Q3/results.csv:2: achieved_on: 8.1.1.1 tədbirinin ilkin nəticəsi əldə olunub, amma tədbir not_started (başlanmayıb) kimi göstərilib: statusu yoxlayın"]
    );
}

#[test]
fn a_status_that_goes_back_to_not_yet_reported() {
    let f = Fixture::new();
    f.copy_snapshot("2026-Q3", "2026-Q4", "2026-12-31");
    f.write(
        "snapshots/2026-Q4/measures.csv",
        "measure_id,status,first_reported_in,note_az,note_en\n",
    );
    f.write(
        "snapshots/2026-Q4/results.csv",
        "measure_id,stage,achieved_on,evidence_url,first_reported_in,note_az,note_en\n",
    );
    assert_eq!(
        warnings(&f, Lang::En),
        ["warning: snapshots/2026-Q4/measures.csv:1: measure_id: 8.1.1.1 was in_progress in 2026-Q3 and has no row here, so it goes back to not yet reported: keep its row unless that report was wrong"]
    );
    assert_eq!(
        warnings(&f, Lang::Az),
        ["xəbərdarlıq: snapshots/2026-Q4/measures.csv:1: measure_id: 8.1.1.1 tədbiri 2026-Q3 məlumat kəsiyində in_progress idi, burada isə sətri yoxdur, yəni yenidən \"hələ məlumat verilməyib\" olur: həmin hesabat səhv deyildisə, sətri saxlayın"]
    );
}

#[test]
fn a_value_more_than_ten_times_away_from_every_target() {
    let f = Fixture::new();
    f.edit(INDICATORS, ",1200,", ",1200000,");
    assert_eq!(
        warnings(&f, Lang::En),
        ["warning: snapshots/2026-Q3/indicators.csv:2: value: 1200000 is more than ten times away from every target of 4.1.5 (3000, 8000, 20000, 40000): check the number and the unit"]
    );
    f.edit(INDICATORS, ",1200000,", ",\"1,2\",");
    assert_eq!(
        warnings(&f, Lang::Az),
        ["xəbərdarlıq: snapshots/2026-Q3/indicators.csv:2: value: 1,2 4.1.5 göstəricisinin hər hədəfindən (3000; 8000; 20000; 40000) on dəfədən çox fərqlənir: ədədi yoxlayın"]
    );
    // Ten times below the smallest target is still within reach of it.
    f.edit(INDICATORS, ",\"1,2\",", ",300,");
    assert!(warnings(&f, Lang::En).is_empty());
}

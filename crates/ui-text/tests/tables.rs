//! The typed tables hold what the site needs: every open-data column described in both
//! languages, and the chart summaries worded with the strategy's own years.

use model::exports::Column;
use model::Lang;
use ui_text::{column_description, TargetRise, AZ, EN};

#[test]
fn chart_summaries_name_the_first_and_last_target_years() {
    let rise = TargetRise {
        first_year: 2026,
        first: "3.000 nəfər",
        last_year: 2029,
        last: "40.000 nəfər",
    };
    assert_eq!(
        (AZ.summary_no_actuals)(&rise),
        "Hədəf 2026-cı ildəki 3.000 nəfər göstəricisindən 2029-cu ildə 40.000 nəfər göstəricisinə qədər artır; hələ heç bir faktiki dəyər bildirilməyib."
    );
    assert_eq!(
        (AZ.summary_with_actual)(&rise, "2.500 nəfər", 2026, "3.000 nəfər"),
        "Hədəf 2026-cı ildəki 3.000 nəfər göstəricisindən 2029-cu ildə 40.000 nəfər göstəricisinə qədər artır; ən son bildirilmiş dəyər 2026-cı il üçün 2.500 nəfər, hədəf isə 3.000 nəfər təşkil edir."
    );
    let rise = TargetRise {
        first: "3,000 persons",
        last: "40,000 persons",
        ..rise
    };
    assert_eq!(
        (EN.summary_no_actuals)(&rise),
        "Targets rise from 3,000 persons in 2026 to 40,000 persons in 2029; no actual value has been reported yet."
    );
}

#[test]
fn every_column_is_described_in_both_languages() {
    for column in Column::ALL {
        let (az, en) = (
            column_description(Lang::Az, column),
            column_description(Lang::En, column),
        );
        assert!(!az.is_empty() && !en.is_empty(), "{column}");
        assert_ne!(az, en, "{column} is not translated");
    }
}

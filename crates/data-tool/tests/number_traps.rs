//! Numbers that cannot be misread: each trap of the two ways of writing numbers (Azerbaijani
//! `1.250,5`, English `1,250.5`) typed into `indicators.csv`, with the value read or the exact
//! message given, in English and Azerbaijani.

mod common;

use common::Fixture;
use data_tool::project::Project;
use model::Lang;

const INDICATORS: &str = "snapshots/2026-Q3/indicators.csv";

/// The minimal fixture with its one value typed as `cell` (as the CSV file holds it).
fn typed(cell: &str) -> Fixture {
    let f = Fixture::new();
    f.edit(INDICATORS, ",1200,", &format!(",{cell},"));
    f
}

/// The value read from `cell`.
fn read(cell: &str) -> f64 {
    let f = typed(cell);
    let project = Project::load(&f.dir).unwrap_or_else(|e| panic!("{cell}: {e}"));
    project.snapshots[0].snapshot.indicators[0].value
}

/// The one message for `cell`, in a language.
fn refused(cell: &str, lang: Lang) -> String {
    let problems = typed(cell).problems_in(lang);
    assert_eq!(problems.len(), 1, "{cell}: {problems:?}");
    problems[0].clone()
}

#[test]
fn a_value_only_one_style_can_mean_is_read_in_that_style() {
    for (cell, value) in [
        ("1200", 1200.0),
        ("12.5", 12.5),
        ("1.66", 1.66),
        ("\"0,5\"", 0.5),
        ("\"1,66\"", 1.66),
        ("\"-3,5\"", -3.5),
        ("-3.5", -3.5),
        ("1.000.000", 1_000_000.0),
        ("\"1,000,000\"", 1_000_000.0),
        ("\"1.250,5\"", 1250.5),
        ("\"1,250.5\"", 1250.5),
        ("\"1234,567\"", 1234.567),
        ("0.250", 0.25),
        ("\"0,250\"", 0.25),
        ("1.1250", 1.125),
        ("40 000", 40000.0),
        ("\"1 250,75\"", 1250.75),
        ("1 250.75", 1250.75),
        ("40\u{a0}000", 40000.0),
        ("\"1\u{a0}250,75\"", 1250.75),
        ("40\u{202f}000", 40000.0),
        ("\u{a0}35\u{a0}", 35.0),
    ] {
        assert_eq!(read(cell), value, "{cell}");
    }
}

#[test]
fn a_point_between_three_digits_is_refused_with_both_readings() {
    assert_eq!(
        refused("1.250", Lang::En),
        "snapshots/2026-Q3/indicators.csv:2: value: `1.250` can be read two ways: 1250 (`.` between thousands, as Azerbaijani writes) or 1.25 (`.` before the decimals, as English writes); write 1250 or 1.25, without a thousands separator"
    );
    assert_eq!(
        refused("1.250", Lang::Az),
        "snapshots/2026-Q3/indicators.csv:2: value: `1.250` iki cür oxuna bilər: 1250 (`.` minlikləri ayırır, Azərbaycan yazılışında olduğu kimi) və ya 1,25 (`.` kəsr hissədən əvvəldir, ingilis yazılışında olduğu kimi); minlik ayırıcısı olmadan 1250 və ya 1,25 yazın"
    );
}

#[test]
fn a_comma_between_three_digits_is_refused_with_both_readings() {
    assert_eq!(
        refused("\"1,250\"", Lang::En),
        "snapshots/2026-Q3/indicators.csv:2: value: `1,250` can be read two ways: 1250 (`,` between thousands, as English writes) or 1.25 (`,` before the decimals, as Azerbaijani writes); write 1250 or 1.25, without a thousands separator"
    );
    assert_eq!(
        refused("\"1,250\"", Lang::Az),
        "snapshots/2026-Q3/indicators.csv:2: value: `1,250` iki cür oxuna bilər: 1250 (`,` minlikləri ayırır, ingilis yazılışında olduğu kimi) və ya 1,25 (`,` kəsr hissədən əvvəldir, Azərbaycan yazılışında olduğu kimi); minlik ayırıcısı olmadan 1250 və ya 1,25 yazın"
    );
}

#[test]
fn three_decimals_that_could_be_thousands_are_refused_and_the_way_out_has_four() {
    assert_eq!(
        refused("-1.125", Lang::En),
        "snapshots/2026-Q3/indicators.csv:2: value: `-1.125` can be read two ways: -1125 (`.` between thousands, as Azerbaijani writes) or -1.1250 (`.` before the decimals, as English writes); write -1125 or -1.1250, without a thousands separator"
    );
    assert_eq!(
        refused("1.000", Lang::En),
        "snapshots/2026-Q3/indicators.csv:2: value: `1.000` can be read two ways: 1000 (`.` between thousands, as Azerbaijani writes) or 1 (`.` before the decimals, as English writes); write 1000 or 1, without a thousands separator"
    );
}

#[test]
fn a_percent_sign_is_refused() {
    assert_eq!(
        refused("1.87%", Lang::En),
        "snapshots/2026-Q3/indicators.csv:2: value: `1.87%`: write the number without % (the indicator's unit says what it counts)"
    );
    assert_eq!(
        refused("\"1,87 %\"", Lang::Az),
        "snapshots/2026-Q3/indicators.csv:2: value: `1,87 %`: ədədi % işarəsi olmadan yazın (nəyin sayıldığını göstəricinin vahidi deyir)"
    );
}

#[test]
fn what_no_style_can_mean_is_refused() {
    let not_a_number = |given: &str| {
        format!("snapshots/2026-Q3/indicators.csv:2: value: `{given}` is not a number: write digits, with a point or a comma before the decimals (3000, 1.66 or 1,66)")
    };
    for (cell, given) in [
        ("12 5", "12 5"),
        ("1.2.3", "1.2.3"),
        ("\"1,2,3\"", "1,2,3"),
        ("\"1.250.5,25.1\"", "1.250.5,25.1"),
        ("1e3", "1e3"),
        (".5", ".5"),
        ("5.", "5."),
        ("\"1 250.000,5\"", "1 250.000,5"),
        ("0.250.000", "0.250.000"),
        ("təxminən 40", "təxminən 40"),
    ] {
        assert_eq!(refused(cell, Lang::En), not_a_number(given), "{cell}");
    }
    assert_eq!(
        refused("", Lang::En),
        "snapshots/2026-Q3/indicators.csv:2: value: the number is missing: write it with digits (3000, 1.66 or 1,66)"
    );
    assert_eq!(
        refused("12 5", Lang::Az),
        "snapshots/2026-Q3/indicators.csv:2: value: `12 5` ədəd deyil: rəqəmlərlə yazın, kəsr hissədən əvvəl vergül və ya nöqtə qoyun (3000, 1,66 və ya 1.66)"
    );
}

//! Counts in UI strings are written as each language writes numbers (CLDR): 5000 is "5.000" in
//! Azerbaijani and "5,000" in English, never the bare digits "5000".

use model::Lang;
use ui_text::moderation::ModerationUi;
use ui_text::{count, Ui, AZ, EN};

/// Every string of the site's tables that takes a count, given 5000 (or 5000 and 1200) for each.
fn site_counts(ui: &Ui) -> Vec<(&'static str, String)> {
    vec![
        (
            "overview_progress_all",
            (ui.overview_progress_all)(1200, 5000),
        ),
        ("measures_count", (ui.measures_count)(5000)),
        ("directions_count", (ui.directions_count)(5000)),
        ("results_count", (ui.results_count)(1200, 5000)),
        (
            "results_count_listed",
            (ui.results_count_listed)(1200, 5000, 5000),
        ),
        ("show_more", (ui.show_more)(1200, 5000)),
        ("fb_message_hint", (ui.fb_message_hint)(1200, 5000)),
        ("feedback_counts", (ui.feedback_counts)(5000, 1200)),
        ("feedback_counts_all", (ui.feedback_counts_all)(5000, 1200)),
    ]
}

fn moderation_counts(ui: &ModerationUi) -> Vec<(&'static str, String)> {
    vec![
        ("total", (ui.total)(5000)),
        ("page_of", (ui.page_of)(1200, 5000)),
        ("selected", (ui.selected)(5000)),
        ("bulk_done", (ui.bulk_done)(5000, 1200)),
        ("erased", (ui.erased)(5000)),
    ]
}

/// Each string shows 5000 grouped, and 1200 too when it was given one, never bare digits.
fn assert_grouped(lang: Lang, strings: Vec<(&'static str, String)>) {
    let (five_thousand, twelve_hundred) = match lang {
        Lang::Az => ("5.000", "1.200"),
        Lang::En => ("5,000", "1,200"),
    };
    for (name, text) in strings {
        assert!(text.contains(five_thousand), "{lang:?} {name}: {text}");
        assert!(
            !text.contains("5000") && !text.contains("1200"),
            "{lang:?} {name} prints bare digits: {text}"
        );
        let given_1200 = !matches!(
            name,
            "measures_count" | "directions_count" | "total" | "selected" | "erased"
        );
        assert_eq!(
            text.contains(twelve_hundred),
            given_1200,
            "{lang:?} {name}: {text}"
        );
    }
}

#[test]
fn counts_are_grouped_the_way_each_language_writes_numbers() {
    assert_grouped(Lang::Az, site_counts(&AZ));
    assert_grouped(Lang::En, site_counts(&EN));
    assert_grouped(Lang::Az, moderation_counts(&ui_text::moderation::AZ));
    assert_grouped(Lang::En, moderation_counts(&ui_text::moderation::EN));
}

#[test]
fn the_real_strategy_counts_read_as_before() {
    assert_eq!((AZ.results_count)(50, 50), "50 tədbirdən 50 tədbir");
    assert_eq!((EN.results_count)(3, 50), "3 of 50 measures");
    assert_eq!((EN.measures_count)(1), "1 measure");
    assert_eq!(count(999_usize, Lang::Az), "999");
    assert_eq!(count(1_000_usize, Lang::Az), "1.000");
    assert_eq!(count(-1_i64, Lang::En), "–");
}

#[test]
fn the_overview_counts_the_strategy_from_its_data() {
    let seed = ui_text::StrategyShape {
        goals: 3,
        directions: 9,
        measures: 50,
        indicators: 7,
    };
    assert!((AZ.overview_intro_shape)(seed).starts_with(
        "Strategiyada 3 məqsəd, 9 prioritet istiqamət və 50 tədbirdən ibarət tədbirlər planı var;"
    ));
    assert!((AZ.overview_intro_shape)(seed).contains("7 əsas hədəf göstəricisi"));
    assert_eq!(
        (EN.overview_intro_shape)(seed),
        "It has 3 goals, 9 priority directions and an action plan of 50 measures, each with a lead \
         agency, a period and expected results. 7 headline indicators carry yearly targets."
    );
    let amended = ui_text::StrategyShape {
        goals: 1,
        directions: 1,
        measures: 5000,
        indicators: 1,
    };
    let en = (EN.overview_intro_shape)(amended);
    assert!(
        en.starts_with("It has 1 goal, 1 priority direction and an action plan of 5,000 measures"),
        "{en}"
    );
    assert!(
        en.ends_with("1 headline indicator carries yearly targets."),
        "{en}"
    );
    assert!((AZ.overview_intro_shape)(amended).contains("5.000 tədbirdən"));
}

#[test]
fn english_counts_of_one_are_singular() {
    assert_eq!((EN.measures_count)(1), "1 measure");
    assert_eq!((EN.measures_count)(0), "0 measures");
    assert_eq!((EN.directions_count)(1), "1 priority direction");
    assert_eq!((EN.directions_count)(9), "9 priority directions");
    let moderation = &ui_text::moderation::EN;
    assert_eq!((moderation.total)(1), "1 message");
    assert_eq!((moderation.total)(0), "0 messages");
    assert_eq!((moderation.selected)(1), "1 selected");
    assert_eq!(
        (moderation.erased)(0),
        "No message was sent with this address."
    );
    assert_eq!((moderation.erased)(1), "1 message deleted.");
    assert_eq!((moderation.erased)(2), "2 messages deleted.");
}

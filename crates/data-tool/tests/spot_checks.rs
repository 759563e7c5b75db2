//! Spot checks of the real data against the source document. Every expected value here was
//! typed by hand from `../shared/seed/000_342d9e6260cb9729.txt` (section 8's table, section 4.1
//! and section 9), not read back from the project's own files.

use data_tool::project::Project;
use model::strategy::{Stage, Unit};
use model::Strategy;
use std::path::Path;
use std::sync::OnceLock;

fn strategy() -> &'static Strategy {
    static STRATEGY: OnceLock<Strategy> = OnceLock::new();
    STRATEGY.get_or_init(|| {
        let data = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../data");
        Project::load(&data)
            .expect("the real data validates")
            .strategy
    })
}

struct Expected {
    id: &'static str,
    lead: &'static str,
    others: &'static [&'static str],
    relevant_agencies: bool,
    period: (u16, u16),
    stage: Stage,
    result_contains: &'static str,
}

const MEASURES: &[Expected] = &[
    Expected { id: "8.1.1.1", lead: "İN", others: &["AİH", "RİNN", "XRİTDX"], relevant_agencies: false, period: (2026, 2029), stage: Stage::Final, result_contains: "Platforma vasitəsilə rəqəmsal transformasiya etmiş müəssisələrin payının 20 faizə çatması" },
    Expected { id: "8.1.1.4", lead: "İN", others: &["RİNN", "XRİTDX", "MN"], relevant_agencies: false, period: (2026, 2028), stage: Stage::Initial, result_contains: "Özəl data mərkəzinin yaradılması üçün tədqiqatların aparılması" },
    Expected { id: "8.1.1.9", lead: "İN", others: &[], relevant_agencies: true, period: (2026, 2029), stage: Stage::Initial, result_contains: "Klaster mexanizminin yaradılması üçün əməliyyat modelinin müəyyən edilməsi" },
    Expected { id: "8.1.2.2", lead: "İN", others: &["AİH", "RİNN", "VXSİDA"], relevant_agencies: false, period: (2027, 2029), stage: Stage::Intermediate, result_contains: "Müvafiq sahədə azı 1 qrant və tənzimləmə dəstək mexanizminin hazırlanması" },
    Expected { id: "8.1.2.5", lead: "İN", others: &["RİNN", "MB", "VXSİDA"], relevant_agencies: false, period: (2026, 2029), stage: Stage::Intermediate, result_contains: "çərçivəsində 2 pilot layihənin sınaqdan keçirilməsi" },
    Expected { id: "8.1.3.1", lead: "İN", others: &["RİNN", "VXSİDA", "DMX"], relevant_agencies: true, period: (2027, 2029), stage: Stage::Initial, result_contains: "Xarici investisiyaya ehtiyac olan 5 prioritet investisiya sahəsinin müəyyən olunması" },
    Expected { id: "8.1.3.4", lead: "ETN", others: &["RİNN", "VXSİDA"], relevant_agencies: false, period: (2026, 2029), stage: Stage::Final, result_contains: "hesabına 200 aktiv subyektin formalaşması" },
    Expected { id: "8.1.3.5", lead: "ƏMA", others: &["İN", "RİNN"], relevant_agencies: false, period: (2026, 2029), stage: Stage::Initial, result_contains: "“Açıq reyestrlər” informasiya platformasının yaradılaraq istifadəyə verilməsi" },
    Expected { id: "8.1.4.1", lead: "İN", others: &["RİNN", "AMB", "VXSİDA"], relevant_agencies: false, period: (2026, 2029), stage: Stage::Intermediate, result_contains: "1 rəqəmsal sammitin keçirilməsi və 50 startapın təqdimatının keçirilməsi" },
    Expected { id: "8.1.4.4", lead: "İN", others: &["RİNN"], relevant_agencies: false, period: (2027, 2029), stage: Stage::Final, result_contains: "10000 nəfəri üstələməsi" },
    Expected { id: "8.2.1.1", lead: "ƏƏSMN", others: &["İN", "ETN", "RİNN"], relevant_agencies: false, period: (2026, 2029), stage: Stage::Final, result_contains: "azı 3000 nəfərə çatdırılması" },
    Expected { id: "8.2.1.5", lead: "İN", others: &["RİNN", "ƏƏSMN", "AİH"], relevant_agencies: false, period: (2026, 2029), stage: Stage::Initial, result_contains: "Müvafiq sahədə təkliflərin hazırlanması və təqdim olunması" },
    Expected { id: "8.2.2.2", lead: "ETN", others: &["RİNN", "AİH", "İN"], relevant_agencies: false, period: (2026, 2029), stage: Stage::Intermediate, result_contains: "Xarici ölkələrdə təhsilini uğurla davam etdirən 200 tələbə ilə öhdəlik müqaviləsinin bağlanılması" },
    Expected { id: "8.2.2.8", lead: "ƏƏSMN", others: &["İN", "RİNN"], relevant_agencies: false, period: (2026, 2029), stage: Stage::Initial, result_contains: "1 mərkəzləşmiş elektron karyera platformasının istifadəyə verilməsi" },
    Expected { id: "8.3.1.1", lead: "İN", others: &["DSK", "AİH"], relevant_agencies: true, period: (2026, 2029), stage: Stage::Intermediate, result_contains: "Yarımillik və illik əsasda azı 6 monitorinq hesabatının hazırlanması" },
    Expected { id: "8.3.2.3", lead: "İN", others: &[], relevant_agencies: true, period: (2026, 2029), stage: Stage::Initial, result_contains: "10 sosial-iqtisadi məlumat dəstinin yaradılması" },
    Expected { id: "8.3.3.1", lead: "İN", others: &["RİNN", "ETSN", "DŞAK", "FHN"], relevant_agencies: false, period: (2026, 2029), stage: Stage::Final, result_contains: "Milli səviyyədə 4 “Rəqəmsal Əkiz” modelinin tətbiq olunması" },
    Expected { id: "8.3.3.2", lead: "İN", others: &["RİNN", "ETN", "AİH"], relevant_agencies: false, period: (2026, 2029), stage: Stage::Initial, result_contains: "dil korpusunun yaradılmas" },
];

#[test]
fn measures_match_the_action_plan() {
    let strategy = strategy();
    for expected in MEASURES {
        let m = strategy
            .measure(expected.id)
            .unwrap_or_else(|| panic!("measure {} missing", expected.id));
        assert_eq!(m.lead.printed, expected.lead, "{} lead", expected.id);
        let others: Vec<&str> = m.others.iter().map(|o| o.printed.as_str()).collect();
        assert_eq!(others, expected.others, "{} other agencies", expected.id);
        assert_eq!(
            m.relevant_agencies, expected.relevant_agencies,
            "{} relevant agencies",
            expected.id
        );
        assert_eq!(
            (m.period.start, m.period.end),
            expected.period,
            "{} period",
            expected.id
        );
        let cell = m
            .results
            .iter()
            .find(|c| c.stages.contains(&expected.stage))
            .unwrap_or_else(|| panic!("{} has no {:?} result", expected.id, expected.stage));
        assert!(
            cell.text.az.contains(expected.result_contains),
            "{} {:?} result is {:?}",
            expected.id,
            expected.stage,
            cell.text.az
        );
        assert!(
            cell.text
                .en
                .as_deref()
                .is_some_and(|en| !en.is_empty() && en != cell.text.az),
            "{} needs an English translation",
            expected.id
        );
    }
    let directions: std::collections::BTreeSet<&str> =
        MEASURES.iter().map(|e| &e.id[..5]).collect();
    assert_eq!(
        directions.len(),
        9,
        "the spot checks cover all nine directions"
    );
}

#[test]
fn the_plan_has_3_goals_9_directions_and_50_measures() {
    let strategy = strategy();
    assert_eq!(strategy.goals.len(), 3);
    assert_eq!(strategy.directions.len(), 9);
    assert_eq!(strategy.measures.len(), 50);
    let per_direction: Vec<usize> = [
        "8.1.1", "8.1.2", "8.1.3", "8.1.4", "8.2.1", "8.2.2", "8.3.1", "8.3.2", "8.3.3",
    ]
    .iter()
    .map(|d| {
        strategy
            .measures
            .iter()
            .filter(|m| m.direction == *d)
            .count()
    })
    .collect();
    assert_eq!(per_direction, [9, 6, 6, 5, 7, 8, 3, 3, 3]);
}

#[test]
fn cells_spanning_two_columns_are_marked() {
    let strategy = strategy();
    let spans = |id: &str| -> Vec<Vec<Stage>> {
        strategy
            .measure(id)
            .unwrap()
            .results
            .iter()
            .map(|c| c.stages.clone())
            .collect()
    };
    assert_eq!(
        spans("8.1.4.4"),
        vec![
            vec![Stage::Initial, Stage::Intermediate],
            vec![Stage::Final]
        ]
    );
    assert_eq!(
        spans("8.2.1.5"),
        vec![
            vec![Stage::Initial],
            vec![Stage::Intermediate, Stage::Final]
        ]
    );
    assert_eq!(
        spans("8.2.2.6"),
        vec![
            vec![Stage::Initial],
            vec![Stage::Intermediate, Stage::Final]
        ]
    );
}

#[test]
fn the_seven_headline_indicators_have_their_printed_targets() {
    let expected: [(&str, Unit, [f64; 4]); 7] = [
        ("4.1.1", Unit::Count, [50.0, 100.0, 180.0, 300.0]),
        ("4.1.2", Unit::MlnAzn, [7.0, 17.0, 33.0, 58.0]),
        ("4.1.3", Unit::Count, [30.0, 80.0, 155.0, 250.0]),
        ("4.1.4", Unit::Count, [20.0, 50.0, 100.0, 200.0]),
        ("4.1.5", Unit::Persons, [3000.0, 8000.0, 20000.0, 40000.0]),
        ("4.1.6", Unit::Percent, [1.66, 1.71, 1.76, 1.87]),
        ("4.1.7", Unit::MlnAzn, [10.0, 30.0, 50.0, 70.0]),
    ];
    let strategy = strategy();
    assert_eq!(strategy.indicators.len(), 7);
    for (id, unit, targets) in expected {
        let indicator = strategy.indicator(id).unwrap();
        assert_eq!(indicator.unit, unit, "{id} unit");
        let values: Vec<f64> = indicator.targets.iter().map(|t| t.value).collect();
        let years: Vec<u16> = indicator.targets.iter().map(|t| t.year).collect();
        assert_eq!(values, targets, "{id} targets");
        assert_eq!(years, [2026, 2027, 2028, 2029]);
        assert_eq!(indicator.cumulative, model::strategy::Cumulative::NotStated);
    }
    let printed: Vec<&str> = strategy
        .indicator("4.1.5")
        .unwrap()
        .targets
        .iter()
        .map(|t| t.printed.as_str())
        .collect();
    assert_eq!(printed, ["3.000", "8.000", "20.000", "40.000"]);
}

#[test]
fn nineteen_acronyms_name_eighteen_agencies() {
    let strategy = strategy();
    assert_eq!(strategy.agencies.len(), 18);
    let acronyms: usize = strategy.agencies.iter().map(|a| 1 + a.aliases.len()).sum();
    assert_eq!(acronyms, 19);
    let central_bank = strategy.agency("MB").unwrap();
    assert_eq!(central_bank.slug, "amb");
    assert_eq!(strategy.agency("AMB").unwrap().slug, "amb");
    assert_eq!(strategy.agency("ƏƏSMN").unwrap().slug, "eesmn");
    assert_eq!(strategy.agency("eesmn").unwrap().acronym, "ƏƏSMN");
    assert!(
        strategy.notes_for("amb").count() >= 1,
        "the Central Bank's two acronyms carry a note"
    );
}

#[test]
fn eight_flagships_each_link_to_measures() {
    let strategy = strategy();
    assert_eq!(strategy.flagships.len(), 8);
    for flagship in &strategy.flagships {
        assert!(
            !flagship.links.is_empty(),
            "{} links to no measure",
            flagship.id
        );
    }
    let digital_economy_programme = strategy.flagships.iter().find(|f| f.id == "6.2.1").unwrap();
    assert!(digital_economy_programme
        .links
        .iter()
        .any(|l| l.measure == "8.1.1.5"));
}

#[test]
fn known_contradictions_have_source_notes() {
    let strategy = strategy();
    assert!(strategy.source_notes.len() > 10);
    for id in ["document", "4.1.4", "8.1.2.5", "8.3.3.2", "8.1.4.4"] {
        assert!(
            strategy.notes_for(id).count() >= 1,
            "{id} should carry a source note"
        );
    }
    let announced = strategy
        .notes_for("document")
        .any(|n| n.printed.contains("52"));
    assert!(
        announced,
        "the 52 announced vs 50 listed initiatives is noted"
    );
}

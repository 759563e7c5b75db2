//! Spot checks of the last corrections to the real data (issue 11, item 8). As in
//! `spot_checks.rs`, every expected wording here was typed by hand from the source document
//! (`seed/000_342d9e6260cb9729.txt`: sections 3, 6.1, 6.2, 8 and 9), not read back from the
//! project's own files.

use data_tool::project::Project;
use model::strategy::{NameBasis, NoteKind, SourceNote, Stage};
use model::Strategy;
use serde_json::Value;
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

fn note(id: &str) -> &'static SourceNote {
    strategy()
        .source_notes
        .iter()
        .find(|n| n.id == id)
        .unwrap_or_else(|| panic!("note {id} missing"))
}

fn en(text: &model::Text) -> &str {
    text.en.as_deref().unwrap_or_default()
}

/// A result cell's Azerbaijani text.
fn result(measure: &str, stage: Stage) -> &'static str {
    &strategy()
        .measure(measure)
        .unwrap()
        .results
        .iter()
        .find(|c| c.stages.contains(&stage))
        .unwrap()
        .text
        .az
}

/// The Azerbaijani text of a direction's expected result (6.1.N.3.M).
fn expected_result(reference: &str) -> &'static str {
    &strategy()
        .directions
        .iter()
        .flat_map(|d| &d.expected_results)
        .find(|r| r.r#ref == reference)
        .unwrap_or_else(|| panic!("expected result {reference} missing"))
        .text
        .az
}

/// A new note on a difference between two places: its targets, and both printed wordings.
struct NewNote {
    id: &'static str,
    kind: NoteKind,
    applies_to: &'static [&'static str],
    /// Wordings the note must quote, typed from the source.
    quotes: &'static [&'static str],
    /// A phrase of the English text.
    en_says: &'static str,
}

const NEW_NOTES: &[NewNote] = &[
    NewNote {
        id: "N-8.2-13",
        kind: NoteKind::Inconsistency,
        applies_to: &["8.2.2.5"],
        quotes: &[
            "sahəvi fəlsəfə doktoru dissertasiyaları müdafiə olunacaq",
            "azı 3 fəlsəfə doktoru dissertasiyasının müdafiəyə hazırlanması",
        ],
        en_says: "“will be defended”",
    },
    NewNote {
        id: "N-8.3-09",
        kind: NoteKind::Inconsistency,
        applies_to: &["8.3.3.2"],
        quotes: &[
            "digər dövlət qurumlarında da bu modeldən istifadə artacaqdır",
            "azı 1 pilot dövlət qurumunda (orqanında) tətbiq olunması",
            "Dil modelindən dövlət müəssisələrində istifadə sayının davamlı artması",
        ],
        en_says: "“state enterprises”",
    },
    NewNote {
        id: "N-8.3-10",
        kind: NoteKind::Inconsistency,
        applies_to: &["8.3.3.1"],
        quotes: &[
            "azı 1 iqtisadi sahə və əməliyyat müəyyən ediləcək",
            "1 iqtisadi əməliyyat sahəsinin müəyyən edilməsi",
        ],
        en_says: "drops “at least”",
    },
    NewNote {
        id: "N-8.1-19",
        kind: NoteKind::Inconsistency,
        applies_to: &["8.1.3.3"],
        quotes: &[
            "rəqəmsal ticarət subyektlərinin sayı davamlı artacaq və bu sahənin ÜDM-də payı yüksələcəkdir",
            "Ölkədə rəqəmsal ticarət mühitinin beynəlxalq uyğunluq səviyyəsinin artması",
        ],
        en_says: "international conformity",
    },
    NewNote {
        id: "N-8.1-20",
        kind: NoteKind::Inconsistency,
        applies_to: &["8.1.2.5"],
        quotes: &[
            "sandbox mühitində 20 layihə sınaqdan keçiriləcək, onların 40 faizi kommersiyalaşmaya hazır olacaqdır",
            "yeni biznes imkanlarının müəyyən edilməsi və onların 40 faizinin kommersiyalaşmaya hazır olması",
        ],
        en_says: "40 percent of the new business opportunities",
    },
    NewNote {
        id: "N-8.1-21",
        kind: NoteKind::Inconsistency,
        applies_to: &["8.1.2.4"],
        quotes: &[
            "1 pilot rəqəmsal kraudfandinq platforması yaradılacaq",
            "1 pilot rəqəmsal kraudfandinq platformasının yaradılması ilə bağlı təkliflər hazırlanması",
        ],
        en_says: "“will be created”",
    },
    NewNote {
        id: "N-8.3-11",
        kind: NoteKind::Inconsistency,
        applies_to: &["8.3.3.3"],
        quotes: &[
            "xüsusi rəqəmsal və yaşıl inkişaf çərçivələrinin tətbiqi",
            "müəssisələr üçün rəqəmsal çərçivələrin müəyyənləşdirilməsi",
        ],
        en_says: "“digital and green development frameworks”",
    },
    NewNote {
        id: "N-G-14",
        kind: NoteKind::Inconsistency,
        applies_to: &["6.2.8", "8.1.1.1"],
        quotes: &[
            "dövlət və biznes sektorları üçün",
            "dövlət satınalmalarında xərclərin azaldılmasına",
            "Müəssisələrin rəqəmsal həllərə olan tələbatını ödəmək üçün",
        ],
        en_says: "public procurement",
    },
    NewNote {
        id: "N-8.3-12",
        kind: NoteKind::Unclear,
        applies_to: &["8.3.1.2", "8.1.4.5", "8.1.4.4"],
        quotes: &[
            "Müvafiq sahədə vahid internet portalının istifadəyə verilməsi",
            "Strategiya çərçivəsində tədbirlərə dair məlumatlandırma məqsədilə vahid internet resursunun yaradılması",
            "Rəqəmsal iqtisadiyyat ekosisteminin formalaşmasına dəstək məqsədilə vahid internet resursunun yaradılması",
        ],
        en_says: "one resource or separate ones",
    },
];

#[test]
fn the_new_contradictions_are_noted_in_both_languages_with_the_printed_wordings() {
    for expected in NEW_NOTES {
        let n = note(expected.id);
        assert_eq!(n.kind, expected.kind, "{} kind", expected.id);
        for target in expected.applies_to {
            assert!(
                n.applies_to.iter().any(|a| a == target),
                "{} applies to {target}",
                expected.id
            );
        }
        for quote in expected.quotes {
            assert!(
                n.printed.contains(quote),
                "{} quotes “{quote}”: {}",
                expected.id,
                n.printed
            );
        }
        assert!(!n.text.az.is_empty(), "{} in Azerbaijani", expected.id);
        assert!(
            en(&n.text).contains(expected.en_says),
            "{} in English says {:?}: {}",
            expected.id,
            expected.en_says,
            en(&n.text)
        );
    }
}

#[test]
fn the_noted_wordings_are_the_ones_the_data_holds() {
    // Each side of a new note is what the site shows for that place.
    assert!(expected_result("6.1.6.3.5").contains("dissertasiyaları müdafiə olunacaq"));
    assert!(result("8.2.2.5", Stage::Final).starts_with(
        "Rəqəmsallaşma istiqamətində azı 3 fəlsəfə doktoru dissertasiyasının müdafiəyə hazırlanması"
    ));
    assert!(expected_result("6.1.9.3.2")
        .ends_with("digər dövlət qurumlarında da bu modeldən istifadə artacaqdır"));
    assert!(result("8.3.3.2", Stage::Intermediate).contains("pilot dövlət qurumunda (orqanında)"));
    assert_eq!(
        result("8.3.3.2", Stage::Final),
        "Dil modelindən dövlət müəssisələrində istifadə sayının davamlı artması"
    );
    assert!(expected_result("6.1.9.3.1").starts_with("azı 1 iqtisadi sahə və əməliyyat"));
    assert!(result("8.3.3.1", Stage::Initial)
        .ends_with("1 iqtisadi əməliyyat sahəsinin müəyyən edilməsi"));
    assert!(!result("8.3.3.1", Stage::Initial).contains("azı 1"));
    assert_eq!(
        expected_result("6.1.3.3.3"),
        "rəqəmsal ticarət subyektlərinin sayı davamlı artacaq və bu sahənin ÜDM-də payı yüksələcəkdir"
    );
    assert_eq!(
        result("8.1.3.3", Stage::Final),
        "Ölkədə rəqəmsal ticarət mühitinin beynəlxalq uyğunluq səviyyəsinin artması"
    );
    assert!(result("8.1.2.5", Stage::Final)
        .contains("yeni biznes imkanlarının müəyyən edilməsi və onların 40 faizinin"));
    assert!(expected_result("6.1.2.3.4")
        .starts_with("1 pilot rəqəmsal kraudfandinq platforması yaradılacaq"));
    for stage in [Stage::Initial, Stage::Intermediate, Stage::Final] {
        assert!(
            !result("8.1.2.4", stage).contains("platforması yaradılacaq"),
            "no cell of 8.1.2.4 creates the platform"
        );
    }
    let justification = &strategy().direction("8.3.3").unwrap().justification.az;
    assert!(justification.contains("xüsusi rəqəmsal və yaşıl inkişaf çərçivələrinin tətbiqi"));
    let platform = strategy()
        .flagships
        .iter()
        .find(|f| f.id == "6.2.8")
        .unwrap();
    assert!(platform
        .text
        .az
        .contains("dövlət və biznes sektorları üçün"));
    assert!(platform.links.iter().any(|l| l.measure == "8.1.1.1"));
    assert!(result("8.3.1.2", Stage::Initial)
        .starts_with("Müvafiq sahədə vahid internet portalının istifadəyə verilməsi"));
}

#[test]
fn the_truncated_word_is_a_misprint_of_the_source_kept_as_printed() {
    let n = note("N-8.3-07");
    assert_eq!(n.kind, NoteKind::Misprint);
    assert_eq!(n.applies_to, ["8.3.3.2"]);
    assert!(n.printed.contains("dil korpusunun yaradılmas”"));
    assert!(result("8.3.3.2", Stage::Initial).ends_with("dil korpusunun yaradılmas"));
    assert!(en(&n.text).contains("printed in the source document itself"));
}

#[test]
fn the_platform_note_says_the_same_in_both_languages() {
    // 6.1.6.3.6: "azı 1 rəqəmsal öyrənmə platforması təkmilləşdiriləcək, 10 000 nəfər bütün yaş
    // qrupları üzrə rəqəmsal bacarıqlar əldə edəcəkdir".
    let n = note("N-8.2-09");
    assert!(n
        .text
        .az
        .contains("azı 1 rəqəmsal öyrənmə platformasının təkmilləşdirilməsi"));
    assert!(n.text.az.contains("10 000 nəfər"));
    assert!(en(&n.text).contains("at least 1 digital learning platform upgraded"));
    assert!(en(&n.text).contains("10,000 people"));
    assert!(!en(&n.text).contains("(and at least 1 upgraded platform)"));
}

#[test]
fn the_sərəncam_is_an_order_not_a_decree() {
    // "AZƏRBAYCAN RESPUBLİKASI PREZİDENTİNİN SƏRƏNCAMI"; "... 3378 nömrəli Sərəncamı".
    let strategy = strategy();
    assert!(en(&strategy.document.adoption).starts_with("Approved by Order of the President"));
    for id in ["N-G-06", "N-G-13"] {
        let text = en(&note(id).text);
        assert!(!text.to_lowercase().contains("decree"), "{id}: {text}");
        assert!(text.contains("Order (Sərəncam)"), "{id}: {text}");
    }
    assert!(en(&note("N-G-06").text).contains("Order No. 3378 of 22 July 2022"));
}

#[test]
fn n_g_01_quotes_the_6_2_sentence_it_relies_on() {
    let n = note("N-G-01");
    assert!(n
        .printed
        .contains("ümumilikdə 52 təşəbbüs, onlardan 8-i isə"));
    let text = en(&n.text);
    assert!(text.contains("“In total, 52 initiatives have been identified"));
    assert!(!text.contains("keeps the figure “52” in 6.2 as printed"));
    assert!(n.text.az.contains("yalnız bu qeyddə"));
}

#[test]
fn xritdx_has_the_english_name_the_service_uses() {
    // Section 9: "XRİTDX − Azərbaycan Respublikasının Xüsusi Rabitə və İnformasiya Təhlükəsizliyi
    // Dövlət Xidməti".
    let service = strategy().agency("XRİTDX").unwrap();
    assert_eq!(
        service.name.az,
        "Azərbaycan Respublikasının Xüsusi Rabitə və İnformasiya Təhlükəsizliyi Dövlət Xidməti"
    );
    assert_eq!(
        en(&service.name),
        "State Service of Special Communication and Information Security of the Republic of Azerbaijan"
    );
    assert_eq!(service.name_en_basis, NameBasis::Official);
}

#[test]
fn the_farmers_figure_says_the_same_in_both_languages() {
    // Section 3: "Kənd təsərrüfatında “Elektron Kənd Təsərrüfatı” İnformasiya Sistemi üzərindən
    // 600 mindən çox fermer subsidiyalardan və digər xidmətlərdən rəqəmsal qaydada yararlanır."
    let fact = strategy()
        .context_facts
        .iter()
        .find(|f| f.id == "e-agriculture-farmers")
        .unwrap();
    assert_eq!(fact.value, 600_000.0);
    assert!(fact.source_wording.az.contains(
        "600 mindən çox fermer subsidiyalardan və digər xidmətlərdən rəqəmsal qaydada yararlanır"
    ));
    assert!(fact
        .label
        .az
        .contains("subsidiyalardan və digər xidmətlərdən"));
    assert!(en(&fact.label).contains("subsidies and other services"));
}

/// Every English text of the strategy, with where it is.
fn english_texts(value: &Value, path: &str, out: &mut Vec<(String, String)>) {
    match value {
        Value::Object(map) => {
            for (key, item) in map {
                let here = format!("{path}.{key}");
                match (key.as_str(), item) {
                    ("en", Value::String(text)) => out.push((here, text.clone())),
                    _ => english_texts(item, &here, out),
                }
            }
        }
        Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                english_texts(item, &format!("{path}[{i}]"), out);
            }
        }
        _ => {}
    }
}

#[test]
fn the_english_is_consistent() {
    let mut texts = Vec::new();
    english_texts(&serde_json::to_value(strategy()).unwrap(), "", &mut texts);
    assert!(texts.len() > 300, "every English text is read");
    for (place, text) in &texts {
        assert!(
            !text.contains('\''),
            "{place}: a straight apostrophe: {text}"
        );
        let without_name = text.replace("Start-Up Chile", "");
        assert!(
            !without_name.to_lowercase().contains("start-up"),
            "{place}: “start-up” where the site writes “startup”: {text}"
        );
        for odd in [
            "electronisation",
            "permits",
            "potential ventures",
            "Potential ventures",
        ] {
            assert!(!text.contains(odd), "{place}: “{odd}”: {text}");
        }
    }
    // 8.1.1.3 "elektronlaşdırma", 8.1.3.6 "100 icazə sənədinin təqdim edilməsi",
    // 8.1.2.3 "Potensial vençurların identifikasiya olunması".
    let title = en(&strategy().measure("8.1.1.3").unwrap().title);
    assert!(title.ends_with("preparing a roadmap for digitisation and adaptation"));
    let initial = |id| {
        strategy().measure(id).unwrap().results[0]
            .text
            .en
            .clone()
            .unwrap_or_default()
    };
    assert!(initial("8.1.3.6").ends_with("granting 100 access authorisations"));
    assert!(initial("8.1.2.3").starts_with("Identifying potential venture investors"));
    // The three goal titles in one grammatical form (8.2 is an infinitive in Azerbaijani:
    // "İqtisadiyyatda işçi qüvvəsinin rəqəmsal bacarıqlarını artırmaq").
    let goals: Vec<&str> = strategy().goals.iter().map(|g| en(&g.title)).collect();
    assert_eq!(
        goals,
        [
            "Ensuring sustainable economic growth by accelerating digital transformation",
            "Increasing the digital skills of the workforce in the economy",
            "Establishing data-driven governance based on efficiency and effectiveness",
        ]
    );
    assert_eq!(
        en(&strategy().indicator("4.1.3").unwrap().name),
        "Number of new startups"
    );
}

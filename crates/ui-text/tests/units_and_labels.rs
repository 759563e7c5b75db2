//! Values with their units as people say them, the derived "past its end year" label, and the
//! flagships introduction as section 6.2 says it.

use model::strategy::{Cumulative, Indicator, Unit};
use model::{Lang, Text};
use ui_text::{value_with_unit, AZ, EN};

fn indicator(unit: Unit) -> Indicator {
    Indicator {
        id: "4.1.1".into(),
        name: Text::new("Ad", "Name"),
        unit,
        unit_printed: Text::new("ədəd", "units"),
        targets: vec![],
        cumulative: Cumulative::NotStated,
    }
}

#[test]
fn a_count_is_the_number_alone_and_other_units_are_written_out() {
    let both = |value: f64, unit: Unit| {
        let i = indicator(unit);
        (
            value_with_unit(value, &i, Lang::Az),
            value_with_unit(value, &i, Lang::En),
        )
    };
    // 4.1.1 "Rəqəmsal transformasiya proqramlarında iştirak edən müəssisələrin sayı": ədəd 50.
    assert_eq!(both(50.0, Unit::Count), ("50".into(), "50".into()));
    assert_eq!(both(1200.0, Unit::Count), ("1.200".into(), "1,200".into()));
    // 4.1.5: nəfər 40.000.
    assert_eq!(
        both(40000.0, Unit::Persons),
        ("40.000 nəfər".into(), "40,000 people".into())
    );
    // 4.1.2: mln AZN 7.
    assert_eq!(
        both(7.0, Unit::MlnAzn),
        ("7 mln AZN".into(), "7 million AZN".into())
    );
    // 4.1.6: % 1.87.
    assert_eq!(both(1.87, Unit::Percent), ("1,87%".into(), "1.87%".into()));
    for lang in [Lang::Az, Lang::En] {
        let written = value_with_unit(50.0, &indicator(Unit::Count), lang);
        assert!(!written.contains("number") && !written.contains("ədəd"));
    }
}

#[test]
fn past_its_end_year_says_it_is_derived_in_both_languages() {
    assert_eq!(EN.past_end_year, "Past its end year");
    assert_eq!(
        EN.past_end_year_derived,
        "derived from the period and the data date"
    );
    assert_eq!(AZ.past_end_year, "İcra müddətinin son ili keçib");
    assert_eq!(
        AZ.past_end_year_derived,
        "icra müddətindən və məlumatların tarixindən çıxarılıb"
    );
    let en = (EN.past_end_year_explained)(2028, "15 January 2029");
    assert!(en.starts_with("The period ended in 2028 and the data is as of 15 January 2029"));
    assert!(en.contains("derives it from the period and the data date"));
    let az = (AZ.past_end_year_explained)(2028, "15 yanvar 2029");
    assert!(
        az.starts_with("İcra müddəti 2028-ci ildə bitib, məlumatların tarixi isə 15 yanvar 2029;")
    );
    assert!(az.contains("icra müddətindən və məlumatların tarixindən çıxarır"));
}

#[test]
fn the_flagships_introduction_follows_section_6_2() {
    // 6.2: "Əsas icraçısı Azərbaycan Respublikasının İqtisadiyyat Nazirliyi müəyyən olunan
    // aşağıdakı “Əsas təşəbbüslər”in təfərrüatlı layihələndirilməsi və həyata keçirilməsi üçün
    // xüsusi işçi qrupun (qrupların) yaradılması planlaşdırılır".
    assert!(AZ
        .flagships_intro
        .contains("Onların əsas icraçısı İqtisadiyyat Nazirliyidir"));
    assert!(AZ
        .flagships_intro
        .contains("xüsusi işçi qrupun (qrupların) yaradılması planlaşdırılır"));
    assert!(!AZ.flagships_intro.contains("rəhbərliyi ilə"));
    assert!(EN
        .flagships_intro
        .contains("Their lead executor is the Ministry of Economy"));
    assert!(EN.flagships_intro.contains("is planned"));
    assert!(!EN.flagships_intro.contains("led by"));
}

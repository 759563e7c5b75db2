//! Labels of the model's code lists (statuses, result stages, units, source-note kinds) in each
//! language, and a value written with its unit.

mod az;
mod en;

use model::strategy::{Indicator, NoteKind, Stage, Unit};
use model::{Lang, Status};

/// The label of a status in a language.
pub fn status_label(lang: Lang, status: Status) -> &'static str {
    match lang {
        Lang::Az => az::status(status),
        Lang::En => en::status(status),
    }
}

/// A one-sentence definition of a status in a language.
pub fn status_definition(lang: Lang, status: Status) -> &'static str {
    match lang {
        Lang::Az => az::status_definition(status),
        Lang::En => en::status_definition(status),
    }
}

/// The label of a result stage in a language.
pub fn stage_label(lang: Lang, stage: Stage) -> &'static str {
    match lang {
        Lang::Az => az::stage(stage),
        Lang::En => en::stage(stage),
    }
}

/// The label of a unit in a language.
pub fn unit_label(lang: Lang, unit: Unit) -> &'static str {
    match lang {
        Lang::Az => az::unit(unit),
        Lang::En => en::unit(unit),
    }
}

/// The label of a source note's kind in a language.
pub fn note_kind_label(lang: Lang, kind: NoteKind) -> &'static str {
    match lang {
        Lang::Az => az::note_kind(kind),
        Lang::En => en::note_kind(kind),
    }
}

/// A value with its indicator's unit, formatted for a language as people say it: people, money
/// and percentages carry their unit ("40.000 nəfər" / "40,000 people", "7 mln AZN" / "7 million
/// AZN", "1,87%" / "1.87%"); a count is the number alone ("50", not "50 ədəd" or "50 number"),
/// since the indicator's name already says what is counted ("… müəssisələrin sayı").
pub fn value_with_unit(value: f64, indicator: &Indicator, lang: Lang) -> String {
    let number = model::format::format_number(value, 2, lang);
    match indicator.unit {
        Unit::Count => number,
        Unit::Percent => format!("{number}%"),
        unit => format!("{number} {}", unit_label(lang, unit)),
    }
}

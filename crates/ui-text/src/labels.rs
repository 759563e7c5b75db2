//! The labels of the feedback contract's codes, the open-data columns and files, and the names
//! of the languages, in a language: each an exhaustive match (in `az.rs` and `en.rs`), so a new
//! code does not compile until both languages name it. The strategy's code lists are in `codes`.

use super::{az, en};
use model::exports::Column;
use model::feedback::{Field, FieldError, OrganisationType};
use model::manifest::ItemFileKind;
use model::Lang;

/// The name of `lang` as a page in `page_lang` says it ("in English", "ingiliscə").
pub fn language_name_in(page_lang: Lang, lang: Lang) -> &'static str {
    match (page_lang, lang) {
        (Lang::Az, Lang::Az) => "azərbaycanca",
        (Lang::Az, Lang::En) => "ingiliscə",
        (Lang::En, Lang::Az) => "Azerbaijani",
        (Lang::En, Lang::En) => "English",
    }
}

/// What an open-data column holds, in a language.
pub fn column_description(lang: Lang, column: Column) -> &'static str {
    match lang {
        Lang::Az => az::column(column),
        Lang::En => en::column(column),
    }
}

/// What a measure's or an indicator's own file holds, in a language.
pub fn item_file_label(lang: Lang, kind: ItemFileKind) -> &'static str {
    match lang {
        Lang::Az => az::item_file(kind),
        Lang::En => en::item_file(kind),
    }
}

/// The name of an export file, in a language.
pub fn export_label(lang: Lang, kind: model::manifest::ExportKind) -> &'static str {
    use model::manifest::ExportKind;
    match (lang, kind) {
        (Lang::Az, ExportKind::MeasuresCsv) => {
            "Tədbirlər və onların icra vəziyyəti, hər məlumat kəsiyi üzrə (CSV)"
        }
        (Lang::En, ExportKind::MeasuresCsv) => "Measures and their status, per snapshot (CSV)",
        (Lang::Az, ExportKind::IndicatorsCsv) => {
            "Göstəricilər: illər üzrə hədəf və faktiki dəyərlər, hər məlumat kəsiyi üzrə (CSV)"
        }
        (Lang::En, ExportKind::IndicatorsCsv) => {
            "Indicators: target and actual values by year, per snapshot (CSV)"
        }
    }
}

/// The label of an organisation type in a language.
pub fn organisation_label(lang: Lang, kind: OrganisationType) -> &'static str {
    match lang {
        Lang::Az => az::organisation(kind),
        Lang::En => en::organisation(kind),
    }
}

/// The name of a feedback field in a language.
pub fn field_name(lang: Lang, field: Field) -> &'static str {
    match lang {
        Lang::Az => az::field_name(field),
        Lang::En => en::field_name(field),
    }
}

/// The message for a refused field, in a language.
pub fn field_error_message(lang: Lang, error: FieldError) -> String {
    match lang {
        Lang::Az => az::field_error(error.field, error.code),
        Lang::En => en::field_error(error.field, error.code),
    }
}

//! Azerbaijani labels of the model's code lists.

use model::strategy::{NoteKind, Stage, Unit};
use model::Status;

pub(super) fn status(status: Status) -> &'static str {
    match status {
        Status::NotYetReported => "Hələ məlumat verilməyib",
        Status::NotStarted => "Başlanmayıb",
        Status::InProgress => "İcra olunur",
        Status::Delayed => "Gecikir",
        Status::Completed => "Başa çatıb",
        Status::Discontinued => "Dayandırılıb",
    }
}

pub(super) fn status_definition(status: Status) -> &'static str {
    match status {
        Status::NotYetReported => "Bu tədbir barədə hələ heç bir məlumat verilməyib.",
        Status::NotStarted => "Tədbirin icrasına hələ başlanmadığı bildirilib.",
        Status::InProgress => "Tədbirin icrasının davam etdiyi bildirilib.",
        Status::Delayed => "Tədbirin icrasının qrafikdən geri qaldığı bildirilib.",
        Status::Completed => "Tədbirin tam icra olunduğu bildirilib.",
        Status::Discontinued => "Tədbirin icrasının başa çatmadan dayandırıldığı bildirilib.",
    }
}

pub(super) fn stage(stage: Stage) -> &'static str {
    match stage {
        Stage::Initial => "İlkin nəticə",
        Stage::Intermediate => "Aralıq nəticə",
        Stage::Final => "Yekun nəticə",
    }
}

pub(super) fn unit(unit: Unit) -> &'static str {
    match unit {
        Unit::Count => "ədəd",
        Unit::Persons => "nəfər",
        Unit::MlnAzn => "mln AZN",
        Unit::Percent => "%",
    }
}

pub(super) fn note_kind(kind: NoteKind) -> &'static str {
    match kind {
        NoteKind::Contradiction => "Ziddiyyət",
        NoteKind::Unclear => "Aydın deyil",
        NoteKind::Extraction => "Mənbə faylında mətn zədələnib",
        NoteKind::Inconsistency => "Uyğunsuzluq",
        NoteKind::Misprint => "Mənbədə çap xətası",
    }
}

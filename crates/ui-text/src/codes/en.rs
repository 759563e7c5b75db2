//! English labels of the model's code lists.

use model::strategy::{NoteKind, Stage, Unit};
use model::Status;

pub(super) fn status(status: Status) -> &'static str {
    match status {
        Status::NotYetReported => "Not yet reported",
        Status::NotStarted => "Not started",
        Status::InProgress => "In progress",
        Status::Delayed => "Delayed",
        Status::Completed => "Completed",
        Status::Discontinued => "Discontinued",
    }
}

pub(super) fn status_definition(status: Status) -> &'static str {
    match status {
        Status::NotYetReported => "Nothing has been reported about this measure yet.",
        Status::NotStarted => "Reported as not yet started.",
        Status::InProgress => "Reported as under way.",
        Status::Delayed => "Reported as behind its schedule.",
        Status::Completed => "Reported as completed.",
        Status::Discontinued => "Reported as stopped before completion.",
    }
}

pub(super) fn stage(stage: Stage) -> &'static str {
    match stage {
        Stage::Initial => "Initial result",
        Stage::Intermediate => "Intermediate result",
        Stage::Final => "Final result",
    }
}

pub(super) fn unit(unit: Unit) -> &'static str {
    match unit {
        Unit::Count => "number",
        Unit::Persons => "people",
        Unit::MlnAzn => "million AZN",
        Unit::Percent => "%",
    }
}

pub(super) fn note_kind(kind: NoteKind) -> &'static str {
    match kind {
        NoteKind::Contradiction => "Contradiction",
        NoteKind::Unclear => "Unclear",
        NoteKind::Extraction => "Text damaged in the source file",
        NoteKind::Inconsistency => "Inconsistency",
        NoteKind::Misprint => "Misprint in the source",
    }
}

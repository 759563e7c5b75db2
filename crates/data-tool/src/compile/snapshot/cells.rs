//! Cells every snapshot CSV shares: `first_reported_in` (a carried-over row keeps the snapshot
//! it was first reported in) and dates, which may not be later than the snapshot's as-of date.

use crate::compile::snapshot::RowContext;
use crate::problem::{FileLine, ProblemKind, Problems};
use model::{Date, SnapshotId};

/// The snapshot a row was first reported in: this one when the cell is empty.
pub fn first_reported(
    cell: &str,
    context: &RowContext,
    row: &FileLine,
    problems: &mut Problems,
) -> SnapshotId {
    let this = context.id;
    if cell.is_empty() {
        return this;
    }
    let kind = match cell.parse::<SnapshotId>() {
        Ok(given) if given <= this => return given,
        Ok(given) => ProblemKind::LaterFirstReport { given, this },
        Err(e) => ProblemKind::BadSnapshotId(e),
    };
    problems.report(row, "first_reported_in", kind);
    this
}

/// A date no later than the snapshot's as-of date.
pub fn date_by_as_of(
    cell: &str,
    column: &str,
    context: &RowContext,
    row: &FileLine,
    problems: &mut Problems,
) -> Option<Date> {
    let as_of = context.as_of;
    let kind = match cell.parse::<Date>() {
        Ok(date) if date <= as_of => return Some(date),
        Ok(date) => ProblemKind::DateAfterAsOf { date, as_of },
        Err(e) => ProblemKind::BadDate(e),
    };
    problems.report(row, column, kind);
    None
}

/// Why a row is left out of the snapshot: the column at fault and the problem.
pub type Refusal = (&'static str, ProblemKind);

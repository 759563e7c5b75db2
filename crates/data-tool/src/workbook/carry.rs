//! `first_reported_in` for the rows an import writes, so that carried-over rows keep the
//! snapshot they were first reported in: a row that says what the snapshot's CSV file already
//! said keeps its cell as it was; else a row that says what the snapshot before said carries
//! that snapshot's first report; else it is new (empty: this snapshot).

use crate::compile::number::read_number;
use crate::compile::snapshot::{actuals::ActualRow, results::ResultRow, statuses::StatusRow};
use crate::source::csv::Row;
use model::Snapshot;

/// What an import compares its rows with.
pub struct Earlier<'a> {
    /// The rows of the snapshot's CSV files as they are now (before the import).
    pub statuses: &'a [Row<StatusRow>],
    /// Its results.
    pub results: &'a [Row<ResultRow>],
    /// Its values.
    pub actuals: &'a [Row<ActualRow>],
    /// The snapshot before it, if any.
    pub previous: Option<&'a Snapshot>,
}

fn same_number(a: &str, b: &str) -> bool {
    matches!((read_number(a), read_number(b)), (Ok(x), Ok(y)) if x == y)
}

impl Earlier<'_> {
    /// Fills `first_reported_in` of a status row.
    pub fn status(&self, row: &mut StatusRow) {
        let now = self
            .statuses
            .iter()
            .map(|r| &r.cells)
            .find(|r| r.measure_id == row.measure_id && r.status == row.status);
        row.first_reported_in = match now {
            Some(current) => current.first_reported_in.clone(),
            None => self
                .previous
                .and_then(|p| p.progress_of(&row.measure_id))
                .filter(|p| p.status.code() == row.status)
                .map(|p| p.first_reported_in.to_string())
                .unwrap_or_default(),
        };
    }

    /// Fills `first_reported_in` of a result row.
    pub fn result(&self, row: &mut ResultRow) {
        let now = self.results.iter().map(|r| &r.cells).find(|r| {
            (&r.measure_id, &r.stage, &r.achieved_on)
                == (&row.measure_id, &row.stage, &row.achieved_on)
        });
        row.first_reported_in = match now {
            Some(current) => current.first_reported_in.clone(),
            None => self
                .previous
                .and_then(|p| p.progress_of(&row.measure_id))
                .and_then(|p| p.results.iter().find(|r| r.stage.code() == row.stage))
                .filter(|r| r.achieved_on.to_string() == row.achieved_on)
                .map(|r| r.first_reported_in.to_string())
                .unwrap_or_default(),
        };
    }

    /// Fills `first_reported_in` of a value row.
    pub fn actual(&self, row: &mut ActualRow) {
        let now = self.actuals.iter().map(|r| &r.cells).find(|r| {
            (&r.indicator_id, &r.year) == (&row.indicator_id, &row.year)
                && same_number(&r.value, &row.value)
        });
        let previous = || {
            let year = row.year.parse::<u16>().ok()?;
            let value = read_number(&row.value).ok()?;
            let actual = self.previous?.actual(&row.indicator_id, year)?;
            (actual.value == value).then(|| actual.first_reported_in.to_string())
        };
        row.first_reported_in = match now {
            Some(current) => current.first_reported_in.clone(),
            None => previous().unwrap_or_default(),
        };
    }
}

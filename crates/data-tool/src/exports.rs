//! Open-data CSV exports; their columns are defined in `model::manifest::ExportKind` and
//! described on the site's about page.
//! Numbers are plain machine numbers (no grouping, a point for decimals).

use model::manifest::ExportKind;
use model::strategy::Stage;
use model::{Snapshot, Strategy};

fn writer() -> csv::Writer<Vec<u8>> {
    csv::WriterBuilder::new()
        .terminator(csv::Terminator::Any(b'\n'))
        .from_writer(Vec::new())
}

fn finish(writer: csv::Writer<Vec<u8>>) -> Vec<u8> {
    writer.into_inner().expect("writing to memory cannot fail")
}

/// One row per snapshot and measure: status and results achieved.
pub fn measures_csv(strategy: &Strategy, snapshots: &[&Snapshot]) -> Vec<u8> {
    let mut w = writer();
    w.write_record(ExportKind::MeasuresCsv.columns())
        .expect("memory");
    for snapshot in snapshots.iter().rev() {
        for measure in &strategy.measures {
            let progress = snapshot.progress_of(&measure.id);
            let achieved = |stage: Stage| {
                progress
                    .and_then(|p| p.results.iter().find(|r| r.stage == stage))
                    .map_or(String::new(), |r| r.achieved_on.to_string())
            };
            let others: Vec<&str> = measure.others.iter().map(|o| o.slug.as_str()).collect();
            w.write_record([
                snapshot.id.to_string(),
                snapshot.as_of.to_string(),
                measure.id.clone(),
                measure.goal.clone(),
                measure.direction.clone(),
                measure.lead.slug.clone(),
                others.join(";"),
                measure.period.start.to_string(),
                measure.period.end.to_string(),
                snapshot.status_of(&measure.id).code().to_string(),
                achieved(Stage::Initial),
                achieved(Stage::Intermediate),
                achieved(Stage::Final),
            ])
            .expect("memory");
        }
    }
    finish(w)
}

fn unit_code(unit: model::strategy::Unit) -> &'static str {
    use model::strategy::Unit;
    match unit {
        Unit::Count => "count",
        Unit::Persons => "persons",
        Unit::MlnAzn => "mln_azn",
        Unit::Percent => "percent",
    }
}

/// One row per snapshot, indicator and year: target and actual.
pub fn indicators_csv(strategy: &Strategy, snapshots: &[&Snapshot]) -> Vec<u8> {
    let mut w = writer();
    w.write_record(ExportKind::IndicatorsCsv.columns())
        .expect("memory");
    for snapshot in snapshots.iter().rev() {
        for indicator in &strategy.indicators {
            for target in &indicator.targets {
                let actual = snapshot.actual(&indicator.id, target.year);
                w.write_record([
                    snapshot.id.to_string(),
                    snapshot.as_of.to_string(),
                    indicator.id.clone(),
                    unit_code(indicator.unit).to_string(),
                    target.year.to_string(),
                    target.value.to_string(),
                    actual.map_or(String::new(), |a| a.value.to_string()),
                    actual.map_or(String::new(), |a| a.as_of.to_string()),
                ])
                .expect("memory");
            }
        }
    }
    finish(w)
}

//! The consistency warnings in English and Azerbaijani.

use super::WarningKind;
use crate::compile::number::write_number;
use model::strategy::Stage;
use model::Lang;

fn stages_en(stages: &[Stage]) -> String {
    stages
        .iter()
        .map(|s| s.code())
        .collect::<Vec<_>>()
        .join(", ")
}

fn stage_az(stage: Stage) -> &'static str {
    match stage {
        Stage::Initial => "ilkin",
        Stage::Intermediate => "aralıq",
        Stage::Final => "yekun",
    }
}

/// The message of a warning in a language.
pub(super) fn message(kind: &WarningKind, lang: Lang) -> String {
    use WarningKind as W;
    match (kind, lang) {
        (W::CompletedWithResultsMissing { measure, missing }, Lang::En) => format!(
            "{measure} is completed, but these results are not reported as achieved: {}; add them to results.csv, or check the status",
            stages_en(missing)
        ),
        (W::CompletedWithResultsMissing { measure, missing }, Lang::Az) => format!(
            "{measure} tədbiri başa çatıb, amma bu nəticələrin əldə olunduğu bildirilməyib: {}; onları results.csv faylına əlavə edin və ya statusu yoxlayın",
            missing.iter().map(|s| stage_az(*s)).collect::<Vec<_>>().join(", ")
        ),
        (W::AchievedButNotStarted { measure, stage }, Lang::En) => format!(
            "the {stage} result of {measure} is achieved, but the measure is not_started: check its status"
        ),
        (W::AchievedButNotStarted { measure, stage }, Lang::Az) => format!(
            "{measure} tədbirinin {} nəticəsi əldə olunub, amma tədbir not_started (başlanmayıb) kimi göstərilib: statusu yoxlayın",
            stage_az(*stage)
        ),
        (W::BackToNotYetReported { measure, previous, status }, Lang::En) => format!(
            "{measure} was {status} in {previous} and has no row here, so it goes back to not yet reported: keep its row unless that report was wrong"
        ),
        (W::BackToNotYetReported { measure, previous, status }, Lang::Az) => format!(
            "{measure} tədbiri {previous} məlumat kəsiyində {status} idi, burada isə sətri yoxdur, yəni yenidən \"hələ məlumat verilməyib\" olur: həmin hesabat səhv deyildisə, sətri saxlayın"
        ),
        (W::FarFromEveryTarget { indicator, value, targets }, Lang::En) => format!(
            "{} is more than ten times away from every target of {indicator} ({}): check the number and the unit",
            write_number(*value, '.'),
            targets.iter().map(|t| write_number(*t, '.')).collect::<Vec<_>>().join(", ")
        ),
        (W::FarFromEveryTarget { indicator, value, targets }, Lang::Az) => format!(
            "{} {indicator} göstəricisinin hər hədəfindən ({}) on dəfədən çox fərqlənir: ədədi yoxlayın",
            write_number(*value, ','),
            targets.iter().map(|t| write_number(*t, ',')).collect::<Vec<_>>().join("; ")
        ),
    }
}

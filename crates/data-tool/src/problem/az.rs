//! The problems in Azerbaijani (`--lang az`), for the editors: the same rules as `en.rs`, one
//! arm each, so a new kind does not compile until it is said in both languages. Codes, file
//! names and column names stay as the files write them.

use super::kind::{IdShape, ProblemKind, SectionRef};
use super::location::ItemKind;
use crate::compile::number::NumberError;
use crate::compile::text::UNTRANSLATED;
use crate::source::spreadsheet::NotUtf8;
use model::date::DateError;
use model::strategy::Stage;

/// An item kind as field labels name it in Azerbaijani (`tədbir 8.1.1.1: lead`).
pub(super) fn item_kind(kind: ItemKind) -> &'static str {
    match kind {
        ItemKind::Document => "sənəd",
        ItemKind::Agency => "qurum",
        ItemKind::Goal => "məqsəd",
        ItemKind::Direction => "istiqamət",
        ItemKind::Measure => "tədbir",
        ItemKind::Indicator => "göstərici",
        ItemKind::Flagship => "əsas təşəbbüs",
        ItemKind::Fact => "rəqəm",
        ItemKind::Note => "qeyd",
        ItemKind::Snapshot => "məlumat kəsiyi",
    }
}

fn stage(stage: Stage) -> &'static str {
    match stage {
        Stage::Initial => "ilkin",
        Stage::Intermediate => "aralıq",
        Stage::Final => "yekun",
    }
}

fn id_shape(given: &str, shape: &IdShape) -> String {
    match shape {
        IdShape::Goal => format!("`{given}` 8.1 kimi məqsəd identifikatoru deyil"),
        IdShape::DirectionOf { goal } => {
            format!("`{given}` {goal} məqsədinin istiqamət identifikatoru deyil ({goal}.1 kimi)")
        }
        IdShape::Measure => format!("`{given}` 8.1.1.1 kimi tədbir identifikatoru deyil"),
        IdShape::Indicator => format!("`{given}` 4.1.1 kimi göstərici identifikatoru deyil"),
        IdShape::Flagship => {
            format!("`{given}` 6.2.1 kimi əsas təşəbbüs identifikatoru deyil")
        }
        IdShape::Fact => "yalnız kiçik ASCII hərfləri, rəqəmlər və defis işlədin".into(),
        IdShape::Note => {
            "yalnız ASCII hərfləri, rəqəmlər, nöqtə və defis işlədin (N-8.1-01)".into()
        }
    }
}

fn section_ref(section: SectionRef) -> &'static str {
    match section {
        SectionRef::Objective => "5.1.1 kimi 5.1-ci bölmənin məqsədini göstərməlidir",
        SectionRef::Direction => "6.1.1 kimi 6.1-ci bölmənin istiqamətini göstərməlidir",
        SectionRef::Measure => "6.1.1.2.1 kimi 6.1-ci bölmənin tədbirini göstərməlidir",
    }
}

fn date_error(error: &DateError) -> String {
    match error {
        DateError::Format(given) => format!("`{given}` tarix deyil: onu YYYY-MM-DD şəklində yazın"),
        DateError::NotOnCalendar(given) => format!("`{given}` təqvimdə olan gün deyil"),
    }
}

fn short(hash: &str) -> &str {
    &hash[..hash.len().min(12)]
}

/// The message of a problem in Azerbaijani.
pub(super) fn message(kind: &ProblemKind) -> String {
    use ProblemKind as K;
    match kind {
        K::MissingStrategyFile => {
            "yoxdur: hər strategiyanın bu fayla ehtiyacı var (bax: data/FORMAT.md)".into()
        }
        K::NoGoalFiles => "məqsəd faylı (goal-8.N.toml) tapılmadı".into(),
        K::Toml { message } => format!("TOML oxunmur: {message}"),
        K::MissingCsvFile { header } => format!("yoxdur: onu `{header}` başlıq sətri ilə yaradın"),
        K::CsvHeaderUnreadable { error } => format!("başlıq sətri oxunmur: {error}"),
        K::WrongCsvHeader { expected, found } => {
            format!("sütunlar dəqiq `{expected}` olmalıdır (tapılan: `{found}`)")
        }
        K::NotUtf8(NotUtf8::Utf16) => {
            "fayl UTF-16 (\"Unicode mətn\") kimi saxlanılıb: onu CSV UTF-8 kimi saxlayın".into()
        }
        K::NotUtf8(NotUtf8::LegacyCodePage { byte }) => format!(
            "0x{byte:02X} baytı UTF-8 deyil: fayl köhnə kod səhifəsində (məsələn, Windows-1254) saxlanılıb və bu, ə, ş, ğ hərflərini korlayır; onu CSV UTF-8 kimi saxlayın"
        ),
        K::QuestionMarkInWord { word } => format!(
            "`{word}` sözünün içində `?` var: cədvəl proqramının adi \"CSV\" saxlaması ə və başqa hərfləri ? ilə əvəz edir; faylı CSV UTF-8 kimi saxlayın və hərfləri yenidən yazın"
        ),
        K::Sheet(problem) => problem.message(model::Lang::Az),
        K::CsvRowUnreadable { error } => format!("CSV sətri oxunmur: {error}"),
        K::IdUsedTwice { id, first_at } => format!(
            "`{id}` iki dəfə işlədilib (ilk dəfə {first_at}): identifikatorlar təkrarlanmamalıdır"
        ),
        K::NotAnId { given, shape } => id_shape(given, shape),
        K::NotASectionRef(section) => section_ref(*section).into(),
        K::NotOneOf(unknown) => format!(
            "`{}` bunlardan biri deyil: {}",
            unknown.given, unknown.allowed
        ),
        K::SlugNotFolded { expected } => {
            format!("ASCII hərflərinə çevrilmiş akronim, `{expected}` olmalıdır")
        }
        K::UnknownAgency { printed } => format!(
            "`{printed}` qurumu agencies.toml faylında yoxdur (akronimi 9-cu bölmədə çap olunduğu kimi yazın)"
        ),
        K::DirectionNotInFile { direction } => {
            format!("`{direction}` istiqaməti bu məqsədin faylında müəyyən edilməyib")
        }
        K::MeasureNotInDirection { measure, direction } => {
            format!("{measure} tədbiri {direction} istiqamətinə aid ola bilməz")
        }
        K::YearOutsideStrategy { year, period } => format!(
            "{year} strategiyanın {}–{} illərindən kənardadır",
            period.start, period.end
        ),
        K::EndsBeforeStart { start, end } => {
            format!("bitmə ili ({end}) başlama ilindən ({start}) əvvəldir")
        }
        K::SpannedCellGiven { spanning, spanned } => format!(
            "{} nəticə xanası {} nəticəni də əhatə edir: `{spanned}` sahəsini silin",
            stage(*spanning),
            stage(*spanned)
        ),
        K::NotASpan { given } => {
            format!("`{given}` nə `initial-intermediate`, nə də `intermediate-final` deyil")
        }
        K::TargetMissing { year } => format!("{year} ili üçün hədəf yoxdur"),
        K::PrintedTargetMissing { year } => {
            format!("{year} ili üçün hədəfin çapdakı yazılışı yoxdur")
        }
        K::TargetNotANumber { year } => format!("{year} ili üçün hədəf ədəd deyil"),
        K::TargetYearOutside { given, period } => format!(
            "`{given}` strategiyanın ili deyil ({}–{})",
            period.start, period.end
        ),
        K::FlagshipWithoutLink => {
            "əsas təşəbbüsün tədbirə ən azı bir [[flagship.link]] əlaqəsi olmalıdır".into()
        }
        K::UnknownMeasure { id } => format!("`{id}` tədbiri yoxdur"),
        K::NoteWithoutTarget => "ən azı bir element və ya \"document\" göstərin".into(),
        K::UnknownItem { id } => format!("`{id}` heç bir elementin identifikatoru deyil"),
        K::AzTextMissing => {
            "Azərbaycan dilində mətn yoxdur: onu mənbə sənəddən köçürün".into()
        }
        K::EnTextMissing => "ingilis dilində mətn yoxdur: tərcümə edin və ya onu qəsdən tərcüməsiz saxlamaq üçün `en_missing = true` yazın".into(),
        K::EnTextGivenAndMarkedMissing => {
            "`en_missing = true` yazılıb, amma ingilis dilində mətn də var: birini saxlayın".into()
        }
        K::TextLetterSpaced => "hərfləri boşluqla ayrılmış söz var (\"y ü k s ə k\"): sözü çapdakı kimi birləşdirin".into(),
        K::PrintedWordingMissing => "çapdakı ifadə yoxdur".into(),
        K::SourceRequired => {
            "mütləqdir: dəyəri kimin bildirdiyini və ya harada dərc olunduğunu yazın".into()
        }
        K::AzCellMissing => "Azərbaycan dilində mətn yoxdur (əsas dil odur)".into(),
        K::EnCellMissing => format!("ingilis dilində mətn yoxdur: tərcümə edin və ya qəsdən tərcüməsiz saxlamaq üçün {UNTRANSLATED} yazın"),
        K::CellLetterSpaced => "hərfləri boşluqla ayrılmış söz var: sözü birləşdirin".into(),
        K::BadSnapshotId(error) => format!(
            "`{}` məlumat kəsiyinin identifikatoru deyil: YYYY-Qn (məsələn, 2026-Q3), düzəliş üçün isə YYYY-Qn-rN yazın",
            error.0
        ),
        K::IdNotFolderName { id, folder } => {
            format!("`{id}` qovluğun adı ilə (`{folder}`) eyni olmalıdır")
        }
        K::BadDate(error) => date_error(error),
        K::NotAState { given } => format!("`{given}` nə `draft`, nə də `published` deyil"),
        K::SyntheticPublished => "sintetik (sınaq) məlumat kəsiyi heç vaxt dərc oluna bilməz: `state = \"draft\"` yazın".into(),
        K::SupersedesLater { old, id } => {
            format!("{old} {id} məlumat kəsiyindən əvvəl deyil")
        }
        K::MeasureListedTwice { id } => format!("`{id}` tədbiri iki dəfə göstərilib"),
        K::NotYetReportedRow => "not_yet_reported sətri olmayan tədbir deməkdir: bunun əvəzinə sətri silin".into(),
        K::NotAStatus(unknown) => format!(
            "`{}` status deyil; bunlardan birini işlədin: {}",
            unknown.given, unknown.allowed
        ),
        K::LaterFirstReport { given, this } => {
            format!("{given} bu məlumat kəsiyindən ({this}) sonradır")
        }
        K::NotAStage { given } => format!("`{given}` nə initial, nə intermediate, nə də final deyil"),
        K::NoSuchResult { measure, stage: s } => {
            format!("{measure} tədbirinin {} nəticəsi yoxdur", stage(*s))
        }
        K::ResultListedTwice { measure, stage: s } => {
            format!("{measure} tədbirinin {} nəticəsi iki dəfə göstərilib", stage(*s))
        }
        K::NotHttps { url } => format!("`{url}` https:// keçidi deyil"),
        K::DateAfterAsOf { date, as_of } => {
            format!("{date} məlumat kəsiyinin tarixindən ({as_of}) sonradır")
        }
        K::ResultWithoutStatus { measure } => format!(
            "{measure} tədbirinin nəticəsi var, amma statusu yoxdur: onu measures.csv faylına əlavə edin"
        ),
        K::UnknownIndicator { id } => format!("`{id}` göstəricisi yoxdur"),
        K::NotAReportableYear { given } => format!(
            "`{given}` strategiyanın məlumat kəsiyinin tarixinədək olan illərindən deyil"
        ),
        K::TwoValuesForYear { indicator, year } => {
            format!("{indicator} göstəricisinin {year} ili üçün iki dəyəri var")
        }
        K::BadNumber(error) => number(error),
        K::PublishedSnapshotRemoved { id } => format!(
            "dərc olunmuş {id} məlumat kəsiyinin mənbə qovluğu yoxdur: dərc olunmuş məlumat kəsiyi heç vaxt silinmir"
        ),
        K::PublishedWouldChange {
            id,
            recorded,
            now,
            archived,
        } => format!(
            "dərc olunmuş {id} məlumat kəsiyi dəyişərdi (published.lock faylında {}…, mənbədən isə indi {}… alınır){}: \
             dəyişikliyi geri qaytarın, düzəlişi isə yeni məlumat kəsiyi kimi dərc edin (data-tool new-snapshot {})",
            short(recorded),
            short(now),
            if *archived { "" } else { " və arxiv nüsxəsi yoxdur" },
            id.next_revision()
        ),
        K::ArchivedStrategyMissing { id, path } => format!(
            "{id} məlumat kəsiyinin əsaslandığı strategiya versiyası arxivdə yoxdur: {} faylını bərpa edin",
            path.display()
        ),
        K::ArchiveUnreadable { path, error } => {
            format!("{} arxiv faylı oxunmur: {error}", path.display())
        }
        K::ArchiveTampered { path } => format!(
            "{} arxiv faylı published.lock ilə uyğun gəlmir: onu versiya nəzarəti sistemindən bərpa edin",
            path.display()
        ),
        K::PublishedNotInLock { id } => format!(
            "{id} məlumat kəsiyində dərc olunduğu yazılıb, amma o, published.lock faylında yoxdur: onu draft edin və `data-tool publish {id}` əmrini icra edin"
        ),
        K::LockedButDraft { id } => format!(
            "{id} məlumat kəsiyi published.lock faylındadır, ona görə də `published` qalmalıdır"
        ),
        K::UnknownSnapshot { id } => format!("{id} məlumat kəsiyi yoxdur"),
        K::CarriedStatusDiffers {
            measure,
            older,
            before,
        } => format!(
            "{measure} tədbirinin statusu {older} məlumat kəsiyindəkindən ({}) fərqlənir, yəni ilk dəfə indi bildirilir: first_reported_in xanasını boş saxlayın",
            before.map_or("sətir yoxdur", |status| status.code())
        ),
        K::CarriedValueDiffers {
            indicator,
            year,
            older,
        } => format!(
            "{indicator} göstəricisinin {year} ili üçün dəyəri {older} məlumat kəsiyindəkindən fərqlənir, yəni ilk dəfə indi bildirilir: first_reported_in xanasını boş saxlayın"
        ),
        K::OutOfDateOrder {
            newer,
            newer_as_of,
            older,
            older_as_of,
        } => format!(
            "{newer} məlumat kəsiyinin tarixi ({newer_as_of}) əvvəlki {older} məlumat kəsiyinin tarixindən ({older_as_of}) əvvəldir: məlumat kəsikləri tarix ardıcıllığı ilə olmalıdır"
        ),
    }
}

/// Why a typed value is not read as a number, with both readings where it has two.
fn number(error: &NumberError) -> String {
    match error {
        NumberError::NotANumber { given } if given.is_empty() => {
            "ədəd yazılmayıb: onu rəqəmlərlə yazın (3000, 1,66 və ya 1.66)".into()
        }
        NumberError::NotANumber { given } => format!(
            "`{given}` ədəd deyil: rəqəmlərlə yazın, kəsr hissədən əvvəl vergül və ya nöqtə qoyun (3000, 1,66 və ya 1.66)"
        ),
        NumberError::Percent { given } => format!(
            "`{given}`: ədədi % işarəsi olmadan yazın (nəyin sayıldığını göstəricinin vahidi deyir)"
        ),
        NumberError::Ambiguous {
            given, separator, ..
        } => {
            let (thousands_style, decimal_style) = match separator {
                '.' => ("Azərbaycan", "ingilis"),
                _ => ("ingilis", "Azərbaycan"),
            };
            let (thousands, decimal) = error.readings(',').unwrap_or_default();
            format!(
                "`{given}` iki cür oxuna bilər: {thousands} (`{separator}` minlikləri ayırır, {thousands_style} yazılışında olduğu kimi) \
                 və ya {decimal} (`{separator}` kəsr hissədən əvvəldir, {decimal_style} yazılışında olduğu kimi); minlik ayırıcısı olmadan {thousands} və ya {decimal} yazın"
            )
        }
    }
}

/// The last line of a failed validation.
pub(super) fn summary(count: usize) -> String {
    format!("{count} problem aşkarlandı; heç nə yazılmadı")
}

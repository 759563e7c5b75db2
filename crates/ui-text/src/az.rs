//! Azerbaijani UI strings (the language of the source document).

use super::Ui;
use model::exports::Column;
use model::feedback::{ErrorCode, Field, OrganisationType};
use model::format::year_ordinal;
use model::manifest::ItemFileKind;
use model::strategy::{NoteKind, Stage, Unit};
use model::{Lang, Status};

/// Azerbaijani.
pub const AZ: Ui = Ui {
    site_name: "Rəqəmsal iqtisadiyyat strategiyası 2026–2029: icra monitorinqi",
    site_tagline: "Azərbaycanın rəqəmsal iqtisadiyyat strategiyası nəyi vəd edir və icra hansı mərhələdədir",
    skip_to_content: "Əsas məzmuna keçin",
    nav_label: "Əsas menyu",
    nav_overview: "İcmal",
    nav_measures: "Tədbirlər",
    nav_indicators: "Göstəricilər",
    nav_flagships: "Əsas təşəbbüslər",
    nav_changes: "Nə dəyişib",
    nav_feedback: "Rəy bildirin",
    nav_about: "Sayt haqqında",
    menu: "Menyu",
    switch_language_label: "Read in English",
    language_name: "Azərbaycanca",
    footer_source: "Mənbə: Azərbaycan Respublikasında rəqəmsal iqtisadiyyatın inkişafına dair 2026–2029-cu illər üçün Strategiya.",
    footer_data_as_of: "Məlumatların tarixi",
    footer_unofficial_translation: "İngilis dilindəki mətn qeyri-rəsmi tərcümədir; əsas mətn Azərbaycan dilindədir.",
    footer_open_data: "Açıq məlumatlar",
    local_instance: "Bu, saytın yerli nüsxəsidir, rəsmi nəşr deyil.",

    loading: "Məlumatlar yüklənir…",
    error_title: "Məlumatları yükləmək mümkün olmadı",
    error_network: "Məlumat serverinə qoşulmaq mümkün olmadı. İnternet bağlantınızı yoxlayıb yenidən cəhd edin.",
    error_http: |code| format!("Məlumat serveri xəta ilə cavab verdi (HTTP {code})."),
    error_malformed: "Məlumat faylı zədələnib və ya natamamdır.",
    error_schema: |found| format!("Məlumatlar bu səhifənin tanımadığı yeni formatdadır ({found}). Saytın cari versiyasını yükləmək üçün səhifəni yeniləyin."),
    error_unknown_snapshot: |id| format!("“{id}” adlı dərc olunmuş məlumat kəsiyi yoxdur."),
    retry: "Yenidən cəhd edin",
    go_to_latest: "Ən son məlumatları göstərin",
    showing_cached: "Bu brauzerin sonuncu dəfə yüklədiyi məlumatlar göstərilir; onlar köhnəlmiş ola bilər.",

    snapshot_label: "Məlumat kəsiyi",
    snapshot_needs_javascript: "Başqa məlumat kəsiyini göstərmək üçün JavaScript lazımdır; bu səhifə ən sonuncunu göstərir.",
    filters_need_javascript: "Axtarış və filtrlər üçün JavaScript lazımdır; bütün tədbirlər aşağıda sadalanır.",
    show_snapshot: "Göstər",
    snapshot_latest: "ən son",
    older_snapshot_notice: |id, date| format!("Siz köhnə məlumat kəsiyinə baxırsınız ({id}, {date} tarixinə olan məlumatlar)."),
    superseded_notice: |by| format!("Bu məlumat kəsiyinə {by} kəsiyi ilə düzəliş edilib."),
    synthetic_notice: "TEST MƏLUMATLARI: bu məlumat kəsiyi süni yaradılıb və real icranı əks etdirmir.",
    stale_notice: |date| format!("Ən son məlumatlar {date} tarixinədir; rüblük yenilənmə gecikir."),
    next_update_due: "Növbəti yenilənmə",
    data_as_of: "Məlumatların tarixi",

    not_found_title: "Səhifə tapılmadı",
    not_found_text: "Bu ünvanda səhifə yoxdur. Ola bilsin ki, ünvan səhv yazılıb və ya axtarılan element mövcud deyil.",
    not_found_home: "İcmal səhifəsinə keçin",

    overview_title: "İcmal",
    overview_intro: [
        "Bu Strategiya Azərbaycanın 2026–2029-cu illərdə rəqəmsal iqtisadiyyatı necə inkişaf etdirəcəyini müəyyən edir: müəssisələrin rəqəmsal transformasiyasına dəstək, startapların və investisiyaların təşviqi, rəqəmsal bacarıqların artırılması və iqtisadi qərarların data əsasında qəbulu.",
        "Strategiyada 3 məqsəd, 9 prioritet istiqamət və 50 tədbirdən ibarət tədbirlər planı var; hər tədbirin əsas icraçısı, icra müddəti və gözlənilən nəticələri göstərilib. Yeddi əsas hədəf göstəricisi üzrə illik hədəflər müəyyən edilib.",
        "Bu sayt nəyin vəd edildiyini və hər rüb icra barədə nə məlumat verildiyini göstərir. Hələ məlumat verilməyibsə, bu açıq şəkildə qeyd olunur.",
    ],
    overview_progress_heading: "İcranın qısa mənzərəsi",
    overview_progress_all: |reported, total| format!("{total} tədbirdən {reported} tədbirin icra vəziyyəti barədə məlumat verilib."),
    overview_by_goal: "Məqsədlər üzrə",
    overview_indicators_heading: "Əsas hədəf göstəriciləri",
    overview_flagships_heading: "Əsas təşəbbüslər",
    overview_goals_heading: "Məqsədlər",
    measures_count: |n| format!("{n} tədbir"),
    directions_count: |n| format!("{n} prioritet istiqamət"),
    latest_actual: "Son faktiki dəyər",
    target_for_year: |year| format!("{} üçün hədəf", model::format::year_ordinal(year, model::Lang::Az)),
    not_yet_reported_value: "hələ məlumat verilməyib",
    see_all_measures: "Bütün 50 tədbirə baxın",
    see_all_indicators: "Bütün göstəricilərə baxın",

    about_title: "Sayt haqqında",
    about_what_heading: "Bu sayt nədir",
    about_what: [
        "Azərbaycan Respublikasında rəqəmsal iqtisadiyyatın inkişafına dair 2026–2029-cu illər üçün Strategiyanın ictimai monitorinq saytı: məqsədlər, prioritet istiqamətlər, tədbirlər planının 50 tədbiri, əsas hədəf göstəriciləri və əsas təşəbbüslər.",
        "Göstərilən hər şey Strategiya sənədindən və redaktorların qeydə aldığı rüblük icra məlumatlarından götürülür. Heç nə təxmin edilmir və ya uydurulmur.",
    ],
    about_method_heading: "Metodologiya",
    about_method: [
        "Hər rüb redaktorlar hər tədbirin icra vəziyyətini, gözlənilən nəticələrdən hansılarının əldə edildiyini (tarix və sübut göstərilməklə) və göstəricilərin faktiki dəyərlərini qeydə alır. Hər belə qeyd məlumat kəsiyi kimi dərc olunur və ona identifikator verilir (məs., 2026-Q3).",
        "Dərc olunmuş məlumat kəsiyi heç vaxt dəyişmir. Səhvlər köhnə kəsiyi əvəz edən yeni məlumat kəsiyi ilə düzəldilir; buna görə konkret məlumat kəsiyinə aparan keçid (?as_of=2026-Q3) həmişə eyni rəqəmləri göstərir.",
        "Barəsində heç bir məlumat verilməyən tədbir “hələ məlumat verilməyib” kimi göstərilir. Belə tədbirlər ayrıca sayılır və heç vaxt sıfır icra kimi qiymətləndirilmir.",
    ],
    about_statuses_heading: "İcra vəziyyətlərinin izahı",
    about_source_heading: "Mənbə sənəd",
    about_source_file: "Mənbə faylı",
    about_adoption: "Təsdiq",
    about_translation: "Əsas mətn Azərbaycan dilindədir. İngilis dilindəki mətn bu sayt üçün hazırlanmış qeyri-rəsmi tərcümədir; fərq olduqda Azərbaycan dilindəki mətn əsas götürülür.",
    about_notes_heading: "Mənbə qeydləri",
    about_notes_intro: "Sənədin özü ilə ziddiyyət təşkil etdiyi və ya aydın olmadığı yerlər. Sayt dəyəri sənəddə yazıldığı kimi saxlayır və qeydi aid olduğu elementin yanında göstərir.",
    note_whole_document: "bütün sənəd",
    about_open_data_heading: "Açıq məlumatlar",
    about_open_data_intro: "Bütün məlumatlar hər kəsin yükləyib təkrar istifadə edə biləcəyi fayllar şəklində dərc olunur. CSV fayllarında rəqəmlər sadə formada yazılır (minlik ayırıcısı yoxdur, onluq kəsr nöqtə ilə ayrılır).",
    about_item_files_intro: "Hər tədbirin və hər göstəricinin səhifəsində göstərilən məlumat kəsiyi üzrə onun öz CSV və JSON faylı da var.",
    about_context_heading: "Sənəddə göstərilən mövcud vəziyyət rəqəmləri",
    about_operator_heading: "Saytı kim idarə edir",
    about_operator: "Mənbə sənəddə bu saytı kimin idarə etdiyi və ya məxfilik məsələləri üzrə kimə müraciət edilməli olduğu göstərilməyib; bu, saytın yerləşdirildiyi mühitin parametrlərində bildirilir.",
    columns: "Sütunlar",

    goal: "Məqsəd",
    direction: "Prioritet istiqamət",
    measure: "Tədbir",
    indicator: "Göstərici",
    flagship: "Əsas təşəbbüs",
    lead_agency: "Əsas icraçı orqan",
    other_agencies: "Digər icraçılar",
    relevant_agencies: "aidiyyəti qurumlar",
    period: "İcra müddəti",
    status: "İcra vəziyyəti",
    unit: "Ölçü vahidi",
    year: "İl",
    target: "Hədəf",
    actual: "Faktiki",
    not_translated: "tərcümə edilməyib",
    source_note: "Mənbə qeydi",
    source_notes: "Mənbə qeydləri",
    printed_in_source: "Sənəddə yazıldığı kimi",
    year_unknown: "il göstərilməyib",
    unofficial_translation_mark: "qeyri-rəsmi tərcümə",
    measures_title: "Tədbirlər",
    measures_intro: "Tədbirlər planının (8-ci bölmə) 50 tədbiri məqsədlər və prioritet istiqamətlər üzrə qruplaşdırılıb. Onları süzgəcdən keçirin və ya adlarında, gözlənilən nəticələrində və qeydlərində axtarış edin.",
    filters_heading: "Süzgəc və axtarış",
    filter_any: "Hamısı",
    filter_goal: "Məqsəd",
    filter_direction: "Prioritet istiqamət",
    filter_lead: "Əsas icraçı orqan",
    filter_agency: "İstənilən rolda icraçı",
    filter_status: "İcra vəziyyəti",
    filter_year: "İcra ili",
    filter_flagship: "Yalnız əsas təşəbbüslərin tədbirləri",
    search_label: "Tədbirlərdə axtarış",
    search_hint: "Adlar, gözlənilən nəticələr və qeydlər; ə, ı, ş kimi hərfləri e, i, s kimi yaza bilərsiniz.",
    clear_filters: "Bütün süzgəcləri təmizləyin",
    results_count: |shown, total| format!("{total} tədbirdən {shown} tədbir"),
    empty_state: "Bu süzgəclərin hamısına uyğun tədbir yoxdur.",
    empty_state_hint: |active| format!("Seçilmiş süzgəclər: {active}. Süzgəclərdən birini və ya axtarış sözünü silin, yaxud hamısını təmizləyin."),
    search_words: "axtarış",
    flagship_filter_short: "əsas təşəbbüslər",
    breadcrumb_label: "Siz buradasınız",
    results_chain: "Gözlənilən nəticələr",
    achieved_on: |date| format!("{date} tarixində əldə edilib"),
    result_not_reported: "Əldə edildiyi barədə hələ məlumat verilməyib",
    evidence: "Sübut",
    spans_two_columns: "Mənbədə bu nəticə iki sütunu əhatə edən bir xanada yazılıb.",
    status_history: "İcra vəziyyətinin tarixçəsi",
    first_reported_in: "ilk dəfə bildirildiyi məlumat kəsiyi:",
    history_loading: "Tarixçə yüklənir…",
    history_error: "Tarixçəni yükləmək mümkün olmadı.",
    reporting_note: "Hesabatdakı qeyd",
    part_of_flagship: "Əsas təşəbbüsün tərkibindədir",
    same_in_section_6: |r| format!("Eyni tədbir 6.1-ci bölmənin mətnində: {r}"),
    feedback_cta: "Bu səhifə barədə rəy bildirin",
    feedback_cta_text: "Rəyiniz bu saytı idarə edən komandaya çatdırılır.",
    cite_heading: "İstinad və yükləmə",
    cite_text: |what, snapshot, date, url| format!("{what}. Rəqəmsal iqtisadiyyat strategiyası 2026–2029: icra monitorinqi, {snapshot} məlumat kəsiyi ({date} tarixinə olan məlumatlar). {url}"),
    copy_link: "Daimi keçidi kopyalayın",
    link_copied: "Keçid kopyalandı",
    copy_failed: "Kopyalamaq mümkün olmadı: keçidi seçib əl ilə kopyalayın.",
    download_json: "JSON yükləyin",
    download_csv: "CSV yükləyin",
    goal_objective: "Məqsədin 5.1-ci bölmədəki ifadəsi",
    priority_directions: "Prioritet istiqamətlər",
    justification: "Əsaslandırma",
    expected_results: "Gözlənilən nəticə və nəticə indikatorları",
    risks: "Gözlənilən risklər və onları neytrallaşdırma tədbirləri",
    indicators_title: "Əsas hədəf göstəriciləri",
    indicators_intro: "4.1-ci bölmədəki yeddi hədəf göstəricisi, 2026–2029-cu illər üzrə illik hədəfləri və indiyədək bildirilmiş faktiki dəyərləri ilə.",
    cumulative_not_stated: "Mənbədə illik hədəfin əvvəlki illəri də əhatə etdiyi (kumulyativ) və ya yalnız həmin ilə aid olduğu göstərilməyib.",
    chart_label: |name| format!("Diaqram: {name} üzrə illik hədəflər və bildirilmiş faktiki dəyərlər"),
    chart_loading: "Diaqram yüklənir…",
    chart_failed: "Diaqramı çəkmək mümkün olmadı; aşağıdakı cədvəldə eyni rəqəmlər var.",
    table_caption: |name| format!("{name}: illər üzrə hədəflər və faktiki dəyərlər"),
    summary_no_actuals: |rise| format!("Hədəf {}dəki {} göstəricisindən {}də {} göstəricisinə qədər artır; hələ heç bir faktiki dəyər bildirilməyib.", year_ordinal(rise.first_year, Lang::Az), rise.first, year_ordinal(rise.last_year, Lang::Az), rise.last),
    summary_with_actual: |rise, actual, year, target| format!("Hədəf {}dəki {} göstəricisindən {}də {} göstəricisinə qədər artır; ən son bildirilmiş dəyər {} üçün {actual}, hədəf isə {target} təşkil edir.", year_ordinal(rise.first_year, Lang::Az), rise.first, year_ordinal(rise.last_year, Lang::Az), rise.last, year_ordinal(year, Lang::Az)),
    as_of_short: "tarix:",
    reported_by: "Mənbə",
    agency_title: "İcraçı qurum",
    agency_leads: "Əsas icraçısı olduğu tədbirlər",
    agency_coexecutes: "Digər icraçılardan biri olduğu tədbirlər",
    agency_none: "Yoxdur.",
    agency_aliases: "Sənəddə həmçinin belə yazılıb",
    agency_name_translated: "İngiliscə ad: tərcümədir, qurumun öz rəsmi adı kimi təsdiqlənməyib.",
    agencies_title: "İcraçı qurumlar",
    agencies_intro: "Tədbirlər planında əsas icraçı orqan və ya digər icraçı kimi göstərilən 18 qurum (9-cu bölmədə 19 akronim var: Mərkəzi Bank həm AMB, həm də MB kimi yazılıb).",
    agency_acronym: "Akronim",
    all_agencies: "Bütün icraçı qurumlar",
    flagships_title: "Əsas təşəbbüslər",
    flagships_intro: "6.2-ci bölmədə Strategiyanın təşəbbüslərindən 8-i “Əsas təşəbbüslər” kimi müəyyən edilib; onların layihələndirilməsi və icrası üçün İqtisadiyyat Nazirliyinin rəhbərliyi ilə xüsusi işçi qrupların yaradılması planlaşdırılır.",
    link_stated: "mənbədə adı çəkilir",
    link_inferred: "redaktorlar tərəfindən əlaqələndirilib",
    changes_title: "Nə dəyişib",
    changes_intro: "İki məlumat kəsiyini müqayisə edin: hansı tədbirlərin icra vəziyyəti dəyişib, hansı nəticələrin əldə edildiyi bildirilib və göstəricilərin hansı dəyərləri yenidir.",
    changes_from: "Hansı kəsikdən",
    changes_to: "Hansı kəsiyədək",
    compare: "Müqayisə edin",
    changes_status: "İcra vəziyyətindəki dəyişikliklər",
    changes_results: "Əldə edildiyi bildirilən nəticələr",
    changes_values: "Göstəricilərin yeni və ya dəyişmiş dəyərləri",
    changes_none: "Bu məlumat kəsikləri arasında heç nə dəyişməyib.",
    changes_only_one: "Hələlik yalnız bir məlumat kəsiyi dərc olunub, ona görə müqayisə ediləcək heç nə yoxdur.",
    changes_same: "İki fərqli məlumat kəsiyi seçin.",
    changes_loading: "Hər iki məlumat kəsiyi yüklənir…",
    new_value: "yeni",
    feedback_title: "Rəy bildirin",
    fb_intro: "Bu saytı idarə edən komandaya tədbir, göstərici və ya ümumilikdə Strategiya barədə fikrinizi bildirin. * ilə işarələnmiş sahələrin doldurulması mütləqdir.",
    fb_topic: "Mövzu *",
    fb_topic_fixed: "Mövzu",
    fb_topic_general: "Ümumilikdə Strategiya",
    fb_message: "Mesajınız *",
    fb_message_hint: |used, max| format!("{max} simvoldan {used}"),
    fb_name: "Ad (istəyə görə)",
    fb_email: "E-poçt (istəyə görə, cavab almaq istəyirsinizsə)",
    fb_org: "Kimin adından yazırsınız *",
    fb_org_choose: "Seçin…",
    fb_publish_consent: "Mesajımı adım və e-poçtum olmadan, cavabı ilə birlikdə saytda dərc etmək olar.",
    fb_publish_consent_hint: "İstəyə bağlıdır. Moderator mesajdan şəxsi məlumatları çıxara bilər; dərc edilməsi moderatorun qərarıdır.",
    fb_consent: "Məxfilik bildirişini oxumuşam və mesajımın nəzərə alınması üçün saxlanılmasına razıyam. *",
    fb_privacy_heading: "Məxfilik bildirişi",
    fb_privacy: |contact| format!("Mesajınız, mövzu, göndərildiyi səhifə və vaxt, seçdiyiniz göndərən növü, həmçinin yalnız qeyd etdiyiniz halda adınız və e-poçt ünvanınız saxlanılır. Onlar rəyinizi nəzərdən keçirmək və e-poçt ünvanı qeyd etmisinizsə, sizə cavab vermək üçün istifadə olunur. Onları yalnız saytın moderatorları oxuya bilər; heç nə dərc olunmur. Göndərilənlər saytın operatorunun müəyyən etdiyi saxlama müddətindən sonra, müraciət etdikdə isə daha tez silinir. Göndərdiklərinizə baxmaq və ya onları sildirmək üçün müraciət ünvanı: {contact}"),
    fb_contact_missing: "bu nüsxədə məxfilik məsələləri üzrə əlaqə məlumatları göstərilməyib (mənbə sənəddə saytı kimin idarə etdiyi göstərilməyib).",
    fb_send: "Göndərin",
    fb_sending: "Göndərilir…",
    fb_sent_title: "Təşəkkür edirik: mesajınız qəbul olundu.",
    fb_sent_text: |id, at| format!("Qeydiyyat nömrəsi {id}, qəbul vaxtı {at}."),
    fb_send_another: "Başqa mesaj yazın",
    fb_errors_title: "Mesaj göndərilmədi. Zəhmət olmasa, düzəldin:",
    fb_failed_network: "Mesaj göndərilmədi: xidmətə qoşulmaq mümkün olmadı. Qaralamanız bu brauzerdə saxlanılıb; internetə qoşulduqda yenidən cəhd edin.",
    fb_failed_server: "Mesaj göndərilmədi: xidmətdə problem yarandı. Qaralamanız bu brauzerdə saxlanılıb; yenidən cəhd edin.",
    fb_rate_limited: |wait| format!("Bağlantınızdan çox sayda mesaj göndərilib. Qaralamanız saxlanılıb; {wait} saniyədən sonra yenidən cəhd edin."),
    fb_conflict: "Bu mesajın əvvəlki variantı artıq qəbul olunub. Bu variant yeni mesaj kimi göndərilsin?",
    fb_send_as_new: "Yeni mesaj kimi göndərin",
    fb_retry: "Yenidən göndərməyə cəhd edin",
    fb_draft_restored: "Göndərilməmiş qaralamanız bərpa olundu.",
    fb_honeypot: "Bu sahəni boş saxlayın",
    feedback_counts: |received, answered| {
        format!("Bu mövzu üzrə rəylər: alınıb {received}, cavablandırılıb {answered}.")
    },
    feedback_counts_all: |received, answered| {
        format!("İctimaiyyətin strategiya üzrə rəyləri: alınıb {received}, cavablandırılıb {answered}.")
    },
    published_answers_heading: "İctimaiyyətin sualları və cavablar",
    published_question: |date, language| format!("Sual {date} tarixində verilib ({language}):"),
    published_answer: |date| format!("Cavab {date} tarixində verilib:"),
};

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
    }
}

pub(super) fn column(column: Column) -> &'static str {
    match column {
        Column::SnapshotId => "Sətrin aid olduğu məlumat kəsiyi (məs., 2026-Q3).",
        Column::SnapshotAsOf => "Məlumat kəsiyindəki məlumatların tarixi (İİİİ-AA-GG).",
        Column::MeasureId => "Tədbirin tədbirlər planındakı nömrəsi (məs., 8.1.1.1).",
        Column::GoalId => "Tədbirin aid olduğu məqsəd (8.1–8.3).",
        Column::DirectionId => "Prioritet istiqamət (məs., 8.1.1).",
        Column::LeadAgency => "Əsas icraçı orqanın URL identifikatoru (məs., İN üçün in).",
        Column::OtherAgencies => "Digər icraçıların “;” ilə ayrılmış identifikatorları.",
        Column::PeriodStart => "Tədbirin icra müddətinin ilk ili.",
        Column::PeriodEnd => "Tədbirin icra müddətinin son ili.",
        Column::Status => {
            "not_yet_reported, not_started, in_progress, delayed, completed və ya discontinued."
        }
        Column::InitialAchievedOn => {
            "İlkin nəticənin əldə edildiyi tarix; məlumat verilməyibsə boşdur."
        }
        Column::IntermediateAchievedOn => {
            "Aralıq nəticənin əldə edildiyi tarix; məlumat verilməyibsə boşdur."
        }
        Column::FinalAchievedOn => "Yekun nəticənin əldə edildiyi tarix; məlumat verilməyibsə boşdur.",
        Column::Stage => "Nəticələr zəncirinin mərhələsi: initial (ilkin), intermediate (aralıq) və ya final (yekun).",
        Column::ExpectedResultAz => "Gözlənilən nəticə, tədbirlər planında çap olunduğu kimi (Azərbaycan dilində).",
        Column::ExpectedResultEn => "Gözlənilən nəticə ingilis dilində (qeyri-rəsmi tərcümə).",
        Column::AchievedOn => "Nəticənin əldə edildiyi tarix; məlumat verilməyibsə boşdur.",
        Column::EvidenceUrl => "Nəticəni təsdiq edən mənbəyə keçid (verilibsə).",
        Column::IndicatorId => "Göstəricinin 4.1-ci bölmədəki nömrəsi (məs., 4.1.5).",
        Column::Unit => "count (ədəd), persons (nəfər), mln_azn və ya percent (%).",
        Column::Year => "Hədəfin və faktiki dəyərin aid olduğu il.",
        Column::Target => "Strategiyada həmin il üçün müəyyən edilmiş hədəf.",
        Column::TargetAsPrinted => "Hədəf, sənəddə çap olunduğu kimi (məs., 40.000).",
        Column::Actual => "Bildirilmiş faktiki dəyər; hələ məlumat verilməyibsə boşdur.",
        Column::ActualAsOf => "Faktiki dəyərin tarixi; hələ məlumat verilməyibsə boşdur.",
        Column::SourceAz => "Faktiki dəyəri kimin bildirdiyi və ya harada dərc olunduğu (Azərbaycan dilində).",
        Column::SourceEn => "Faktiki dəyəri kimin bildirdiyi və ya harada dərc olunduğu (ingilis dilində).",
    }
}

pub(super) fn item_file(kind: ItemFileKind) -> &'static str {
    match kind {
        ItemFileKind::Measure => "Tədbirin faylı: göstərilən məlumat kəsiyində nəticələr zəncirinin hər nəticəsi üçün bir sətir",
        ItemFileKind::Indicator => "Göstəricinin faylı: göstərilən məlumat kəsiyində hər il üçün bir sətir, hədəf və faktiki dəyər",
    }
}

pub(super) fn organisation(kind: OrganisationType) -> &'static str {
    match kind {
        OrganisationType::Citizen => "Vətəndaş",
        OrganisationType::Business => "Biznes",
        OrganisationType::Ngo => "Qeyri-hökumət təşkilatı",
        OrganisationType::Academia => "Universitet və ya tədqiqat qurumu",
        OrganisationType::Government => "Dövlət qurumu",
        OrganisationType::Media => "Media",
        OrganisationType::Other => "Digər",
    }
}

pub(super) fn field_name(field: Field) -> &'static str {
    match field {
        Field::Topic => "Mövzu",
        Field::Message => "Mesaj",
        Field::Name => "Ad",
        Field::Email => "E-poçt",
        Field::OrganisationType => "Kimin adından yazırsınız",
        Field::Language => "Səhifənin dili",
        Field::Consent => "Razılıq",
        Field::Snapshot => "Səhifənin məlumat kəsiyi",
        Field::Page => "Səhifənin ünvanı",
        Field::IdempotencyKey => "Göndərmə açarı",
        Field::PublishConsent => "Dərc edilmə",
        Field::Status => "Status",
        Field::Format => "Format",
        Field::From => "Başlanğıc tarixi",
        Field::To => "Son tarix",
        Field::Q => "Axtarış",
        Field::PageNumber => "Səhifə nömrəsi",
        Field::PerPage => "Səhifədə element sayı",
        Field::Version => "Versiya",
        Field::Items => "Seçilənlər",
        Field::Item => "Müraciət",
        Field::Answer => "Cavab",
        Field::Question => "Dərc ediləcək sual",
    }
}

pub(super) fn field_error(field: Field, code: ErrorCode) -> String {
    let why = match (field, code) {
        (Field::Consent, _) => "mesajı göndərmək üçün məxfilik bildirişi ilə razılaşın",
        (Field::Email, ErrorCode::Invalid) => "bu, e-poçt ünvanına oxşamır (ad@example.az)",
        (Field::Topic, ErrorCode::Unknown) => "belə mövzu yoxdur; siyahıdan seçin",
        (_, ErrorCode::Required) => "bu sahənin doldurulması mütləqdir",
        (_, ErrorCode::TooLong) => "mətn çox uzundur",
        (_, ErrorCode::Unknown) => "variantlardan birini seçin",
        (_, ErrorCode::Invalid) => "bu dəyər qəbul edilmir",
    };
    format!("{}: {why}", field_name(field))
}

//! The moderators' page in Azerbaijani.

use super::ModerationUi;
use model::feedback::ModerationStatus;
use model::moderation::AuditAction;
use model::Lang;

/// A count in Azerbaijani digits: 5000 → "5.000".
fn num<N: TryInto<u64>>(count: N) -> String {
    crate::count(count, Lang::Az)
}

/// Azerbaijani.
pub const AZ: ModerationUi = ModerationUi {
    title: "Moderasiya: Rəqəmsal iqtisadiyyat strategiyası üzrə rəylər",
    noindex_note: "Yalnız moderatorlar üçün.",
    needs_javascript: "Moderatorların səhifəsi üçün JavaScript lazımdır.",
    switch_language: "English",
    sign_in_heading: "Daxil olun",
    sign_in_intro: "Administratorun sizin üçün yaratdığı moderator açarı ilə daxil olun (feedback token create). Açar yalnız bu brauzer vərəqində saxlanılır və vərəq bağlananda unudulur.",
    token_label: "Moderator açarı",
    token_hint: "Yaradılarkən bir dəfə göstərildiyi kimi, 64 simvol.",
    sign_in: "Daxil ol",
    signing_in: "Daxil olunur…",
    sign_out: "Çıxış",
    signed_in_as: |name| format!("Daxil olmusunuz: {name}"),
    token_expires: |when| format!("Açarınızın müddəti {when} tarixində bitir."),
    token_refused: "Bu açar qəbul edilmir: səhv yazılmış, müddəti bitmiş və ya ləğv edilmiş ola bilər. Administratordan yeni açar istəyin.",
    session_ended: "Sessiyanız bitib (açar artıq qəbul edilmir). Yenidən daxil olun.",
    network_error: "Rəy xidməti cavab vermir. Bağlantını yoxlayın və yenidən cəhd edin.",
    server_error: "Rəy xidmətində xəta baş verdi. Bir azdan yenidən cəhd edin.",
    retry: "Yenidən cəhd edin",
    list_heading: "Mesajlar",
    filters_heading: "Filtrlər",
    filter_topic: "Mövzu",
    filter_topic_hint: "Tədbir və ya göstərici nömrəsi (8.1.1.1, 4.1.5) və ya general (ümumi)",
    filter_status: "Status",
    filter_language: "Dil",
    filter_from: "Alınma tarixi: başlanğıc",
    filter_to: "Alınma tarixi: son",
    filter_text: "Mətn",
    filter_any: "Hamısı",
    apply_filters: "Filtrləri tətbiq et",
    clear_filters: "Filtrləri sıfırla",
    loading: "Yüklənir…",
    total: |count| format!("{} mesaj", num(count)),
    none_found: "Bu filtrlərə uyğun mesaj yoxdur.",
    page_of: |page, pages| format!("Səhifə {} / {}", num(page), num(pages)),
    previous_page: "Əvvəlki səhifə",
    next_page: "Növbəti səhifə",
    column_select: "Seç",
    column_id: "№",
    column_received: "Alınıb",
    column_topic: "Mövzu",
    column_status: "Status",
    column_language: "Dil",
    column_message: "Mesaj",
    select_item: |id| format!("{id} nömrəli mesajı seç"),
    select_all: "Bu səhifədəkilərin hamısını seç",
    selected: |count| format!("{} seçilib", num(count)),
    set_status_of_selected: "Seçilən mesajların statusu",
    set_status: "Statusu təyin et",
    bulk_done: |changed, conflicts| match conflicts {
        0 => format!("{} dəyişdirildi.", num(changed)),
        conflicts => format!("{} dəyişdirildi; {} mesajı artıq başqa moderator dəyişdiyi üçün olduğu kimi saxlanıldı (görmək üçün yeniləyin).", num(changed), num(conflicts)),
    },
    item_heading: |id| format!("{id} nömrəli mesaj"),
    back_to_list: "Siyahıya qayıt",
    sender: "Göndərən",
    no_name: "ad göstərilməyib",
    no_email: "e-poçt göstərilməyib",
    writes_as: "Kimin adından",
    written_in: "Yazıldığı dil",
    sent_from: "Göndərildiyi səhifə",
    snapshot_shown: "Göstərilən məlumat",
    status_heading: "Status",
    save_status: "Statusu saxla",
    saved: "Saxlanıldı.",
    answer_heading: "Cavab",
    answer_label: "Moderatorların cavabı",
    save_answer: "Cavabı saxla",
    publication_heading: "Saytda dərc",
    publication_no_consent: "Göndərən dərc edilməsinə razılıq verməyib: bu mesaj və onun cavabı məxfi qalır.",
    publication_needs_answer: "Əvvəlcə cavab yazıb saxlayın: yalnız cavablandırılmış mesajlar dərc edilir.",
    publish_question_too: "Sualı da dərc et (aşağıdakı redaktə edilmiş surət kimi)",
    redacted_question_label: "Dərc ediləcək sual",
    redacted_question_hint: "Adları, e-poçt ünvanlarını, telefon nömrələrini və ünvanları çıxarın. Əsl mesaj dəyişmədən saxlanılır.",
    publish: "Dərc et",
    unpublish: "Dərcdən çıxar",
    published_on: |when| format!("{when} tarixində dərc edilib."),
    not_published: "Dərc edilməyib.",
    conflict: "Bu arada başqa moderator bu mesajı dəyişib. Mesaj indiki halında göstərilir: dəyişikliyiniz hələ də lazımdırsa, onu yenidən edin.",
    not_publishable: "Bu mesaj dərc edilə bilməz: göndərən razılıq verməyib və ya mesajın cavabı yoxdur.",
    invalid: "Bəzi dəyərlər qəbul edilmədi:",
    export_heading: "İxrac",
    export_intro: "Yuxarıdakı filtrlərə uyğun mesajları endirin.",
    export_csv: "CSV endir (cədvəl proqramları üçün)",
    export_json: "JSON endir",
    erase_heading: "Şəxsin mesajlarını silmək",
    erase_intro: "Şəxsin müraciəti əsasında onun e-poçt ünvanı ilə göndərilmiş bütün mesajları, dərc edilmiş surətləri ilə birlikdə silin. Bu əməliyyat geri qaytarılmır.",
    erase_email: "Şəxsin e-poçt ünvanı",
    erase_confirm: "Müraciəti yoxlamışam və bu mesajları silmək istəyirəm",
    erase: "Sil",
    erased: |n| match n {
        0 => "Bu ünvanla göndərilmiş mesaj yoxdur.".to_string(),
        count => format!("{} mesaj silindi.", num(count)),
    },
    audit_heading: "Audit jurnalı",
    audit_intro: "Moderatorların etdiyi bütün dəyişikliklər, ən yenisi əvvəldə.",
    audit_when: "Nə vaxt",
    audit_who: "Moderator",
    audit_what: "Əməliyyat",
    audit_item: "Mesaj",
    audit_detail: "Dəyişiklik",
    audit_empty: "Hələ heç nə qeydə alınmayıb.",
};

pub(super) fn status(status: ModerationStatus) -> &'static str {
    match status {
        ModerationStatus::New => "Yeni",
        ModerationStatus::Read => "Oxunub",
        ModerationStatus::Answered => "Cavablandırılıb",
        ModerationStatus::Spam => "Spam",
    }
}

pub(super) fn action(action: AuditAction) -> &'static str {
    match action {
        AuditAction::SetStatus => "Status dəyişdirildi",
        AuditAction::Answer => "Cavab saxlanıldı",
        AuditAction::Publish => "Dərc edildi",
        AuditAction::Unpublish => "Dərcdən çıxarıldı",
        AuditAction::Erase => "Müraciət əsasında mesajlar silindi",
        AuditAction::Export => "İxrac endirildi",
    }
}

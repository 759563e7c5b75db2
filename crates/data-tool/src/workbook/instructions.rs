//! The workbook's first sheet: how to fill it, in Azerbaijani and English, side by side.

/// The sheet's name.
pub const SHEET: &str = "instructions";

/// The paragraphs, each in Azerbaijani and English; `{id}` is the snapshot's id.
const PARAGRAPHS: [(&str, &str); 14] = [
    (
        "Məlumat kəsiyi {id}: rüblük icra hesabatı",
        "Snapshot {id}: the quarter's progress report",
    ),
    (
        "Bu iş kitabı data-tool export-xlsx ilə yaradılıb. Doldurduqdan sonra onu data-tool import-xlsx {id} FAYL ilə geri yükləyin: alət hər xananı yoxlayır və məlumat kəsiyinin CSV fayllarını yazır. Səhv olarsa, heç nə yazılmır və hər səhv FAYL: vərəq!xana: sütun: izah kimi göstərilir.",
        "This workbook was written by data-tool export-xlsx. When it is filled in, load it back with data-tool import-xlsx {id} FILE: the tool checks every cell and writes the snapshot's CSV files. If anything is wrong, nothing is written and each problem is shown as FILE: sheet!cell: column: explanation.",
    ),
    (
        "Ağ xanaları doldurun. Boz xanalar strategiyadan götürülüb və yalnız məlumat üçündür: onları dəyişməyin (dəyişiklik idxal zamanı rədd edilir). Sətirləri silməyin, əlavə etməyin və ya identifikatorları dəyişməyin: sətirlər identifikatoruna görə tapılır.",
        "Fill in the white cells. Grey cells come from the strategy and are for reference: do not change them (a change is refused on import). Do not delete or add rows or change ids: rows are matched by their id.",
    ),
    (
        "1-ci sətir sütunların maşın adlarıdır (CSV fayllarındakı kimi), 2-ci sətir isə insanlar üçün izahdır. Onları dəyişməyin.",
        "Row 1 holds the columns' machine names (as in the CSV files), row 2 their labels for people. Do not change them.",
    ),
    (
        "measures vərəqi: hər tədbirin statusunu açılan siyahıdan seçin. not_yet_reported (hələ məlumat verilməyib) o deməkdir ki, bu rüb heç nə bildirilməyib: belə sətir CSV faylına yazılmır. Statusu olmayan sətirdə qeyd yazmayın.",
        "Sheet measures: choose each measure's status from the drop-down. not_yet_reported means nothing was reported: such a row writes nothing to the CSV file. Do not write a note on a row without a status.",
    ),
    (
        "Statuslar: not_started — başlanmayıb; in_progress — icra olunur; delayed — gecikir; completed — başa çatıb; discontinued — dayandırılıb.",
        "Statuses: not_started; in_progress; delayed (behind its schedule); completed; discontinued (stopped before completion).",
    ),
    (
        "results vərəqi: hər tədbirin üç nəticəsi (ilkin, aralıq, yekun). Nəticə əldə olunubsa, tarixini tarix xanası kimi yazın; sübut keçidi https:// ilə başlamalıdır. Tarixi olmayan sətir yazılmır.",
        "Sheet results: each measure's three results (initial, intermediate, final). When a result is achieved, enter its date as a date cell; an evidence link starts with https://. A row without a date writes nothing.",
    ),
    (
        "indicators vərəqi: hər göstəricinin hər il üçün faktiki dəyəri, ədəd xanası kimi, göstəricinin vahidində (vahid və hədəf yanındadır). Dəyəri olan sətirdə tarix və mənbə də tələb olunur. Dəyəri olmayan sətir yazılmır.",
        "Sheet indicators: each indicator's actual value per year, as a number cell, in the indicator's unit (the unit and the target are beside it). A row with a value also needs its as-of date and source. A row without a value writes nothing.",
    ),
    (
        "Ədədlər: ədəd xanasına rəqəm yazın. Mətn kimi yazılmış ədəd yalnız bir cür oxuna bildikdə qəbul edilir: 1,66 və 1.250,5 qəbul edilir, amma 1.250 və ya 1,250 (min iki yüz əlli, yoxsa bir tam dörddə bir?) rədd edilir. % işarəsi yazmayın.",
        "Numbers: type digits into the number cells. A number typed as text is accepted only when it can be read one way: 1,66 and 1,250.5 are accepted, 1.250 or 1,250 (one thousand two hundred and fifty, or one and a quarter?) are refused. Do not type a % sign.",
    ),
    (
        "Tarixlər: tarix xanası və ya İİİİ-AA-GG kimi mətn (2026-11-10). Heç bir tarix məlumat kəsiyinin tarixindən sonra ola bilməz.",
        "Dates: a date cell, or text written YYYY-MM-DD (2026-11-10). No date may be later than the snapshot's as-of date.",
    ),
    (
        "İki dil: hər qeydin Azərbaycan dilində mətni əsasdır. İngilis dilinə tərcümə edə bilmirsinizsə, ingilis sütununa [untranslated] yazın.",
        "Two languages: every note's Azerbaijani text is the authoritative one. If you cannot translate it now, write [untranslated] in the English column.",
    ),
    (
        "Əvvəlki rübdən keçən və dəyişməyən sətirlər ilk dəfə bildirildikləri məlumat kəsiyini saxlayır; dəyişən status və ya dəyər bu rübdə bildirilmiş sayılır. Bunu alət özü hesablayır.",
        "Rows carried over from an earlier quarter and left unchanged keep the snapshot they were first reported in; a changed status or value counts as reported this quarter. The tool works this out itself.",
    ),
    (
        "Sonra: data-tool validate (xəbərdarlıqlara baxın), data-tool preview {id} (saytı qaralama kimi görün), sonra data-tool publish {id} və dəyişikliyi depoya göndərin.",
        "Then: data-tool validate (read the warnings), data-tool preview {id} (see the site with the draft), then data-tool publish {id} and commit the change to the repository.",
    ),
    (
        "Ətraflı: docs/redaktor-beledciyi.md.",
        "More: docs/editors-guide.md.",
    ),
];

/// The paragraphs for a snapshot, in Azerbaijani and English.
pub fn paragraphs(snapshot_id: &str) -> Vec<(String, String)> {
    PARAGRAPHS
        .iter()
        .map(|(az, en)| {
            (
                az.replace("{id}", snapshot_id),
                en.replace("{id}", snapshot_id),
            )
        })
        .collect()
}

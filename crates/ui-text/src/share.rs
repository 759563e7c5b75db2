//! The strings of sharing and following, in both languages: the feed line on pages, the Atom
//! feeds' titles and entries, the embed code and embedded charts, and the preview images' words.
//! A table of its own (like [`crate::Ui`]: one constant per language, a missing string does not
//! compile), so that the journalists' features change this file and not the site's main tables.

use model::Lang;

/// The sharing and following strings of one language. (Serialize lists the plain strings for
/// the tests; the formatting functions are skipped.)
#[derive(serde::Serialize)]
pub struct Share {
    // Following (a line on the pages, the feeds)
    /// Before the feed links on a page.
    pub follow_prompt: &'static str,
    /// The link to the page's own feed.
    pub feed_this_page: &'static str,
    /// The link to the site's feed.
    pub feed_whole_site: &'static str,
    /// What a feed reader does, in a few words.
    pub follow_hint: &'static str,
    /// The site feed's title.
    pub feed_site_title: &'static str,
    /// An item feed's title, from what the item is ("Measure 8.1.1.1: …").
    #[serde(skip)]
    pub feed_item_title: fn(&str) -> String,
    /// The baseline entry's title (snapshot id, date).
    #[serde(skip)]
    pub feed_baseline_title: fn(&str, &str) -> String,
    /// A later snapshot's entry title (snapshot id, date).
    #[serde(skip)]
    pub feed_snapshot_title: fn(&str, &str) -> String,
    /// What the baseline is.
    pub feed_baseline_text: &'static str,
    /// A snapshot that corrects another (the other's id).
    #[serde(skip)]
    pub feed_corrects: fn(&str) -> String,
    /// An entry of a snapshot in which nothing new was reported (for the site feed).
    pub feed_nothing_new: &'static str,
    /// An item's status in the baseline entry of its feed.
    #[serde(skip)]
    pub feed_status_is: fn(&str) -> String,
    /// A status change (what, from, to).
    #[serde(skip)]
    pub feed_status_change: fn(&str, &str, &str) -> String,
    /// A result reported as achieved (what, result, date).
    #[serde(skip)]
    pub feed_result: fn(&str, &str, &str) -> String,
    /// A new indicator value (what, year, value).
    #[serde(skip)]
    pub feed_new_value: fn(&str, u16, &str) -> String,
    /// A changed indicator value (what, year, value, previous value).
    #[serde(skip)]
    pub feed_changed_value: fn(&str, u16, &str, &str) -> String,
    /// The link text to the changes page in an entry.
    pub feed_see_changes: &'static str,

    // Embedding
    /// The button that shows the embed code.
    pub embed_button: &'static str,
    /// What the code does (the snapshot it keeps).
    #[serde(skip)]
    pub embed_intro: fn(&str) -> String,
    /// The label of the code box.
    pub embed_code_label: &'static str,
    /// The copy button.
    pub copy_code: &'static str,
    /// After copying.
    pub code_copied: &'static str,
    /// The embedded chart's source line (snapshot id, date).
    #[serde(skip)]
    pub embed_source: fn(&str, &str) -> String,
    /// The link from an embed to the full page.
    pub embed_full_page: &'static str,
    /// The iframe's title (what the item is).
    #[serde(skip)]
    pub embed_frame_title: fn(&str) -> String,
    /// An embed of a snapshot the app has not built (the id).
    #[serde(skip)]
    pub embed_unknown_snapshot: fn(&str) -> String,

    // Preview images
    /// The alt text's part naming the snapshot (id, date).
    #[serde(skip)]
    pub preview_as_of: fn(&str, &str) -> String,
    /// The alt text of an image that shows the page's title (the title).
    #[serde(skip)]
    pub preview_title_alt: fn(&str) -> String,
}

/// The sharing strings of a language.
pub fn share(lang: Lang) -> &'static Share {
    match lang {
        Lang::Az => &SHARE_AZ,
        Lang::En => &SHARE_EN,
    }
}

/// Azerbaijani.
pub const SHARE_AZ: Share = Share {
    follow_prompt: "Dəyişiklikləri xəbər lenti oxuyucusunda izləyin (Atom):",
    feed_this_page: "bu səhifədəki dəyişikliklər",
    feed_whole_site: "hər yeni məlumat kəsiyi",
    follow_hint: "Keçidi istənilən lent oxuyucusuna əlavə edin: yeni qeydlər çıxanda o sizə xəbər verəcək.",
    feed_site_title: "Nə dəyişib · Rəqəmsal iqtisadiyyat strategiyası 2026–2029: icra monitorinqi",
    feed_item_title: |what| format!("Dəyişikliklər: {what}"),
    feed_baseline_title: |id, date| format!("İlkin vəziyyət dərc olundu: {id} məlumat kəsiyi ({date} tarixinə olan məlumatlar)"),
    feed_snapshot_title: |id, date| format!("{id} məlumat kəsiyi dərc olundu ({date} tarixinə olan məlumatlar)"),
    feed_baseline_text: "İlk dərc olunan məlumat kəsiyi: strategiyanın tədbirləri və göstəriciləri, həmin tarixədək bildirilən hər şeylə birlikdə.",
    feed_corrects: |id| format!("Bu məlumat kəsiyi {id} kəsiyini düzəldir."),
    feed_nothing_new: "Bu məlumat kəsiyində yeni heç nə bildirilməyib.",
    feed_status_is: |status| format!("İcra vəziyyəti: {status}."),
    feed_status_change: |what, from, to| format!("{what}: {from} → {to}"),
    feed_result: |what, result, date| format!("{what}: {result}, {date} tarixində əldə edilib"),
    feed_new_value: |what, year, value| format!("{what}, {year}-ci il: {value} (yeni)"),
    feed_changed_value: |what, year, value, previous| format!("{what}, {year}-ci il: {value} (əvvəl {previous})"),
    feed_see_changes: "Saytda müqayisə edin",

    embed_button: "Yerləşdirin",
    embed_intro: |id| format!("Bu kodu məqalənizin HTML-inə əlavə edin. Diaqram {id} məlumat kəsiyini göstərir və sonra yeni məlumatlar dərc olunsa da, bu rəqəmləri saxlayır."),
    embed_code_label: "Yerləşdirmə kodu (HTML)",
    copy_code: "Kodu kopyalayın",
    code_copied: "Kod kopyalandı",
    embed_source: |id, date| format!("Mənbə: Azərbaycan Respublikasında rəqəmsal iqtisadiyyatın inkişafına dair 2026–2029-cu illər üçün Strategiya; {id} məlumat kəsiyi ({date} tarixinə olan məlumatlar)."),
    embed_full_page: "Tam səhifə: qeydlər, yükləmələr, tarixçə",
    embed_frame_title: |what| format!("{what}: diaqram və cədvəl"),
    embed_unknown_snapshot: |id| format!("“{id}” məlumat kəsiyi üçün yerləşdirmə hazırlanmayıb."),

    preview_as_of: |id, date| format!("{date} tarixinə olan məlumatlar ({id})"),
    preview_title_alt: |title| format!("{title}: səhifənin adı olan şəkil"),
};

/// English.
pub const SHARE_EN: Share = Share {
    follow_prompt: "Follow changes in a feed reader (Atom):",
    feed_this_page: "changes to this page",
    feed_whole_site: "every new snapshot",
    follow_hint: "Add the link to any feed reader: it tells you when there is a new entry.",
    feed_site_title: "What changed · Digital Economy Strategy 2026–2029: progress tracker",
    feed_item_title: |what| format!("Changes: {what}"),
    feed_baseline_title: |id, date| format!("Baseline published: snapshot {id} (data as of {date})"),
    feed_snapshot_title: |id, date| format!("Snapshot {id} published (data as of {date})"),
    feed_baseline_text: "The first published snapshot: the strategy's measures and indicators, with everything reported up to its date.",
    feed_corrects: |id| format!("This snapshot corrects {id}."),
    feed_nothing_new: "Nothing new was reported in this snapshot.",
    feed_status_is: |status| format!("Status: {status}."),
    feed_status_change: |what, from, to| format!("{what}: {from} → {to}"),
    feed_result: |what, result, date| format!("{what}: {result}, achieved on {date}"),
    feed_new_value: |what, year, value| format!("{what}, {year}: {value} (new)"),
    feed_changed_value: |what, year, value, previous| format!("{what}, {year}: {value} (previously {previous})"),
    feed_see_changes: "Compare on the site",

    embed_button: "Embed",
    embed_intro: |id| format!("Add this code to your article's HTML. The chart shows snapshot {id} and keeps these numbers when newer data is published."),
    embed_code_label: "Embed code (HTML)",
    copy_code: "Copy code",
    code_copied: "Code copied",
    embed_source: |id, date| format!("Source: Strategy for the development of the digital economy in the Republic of Azerbaijan for 2026–2029; snapshot {id} (data as of {date})."),
    embed_full_page: "Full page: notes, downloads, history",
    embed_frame_title: |what| format!("{what}: chart and table"),
    embed_unknown_snapshot: |id| format!("No embed has been built for snapshot “{id}”."),

    preview_as_of: |id, date| format!("Data as of {date} ({id})"),
    preview_title_alt: |title| format!("An image with the page's title: {title}"),
};

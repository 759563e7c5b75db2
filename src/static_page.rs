//! Pages that read completely as built ([`crate::app::Adoption::Static`]) load no app: they run
//! `public/page.js`, which remembers the reader's language choice, keeps the page for offline
//! reading (the service worker), and starts the app, kept inert in the page, only when the
//! reader asks for what the page was not built for: a query (`?as_of=`), data published after
//! the page was built, no network, or data overdue by the reader's date (the app then says so). This module is the contract
//! between the build (which writes the tag and the inert loader) and the script (which reads them).

use crate::boot::RECORD_ID;
use crate::components::snapshot_bar::STALE_AFTER_DAYS;
use crate::document::{escape, LANG_KEY};
use crate::published_data::OFFLINE_COPY_HEADER;
use model::manifest::MANIFEST_FILE;
use model::Date;

/// The script a static page runs instead of the app (copied by trunk from `public/page.js`).
pub const STATIC_PAGE_SCRIPT: &str = "/page.js";
/// The id of the inert `<script type="text/plain">` holding the app's loader (trunk's module
/// script), which `page.js` runs when the page needs the app.
pub const APP_LOADER_ID: &str = "app-loader";
/// The value `page.js` puts on `<html data-app>` once it has decided the page needs no app.
pub const STATIC_MARK: &str = "static";

/// The `<script>` tag of a static page whose latest data is as of `latest_as_of`, with the
/// data at `data_base` (ends with `/`). Its `data-` attributes tell the script the storage key
/// of the language choice, the value to mark `<html data-app>` with, the ids of the inert loader
/// and of the build record, the manifest to check the page's data against, the header the
/// service worker puts on an answer from its copy, whether the page registers that worker
/// ([`crate::boot::keeps_offline_copies`]), and the last day (days since 1970-01-01)
/// before the data counts as overdue.
pub fn script_tag(latest_as_of: Date, data_base: &str, keep_offline: bool) -> String {
    let attributes = [
        ("lang-key", LANG_KEY.to_string()),
        ("mark", STATIC_MARK.to_string()),
        ("loader", APP_LOADER_ID.to_string()),
        ("record", RECORD_ID.to_string()),
        ("manifest", format!("{data_base}{MANIFEST_FILE}")),
        ("offline-header", OFFLINE_COPY_HEADER.to_string()),
        ("keep-offline", keep_offline.to_string()),
        (
            "fresh-until-day",
            (latest_as_of.days_since_epoch() + STALE_AFTER_DAYS).to_string(),
        ),
    ]
    .map(|(name, value)| format!(" data-{name}=\"{}\"", escape(&value)))
    .concat();
    format!("<script src=\"{STATIC_PAGE_SCRIPT}\" defer{attributes}></script>")
}

/// The app's loader script made inert, for `page.js` to run when the page needs the app.
pub fn inert_loader(loader_source: &str) -> String {
    format!(
        "<script type=\"text/plain\" id=\"{APP_LOADER_ID}\">{}</script>",
        loader_source.replace("</", "<\\/")
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_tag_carries_the_last_fresh_day() {
        let as_of = Date::new(2026, 9, 30).unwrap();
        let tag = script_tag(as_of, "/data/", true);
        // 2026-09-30 is day 20,726; a quarter plus a month later is day 20,849 (2027-01-31).
        assert!(tag.contains("data-fresh-until-day=\"20849\""), "{tag}");
        assert!(
            tag.contains("data-lang-key=\"strategy-site.lang\""),
            "{tag}"
        );
        assert!(tag.contains("data-manifest=\"/data/index.json\""), "{tag}");
        assert!(tag.contains("data-keep-offline=\"true\""), "{tag}");
        let stale_from = Date::new(2027, 2, 1).unwrap();
        assert!(crate::components::snapshot_bar::is_stale(as_of, stale_from));
        assert!(!crate::components::snapshot_bar::is_stale(
            as_of,
            Date::new(2027, 1, 31).unwrap()
        ));
    }

    #[test]
    fn the_loader_cannot_end_its_element_early() {
        assert_eq!(
            inert_loader("import init from '/a.js';</script>"),
            "<script type=\"text/plain\" id=\"app-loader\">import init from '/a.js';<\\/script></script>"
        );
    }
}

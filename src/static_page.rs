//! Pages that read completely as built ([`crate::app::Adoption::Static`]) load no app: they run
//! `public/page.js`, which remembers the reader's language choice, keeps the page for offline
//! reading (the service worker), and starts the app, kept inert in the page, only when the
//! reader asks for what the page was not built for: a query (`?as_of=` naming another snapshot
//! than the page's, a filter; [`QUERY_FIELD_ATTR`] for what is not), data published after
//! the page was built, no network, data overdue by the reader's date (the app then says so),
//! a year other than the build's, or an unsent feedback draft in the browser. Pages whose parts below the first screen need the app
//! ([`crate::app::Adoption::OnDemand`]) run the same script, which also starts the app when the
//! reader nears or touches one of those parts, and hands the app what the reader did there
//! before it ran (typed text, a click, a submit). This module is the contract between the build
//! (which writes the tag, the parts' mark and the inert loader) and the script (which reads them).

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
/// The id of the inert `<template>` holding the app's preloads (its JS and wasm, and the data it
/// reads before adopting the page), which `page.js` puts in the head when it starts the app, so
/// they download side by side rather than one after another.
pub const APP_PRELOADS_ID: &str = "app-preloads";
/// The value `page.js` puts on `<html data-app>` once it has decided the page needs no app.
pub const STATIC_MARK: &str = "static";
/// The value `page.js` puts on `<html data-app>` on an on-demand page that is whole as built
/// and waits for the reader to near or touch a part that needs the app.
pub const ON_DEMAND_MARK: &str = "on-demand";
/// The attribute (no value) that marks a part of a page that needs the app: the feedback
/// counts and block, the citation with its copy button. The components write it literally
/// (`data-app-part=""`); a test of the built pages checks they carry this one.
pub const APP_PART_ATTR: &str = "data-app-part";
/// The attribute holding the year a page's content was chosen for (the overview's focus year
/// follows the reader's year): the script starts the app when the reader's year is another.
pub const FOLLOWS_YEAR_ATTR: &str = "data-follows-year";
/// The value of [`APP_PART_ATTR`] on a part that starts the app only when touched, not when
/// near (the measures list's filters, on the first screen: the list is whole without them).
pub const TOUCH_ONLY: &str = "touch";
/// The attribute naming the browser storage key of a form's unsent draft: a reader with a draft
/// gets the app at once, which restores it.
pub const DRAFT_KEY_ATTR: &str = "data-draft-key";
/// The attribute naming the query parameter a form field of the page takes as its value
/// (`data-query-field="topic"` on the feedback page's topic list): a URL whose parameter is one
/// of the field's choices is the page as built with that choice made, as the reader would make
/// it, so the script sets the field rather than starting the app for it (the app, when it
/// starts, applies the query as it does any). The components write it literally; a test of the built pages checks
/// they carry this one.
pub const QUERY_FIELD_ATTR: &str = "data-query-field";
/// The attribute (no value) the script puts on `<html>` while the app it started applies what
/// the link's query asks for (the page shows what it was built for until then): the stylesheet
/// shows the shell's `.query-pending` line and dims the content. The script removes it once the
/// app has started (or could not).
pub const QUERY_PENDING_ATTR: &str = "data-query-pending";
/// How far below the screen a part starts the app (a CSS margin of the viewport): half a
/// screen, so the app is usually running by the time the reader gets there.
pub const NEAR_MARGIN: &str = "0px 0px 50% 0px";

/// Which paths a built page answers: its own route's, or (the not-found page of a language) any
/// path below the language that has no page: there the path differs from the build record's by
/// design, and the script starts the app only when newer data may have a page for it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Answers {
    /// The route it was built for.
    OwnPath,
    /// Every path of its language that has no built page (`model::site_files`).
    AnyMissingPath,
}

/// The `<script>` tag of a static or on-demand page whose latest data is as of `latest_as_of`,
/// with the data at `data_base` (ends with `/`). Its `data-` attributes tell the script the
/// storage key of the language choice, the values to mark `<html data-app>` with (as built;
/// waiting for the reader), the attributes marking the parts that need the app and the year
/// the content follows, how near a part starts the app, the ids of the inert loader
/// and of the build record, the manifest to check the page's data against, the header the
/// service worker puts on an answer from its copy, whether the page registers that worker
/// ([`crate::boot::keeps_offline_copies`]), and the last day (days since 1970-01-01)
/// before the data counts as overdue.
/// `query_keys` are the query parameters the page reads (`crate::app::query_keys`): a URL with
/// one of them needs the app, unless it asks for what the page shows as built (`as_of` naming
/// the page's own snapshot while that is the latest, or one of a [`QUERY_FIELD_ATTR`] field's
/// choices). `answers` tells the script whether a path other than the build
/// record's is expected ([`Answers`]).
pub fn script_tag(
    latest_as_of: Date,
    data_base: &str,
    keep_offline: bool,
    query_keys: &[&str],
    answers: Answers,
) -> String {
    let attributes = [
        ("lang-key", LANG_KEY.to_string()),
        ("mark", STATIC_MARK.to_string()),
        ("waiting-mark", ON_DEMAND_MARK.to_string()),
        ("part-attr", APP_PART_ATTR.to_string()),
        ("touch-only", TOUCH_ONLY.to_string()),
        ("query-keys", query_keys.join(" ")),
        ("as-of-key", crate::url::AS_OF.to_string()),
        ("query-field-attr", QUERY_FIELD_ATTR.to_string()),
        ("query-pending-attr", QUERY_PENDING_ATTR.to_string()),
        ("near", NEAR_MARGIN.to_string()),
        ("year-attr", FOLLOWS_YEAR_ATTR.to_string()),
        ("draft-attr", DRAFT_KEY_ATTR.to_string()),
        ("loader", APP_LOADER_ID.to_string()),
        ("preloads", APP_PRELOADS_ID.to_string()),
        ("record", RECORD_ID.to_string()),
        ("manifest", format!("{data_base}{MANIFEST_FILE}")),
        ("offline-header", OFFLINE_COPY_HEADER.to_string()),
        ("keep-offline", keep_offline.to_string()),
        (
            "any-path",
            matches!(answers, Answers::AnyMissingPath).to_string(),
        ),
        ("loose-sections", loose_sections()),
        (
            "fresh-until-day",
            (latest_as_of.days_since_epoch() + STALE_AFTER_DAYS).to_string(),
        ),
    ]
    .map(|(name, value)| format!(" data-{name}=\"{}\"", escape(&value)))
    .concat();
    format!("<script src=\"{STATIC_PAGE_SCRIPT}\" defer{attributes}></script>")
}

/// The sections where a path with no built page may still be a page (space-separated), for a
/// not-found page's script: it starts the app for them.
fn loose_sections() -> String {
    crate::app::Section::ALL
        .into_iter()
        .filter(|section| section.answers_unbuilt_paths())
        .map(|section| section.path())
        .collect::<Vec<_>>()
        .join(" ")
}

/// The app's loader script made inert, for `page.js` to run when the page needs the app.
pub fn inert_loader(loader_source: &str) -> String {
    format!(
        "<script type=\"text/plain\" id=\"{APP_LOADER_ID}\">{}</script>",
        loader_source.replace("</", "<\\/")
    )
}

/// The app's preload tags made inert (a `<template>`'s content loads nothing), for `page.js`.
pub fn inert_preloads(tags: &str) -> String {
    format!("<template id=\"{APP_PRELOADS_ID}\">{tags}</template>")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_tag_carries_the_last_fresh_day() {
        let as_of = Date::new(2026, 9, 30).unwrap();
        let tag = script_tag(as_of, "/data/", true, &["as_of", "q"], Answers::OwnPath);
        // 2026-09-30 is day 20,726; a quarter plus a month later is day 20,849 (2027-01-31).
        assert!(tag.contains("data-fresh-until-day=\"20849\""), "{tag}");
        assert!(
            tag.contains("data-lang-key=\"strategy-site.lang\""),
            "{tag}"
        );
        assert!(tag.contains("data-manifest=\"/data/index.json\""), "{tag}");
        assert!(tag.contains("data-keep-offline=\"true\""), "{tag}");
        assert!(tag.contains("data-part-attr=\"data-app-part\""), "{tag}");
        assert!(tag.contains("data-query-keys=\"as_of q\""), "{tag}");
        // The tag itself must not match the selectors the script builds from these names.
        assert!(!tag.contains(&format!(" {APP_PART_ATTR}=")), "{tag}");
        assert!(!tag.contains(&format!(" {FOLLOWS_YEAR_ATTR}=")), "{tag}");
        assert!(!tag.contains(&format!(" {DRAFT_KEY_ATTR}=")), "{tag}");
        assert!(!tag.contains(&format!(" {QUERY_FIELD_ATTR}=")), "{tag}");
        assert!(
            tag.contains("data-query-pending-attr=\"data-query-pending\""),
            "{tag}"
        );
        assert!(tag.contains("data-as-of-key=\"as_of\""), "{tag}");
        assert!(tag.contains("data-waiting-mark=\"on-demand\""), "{tag}");
        assert!(tag.contains("data-any-path=\"false\""), "{tag}");
        let not_found = script_tag(as_of, "/data/", true, &["as_of"], Answers::AnyMissingPath);
        assert!(not_found.contains("data-any-path=\"true\""), "{not_found}");
        assert!(
            not_found.contains("data-loose-sections=\"agencies\""),
            "{not_found}"
        );
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

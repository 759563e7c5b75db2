//! The citation block every item page ends with: a ready-to-paste citation naming the snapshot,
//! a permanent link pinned with `?as_of=`, a copy button, and links to the item's own JSON and
//! CSV files, which the data tool publishes with each snapshot.

use crate::contexts::use_lang;
use crate::i18n::ui;
use crate::published_data::SiteData;
use leptos::prelude::*;
use leptos_router::hooks::use_location;
use model::format::format_date;
use model::manifest::{FileFormat, ItemFileKind, ItemFiles};

/// The permanent link of the current page, pinned to the snapshot shown.
pub fn permalink(origin: &str, pathname: &str, snapshot: &str) -> String {
    format!("{origin}{pathname}?as_of={snapshot}")
}

/// The citation and download block.
#[component]
pub fn CiteBlock(
    /// The loaded data (for the snapshot's id and date).
    site: SiteData,
    /// What the page is, e.g. "Measure 8.1.1.1: …".
    #[prop(into)]
    what: Signal<String>,
    /// Whether the page is a measure's or an indicator's.
    kind: ItemFileKind,
    /// The item's id, e.g. `8.1.1.1`.
    id: String,
) -> impl IntoView {
    let lang = use_lang();
    let location = use_location();
    let copied = RwSignal::new(None::<bool>);
    // The deployment's address (the same at build time and in the browser), else this origin.
    let site_url = crate::deployment::use_deployment().site_url;
    let origin = Some(site_url.trim_end_matches('/').to_string())
        .filter(|s| !s.is_empty())
        .or_else(crate::browser::origin)
        .unwrap_or_default();
    let snapshot = site.entry.id.to_string();
    let as_of_date = site.entry.as_of;
    let link = {
        let snapshot = snapshot.clone();
        move || permalink(&origin, &location.pathname.get(), &snapshot)
    };
    let copy = {
        let link = link.clone();
        move |_| {
            let url = link();
            leptos::task::spawn_local(async move {
                copied.set(Some(crate::browser::copy_to_clipboard(&url).await));
            });
        }
    };
    // The published files of this snapshot, saved under a name that says which snapshot.
    let downloads = site.entry.item_files.as_ref().map(|files| {
        let link = |format: FileFormat| {
            let file = files.file(kind, &id, format);
            let name = ItemFiles::file_name(kind, &format!("{id}-{snapshot}"), format);
            (site.file_url(&file), name)
        };
        let ((json_href, json_name), (csv_href, csv_name)) =
            (link(FileFormat::Json), link(FileFormat::Csv));
        view! {
            <p class="downloads-inline">
                <a href=json_href download=json_name>{move || ui(lang.get()).download_json}</a>
                " · "
                <a href=csv_href download=csv_name>{move || ui(lang.get()).download_csv}</a>
            </p>
        }
    });
    view! {
        <section class="cite" aria-labelledby="cite-heading" data-app-part="">
            <h2 id="cite-heading">{move || ui(lang.get()).cite_heading}</h2>
            <p class="citation">
                {
                    let link = link.clone();
                    let snapshot = snapshot.clone();
                    move || {
                        let lang = lang.get();
                        (ui(lang).cite_text)(&what.get(), &snapshot, &format_date(as_of_date, lang), &link())
                    }
                }
            </p>
            <p class="cite-actions">
                <button type="button" class="button secondary small copy-link" on:click=copy>{move || ui(lang.get()).copy_link}</button>
                <span role="status" class="copy-status">
                    {move || match copied.get() {
                        Some(true) => ui(lang.get()).link_copied,
                        Some(false) => ui(lang.get()).copy_failed,
                        None => "",
                    }}
                </span>
            </p>
            <p class="permalink"><a href=link.clone()>{link.clone()}</a></p>
            {downloads}
        </section>
    }
}

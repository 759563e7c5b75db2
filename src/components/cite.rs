//! The citation block every item page ends with: a ready-to-paste citation naming the snapshot,
//! a permanent link pinned with `?as_of=`, a copy button, and JSON / CSV downloads.

use crate::contexts::use_lang;
use crate::i18n::ui;
use crate::published_data::SiteData;
use leptos::prelude::*;
use leptos_router::hooks::use_location;
use model::format::format_date;

/// The permanent link of the current page, pinned to the snapshot shown.
pub fn permalink(origin: &str, pathname: &str, snapshot: &str) -> String {
    format!("{origin}{pathname}?as_of={snapshot}")
}

/// A `data:` URL for a download.
pub fn data_url(mime: &str, body: &str) -> String {
    let encoded = crate::url::encode_component(body);
    format!("data:{mime};charset=utf-8,{encoded}")
}

/// Quotes a CSV field when needed.
pub fn csv_field(value: &str) -> String {
    if value.contains([',', '"', '\n']) {
        format!("\"{}\"", value.replace('"', "\"\""))
    } else {
        value.to_string()
    }
}

/// The citation and download block.
#[component]
pub fn CiteBlock(
    /// The loaded data (for the snapshot's id and date).
    site: SiteData,
    /// What the page is, e.g. "Measure 8.1.1.1: …".
    #[prop(into)]
    what: Signal<String>,
    /// File name stem for downloads, e.g. `measure-8.1.1.1`.
    file_stem: String,
    /// The JSON to download.
    json: String,
    /// The CSV to download.
    csv: String,
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
    let json_name = format!("{file_stem}-{snapshot}.json");
    let csv_name = format!("{file_stem}-{snapshot}.csv");
    let json_href = data_url("application/json", &json);
    let csv_href = data_url("text/csv", &csv);
    view! {
        <section class="cite" aria-labelledby="cite-heading">
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
            <p class="downloads-inline">
                <a href=json_href download=json_name>{move || ui(lang.get()).download_json}</a>
                " · "
                <a href=csv_href download=csv_name>{move || ui(lang.get()).download_csv}</a>
            </p>
        </section>
    }
}

//! The indicator page's "Embed" button: it opens the code that embeds the chart, pinned to the
//! snapshot shown, with a copy button. Works without JavaScript (a `<details>` element; the code
//! can be selected by hand). It also names the page's oEmbed description for the head.

use crate::contexts::use_lang;
use crate::deployment::use_deployment;
use crate::document::declare_oembed;
use crate::embed::{embed_code, oembed_path};
use crate::published_data::SiteData;
use leptos::prelude::*;
use ui_text::share;

/// The button and the code.
#[component]
pub fn EmbedCode(
    /// The data shown (the code pins its snapshot).
    site: SiteData,
    /// The indicator's id.
    indicator: String,
    /// What the embed shows, for the iframe's title ("Indicator 4.1.5 …").
    #[prop(into)]
    what: Signal<String>,
) -> impl IntoView {
    let lang = use_lang();
    declare_oembed(oembed_path(lang.get_untracked(), &indicator));
    let site_url = Some(use_deployment().site_url)
        .filter(|url| !url.trim().is_empty())
        .or_else(crate::browser::origin)
        .unwrap_or_default();
    let snapshot = site.entry.id.to_string();
    let code = {
        let (indicator, snapshot) = (indicator.clone(), snapshot.clone());
        move || {
            let lang = lang.get();
            let title = (share(lang).embed_frame_title)(&what.get());
            embed_code(&site_url, lang, &indicator, &snapshot, &title)
        }
    };
    let copied = RwSignal::new(None::<bool>);
    let copy = {
        let code = code.clone();
        move |_| {
            let text = code();
            leptos::task::spawn_local(async move {
                copied.set(Some(crate::browser::copy_to_clipboard(&text).await));
            });
        }
    };
    let field_id = format!("embed-code-{}", indicator.replace('.', "-"));
    view! {
        <details class="embed-code" data-app-part="">
            <summary class="button secondary small">{move || share(lang.get()).embed_button}</summary>
            <p>{move || (share(lang.get()).embed_intro)(&snapshot)}</p>
            <label for=field_id.clone()>{move || share(lang.get()).embed_code_label}</label>
            <textarea id=field_id readonly rows="5" spellcheck="false">{code}</textarea>
            <p class="cite-actions">
                <button type="button" class="button secondary small" on:click=copy>{move || share(lang.get()).copy_code}</button>
                <span role="status" class="copy-status">
                    {move || match copied.get() {
                        Some(true) => share(lang.get()).code_copied,
                        Some(false) => crate::i18n::ui(lang.get()).copy_failed,
                        None => "",
                    }}
                </span>
            </p>
        </details>
    }
}

//! The 404 page, in the page's language.

use crate::document::use_page_meta;
use crate::i18n::ui;
use crate::state::{use_lang, use_links};
use leptos::prelude::*;
use leptos_router::components::A;

/// "Page not found", with a way back.
#[component]
pub fn NotFoundPage() -> impl IntoView {
    let lang = use_lang();
    let links = use_links();
    let t = move || ui(lang.get());
    use_page_meta(move || {
        let t = t();
        (
            format!("{} · {}", t.not_found_title, t.site_name),
            t.not_found_text.to_string(),
        )
    });
    view! {
        <section class="not-found">
            <h1>{move || t().not_found_title}</h1>
            <p>{move || t().not_found_text}</p>
            <p><A href=move || links.to("")>{move || t().not_found_home}</A></p>
        </section>
    }
}

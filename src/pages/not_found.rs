//! The 404 page, in the page's language.

use crate::contexts::use_lang;
use crate::document::use_page_meta;
use crate::i18n::ui;
use crate::url::use_links;
use leptos::prelude::*;
use leptos_router::components::A;

/// "Page not found", with a way back.
#[component]
pub fn NotFoundPage() -> impl IntoView {
    let lang = use_lang();
    let links = use_links();
    let strings = move || ui(lang.get());
    use_page_meta(move || {
        let strings = strings();
        (
            format!("{} · {}", strings.not_found_title, strings.site_name),
            strings.not_found_text.to_string(),
        )
    });
    view! {
        <section class="not-found">
            <h1>{move || strings().not_found_title}</h1>
            <p>{move || strings().not_found_text}</p>
            <p><A href=move || links.to("")>{move || strings().not_found_home}</A></p>
        </section>
    }
}

//! The frame around every page: skip link, header with navigation and language switch, the
//! snapshot bar, `<main>`, and the footer with the source and the "data as of" date.

use crate::app::Section;
use crate::browser::set_html_lang;
use crate::components::snapshot_bar::SnapshotBar;
use crate::contexts::{provide_lang, use_site_data};
use crate::deployment::use_deployment;
use crate::document::store_lang;
use crate::i18n::ui;
use crate::url::use_links;
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_location;
use model::format::format_date;
use model::Lang;

/// Wraps a page in the site's frame, in `lang`.
#[component]
pub fn Shell(
    /// The page language.
    #[prop(into)]
    lang: Signal<Lang>,
    /// The page.
    children: Children,
) -> impl IntoView {
    provide_lang(lang);
    Effect::new(move |_| set_html_lang(lang.get()));
    let strings = move || ui(lang.get());
    let draft = use_deployment().is_draft_preview();
    view! {
        <a class="skip-link" href="#main">{move || strings().skip_to_content}</a>
        <Show when=move || draft>
            <p class="notice notice-draft" role="note">{move || strings().draft_banner}</p>
        </Show>
        <Header/>
        <SnapshotBar/>
        // Hidden unless the page script marks the page as waiting for the app to apply its
        // link's query (`crate::static_page::QUERY_PENDING_ATTR`; public/style.css).
        <p class="query-pending" role="status">{move || strings().query_pending}</p>
        <main id="main" tabindex="-1">{children()}</main>
        <Footer/>
    }
}

/// The URL of the current page in the other language, keeping the query string and fragment.
pub fn switch_language_href(pathname: &str, search: &str, hash: &str, to: Lang) -> String {
    let rest = pathname
        .trim_start_matches('/')
        .split_once('/')
        .map_or("", |(_, rest)| rest);
    let mut url = format!("/{}/{}", to.code(), rest);
    if !search.is_empty() {
        if !search.starts_with('?') {
            url.push('?');
        }
        url.push_str(search);
    }
    if !hash.is_empty() {
        if !hash.starts_with('#') {
            url.push('#');
        }
        url.push_str(hash);
    }
    url
}

#[component]
fn Header() -> impl IntoView {
    let lang = crate::contexts::use_lang();
    let strings = move || ui(lang.get());
    let links = use_links();
    let location = use_location();
    let other = move || lang.get().other();
    let switch_href = move || {
        switch_language_href(
            &location.pathname.get(),
            &location.search.get(),
            // Built pages have no fragment (and reading it at build time only warns).
            &if cfg!(feature = "ssr") {
                String::new()
            } else {
                location.hash.get()
            },
            other(),
        )
    };
    let nav = move || {
        let strings = strings();
        Section::ALL
            .into_iter()
            .filter_map(|section| Some((section, section.nav_label(strings)?)))
            .map(|(section, label)| {
                let href = links.href(section.path());
                view! { <li><A href=href exact=section == Section::Overview>{label}</A></li> }
            })
            .collect_view()
    };
    view! {
        <header class="site-header">
            <div class="header-inner">
                <A href=move || links.to("") attr:class="site-name">{move || strings().site_name}</A>
                <a
                    class="lang-switch"
                    href=switch_href
                    hreflang=move || other().code()
                    lang=move || other().code()
                    on:click=move |_| store_lang(other())
                >
                    {move || strings().switch_language_label}
                </a>
            </div>
            <nav aria-label=move || strings().nav_label>
                <ul class="nav-list">{nav}</ul>
            </nav>
        </header>
    }
}

#[component]
fn Footer() -> impl IntoView {
    let lang = crate::contexts::use_lang();
    let strings = move || ui(lang.get());
    let data = use_site_data();
    let links = use_links();
    let as_of = move || {
        data.get().and_then(|r| r.ok()).map(|d| {
            format!(
                "{} ({})",
                format_date(d.entry.as_of, lang.get()),
                d.entry.id
            )
        })
    };
    let local = use_deployment().is_local();
    view! {
        <footer class="site-footer">
            <p>{move || strings().footer_source}</p>
            {move || as_of().map(|text| view! { <p>{strings().footer_data_as_of}": " <span class="as-of">{text}</span></p> })}
            <Show when=move || lang.get() == Lang::En>
                <p>{move || strings().footer_unofficial_translation}</p>
            </Show>
            <p><A href=move || links.to("about#open-data")>{move || strings().footer_open_data}</A></p>
            <Show when=move || local>
                <p class="local-instance">{move || strings().local_instance}</p>
            </Show>
        </footer>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn language_switch_keeps_route_query_and_fragment() {
        assert_eq!(
            switch_language_href("/az/measures", "?q=ikt&goal=8.1", "", Lang::En),
            "/en/measures?q=ikt&goal=8.1"
        );
        assert_eq!(switch_language_href("/en/", "", "", Lang::Az), "/az/");
        assert_eq!(switch_language_href("/en", "", "", Lang::Az), "/az/");
        assert_eq!(
            switch_language_href("/az/about", "", "#open-data", Lang::En),
            "/en/about#open-data"
        );
    }
}

//! Shows a page's content from the site data: on a built page it is there from the start; a
//! page rendered in the browser shows a loading state first; on failure a message in the page's
//! language with a retry button — never a blank page.

use crate::contexts::{use_lang, use_site_data};
use crate::i18n::{ui, Ui};
use crate::published_data::{DataError, SiteData};
use leptos::prelude::*;
use leptos_router::hooks::use_location;

/// The message for an error, in a language.
pub fn error_message(strings: &Ui, error: &DataError) -> String {
    match error {
        DataError::Network => strings.error_network.to_string(),
        DataError::Http(code) => (strings.error_http)(*code),
        DataError::Malformed(_) => strings.error_malformed.to_string(),
        DataError::UnsupportedSchema(found) => (strings.error_schema)(found),
        DataError::UnknownSnapshot(id) => (strings.error_unknown_snapshot)(id),
    }
}

/// Renders `render(data)` when the data is loaded.
#[component]
pub fn DataView<F, V>(
    /// Builds the page from the data.
    render: F,
) -> impl IntoView
where
    F: Fn(SiteData) -> V + Send + Sync + 'static,
    V: IntoView + 'static,
{
    let data = use_site_data();
    let lang = use_lang();
    let location = use_location();
    move || {
        let strings = ui(lang.get());
        // A retry after an error shows the loading state again; another snapshot loading keeps
        // the page as it is.
        let retrying = matches!(data.get(), Some(Err(_))) && data.loading();
        match data.get().filter(|_| !retrying) {
            None => view! {
                <div class="loading" role="status" aria-live="polite">
                    <span class="spinner" aria-hidden="true"></span>
                    {strings.loading}
                </div>
            }
            .into_any(),
            Some(Ok(site)) => render(site).into_any(),
            Some(Err(error)) => {
                let message = error_message(strings, &error);
                let unknown_snapshot = matches!(error, DataError::UnknownSnapshot(_));
                let latest_href = location.pathname.get();
                view! {
                    <div class="error-box" role="alert">
                        <h1>{strings.error_title}</h1>
                        <p>{message}</p>
                        <p class="error-actions">
                            <button type="button" class="button" on:click=move |_| data.retry()>{strings.retry}</button>
                            <Show when=move || unknown_snapshot>
                                <a class="button secondary" href=latest_href.clone()>{strings.go_to_latest}</a>
                            </Show>
                        </p>
                    </div>
                }
                .into_any()
            }
        }
    }
}

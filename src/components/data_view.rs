//! Shows a page's content from the site data: on a built page it is there from the start; a
//! page rendered in the browser shows a loading state first; on failure a message in the page's
//! language with a retry button — never a blank page.

use crate::api::{ApiError, SiteData};
use crate::i18n::{ui, Ui};
use crate::state::{use_lang, use_site_data};
use leptos::prelude::*;
use leptos_router::hooks::use_location;

/// The message for an error, in a language.
pub fn error_message(t: &Ui, error: &ApiError) -> String {
    match error {
        ApiError::Network => t.error_network.to_string(),
        ApiError::Http(code) => (t.error_http)(*code),
        ApiError::Malformed(_) => t.error_malformed.to_string(),
        ApiError::UnsupportedSchema(found) => (t.error_schema)(found),
        ApiError::UnknownSnapshot(id) => (t.error_unknown_snapshot)(id),
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
        let t = ui(lang.get());
        // A retry after an error shows the loading state again; another snapshot loading keeps
        // the page as it is.
        let retrying = matches!(data.get(), Some(Err(_))) && data.loading();
        match data.get().filter(|_| !retrying) {
            None => view! {
                <div class="loading" role="status" aria-live="polite">
                    <span class="spinner" aria-hidden="true"></span>
                    {t.loading}
                </div>
            }
            .into_any(),
            Some(Ok(site)) => render(site).into_any(),
            Some(Err(error)) => {
                let message = error_message(t, &error);
                let unknown_snapshot = matches!(error, ApiError::UnknownSnapshot(_));
                let latest_href = location.pathname.get();
                view! {
                    <div class="error-box" role="alert">
                        <h1>{t.error_title}</h1>
                        <p>{message}</p>
                        <p class="error-actions">
                            <button type="button" class="button" on:click=move |_| data.retry()>{t.retry}</button>
                            <Show when=move || unknown_snapshot>
                                <a class="button secondary" href=latest_href.clone()>{t.go_to_latest}</a>
                            </Show>
                        </p>
                    </div>
                }
                .into_any()
            }
        }
    }
}

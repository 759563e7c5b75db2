//! The moderators' tools under the list: the filtered list as a CSV or JSON download, and a
//! person's deletion request.

use crate::app::Shared;
use crate::browser;
use crate::client::ApiError;
use leptos::prelude::*;
use model::moderation::ExportFormat;

/// The file name and media type of an export.
pub fn export_file(format: ExportFormat) -> (&'static str, &'static str) {
    match format {
        ExportFormat::Csv => ("feedback.csv", "text/csv;charset=utf-8"),
        ExportFormat::Json => ("feedback.json", "application/json"),
    }
}

/// The byte order mark spreadsheets need to read a CSV file as UTF-8.
const BOM: char = '\u{feff}';

/// The file's text as downloaded. The service sends CSV with a byte order mark, but reading a
/// response as text drops it (the Encoding standard's UTF-8 decode), so it is put back.
pub fn file_text(format: ExportFormat, body: String) -> String {
    match format {
        ExportFormat::Csv if !body.starts_with(BOM) => format!("{BOM}{body}"),
        ExportFormat::Csv | ExportFormat::Json => body,
    }
}

/// Downloads of the filtered list.
#[component]
pub fn ExportTool() -> impl IntoView {
    let shared = expect_context::<Shared>();
    let strings = shared.strings();
    let export = Action::new_local(move |format: &ExportFormat| {
        let (format, filter, client) = (*format, shared.filter.get_untracked(), shared.client());
        async move {
            let body = match client {
                Some(client) => client.export(&filter, format).await?,
                None => return Err(ApiError::Unauthorized),
            };
            let (name, mime) = export_file(format);
            browser::download(name, mime, &file_text(format, body));
            Ok(())
        }
    });
    let failure = move || {
        export
            .value()
            .get()
            .and_then(Result::err)
            .map(|e| view! { <p class="error-box" role="alert">{shared.failure(&e)}</p> })
    };
    view! {
        <section aria-labelledby="export-heading">
            <h3 id="export-heading">{strings.export_heading}</h3>
            <p>{strings.export_intro}</p>
            <p class="actions">
                <button type="button" class="button secondary" on:click=move |_| { export.dispatch(ExportFormat::Csv); }>{strings.export_csv}</button>
                <button type="button" class="button secondary" on:click=move |_| { export.dispatch(ExportFormat::Json); }>{strings.export_json}</button>
            </p>
            {failure}
        </section>
    }
}

/// A person's deletion request, by email, after an explicit confirmation.
#[component]
pub fn EraseTool() -> impl IntoView {
    let shared = expect_context::<Shared>();
    let strings = shared.strings();
    let email = RwSignal::new(String::new());
    let confirmed = RwSignal::new(false);
    let erase = Action::new_local(move |email: &String| {
        let (email, client) = (email.clone(), shared.client());
        async move {
            match client {
                Some(client) => client.erase(&email).await,
                None => Err(ApiError::Unauthorized),
            }
        }
    });
    Effect::new(move |_| {
        if let Some(Ok(_)) = erase.value().get() {
            confirmed.set(false);
            shared.changes.update(|n| *n += 1);
        }
    });
    let outcome = move || {
        erase.value().get().map(|answer| match answer {
            Ok(erased) => {
                view! { <p class="ok" role="status">{(strings.erased)(erased.deleted)}</p> }
                    .into_any()
            }
            Err(error) => {
                view! { <p class="error-box" role="alert">{shared.failure(&error)}</p> }.into_any()
            }
        })
    };
    view! {
        <section aria-labelledby="erase-heading">
            <h3 id="erase-heading">{strings.erase_heading}</h3>
            <p>{strings.erase_intro}</p>
            <form on:submit=move |ev| {
                ev.prevent_default();
                if confirmed.get_untracked() && !email.get_untracked().trim().is_empty() && !erase.pending().get_untracked() {
                    erase.dispatch(email.get_untracked());
                }
            }>
                <div class="field">
                    <label for="erase-email">{strings.erase_email}</label>
                    <input id="erase-email" type="email" autocomplete="off" required
                        prop:value=move || email.get() on:input=move |ev| email.set(event_target_value(&ev))/>
                </div>
                <div class="field field-check">
                    <input id="erase-confirm" type="checkbox" prop:checked=move || confirmed.get()
                        on:change=move |ev| confirmed.set(event_target_checked(&ev))/>
                    <label for="erase-confirm">{strings.erase_confirm}</label>
                </div>
                <p><button type="submit" class="button danger" disabled=move || !confirmed.get()>{strings.erase}</button></p>
            </form>
            {outcome}
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_csv_download_keeps_its_byte_order_mark() {
        assert_eq!(file_text(ExportFormat::Csv, "id\n".into()), "\u{feff}id\n");
        assert_eq!(
            file_text(ExportFormat::Csv, "\u{feff}id\n".into()),
            "\u{feff}id\n"
        );
        assert_eq!(file_text(ExportFormat::Json, "{}".into()), "{}");
    }
}

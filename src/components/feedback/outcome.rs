//! What the reader is told after sending: the confirmation with the item's number, or why the
//! message was not stored and what to do (retry, send as new, wait).

use super::client::SendError;
use crate::i18n::{field_error_message, ui};
use leptos::prelude::*;
use model::feedback::Accepted;
use model::format::format_date;
use model::Lang;

/// A date-time from the service (RFC 3339, UTC) in the page language.
pub fn received_text(received_at: &str, lang: Lang) -> String {
    match received_at
        .get(..10)
        .and_then(|d| d.parse::<model::Date>().ok())
    {
        Some(date) => format!(
            "{} {}",
            format_date(date, lang),
            received_at.get(11..16).unwrap_or("")
        ),
        None => received_at.to_string(),
    }
}

/// "Thank you": the service has the message.
#[component]
pub fn SentNotice(
    /// The service's answer.
    accepted: Accepted,
    /// The page language.
    lang: Signal<Lang>,
    /// Starts a new message.
    on_another: Callback<()>,
) -> impl IntoView {
    let text = move || {
        let lang = lang.get();
        (ui(lang).fb_sent_text)(accepted.id, &received_text(&accepted.received_at, lang))
    };
    view! {
        <div class="feedback-sent" role="status" tabindex="-1">
            <p><strong>{move || ui(lang.get()).fb_sent_title}</strong></p>
            <p>{text}</p>
            <button type="button" class="button secondary" on:click=move |_| on_another.run(())>
                {move || ui(lang.get()).fb_send_another}
            </button>
        </div>
    }
}

/// Why the message was not stored, with the way on.
#[component]
pub fn ErrorBanner(
    /// What went wrong.
    error: SendError,
    /// The page language.
    lang: Signal<Lang>,
    /// Sends the same draft again (same key).
    on_retry: Callback<()>,
    /// Sends the draft as a new message (new key).
    on_send_as_new: Callback<()>,
) -> impl IntoView {
    let strings = move || ui(lang.get());
    let retry = move || {
        view! { <button type="button" class="button" on:click=move |_| on_retry.run(())>{move || strings().fb_retry}</button> }
    };
    let body = match error {
        SendError::Invalid(errors) => view! {
            <p><strong>{move || strings().fb_errors_title}</strong></p>
            <ul>
                {errors.into_iter().map(|e| view! { <li>{move || field_error_message(lang.get(), e)}</li> }).collect_view()}
            </ul>
        }
        .into_any(),
        SendError::Network => view! { <p>{move || strings().fb_failed_network}</p>{retry()} }.into_any(),
        SendError::Server => view! { <p>{move || strings().fb_failed_server}</p>{retry()} }.into_any(),
        SendError::RateLimited(wait) => {
            view! { <p>{move || (strings().fb_rate_limited)(&wait)}</p> }.into_any()
        }
        SendError::Conflict => view! {
            <p>{move || strings().fb_conflict}</p>
            <button type="button" class="button" on:click=move |_| on_send_as_new.run(())>{move || strings().fb_send_as_new}</button>
        }
        .into_any(),
    };
    view! { <div class="form-errors" role="alert">{body}</div> }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_receipt_time_reads_in_the_page_language() {
        assert_eq!(
            received_text("2026-11-25T10:04:05Z", Lang::Az),
            "25 noyabr 2026 10:04"
        );
        assert_eq!(
            received_text("2026-11-25T10:04:05Z", Lang::En),
            "25 November 2026 10:04"
        );
        assert_eq!(received_text("soon", Lang::En), "soon");
    }
}

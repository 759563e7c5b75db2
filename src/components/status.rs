//! A measure's status as a badge: colour plus text (never colour alone).

use crate::contexts::use_lang;
use crate::i18n::status_label;
use leptos::prelude::*;
use model::Status;

/// The CSS class of a status.
pub fn status_class(status: Status) -> String {
    format!("status status-{}", status.code().replace('_', "-"))
}

/// A status badge.
#[component]
pub fn StatusBadge(
    /// The status to show.
    status: Status,
) -> impl IntoView {
    let lang = use_lang();
    view! { <span class=status_class(status)>{move || status_label(lang.get(), status)}</span> }
}

//! A measure's status as a badge: colour plus text (never colour alone).

use crate::contexts::use_lang;
use crate::i18n::{status_label, ui};
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

/// The label of a measure past its end year (the snapshot's date is after 31 December of the last
/// year of its period, and it is neither completed nor discontinued: see
/// [`model::Snapshot::is_past_end_year`]). Derived by the site, never reported, and it says so.
#[component]
pub fn PastEndYearFlag() -> impl IntoView {
    let lang = use_lang();
    view! {
        <span class="past-end">
            {move || ui(lang.get()).past_end_year}" "
            <span class="derived">"("{move || ui(lang.get()).past_end_year_derived}")"</span>
        </span>
    }
}

//! A measure's status as a badge: colour plus text (never colour alone); counts per status.

use crate::contexts::use_lang;
use crate::i18n::{status_label, ui};
use leptos::prelude::*;
use model::rollup::StatusCounts;
use model::Status;
use ui_text::count;

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

/// Counts per status as a short list ("Not yet reported 26"), the numbers in the language's style.
#[component]
pub fn StatusCountList(counts: StatusCounts) -> impl IntoView {
    let lang = use_lang();
    let items = counts
        .non_zero()
        .into_iter()
        .map(|(status, n)| view! { <li><span class=status_class(status)>{move || status_label(lang.get(), status)}</span>" "<strong>{move || count(n, lang.get())}</strong></li> })
        .collect_view();
    view! { <ul class="status-legend">{items}</ul> }
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

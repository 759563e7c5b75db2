//! The invitation to comment that ends measure and indicator pages, linking to the feedback page
//! with the topic preset.

use crate::i18n::ui;
use crate::state::{use_lang, use_links};
use leptos::prelude::*;
use leptos_router::components::A;

/// "Comment on this page", for a topic (a measure or indicator id).
#[component]
pub fn FeedbackCta(
    /// The topic id.
    topic: String,
) -> impl IntoView {
    let lang = use_lang();
    let links = use_links();
    let href = move || links.to(&format!("feedback?topic={topic}"));
    view! {
        <section class="feedback-cta" aria-labelledby="feedback-heading">
            <h2 id="feedback-heading">{move || ui(lang.get()).feedback_cta}</h2>
            <p>{move || ui(lang.get()).feedback_cta_text}</p>
            <p><A href=href attr:class="button secondary">{move || ui(lang.get()).feedback_title}</A></p>
        </section>
    }
}

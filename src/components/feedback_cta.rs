//! The invitation to comment that ends measure and indicator pages: the feedback form with the
//! topic preset, folded until the reader opens it.

use crate::components::feedback::draft::DraftStore;
use crate::components::feedback::FeedbackForm;
use crate::components::public_feedback::{FeedbackCounts, PublishedAnswersList};
use crate::contexts::use_lang;
use crate::i18n::ui;
use crate::published_data::SiteData;
use leptos::prelude::*;

/// "Comment on this page", for a topic (a measure or indicator id).
#[component]
pub fn FeedbackCta(
    /// The loaded data.
    site: SiteData,
    /// The topic id.
    topic: String,
) -> impl IntoView {
    let lang = use_lang();
    // An unsent draft opens the form once the app runs, so the reader sees it is still there.
    let open = RwSignal::new(false);
    let store = DraftStore::new(&topic);
    Effect::new(move |_| {
        if store.load().is_some_and(|d| d.has_message()) {
            open.set(true);
        }
    });
    view! {
        <section class="feedback-cta" aria-labelledby="feedback-heading" data-app-part="">
            <h2 id="feedback-heading">{move || ui(lang.get()).feedback_cta}</h2>
            <FeedbackCounts topic=Some(topic.clone())/>
            <p>{move || ui(lang.get()).feedback_cta_text}</p>
            <details open=open>
                <summary>{move || ui(lang.get()).feedback_title}</summary>
                <FeedbackForm site=site topic=topic.clone()/>
            </details>
            <PublishedAnswersList topic=topic/>
        </section>
    }
}

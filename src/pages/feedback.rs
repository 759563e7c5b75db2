//! The feedback page (`/{lang}/feedback?topic=<id>`): the form, with the topic chosen in its
//! list when the link names a known measure or indicator (the reader may change it).

use crate::components::data_view::DataView;
use crate::components::feedback::FeedbackForm;
use crate::contexts::use_lang;
use crate::document::use_page_meta;
use crate::i18n::ui;
use crate::published_data::SiteData;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

/// The feedback page.
#[component]
pub fn FeedbackPage() -> impl IntoView {
    let lang = use_lang();
    use_page_meta(move || {
        let strings = ui(lang.get());
        (
            format!("{} · {}", strings.feedback_title, strings.site_name),
            strings.fb_intro.to_string(),
        )
    });
    view! { <DataView render=move |site| view! { <Feedback site=site/> }/> }
}

/// The query parameter presetting the topic (`?topic=8.1.1.1`).
pub const TOPIC_PARAM: &str = "topic";

/// The topic from `?topic=`, when feedback may be about it (a measure, an indicator, general).
pub fn preset_topic(site: &SiteData, requested: Option<&str>) -> Option<String> {
    let id = requested?.trim();
    model::feedback::is_topic(&site.strategy, id).then(|| id.to_string())
}

#[component]
fn Feedback(site: SiteData) -> impl IntoView {
    let lang = use_lang();
    let query = use_query_map();
    let topic = Memo::new(move |_| query.read().get(TOPIC_PARAM));
    let strings = move || ui(lang.get());
    // The link's topic is chosen in the form's list, as the reader would choose it: the page
    // keeps the shape it was built with (the topic is applied after adoption).
    let chosen = Signal::derive({
        let site = site.clone();
        move || preset_topic(&site, topic.get().as_deref())
    });
    let form = view! { <FeedbackForm site=site chosen=chosen/> };
    view! {
        <article class="feedback-page">
            <h1>{move || strings().feedback_title}</h1>
            <p class="lead-text">{move || strings().fb_intro}</p>
            {form}
        </article>
    }
}

//! The public side of the feedback loop on a topic's page: how many messages were received and
//! answered ("12 received, 5 answered"), and the questions and answers moderators published
//! (only with the sender's opt-in), newest first. Both come from the feedback service after the
//! page is adopted; the built page reserves the counts' line, and where the service cannot be
//! reached (a static host without it) the block says nothing and takes no space.

use crate::contexts::use_lang;
use crate::deployment::use_deployment;
use crate::i18n::ui;
use leptos::prelude::*;
use model::format::format_date;
use model::moderation::{PublishedAnswers, Summary};
use model::{Date, Lang};
use serde::de::DeserializeOwned;

/// The service's public read routes, next to the form's endpoint (`…/api/feedback/summary`).
pub fn public_url(feedback_endpoint: &str, route: &str) -> String {
    format!("{}/{route}", feedback_endpoint.trim_end_matches('/'))
}

async fn fetch_json<T: DeserializeOwned>(url: String) -> Option<T> {
    let response = gloo_net::http::Request::get(&url).send().await.ok()?;
    if !response.ok() {
        return None;
    }
    response.json::<T>().await.ok()
}

/// The service's summary as the app knows it: asked for once (by the first counts line the
/// reader sees), then shared by every page.
#[derive(Clone, Debug, PartialEq)]
enum SummaryState {
    NotAsked,
    Waiting,
    Known(Summary),
    Unavailable,
}

#[derive(Clone, Copy)]
struct SharedSummary(RwSignal<SummaryState>);

/// Makes the summary shareable for the life of the app (call it where the app starts, so the
/// summary outlives the pages that read it).
pub fn provide_summary() {
    provide_context(SharedSummary(RwSignal::new(SummaryState::NotAsked)));
}

/// The shared summary, asking the service for it the first time.
fn use_summary() -> RwSignal<SummaryState> {
    let shared = use_context::<SharedSummary>().unwrap_or_else(|| {
        provide_summary();
        expect_context::<SharedSummary>()
    });
    let state = shared.0;
    let url = public_url(&use_deployment().feedback_endpoint(), "summary");
    Effect::new(move |_| {
        if state.get_untracked() != SummaryState::NotAsked {
            return;
        }
        state.set(SummaryState::Waiting);
        let url = url.clone();
        leptos::task::spawn_local(async move {
            state.try_set(match fetch_json::<Summary>(url).await {
                Some(summary) => SummaryState::Known(summary),
                None => SummaryState::Unavailable,
            });
        });
    });
    state
}

/// The counts of a topic (`None`: every topic together, for the overview).
#[component]
pub fn FeedbackCounts(
    /// The topic id, or `None` for all topics.
    topic: Option<String>,
) -> impl IntoView {
    let lang = use_lang();
    let summary = use_summary();
    let class = move || match summary.get() {
        SummaryState::Unavailable => "feedback-counts gone",
        _ => "feedback-counts",
    };
    let text = move || {
        let SummaryState::Known(summary) = summary.get() else {
            return None;
        };
        let strings = ui(lang.get());
        Some(match &topic {
            Some(topic) => {
                let (received, answered) = summary.of(topic);
                (strings.feedback_counts)(received, answered)
            }
            None => {
                let (received, answered) = summary
                    .topics
                    .iter()
                    .fold((0, 0), |(r, a), t| (r + t.received, a + t.answered));
                (strings.feedback_counts_all)(received, answered)
            }
        })
    };
    view! { <p class=class aria-live="polite" data-app-part="">{text}</p> }
}

/// A date from the service (`YYYY-MM-DD`) in the page language.
fn day(text: &str, lang: Lang) -> String {
    text.get(..10)
        .and_then(|d| d.parse::<Date>().ok())
        .map_or_else(|| text.to_string(), |d| format_date(d, lang))
}

/// The published questions and answers of a topic, newest first; nothing when there are none
/// or the service cannot be reached.
#[component]
pub fn PublishedAnswersList(
    /// The topic id.
    topic: String,
) -> impl IntoView {
    let lang = use_lang();
    let url = format!(
        "{}?topic={}",
        public_url(&use_deployment().feedback_endpoint(), "published"),
        crate::url::encode_component(&topic)
    );
    let published = RwSignal::new(PublishedAnswers::default());
    Effect::new(move |_| {
        let url = url.clone();
        leptos::task::spawn_local(async move {
            if let Some(answers) = fetch_json::<PublishedAnswers>(url).await {
                // The reader may have left the page meanwhile.
                published.try_set(answers);
            }
        });
    });
    move || {
        let items = published.get().items;
        if items.is_empty() {
            return None;
        }
        let lang_now = lang.get();
        let strings = ui(lang_now);
        let list = items
            .into_iter()
            .map(|item| {
                let written_in = crate::i18n::language_name_in(lang_now, item.lang);
                let question = item.question.map(|q| {
                    view! {
                        <p class="meta">{(strings.published_question)(&day(&item.asked_on, lang_now), written_in)}</p>
                        <blockquote lang=item.lang.code()>{q}</blockquote>
                    }
                });
                view! {
                    <li class="published-answer">
                        {question}
                        <p class="meta">{(strings.published_answer)(&day(&item.answered_on, lang_now))}</p>
                        <p class="answer" lang=item.lang.code()>{item.answer}</p>
                    </li>
                }
            })
            .collect_view();
        Some(view! {
            <section class="published-answers" aria-labelledby="published-answers-heading">
                <h2 id="published-answers-heading">{strings.published_answers_heading}</h2>
                <ul class="plain">{list}</ul>
            </section>
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn public_routes_sit_next_to_the_form_endpoint() {
        assert_eq!(
            public_url("/api/feedback", "summary"),
            "/api/feedback/summary"
        );
        assert_eq!(
            public_url("https://fb.example.az/api/feedback/", "published"),
            "https://fb.example.az/api/feedback/published"
        );
    }

    #[test]
    fn service_dates_read_in_the_page_language() {
        assert_eq!(day("2026-12-01", Lang::Az), "1 dekabr 2026");
        assert_eq!(day("2026-12-01T10:00:00Z", Lang::En), "1 December 2026");
        assert_eq!(day("soon", Lang::En), "soon");
    }
}

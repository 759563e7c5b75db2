//! One message: who sent it and from where, its status, the moderators' answer, its
//! publication (only when the sender opted in), and its audit trail. Every change names the
//! version the moderator saw; when another moderator changed the message first, the page says
//! so and shows the message as it is now. Buttons stay focusable while a change is under way
//! (`aria-disabled`, the click ignored): a disabled button would drop the keyboard focus.

use crate::app::Shared;
use crate::audit::AuditView;
use crate::client::{ApiError, Client};
use leptos::prelude::*;
use model::feedback::ModerationStatus;
use model::moderation::{AnswerChange, ModerationItem, PublishRequest, StatusChange};
use std::future::Future;
use ui_text::moderation::moderation_status_label;

/// A change to the open message.
#[derive(Clone, Debug, PartialEq)]
enum Change {
    Status(StatusChange),
    Answer(AnswerChange),
    Publish(PublishRequest),
    Unpublish { version: i64 },
}

async fn apply(client: Client, id: i64, change: Change) -> Result<ModerationItem, ApiError> {
    match change {
        Change::Status(change) => client.set_status(id, &change).await,
        Change::Answer(change) => client.answer(id, &change).await,
        Change::Publish(request) => client.publish(id, &request).await,
        Change::Unpublish { version } => client.unpublish(id, version).await,
    }
}

fn with_client<F, Fut, T>(shared: Shared, call: F) -> impl Future<Output = Result<T, ApiError>>
where
    F: FnOnce(Client) -> Fut,
    Fut: Future<Output = Result<T, ApiError>>,
{
    let client = shared.client();
    let future = client.map(call);
    async move {
        match future {
            Some(future) => future.await,
            None => Err(ApiError::Unauthorized),
        }
    }
}

/// The open message, loaded by id.
#[component]
pub fn ItemView(id: i64) -> impl IntoView {
    let shared = expect_context::<Shared>();
    let strings = shared.strings();
    let loaded =
        LocalResource::new(move || with_client(shared, move |c| async move { c.item(id).await }));
    let body = move || {
        match loaded.get() {
        None => view! { <p class="loading" role="status">{strings.loading}</p> }.into_any(),
        Some(Err(error)) => view! {
            <div class="error-box" role="alert">
                <p>{shared.failure(&error)}</p>
                <button type="button" class="button" on:click=move |_| loaded.refetch()>{strings.retry}</button>
            </div>
        }
        .into_any(),
        Some(Ok(item)) => view! { <ItemDetail item=item/> }.into_any(),
    }
    };
    view! {
        <p><button type="button" class="button secondary" on:click=move |_| shared.open.set(None)>{strings.back_to_list}</button></p>
        {body}
    }
}

/// The message with its forms.
#[component]
fn ItemDetail(item: ModerationItem) -> impl IntoView {
    let shared = expect_context::<Shared>();
    let strings = shared.strings();
    let id = item.id;
    let current = RwSignal::new(item);
    let notice = RwSignal::new(None::<Result<&'static str, String>>);
    let change = Action::new_local(move |change: &Change| {
        let change = change.clone();
        with_client(shared, move |client| apply(client, id, change))
    });
    // After each answer: take the new item; on a conflict load the item as it is now.
    Effect::new(move |_| {
        let Some(answer) = change.value().get() else {
            return;
        };
        match answer {
            Ok(item) => {
                current.set(item);
                notice.set(Some(Ok(strings.saved)));
                shared.changes.update(|n| *n += 1);
            }
            Err(error) => {
                notice.set(Some(Err(shared.failure(&error))));
                if error == ApiError::Conflict {
                    let reload = with_client(shared, move |c| async move { c.item(id).await });
                    leptos::task::spawn_local(async move {
                        if let Ok(item) = reload.await {
                            current.set(item);
                        }
                    });
                }
            }
        }
    });
    let version = move || current.with_untracked(|i| i.version);
    let item = current.get_untracked();
    let status = RwSignal::new(item.status);
    let answer = RwSignal::new(item.answer.clone().unwrap_or_default());
    let question = RwSignal::new(item.message.clone());
    let publish_question = RwSignal::new(true);
    Effect::new(move |_| {
        current.with(|i| {
            status.set(i.status);
            answer.set(i.answer.clone().unwrap_or_default());
        })
    });
    let status_options = ModerationStatus::ALL
        .into_iter()
        .map(|s| view! { <option value=s.code() selected=move || status.get() == s>{moderation_status_label(shared.lang, s)}</option> })
        .collect_view();
    let facts = move || {
        current.with(|i| {
            let lang = shared.lang;
            let field = |label: &'static str, value: String| view! { <dt>{label}</dt><dd>{value}</dd> };
            view! {
                <dl class="facts-list">
                    {field(strings.sender, format!("{} · {}",
                        i.name.clone().unwrap_or_else(|| strings.no_name.into()),
                        i.email.clone().unwrap_or_else(|| strings.no_email.into())))}
                    {field(strings.writes_as, ui_text::organisation_label(lang, i.organisation_type).into())}
                    {field(strings.written_in, ui_text::ui(i.language).language_name.into())}
                    {field(strings.column_received, i.created_at.replace('T', " "))}
                    {field(strings.column_topic, i.topic.clone())}
                    {field(strings.sent_from, i.page.clone().unwrap_or_default())}
                    {field(strings.snapshot_shown, i.snapshot.map(|s| s.to_string()).unwrap_or_default())}
                </dl>
                <p class="message-text" lang=i.language.code()>{i.message.clone()}</p>
            }
        })
    };
    let publication = move || {
        let item = current.get();
        if !item.publish_consent {
            return view! { <p>{strings.publication_no_consent}</p> }.into_any();
        }
        if let Some(published) = item.publication {
            let when = published
                .published_at
                .get(..10)
                .unwrap_or(&published.published_at)
                .to_string();
            return view! {
                <p>{(strings.published_on)(&when)}</p>
                <p><button type="button" class="button secondary"
                    on:click=move |_| { change.dispatch(Change::Unpublish { version: version() }); }>{strings.unpublish}</button></p>
            }
            .into_any();
        }
        if item.answer.as_deref().is_none_or(|a| a.trim().is_empty()) {
            return view! { <p>{strings.not_published}" "{strings.publication_needs_answer}</p> }
                .into_any();
        }
        view! {
            <p>{strings.not_published}</p>
            <div class="field field-check">
                <input id="publish-question" type="checkbox" prop:checked=move || publish_question.get()
                    on:change=move |ev| publish_question.set(event_target_checked(&ev))/>
                <label for="publish-question">{strings.publish_question_too}</label>
            </div>
            <div class="field">
                <label for="redacted">{strings.redacted_question_label}</label>
                <textarea id="redacted" rows="5" aria-describedby="redacted-hint"
                    disabled=move || !publish_question.get()
                    prop:value=move || question.get() on:input=move |ev| question.set(event_target_value(&ev))></textarea>
                <p class="hint" id="redacted-hint">{strings.redacted_question_hint}</p>
            </div>
            <p><button type="button" class="button" on:click=move |_| {
                let question = publish_question.get_untracked().then(|| question.get_untracked());
                change.dispatch(Change::Publish(PublishRequest { question, version: version() }));
            }>{strings.publish}</button></p>
        }
        .into_any()
    };
    let notice_view = move || {
        notice.get().map(|n| match n {
            Ok(text) => view! { <p class="ok" role="status">{text}</p> }.into_any(),
            Err(text) => view! { <p class="error-box" role="alert">{text}</p> }.into_any(),
        })
    };
    view! {
        <article aria-labelledby="item-heading">
            <h2 id="item-heading" tabindex="-1">{(strings.item_heading)(id)}</h2>
            {notice_view}
            {facts}
            <section aria-labelledby="status-heading">
                <h3 id="status-heading">{strings.status_heading}</h3>
                <div class="actions">
                    <label for="item-status" class="visually-hidden">{strings.status_heading}</label>
                    <select id="item-status" on:change=move |ev| {
                        if let Some(s) = ModerationStatus::from_code(&event_target_value(&ev)) { status.set(s) }
                    }>{status_options}</select>
                    <button type="button" class="button" aria-disabled=move || change.pending().get().to_string()
                        on:click=move |_| { if !change.pending().get_untracked() { change.dispatch(Change::Status(StatusChange { status: status.get_untracked(), version: version() })); } }>
                        {strings.save_status}
                    </button>
                </div>
            </section>
            <section aria-labelledby="answer-heading">
                <h3 id="answer-heading">{strings.answer_heading}</h3>
                <div class="field">
                    <label for="answer">{strings.answer_label}</label>
                    <textarea id="answer" rows="6" prop:value=move || answer.get()
                        on:input=move |ev| answer.set(event_target_value(&ev))></textarea>
                </div>
                <p><button type="button" class="button" aria-disabled=move || change.pending().get().to_string()
                    on:click=move |_| { if !change.pending().get_untracked() { change.dispatch(Change::Answer(AnswerChange { answer: answer.get_untracked(), version: version() })); } }>
                    {strings.save_answer}
                </button></p>
            </section>
            <section aria-labelledby="publication-heading">
                <h3 id="publication-heading">{strings.publication_heading}</h3>
                {publication}
            </section>
            <AuditView item=Some(id)/>
        </article>
    }
}

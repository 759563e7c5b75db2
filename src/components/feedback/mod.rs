//! The feedback form, for the feedback page and for measure and indicator pages.
//!
//! - [`draft`]: the reader's unsent message, kept in the browser per topic until the service
//!   has it, with the idempotency key a retry reuses (so a message is stored once).
//! - [`client`]: the request to the service and its answers, in the model's contract types.
//! - [`fields`]: one small component per field, each bound to its part of the draft.
//! - [`outcome`]: the confirmation, or why the message was not stored and what to do.
//!
//! The built page holds the empty form; the saved draft is restored once the app runs.

pub mod client;
pub mod draft;
pub mod fields;
pub mod outcome;

use crate::contexts::use_lang;
use crate::deployment::use_deployment;
use crate::published_data::SiteData;
use client::{send, SendError};
use draft::{new_idempotency_key, Draft, DraftStore};
use fields::*;
use leptos::prelude::*;
use leptos_router::hooks::use_location;
use model::feedback::{topics, Accepted, FeedbackRequest};
use outcome::{ErrorBanner, SentNotice};

/// The form.
#[component]
pub fn FeedbackForm(
    /// The loaded data (topics, snapshot).
    site: SiteData,
    /// The topic, when the page is about one (measure or indicator id); otherwise the reader chooses.
    #[prop(optional)]
    topic: Option<String>,
    /// A topic chosen in advance (a link's `?topic=`), in the list the reader may change it in;
    /// it may change while the form is shown (the link's query is applied after adoption).
    #[prop(optional)]
    chosen: Option<Signal<Option<String>>>,
) -> impl IntoView {
    let lang = use_lang();
    let location = use_location();
    let deployment = use_deployment();
    let scope = topic.clone().unwrap_or_else(|| "page".to_string());
    let store = StoredValue::new(DraftStore::new(&scope));
    let draft_key = store.with_value(|s| s.key().to_string());
    let chosen = chosen.unwrap_or_default();
    // The page's topic, or the one chosen in advance (over the saved draft's).
    let preset = {
        let topic = topic.clone();
        move || topic.clone().or_else(|| chosen.get_untracked())
    };
    let draft = RwSignal::new(Draft {
        topic: preset().unwrap_or_default(),
        ..Default::default()
    });
    let restored = RwSignal::new(false);
    Effect::new(move |_| {
        let saved = store.with_value(|s| s.restore(preset().as_deref()));
        restored.set(saved.has_message());
        draft.set(saved);
    });
    // A topic chosen later (the link's, once the app has adopted the page) is set in place.
    Effect::new(move |first: Option<()>| {
        if let (Some(_), Some(id)) = (first, chosen.get()) {
            draft.update(|d| d.topic = id);
        }
    });
    // Keeps every change (the first run sees the form as built, before the restore).
    Effect::new(move |previous: Option<()>| {
        let current = draft.get();
        if previous.is_some() {
            store.with_value(|s| s.save(&current));
        }
    });

    let endpoint = StoredValue::new(deployment.feedback_endpoint());
    let sending = Action::new_local(move |request: &FeedbackRequest| {
        let request = request.clone();
        async move {
            let answer = send(&endpoint.get_value(), &request).await;
            if answer.is_ok() {
                store.with_value(DraftStore::clear);
            }
            answer
        }
    });
    let outcome = sending.value();
    let snapshot = StoredValue::new(site.entry.id.to_string());
    let submit = move || {
        if sending.pending().get_untracked() {
            return;
        }
        let page = location.pathname.get_untracked();
        let request =
            draft.with_untracked(|d| d.request(lang.get_untracked(), snapshot.get_value(), page));
        sending.dispatch(request);
    };
    let on_retry = Callback::new(move |()| submit());
    let on_send_as_new = Callback::new(move |()| {
        draft.update(|d| d.idempotency_key = new_idempotency_key());
        submit();
    });
    let on_another = Callback::new(move |()| {
        restored.set(false);
        draft.update(|d| *d = d.next());
        outcome.set(None);
    });

    let errors = Signal::derive(move || match outcome.get() {
        Some(Err(SendError::Invalid(errors))) => errors,
        _ => Vec::new(),
    });
    let form = FormState {
        draft,
        errors,
        lang,
        id_prefix: StoredValue::new(format!("fb-{}", scope.replace('.', "-"))),
    };
    let choices: Vec<_> = topics(&site.strategy)
        .map(|(id, title)| (id.to_string(), title.clone()))
        .collect();
    let fixed = topic.and_then(|id| {
        choices
            .iter()
            .find(|(choice, _)| *choice == id)
            .cloned()
            .or(Some((id, Default::default())))
    });
    let accepted = move || outcome.get().and_then(Result::ok);
    let failure = move || outcome.get().and_then(Result::err);
    let contact = deployment.privacy_contact();

    view! {
        <Show
            when=move || accepted().is_none()
            fallback=move || accepted().map(|accepted: Accepted| view! { <SentNotice accepted=accepted lang=lang on_another=on_another/> })
        >
            // A part of an on-demand page the app starts for when touched; with a saved draft,
            // at once (src/static_page.rs).
            <form class="feedback-form" novalidate data-app-part="touch" data-draft-key=draft_key.clone() on:submit=move |ev| { ev.prevent_default(); submit(); }>
                {move || restored.get().then(|| view! { <p class="meta">{move || form.strings().fb_draft_restored}</p> })}
                {move || failure().map(|error| view! { <ErrorBanner error=error lang=lang on_retry=on_retry on_send_as_new=on_send_as_new/> })}
                <TopicField form=form fixed=fixed.clone() choices=choices.clone()/>
                <MessageField form=form/>
                <NameField form=form/>
                <EmailField form=form/>
                <OrganisationField form=form/>
                <Honeypot form=form/>
                <ConsentField form=form contact=contact.clone()/>
                <PublishConsentField form=form/>
                <p>
                    <button type="submit" class="button" disabled=move || sending.pending().get()>
                        {move || if sending.pending().get() { form.strings().fb_sending } else { form.strings().fb_send }}
                    </button>
                </p>
            </form>
        </Show>
    }
}

//! The feedback form: one component for the feedback page and for measure and indicator pages.
//!
//! The draft (with its idempotency key) is kept in localStorage until the service answers 201, so
//! a reload or a failed send loses nothing, and a retry reuses the key so the message is stored
//! once. Errors come back from the service as per-field codes, shown next to each field in the
//! page's language.

use crate::api::SiteData;
use crate::browser;
use crate::deployment::use_deployment;
use crate::i18n::{field_error_message, organisation_label, ui};
use crate::state::use_lang;
use gloo_net::http::Request;
use leptos::prelude::*;
use leptos_router::hooks::use_location;
use model::format::format_date;
use serde::{Deserialize, Serialize};

use model::feedback::{
    Accepted, ErrorBody, FeedbackRequest, Field, FieldError, OrganisationType, GENERAL_TOPIC,
    MAX_EMAIL_CHARS, MAX_MESSAGE_CHARS as MAX_MESSAGE, MAX_NAME_CHARS,
};

/// What is kept in the browser until the service has the message.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Draft {
    pub topic: String,
    pub message: String,
    pub name: String,
    pub email: String,
    pub organisation_type: String,
    pub consent: bool,
    pub idempotency_key: String,
}

fn draft_key(scope: &str) -> String {
    format!("strategy-site.feedback-draft.{scope}")
}

/// The saved draft of a form, if any.
pub fn load_draft(scope: &str) -> Option<Draft> {
    let text = browser::stored(&draft_key(scope))?;
    serde_json::from_str(&text).ok()
}

fn save_draft(scope: &str, draft: &Draft) {
    if let Ok(text) = serde_json::to_string(draft) {
        browser::store(&draft_key(scope), &text);
    }
}

fn clear_draft(scope: &str) {
    browser::forget(&draft_key(scope));
}

/// A new random idempotency key (128 bits, hex).
pub fn new_idempotency_key() -> String {
    let mut bytes = [0u8; 16];
    if !browser::random_bytes(&mut bytes) {
        for b in &mut bytes {
            *b = (js_sys::Math::random() * 256.0) as u8;
        }
    }
    let hex: String = bytes.iter().map(|b| format!("{b:02x}")).collect();
    format!("fb-{hex}")
}

/// Where a send stands.
#[derive(Clone, Debug, PartialEq)]
pub enum SendState {
    /// Nothing sent yet (or being edited).
    Idle,
    /// On its way.
    Sending,
    /// Stored by the service.
    Sent { id: i64, received_at: String },
    /// The service refused some fields.
    Invalid(Vec<FieldError>),
    /// No answer.
    Network,
    /// The service failed.
    Server,
    /// Too many submissions; seconds to wait.
    RateLimited(String),
    /// The key was used before with another body.
    Conflict,
}

async fn send(endpoint: String, body: String) -> SendState {
    let request = match Request::post(&endpoint)
        .header("content-type", "application/json")
        .body(body)
    {
        Ok(r) => r,
        Err(_) => return SendState::Network,
    };
    let Ok(response) = request.send().await else {
        return SendState::Network;
    };
    match response.status() {
        201 => match response.json::<Accepted>().await {
            Ok(a) => SendState::Sent {
                id: a.id,
                received_at: a.received_at,
            },
            Err(_) => SendState::Server,
        },
        400 => match response.json::<ErrorBody>().await {
            Ok(e) if !e.fields.is_empty() => SendState::Invalid(e.fields),
            _ => SendState::Server,
        },
        409 => SendState::Conflict,
        429 => SendState::RateLimited(
            response
                .headers()
                .get("retry-after")
                .unwrap_or_else(|| "60".into()),
        ),
        _ => SendState::Server,
    }
}

/// A date-time from the service shown in the page language.
fn received_text(received_at: &str, lang: model::Lang) -> String {
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

/// The form.
#[component]
pub fn FeedbackForm(
    /// The loaded data (topics, snapshot).
    site: SiteData,
    /// The topic, when the page is about one (measure or indicator id); otherwise the reader chooses.
    #[prop(optional)]
    topic: Option<String>,
) -> impl IntoView {
    let lang = use_lang();
    let location = use_location();
    let scope = topic.clone().unwrap_or_else(|| "page".to_string());
    let deployment = use_deployment();
    let endpoint = deployment.feedback_endpoint();
    // The form renders empty (as built); the saved draft is restored once the app runs.
    let restored = RwSignal::new(false);
    let ready = RwSignal::new(false);
    let topic_value = RwSignal::new(topic.clone().unwrap_or_default());
    let message = RwSignal::new(String::new());
    let name = RwSignal::new(String::new());
    let email = RwSignal::new(String::new());
    let organisation = RwSignal::new(String::new());
    let consent = RwSignal::new(false);
    let key = RwSignal::new(String::new());
    {
        let (scope, topic) = (scope.clone(), topic.clone());
        Effect::new(move |_| {
            let draft = load_draft(&scope).unwrap_or_default();
            restored.set(!draft.message.trim().is_empty());
            topic_value.set(topic.clone().unwrap_or(draft.topic));
            message.set(draft.message);
            name.set(draft.name);
            email.set(draft.email);
            organisation.set(draft.organisation_type);
            consent.set(draft.consent);
            key.set(if draft.idempotency_key.is_empty() {
                new_idempotency_key()
            } else {
                draft.idempotency_key
            });
            ready.set(true);
        });
    }
    let website = RwSignal::new(String::new());
    let state = RwSignal::new(SendState::Idle);
    let id_prefix = format!("fb-{}", scope.replace('.', "-"));

    // Keep the draft in the browser (an effect: it talks to localStorage).
    {
        let scope = scope.clone();
        Effect::new(move |_| {
            if !ready.get() {
                return;
            }
            let draft = Draft {
                topic: topic_value.get(),
                message: message.get(),
                name: name.get(),
                email: email.get(),
                organisation_type: organisation.get(),
                consent: consent.get(),
                idempotency_key: key.get(),
            };
            if matches!(state.get_untracked(), SendState::Sent { .. }) {
                return;
            }
            if draft.message.trim().is_empty() && draft.name.is_empty() && draft.email.is_empty() {
                clear_draft(&scope);
            } else {
                save_draft(&scope, &draft);
            }
        });
    }

    let snapshot = site.entry.id.to_string();
    let submit = {
        let scope = scope.clone();
        move || {
            if state.get_untracked() == SendState::Sending {
                return;
            }
            state.set(SendState::Sending);
            let (t, m, n, e, o, k, w) = (
                topic_value.get_untracked(),
                message.get_untracked(),
                name.get_untracked(),
                email.get_untracked(),
                organisation.get_untracked(),
                key.get_untracked(),
                website.get_untracked(),
            );
            let body = FeedbackRequest {
                topic: t,
                message: m,
                name: Some(n.trim().to_string()).filter(|v| !v.is_empty()),
                email: Some(e.trim().to_string()).filter(|v| !v.is_empty()),
                organisation_type: o,
                language: lang.get_untracked().code().to_string(),
                consent: consent.get_untracked(),
                snapshot: Some(snapshot.clone()),
                page: Some(location.pathname.get_untracked()),
                idempotency_key: k,
                website: Some(w),
            };
            let json = serde_json::to_string(&body).unwrap_or_default();
            let (scope, endpoint) = (scope.clone(), endpoint.clone());
            leptos::task::spawn_local(async move {
                let result = send(endpoint, json).await;
                if matches!(result, SendState::Sent { .. }) {
                    clear_draft(&scope);
                }
                state.set(result);
            });
        }
    };
    let on_submit = {
        let submit = submit.clone();
        move |ev: leptos::ev::SubmitEvent| {
            ev.prevent_default();
            submit();
        }
    };
    let send_as_new = {
        let submit = submit.clone();
        move |_| {
            key.set(new_idempotency_key());
            submit();
        }
    };
    let retry = move |_| submit();
    let write_another = {
        let scope = scope.clone();
        move |_| {
            clear_draft(&scope);
            message.set(String::new());
            key.set(new_idempotency_key());
            state.set(SendState::Idle);
        }
    };

    let error_for = move |field: Field| {
        move || match state.get() {
            SendState::Invalid(errors) => errors
                .iter()
                .find(|e| e.field == field)
                .map(|e| field_error_message(lang.get(), *e)),
            _ => None,
        }
    };
    let topics: Vec<(String, model::Text)> = site
        .strategy
        .measures
        .iter()
        .map(|m| (m.id.clone(), m.title.clone()))
        .chain(
            site.strategy
                .indicators
                .iter()
                .map(|i| (i.id.clone(), i.name.clone())),
        )
        .collect();
    let fixed_label = topic.as_ref().map(|id| {
        let title = topics
            .iter()
            .find(|(t, _)| t == id)
            .map(|(_, text)| text.clone())
            .unwrap_or_default();
        (id.clone(), title)
    });
    let contact = deployment.privacy_contact();
    let ids = move |suffix: &str| format!("{id_prefix}-{suffix}");
    let (
        id_topic,
        id_message,
        id_message_hint,
        id_name,
        id_email,
        id_org,
        id_consent,
        id_privacy,
        id_website,
    ) = (
        ids("topic"),
        ids("message"),
        ids("message-hint"),
        ids("name"),
        ids("email"),
        ids("org"),
        ids("consent"),
        ids("privacy"),
        ids("website"),
    );

    move || {
        let lang_now = lang.get();
        let t = ui(lang_now);
        if let SendState::Sent { id, received_at } = state.get() {
            return view! {
                <div class="feedback-sent" role="status" tabindex="-1">
                    <p><strong>{t.fb_sent_title}</strong></p>
                    <p>{(t.fb_sent_text)(id, &received_text(&received_at, lang_now))}</p>
                    <button type="button" class="button secondary" on:click=write_another.clone()>{t.fb_send_another}</button>
                </div>
            }
            .into_any();
        }
        let current = state.get();
        let banner = match &current {
            SendState::Invalid(errors) => Some(view! {
                <div class="form-errors" role="alert">
                    <p><strong>{t.fb_errors_title}</strong></p>
                    <ul>{errors.iter().map(|e| view! { <li>{field_error_message(lang_now, *e)}</li> }).collect_view()}</ul>
                </div>
            }.into_any()),
            SendState::Network => Some(view! { <div class="form-errors" role="alert"><p>{t.fb_failed_network}</p><button type="button" class="button" on:click=retry.clone()>{t.fb_retry}</button></div> }.into_any()),
            SendState::Server => Some(view! { <div class="form-errors" role="alert"><p>{t.fb_failed_server}</p><button type="button" class="button" on:click=retry.clone()>{t.fb_retry}</button></div> }.into_any()),
            SendState::RateLimited(wait) => Some(view! { <div class="form-errors" role="alert"><p>{(t.fb_rate_limited)(wait)}</p></div> }.into_any()),
            SendState::Conflict => Some(view! { <div class="form-errors" role="alert"><p>{t.fb_conflict}</p><button type="button" class="button" on:click=send_as_new.clone()>{t.fb_send_as_new}</button></div> }.into_any()),
            _ => None,
        };
        let sending = current == SendState::Sending;
        let topic_field = match &fixed_label {
            Some((id, title)) => {
                let title = title.in_lang(lang_now).to_string();
                view! { <p class="fixed-topic"><span class="label">{t.fb_topic_fixed}": "</span><span class="item-id">{id.clone()}</span>" "{title}</p> }.into_any()
            }
            None => {
                let options = topics
                    .iter()
                    .map(|(id, title)| {
                        let label = format!("{id} {}", title.in_lang(lang_now));
                        let selected = topic_value.get_untracked() == *id;
                        view! { <option value=id.clone() selected=selected>{label}</option> }
                    })
                    .collect_view();
                let general_selected = topic_value.get_untracked() == GENERAL_TOPIC;
                let none_selected = topic_value.get_untracked().is_empty();
                let err = error_for(Field::Topic);
                view! {
                    <div class="field">
                        <label for=id_topic.clone()>{t.fb_topic}</label>
                        <select id=id_topic.clone() required on:change=move |ev| topic_value.set(event_target_value(&ev))>
                            <option value="" selected=none_selected>{t.fb_org_choose}</option>
                            <option value=GENERAL_TOPIC selected=general_selected>{t.fb_topic_general}</option>
                            {options}
                        </select>
                        {move || err().map(|e| view! { <p class="field-error">{e}</p> })}
                    </div>
                }
                .into_any()
            }
        };
        let org_options = OrganisationType::ALL
            .into_iter()
            .map(|kind| {
                let selected = organisation.get_untracked() == kind.code();
                view! { <option value=kind.code() selected=selected>{organisation_label(lang_now, kind)}</option> }
            })
            .collect_view();
        let (err_message, err_email, err_name, err_org, err_consent) = (
            error_for(Field::Message),
            error_for(Field::Email),
            error_for(Field::Name),
            error_for(Field::OrganisationType),
            error_for(Field::Consent),
        );
        let privacy = (t.fb_privacy)(contact.as_deref().unwrap_or(t.fb_contact_missing));
        let used =
            move || (ui(lang.get()).fb_message_hint)(message.get().chars().count(), MAX_MESSAGE);
        view! {
            <form class="feedback-form" on:submit=on_submit.clone() novalidate>
                {restored.get().then(|| view! { <p class="meta">{t.fb_draft_restored}</p> })}
                {banner}
                {topic_field}
                <div class="field">
                    <label for=id_message.clone()>{t.fb_message}</label>
                    <textarea
                        id=id_message.clone()
                        rows="6"
                        maxlength=MAX_MESSAGE
                        required
                        aria-describedby=id_message_hint.clone()
                        aria-invalid=move || err_message().is_some().to_string()
                        prop:value=move || message.get()
                        on:input=move |ev| message.set(event_target_value(&ev))
                    ></textarea>
                    <p class="hint" id=id_message_hint.clone()>{used}</p>
                    {move || err_message().map(|e| view! { <p class="field-error">{e}</p> })}
                </div>
                <div class="field">
                    <label for=id_name.clone()>{t.fb_name}</label>
                    <input id=id_name.clone() type="text" autocomplete="name" maxlength=MAX_NAME_CHARS
                        aria-invalid=move || err_name().is_some().to_string()
                        prop:value=move || name.get() on:input=move |ev| name.set(event_target_value(&ev))/>
                    {move || err_name().map(|e| view! { <p class="field-error">{e}</p> })}
                </div>
                <div class="field">
                    <label for=id_email.clone()>{t.fb_email}</label>
                    <input id=id_email.clone() type="email" autocomplete="email" maxlength=MAX_EMAIL_CHARS
                        aria-invalid=move || err_email().is_some().to_string()
                        prop:value=move || email.get() on:input=move |ev| email.set(event_target_value(&ev))/>
                    {move || err_email().map(|e| view! { <p class="field-error">{e}</p> })}
                </div>
                <div class="field">
                    <label for=id_org.clone()>{t.fb_org}</label>
                    <select id=id_org.clone() required on:change=move |ev| organisation.set(event_target_value(&ev))>
                        <option value="" selected=organisation.get_untracked().is_empty()>{t.fb_org_choose}</option>
                        {org_options}
                    </select>
                    {move || err_org().map(|e| view! { <p class="field-error">{e}</p> })}
                </div>
                <div class="honeypot" aria-hidden="true">
                    <label for=id_website.clone()>{t.fb_honeypot}</label>
                    <input id=id_website.clone() type="text" tabindex="-1" autocomplete="off"
                        prop:value=move || website.get() on:input=move |ev| website.set(event_target_value(&ev))/>
                </div>
                <section class="privacy" aria-labelledby=id_privacy.clone()>
                    <p class="privacy-heading" id=id_privacy.clone()><strong>{t.fb_privacy_heading}</strong></p>
                    <p>{privacy}</p>
                </section>
                <div class="field field-check">
                    <input id=id_consent.clone() type="checkbox" required
                        prop:checked=move || consent.get() on:change=move |ev| consent.set(event_target_checked(&ev))/>
                    <label for=id_consent.clone()>{t.fb_consent}</label>
                </div>
                {move || err_consent().map(|e| view! { <p class="field-error">{e}</p> })}
                <p>
                    <button type="submit" class="button" disabled=sending>
                        {if sending { t.fb_sending } else { t.fb_send }}
                    </button>
                </p>
            </form>
        }
        .into_any()
    }
}

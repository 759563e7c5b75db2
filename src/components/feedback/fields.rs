//! The form's fields, each a small component bound to its own part of the draft: typing in one
//! field updates that field only. Every field shows its own error in the page's language.

use super::draft::Draft;
use crate::i18n::{field_error_message, organisation_label, ui, Ui};
use leptos::prelude::*;
use model::feedback::{
    Field, FieldError, OrganisationType, GENERAL_TOPIC, MAX_EMAIL_CHARS, MAX_MESSAGE_CHARS,
    MAX_NAME_CHARS,
};
use model::{Lang, Text};

/// What every field of one form shares: the draft, the service's refusals, the language and
/// the prefix that makes element ids unique on the page.
#[derive(Clone, Copy)]
pub struct FormState {
    /// The draft being written.
    pub draft: RwSignal<Draft>,
    /// The fields the service refused in its last answer.
    pub errors: Signal<Vec<FieldError>>,
    /// The page language.
    pub lang: Signal<Lang>,
    /// The element id prefix (`fb-8-1-1-1`).
    pub id_prefix: StoredValue<String>,
}

impl FormState {
    /// The id of one of the form's elements.
    pub fn id(&self, suffix: &str) -> String {
        format!("{}-{suffix}", self.id_prefix.get_value())
    }

    /// The UI strings of the page language.
    pub fn strings(&self) -> &'static Ui {
        ui(self.lang.get())
    }

    /// The message for `field`'s refusal, if the service refused it.
    pub fn error(&self, field: Field) -> Option<String> {
        let lang = self.lang.get();
        self.errors.with(|errors| {
            errors
                .iter()
                .find(|e| e.field == field)
                .map(|e| field_error_message(lang, *e))
        })
    }

    /// One text field of the draft, as a signal that changes only when that field does.
    pub fn text(&self, read: fn(&Draft) -> &String) -> Memo<String> {
        let draft = self.draft;
        Memo::new(move |_| draft.with(|d| read(d).clone()))
    }
}

/// The error line under a field.
#[component]
fn ErrorLine(form: FormState, field: Field) -> impl IntoView {
    move || {
        form.error(field)
            .map(|message| view! { <p class="field-error">{message}</p> })
    }
}

/// The topic: fixed by the page (a measure or indicator page), or chosen from every topic.
#[component]
pub fn TopicField(
    form: FormState,
    /// The topic the page fixes, with its title.
    fixed: Option<(String, Text)>,
    /// Every topic to choose from, with its title.
    choices: Vec<(String, Text)>,
) -> impl IntoView {
    if let Some((id, title)) = fixed {
        return view! {
            <p class="fixed-topic">
                <span class="label">{move || form.strings().fb_topic_fixed}": "</span>
                <span class="item-id">{id}</span>" "
                {move || title.in_lang(form.lang.get()).to_string()}
            </p>
        }
        .into_any();
    }
    let topic = form.text(|d| &d.topic);
    let id = form.id("topic");
    let options = choices
        .into_iter()
        .map(|(code, title)| {
            let value = code.clone();
            let selected = {
                let code = code.clone();
                move || topic.get() == code
            };
            let label = move || format!("{code} {}", title.in_lang(form.lang.get()));
            view! { <option value=value selected=selected>{label}</option> }
        })
        .collect_view();
    view! {
        <div class="field">
            <label for=id.clone()>{move || form.strings().fb_topic}</label>
            // A link's `?topic=` is one of these choices: the page script sets it before the
            // app runs (`crate::static_page::QUERY_FIELD_ATTR`).
            <select
                id=id
                required
                data-query-field=crate::pages::feedback::TOPIC_PARAM
                on:change=move |ev| form.draft.update(|d| d.topic = event_target_value(&ev))
            >
                <option value="" selected=move || topic.get().is_empty()>{move || form.strings().fb_org_choose}</option>
                <option value=GENERAL_TOPIC selected=move || topic.get() == GENERAL_TOPIC>{move || form.strings().fb_topic_general}</option>
                {options}
            </select>
            <ErrorLine form=form field=Field::Topic/>
        </div>
    }
    .into_any()
}

/// The message, with its length used against the limit.
#[component]
pub fn MessageField(form: FormState) -> impl IntoView {
    let message = form.text(|d| &d.message);
    let (id, hint_id) = (form.id("message"), form.id("message-hint"));
    let used = move || {
        (form.strings().fb_message_hint)(message.with(|m| m.chars().count()), MAX_MESSAGE_CHARS)
    };
    view! {
        <div class="field">
            <label for=id.clone()>{move || form.strings().fb_message}</label>
            <textarea
                id=id
                rows="6"
                maxlength=MAX_MESSAGE_CHARS
                required
                aria-describedby=hint_id.clone()
                aria-invalid=move || form.error(Field::Message).is_some().to_string()
                prop:value=move || message.get()
                on:input=move |ev| form.draft.update(|d| d.message = event_target_value(&ev))
            ></textarea>
            <p class="hint" id=hint_id>{used}</p>
            <ErrorLine form=form field=Field::Message/>
        </div>
    }
}

/// The sender's name (optional).
#[component]
pub fn NameField(form: FormState) -> impl IntoView {
    let name = form.text(|d| &d.name);
    let id = form.id("name");
    view! {
        <div class="field">
            <label for=id.clone()>{move || form.strings().fb_name}</label>
            <input id=id type="text" autocomplete="name" maxlength=MAX_NAME_CHARS
                aria-invalid=move || form.error(Field::Name).is_some().to_string()
                prop:value=move || name.get()
                on:input=move |ev| form.draft.update(|d| d.name = event_target_value(&ev))/>
            <ErrorLine form=form field=Field::Name/>
        </div>
    }
}

/// The sender's email address (optional).
#[component]
pub fn EmailField(form: FormState) -> impl IntoView {
    let email = form.text(|d| &d.email);
    let id = form.id("email");
    view! {
        <div class="field">
            <label for=id.clone()>{move || form.strings().fb_email}</label>
            <input id=id type="email" autocomplete="email" maxlength=MAX_EMAIL_CHARS
                aria-invalid=move || form.error(Field::Email).is_some().to_string()
                prop:value=move || email.get()
                on:input=move |ev| form.draft.update(|d| d.email = event_target_value(&ev))/>
            <ErrorLine form=form field=Field::Email/>
        </div>
    }
}

/// Who the sender writes as.
#[component]
pub fn OrganisationField(form: FormState) -> impl IntoView {
    let chosen = form.text(|d| &d.organisation_type);
    let id = form.id("org");
    let options = OrganisationType::ALL
        .into_iter()
        .map(|kind| {
            view! {
                <option value=kind.code() selected=move || chosen.get() == kind.code()>
                    {move || organisation_label(form.lang.get(), kind)}
                </option>
            }
        })
        .collect_view();
    view! {
        <div class="field">
            <label for=id.clone()>{move || form.strings().fb_org}</label>
            <select id=id required on:change=move |ev| form.draft.update(|d| d.organisation_type = event_target_value(&ev))>
                <option value="" selected=move || chosen.get().is_empty()>{move || form.strings().fb_org_choose}</option>
                {options}
            </select>
            <ErrorLine form=form field=Field::OrganisationType/>
        </div>
    }
}

/// A field people never see; anything typed in it marks the message as spam.
#[component]
pub fn Honeypot(form: FormState) -> impl IntoView {
    let website = form.text(|d| &d.website);
    let id = form.id("website");
    view! {
        <div class="honeypot" aria-hidden="true">
            <label for=id.clone()>{move || form.strings().fb_honeypot}</label>
            <input id=id type="text" tabindex="-1" autocomplete="off"
                prop:value=move || website.get()
                on:input=move |ev| form.draft.update(|d| d.website = event_target_value(&ev))/>
        </div>
    }
}

/// The sender's opt-in to publication of the message (without name and email).
#[component]
pub fn PublishConsentField(form: FormState) -> impl IntoView {
    let publish = Memo::new(move |_| form.draft.with(|d| d.publish_consent));
    let (id, hint_id) = (form.id("publish"), form.id("publish-hint"));
    let described_by = hint_id.clone();
    view! {
        <div class="field field-check">
            <input id=id.clone() type="checkbox" aria-describedby=described_by
                prop:checked=move || publish.get()
                on:change=move |ev| form.draft.update(|d| d.publish_consent = event_target_checked(&ev))/>
            <label for=id>{move || form.strings().fb_publish_consent}</label>
        </div>
        <p class="hint" id=hint_id>{move || form.strings().fb_publish_consent_hint}</p>
        <ErrorLine form=form field=Field::PublishConsent/>
    }
}

/// The privacy notice (with the operator's contact) and the consent it asks for.
#[component]
pub fn ConsentField(
    form: FormState,
    /// The operator's privacy contact, when the deployment names one.
    contact: Option<String>,
) -> impl IntoView {
    let consent = Memo::new(move |_| form.draft.with(|d| d.consent));
    let (id, heading_id) = (form.id("consent"), form.id("privacy"));
    let labelled_by = heading_id.clone();
    let notice = move || {
        let strings = form.strings();
        (strings.fb_privacy)(contact.as_deref().unwrap_or(strings.fb_contact_missing))
    };
    view! {
        <section class="privacy" aria-labelledby=labelled_by>
            <p class="privacy-heading" id=heading_id><strong>{move || form.strings().fb_privacy_heading}</strong></p>
            <p>{notice}</p>
        </section>
        <div class="field field-check">
            <input id=id.clone() type="checkbox" required
                prop:checked=move || consent.get()
                on:change=move |ev| form.draft.update(|d| d.consent = event_target_checked(&ev))/>
            <label for=id>{move || form.strings().fb_consent}</label>
        </div>
        <ErrorLine form=form field=Field::Consent/>
    }
}

//! The frame of the moderators' page: the language (from the path), the sign-in gate, and once
//! signed in the sections: the list with its tools, an open message, the audit trail.

use crate::browser;
use crate::client::{api_root, ApiError, Client};
use crate::item::ItemView;
use crate::list::ListView;
use crate::session::Session;
use leptos::prelude::*;
use model::moderation::{ListFilter, Moderator};
use model::Lang;
use ui_text::moderation::{moderation_ui, ModerationUi};

/// What every part of the page shares.
#[derive(Clone, Copy)]
pub struct Shared {
    /// The page language.
    pub lang: Lang,
    /// The session.
    pub session: Session,
    /// The API root (`/api`).
    pub api_root: StoredValue<String>,
    /// The list filters (kept while a message is open).
    pub filter: RwSignal<ListFilter>,
    /// The list page.
    pub page: RwSignal<u32>,
    /// The open message, if any.
    pub open: RwSignal<Option<i64>>,
    /// Bumped after every change, so lists and trails load again.
    pub changes: RwSignal<u32>,
}

impl Shared {
    /// The strings of the page language.
    pub fn strings(&self) -> &'static ModerationUi {
        moderation_ui(self.lang)
    }

    /// A client for the signed-in moderator (`None` when signed out).
    pub fn client(&self) -> Option<Client> {
        Some(Client::new(
            self.api_root.get_value(),
            self.session.token_untracked()?,
        ))
    }

    /// The message for a failed call; a refused token ends the session (once the current
    /// render is over).
    pub fn failure(&self, error: &ApiError) -> String {
        let strings = self.strings();
        match error {
            ApiError::Unauthorized => {
                let session = self.session;
                leptos::task::spawn_local(async move { session.expire() });
                strings.session_ended.to_string()
            }
            ApiError::Conflict => strings.conflict.to_string(),
            ApiError::NotPublishable => strings.not_publishable.to_string(),
            ApiError::Invalid(fields) => {
                let list: Vec<String> = fields
                    .iter()
                    .map(|f| ui_text::field_error_message(self.lang, *f))
                    .collect();
                format!("{} {}", strings.invalid, list.join("; "))
            }
            ApiError::NotFound | ApiError::Server => strings.server_error.to_string(),
            ApiError::Network => strings.network_error.to_string(),
        }
    }
}

/// The whole page.
#[component]
pub fn App() -> impl IntoView {
    let lang = browser::page_lang();
    let strings = moderation_ui(lang);
    browser::set_lang_and_title(lang, strings.title);
    let shared = Shared {
        lang,
        session: Session::restore(),
        api_root: StoredValue::new(api_root(browser::meta_value("feedback-api-url").as_deref())),
        filter: RwSignal::new(ListFilter::default()),
        page: RwSignal::new(1),
        open: RwSignal::new(None),
        changes: RwSignal::new(0),
    };
    provide_context(shared);
    let other = lang.other();
    view! {
        <div class="toolbar">
            <h1>{strings.title}</h1>
            <a href=format!("/{}/moderation", other.code()) lang=other.code() hreflang=other.code()>
                {strings.switch_language}
            </a>
        </div>
        <p class="meta">{strings.noindex_note}</p>
        {move || match shared.session.token() {
            None => view! { <SignIn/> }.into_any(),
            Some(_) => view! { <SignedIn/> }.into_any(),
        }}
    }
}

/// The sign-in form: a password field for the token.
#[component]
fn SignIn() -> impl IntoView {
    let shared = expect_context::<Shared>();
    let strings = shared.strings();
    let token = RwSignal::new(String::new());
    let check = Action::new_local(move |token: &String| {
        let client = Client::new(shared.api_root.get_value(), token.clone());
        async move { client.me().await }
    });
    Effect::new(move |_| {
        if let Some(Ok(_)) = check.value().get() {
            shared
                .session
                .sign_in(token.get_untracked().trim().to_string());
        }
    });
    let message = move || match check.value().get() {
        Some(Err(ApiError::Unauthorized)) => Some(strings.token_refused),
        Some(Err(ApiError::Network)) => Some(strings.network_error),
        Some(Err(_)) => Some(strings.server_error),
        _ => shared.session.ended.get().then_some(strings.session_ended),
    };
    view! {
        <section aria-labelledby="sign-in-heading">
            <h2 id="sign-in-heading">{strings.sign_in_heading}</h2>
            <p>{strings.sign_in_intro}</p>
            {move || message().map(|m| view! { <p class="error-box" role="alert">{m}</p> })}
            <form on:submit=move |ev| {
                ev.prevent_default();
                let value = token.get_untracked().trim().to_string();
                if !value.is_empty() && !check.pending().get_untracked() {
                    check.dispatch(value);
                }
            }>
                <div class="field">
                    <label for="token">{strings.token_label}</label>
                    <input id="token" type="password" autocomplete="off" required
                        aria-describedby="token-hint"
                        prop:value=move || token.get()
                        on:input=move |ev| token.set(event_target_value(&ev))/>
                    <p class="hint" id="token-hint">{strings.token_hint}</p>
                </div>
                <p>
                    <button type="submit" class="button" disabled=move || check.pending().get()>
                        {move || if check.pending().get() { strings.signing_in } else { strings.sign_in }}
                    </button>
                </p>
            </form>
        </section>
    }
}

/// The page once signed in: who, sign out, then the list or the open message.
#[component]
fn SignedIn() -> impl IntoView {
    let shared = expect_context::<Shared>();
    let strings = shared.strings();
    let me = LocalResource::new(move || {
        let client = shared.client();
        async move {
            match client {
                Some(client) => client.me().await,
                None => Err(ApiError::Unauthorized),
            }
        }
    });
    let who = move || {
        me.get().map(|answer| match answer {
            Ok(Moderator { name, expires_at }) => {
                let expiry = expires_at
                    .map(|at| (strings.token_expires)(at.get(..10).unwrap_or(&at)))
                    .unwrap_or_default();
                format!("{} {expiry}", (strings.signed_in_as)(&name))
            }
            Err(error) => shared.failure(&error),
        })
    };
    view! {
        <div class="toolbar">
            <p role="status">{who}</p>
            <button type="button" class="button secondary" on:click=move |_| shared.session.sign_out()>
                {strings.sign_out}
            </button>
        </div>
        {move || match shared.open.get() {
            Some(id) => view! { <ItemView id=id/> }.into_any(),
            None => view! { <ListView/> }.into_any(),
        }}
    }
}

//! The moderator's session: the token, kept in this browser tab's `sessionStorage` only (never
//! `localStorage`, never a cookie), sent as `Authorization: Bearer`, forgotten on sign-out or
//! when the service stops accepting it.

use crate::browser;
use leptos::prelude::*;

const TOKEN_KEY: &str = "strategy-site.moderator-token";

/// The token of the signed-in moderator, if any.
#[derive(Clone, Copy)]
pub struct Session {
    token: RwSignal<Option<String>>,
    /// Set when the service refused a token that had worked (expired or revoked meanwhile).
    pub ended: RwSignal<bool>,
}

impl Session {
    /// The session this tab already has (a reload keeps it).
    pub fn restore() -> Session {
        Session {
            token: RwSignal::new(browser::session_get(TOKEN_KEY)),
            ended: RwSignal::new(false),
        }
    }

    /// The token, if signed in.
    pub fn token(&self) -> Option<String> {
        self.token.get()
    }

    /// The token without tracking it.
    pub fn token_untracked(&self) -> Option<String> {
        self.token.get_untracked()
    }

    /// Keeps a token the service accepted.
    pub fn sign_in(&self, token: String) {
        browser::session_set(TOKEN_KEY, &token);
        self.ended.set(false);
        self.token.set(Some(token));
    }

    /// Forgets the token.
    pub fn sign_out(&self) {
        browser::session_remove(TOKEN_KEY);
        self.token.set(None);
    }

    /// The service no longer accepts the token: forget it and say so.
    pub fn expire(&self) {
        self.sign_out();
        self.ended.set(true);
    }
}

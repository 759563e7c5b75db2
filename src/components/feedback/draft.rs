//! The reader's unsent message: what the form holds, kept in the browser's storage per topic
//! until the service has stored it, with the idempotency key that makes a retry safe.

use crate::browser;
use model::feedback::FeedbackRequest;
use model::Lang;
use serde::{Deserialize, Serialize};

/// What the form holds; kept in the browser until the service answers 201.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Draft {
    /// The topic id (fixed by the page, or chosen by the reader).
    pub topic: String,
    /// The message.
    pub message: String,
    /// The sender's name (optional).
    pub name: String,
    /// The sender's email (optional).
    pub email: String,
    /// An [`model::feedback::OrganisationType`] code, or empty before the reader chooses.
    pub organisation_type: String,
    /// Consent to the privacy notice.
    pub consent: bool,
    /// Opt-in: the message may be published without name and email.
    #[serde(default)]
    pub publish_consent: bool,
    /// The key a retry of this draft reuses, so the service stores it once.
    pub idempotency_key: String,
    /// The honeypot field (people never see it).
    #[serde(skip)]
    pub website: String,
}

impl Draft {
    /// True when there is nothing worth keeping.
    pub fn is_blank(&self) -> bool {
        self.message.trim().is_empty()
            && self.name.trim().is_empty()
            && self.email.trim().is_empty()
    }

    /// True when it holds a message the reader has not sent.
    pub fn has_message(&self) -> bool {
        !self.message.trim().is_empty()
    }

    /// The request that sends this draft from a page.
    pub fn request(&self, lang: Lang, snapshot: String, page: String) -> FeedbackRequest {
        let optional = |text: &str| Some(text.trim().to_string()).filter(|text| !text.is_empty());
        FeedbackRequest {
            topic: self.topic.clone(),
            message: self.message.clone(),
            name: optional(&self.name),
            email: optional(&self.email),
            organisation_type: self.organisation_type.clone(),
            language: lang.code().to_string(),
            consent: self.consent,
            publish_consent: self.publish_consent,
            snapshot: Some(snapshot),
            page: Some(page),
            idempotency_key: self.idempotency_key.clone(),
            website: Some(self.website.clone()),
        }
    }

    /// The same sender, ready for another message (a new key, the message empty).
    pub fn next(&self) -> Draft {
        Draft {
            message: String::new(),
            idempotency_key: new_idempotency_key(),
            website: String::new(),
            ..self.clone()
        }
    }
}

/// Where one form keeps its draft: one entry of the browser's storage per scope (a topic, or
/// `page` for the general form).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DraftStore {
    key: String,
}

impl DraftStore {
    /// The store of the form for `scope`.
    pub fn new(scope: &str) -> DraftStore {
        DraftStore {
            key: format!("strategy-site.feedback-draft.{scope}"),
        }
    }

    /// The storage key (the built form names it, so the page script starts the app at once
    /// for a reader with a draft: `crate::static_page::DRAFT_KEY_ATTR`).
    pub fn key(&self) -> &str {
        &self.key
    }

    /// The saved draft, if any.
    pub fn load(&self) -> Option<Draft> {
        serde_json::from_str(&browser::stored(&self.key)?).ok()
    }

    /// Keeps the draft, or forgets it when it is blank.
    pub fn save(&self, draft: &Draft) {
        if draft.is_blank() {
            self.clear();
        } else if let Ok(text) = serde_json::to_string(draft) {
            browser::store(&self.key, &text);
        }
    }

    /// Forgets the draft (the service has it).
    pub fn clear(&self) {
        browser::forget(&self.key);
    }

    /// The saved draft with a key to send it with (a new key when it had none), for `topic`
    /// when the page fixes one or a link chose it.
    pub fn restore(&self, topic: Option<&str>) -> Draft {
        let mut draft = self.load().unwrap_or_default();
        if let Some(topic) = topic {
            draft.topic = topic.to_string();
        }
        if draft.idempotency_key.is_empty() {
            draft.idempotency_key = new_idempotency_key();
        }
        draft
    }
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_request_trims_optional_fields_and_keeps_the_key() {
        let draft = Draft {
            topic: "8.1.1.1".into(),
            message: "Sual".into(),
            name: "  ".into(),
            email: " leyla@example.az ".into(),
            organisation_type: "citizen".into(),
            consent: true,
            publish_consent: false,
            idempotency_key: "fb-0123456789abcdef".into(),
            website: String::new(),
        };
        let request = draft.request(Lang::Az, "2026-Q3".into(), "/az/feedback".into());
        assert_eq!(request.name, None);
        assert_eq!(request.email.as_deref(), Some("leyla@example.az"));
        assert_eq!(request.language, "az");
        assert_eq!(request.idempotency_key, "fb-0123456789abcdef");
        assert!(request.validate(|topic| topic == "8.1.1.1").is_ok());
    }

    #[test]
    fn a_draft_with_only_a_topic_and_choices_is_blank() {
        let draft = Draft {
            topic: "4.1.5".into(),
            organisation_type: "ngo".into(),
            consent: true,
            ..Default::default()
        };
        assert!(draft.is_blank());
        assert!(!draft.has_message());
    }

    #[test]
    fn the_honeypot_is_never_stored() {
        let draft = Draft {
            message: "x".into(),
            website: "http://spam".into(),
            ..Default::default()
        };
        let stored: Draft = serde_json::from_str(&serde_json::to_string(&draft).unwrap()).unwrap();
        assert_eq!(stored.website, "");
    }
}

//! A feedback submission as the site's form sends it, and its validation into per-field error
//! codes the form shows in its own language.

use crate::topics::Topics;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

pub use model::feedback::{
    MAX_EMAIL_CHARS, MAX_MESSAGE_CHARS, MAX_NAME_CHARS, MAX_PAGE_CHARS, ORGANISATION_TYPES,
};

/// The JSON body of `POST /api/feedback`.
#[derive(Clone, Debug, Default, Deserialize, Serialize, PartialEq)]
#[serde(default, deny_unknown_fields)]
pub struct FeedbackRequest {
    /// A measure id, an indicator id, or `general`.
    pub topic: String,
    /// The feedback itself.
    pub message: String,
    /// Optional name.
    pub name: Option<String>,
    /// Optional email for an answer.
    pub email: Option<String>,
    /// One of [`ORGANISATION_TYPES`].
    pub organisation_type: String,
    /// The page language, `az` or `en`.
    pub language: String,
    /// Consent to the privacy notice; required.
    pub consent: bool,
    /// The snapshot id the page showed.
    pub snapshot: Option<String>,
    /// The page path the form was sent from.
    pub page: Option<String>,
    /// A key the client generates once per draft; a retry reuses it.
    pub idempotency_key: String,
    /// Honeypot: a field people never see. Anything in it marks the submission as spam.
    pub website: Option<String>,
}

/// One invalid field and why.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FieldError {
    /// The field name as in the request.
    pub field: String,
    /// A stable code the form translates (`required`, `too_long`, `invalid`, `unknown`).
    pub code: String,
}

fn error(field: &str, code: &str) -> FieldError {
    FieldError {
        field: field.into(),
        code: code.into(),
    }
}

/// A submission that passed validation, normalised for storage.
#[derive(Clone, Debug, PartialEq)]
pub struct Submission {
    pub topic: String,
    pub message: String,
    pub name: Option<String>,
    pub email: Option<String>,
    pub organisation_type: String,
    pub language: String,
    pub snapshot: Option<String>,
    pub page: Option<String>,
    pub idempotency_key: String,
    /// Hex SHA-256 of the normalised content, to tell a retry from a different body.
    pub body_sha256: String,
    /// `new`, or `spam` when the honeypot was filled.
    pub status: &'static str,
}

fn trimmed(value: &Option<String>) -> Option<String> {
    value
        .as_deref()
        .map(str::trim)
        .filter(|v| !v.is_empty())
        .map(str::to_string)
}

/// A plausible email address: one `@`, something before it, a dotted domain, no spaces.
pub fn is_plausible_email(email: &str) -> bool {
    let Some((local, domain)) = email.split_once('@') else {
        return false;
    };
    !local.is_empty()
        && !domain.contains('@')
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && !email.chars().any(|c| c.is_whitespace() || c.is_control())
}

impl FeedbackRequest {
    /// Checks every field and returns all problems at once.
    pub fn validate(&self, topics: &Topics) -> Result<Submission, Vec<FieldError>> {
        let mut errors = Vec::new();
        let topic = self.topic.trim();
        if topic.is_empty() {
            errors.push(error("topic", "required"));
        } else if !topics.contains(topic) {
            errors.push(error("topic", "unknown"));
        }
        let message = self.message.trim();
        if message.is_empty() {
            errors.push(error("message", "required"));
        } else if message.chars().count() > MAX_MESSAGE_CHARS {
            errors.push(error("message", "too_long"));
        }
        let name = trimmed(&self.name);
        if name
            .as_ref()
            .is_some_and(|n| n.chars().count() > MAX_NAME_CHARS)
        {
            errors.push(error("name", "too_long"));
        }
        let email = trimmed(&self.email);
        if let Some(email) = &email {
            if email.chars().count() > MAX_EMAIL_CHARS {
                errors.push(error("email", "too_long"));
            } else if !is_plausible_email(email) {
                errors.push(error("email", "invalid"));
            }
        }
        if self.organisation_type.trim().is_empty() {
            errors.push(error("organisation_type", "required"));
        } else if !ORGANISATION_TYPES.contains(&self.organisation_type.trim()) {
            errors.push(error("organisation_type", "unknown"));
        }
        if !matches!(self.language.as_str(), "az" | "en") {
            errors.push(error("language", "unknown"));
        }
        if !self.consent {
            errors.push(error("consent", "required"));
        }
        let snapshot = trimmed(&self.snapshot);
        if snapshot
            .as_ref()
            .is_some_and(|s| s.parse::<model::SnapshotId>().is_err())
        {
            errors.push(error("snapshot", "invalid"));
        }
        let page = trimmed(&self.page);
        if let Some(page) = &page {
            if page.chars().count() > MAX_PAGE_CHARS {
                errors.push(error("page", "too_long"));
            } else if !page.starts_with('/') {
                errors.push(error("page", "invalid"));
            }
        }
        let key = self.idempotency_key.trim();
        let key_ok = (16..=64).contains(&key.len())
            && key.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-');
        if key.is_empty() {
            errors.push(error("idempotency_key", "required"));
        } else if !key_ok {
            errors.push(error("idempotency_key", "invalid"));
        }
        if !errors.is_empty() {
            return Err(errors);
        }
        let spam = self
            .website
            .as_deref()
            .is_some_and(|w| !w.trim().is_empty());
        let mut submission = Submission {
            topic: topic.to_string(),
            message: message.to_string(),
            name,
            email,
            organisation_type: self.organisation_type.trim().to_string(),
            language: self.language.clone(),
            snapshot,
            page,
            idempotency_key: key.to_string(),
            body_sha256: String::new(),
            status: if spam { "spam" } else { "new" },
        };
        submission.body_sha256 = submission.content_hash();
        Ok(submission)
    }
}

impl Submission {
    /// Hash of the content a retry must repeat exactly (the key itself excluded).
    pub fn content_hash(&self) -> String {
        let fields = [
            self.topic.as_str(),
            self.message.as_str(),
            self.name.as_deref().unwrap_or(""),
            self.email.as_deref().unwrap_or(""),
            self.organisation_type.as_str(),
            self.language.as_str(),
            self.snapshot.as_deref().unwrap_or(""),
            self.page.as_deref().unwrap_or(""),
            self.status,
        ];
        let mut hasher = Sha256::new();
        for field in fields {
            hasher.update((field.len() as u64).to_le_bytes());
            hasher.update(field.as_bytes());
        }
        hasher
            .finalize()
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn topics() -> Topics {
        Topics::from_ids(["8.1.1.1", "4.1.5"])
    }

    fn valid() -> FeedbackRequest {
        FeedbackRequest {
            topic: "8.1.1.1".into(),
            message: "Platforma nə vaxt işə düşəcək?".into(),
            organisation_type: "citizen".into(),
            language: "az".into(),
            consent: true,
            idempotency_key: "k-0123456789abcdef".into(),
            ..Default::default()
        }
    }

    #[test]
    fn a_valid_request_passes() {
        let s = valid().validate(&topics()).unwrap();
        assert_eq!(s.status, "new");
        assert_eq!(s.body_sha256.len(), 64);
    }

    #[test]
    fn every_problem_is_reported_with_its_code() {
        let request = FeedbackRequest {
            topic: "9.9.9".into(),
            email: Some("not an email".into()),
            organisation_type: "alien".into(),
            language: "fr".into(),
            idempotency_key: "short".into(),
            ..Default::default()
        };
        let errors = request.validate(&topics()).unwrap_err();
        let pairs: Vec<(&str, &str)> = errors
            .iter()
            .map(|e| (e.field.as_str(), e.code.as_str()))
            .collect();
        assert_eq!(
            pairs,
            [
                ("topic", "unknown"),
                ("message", "required"),
                ("email", "invalid"),
                ("organisation_type", "unknown"),
                ("language", "unknown"),
                ("consent", "required"),
                ("idempotency_key", "invalid"),
            ]
        );
    }

    #[test]
    fn emails_are_checked_for_shape() {
        for good in ["a@b.az", "ad.soyad@gov.az", "x+y@mail.example.org"] {
            assert!(is_plausible_email(good), "{good}");
        }
        for bad in ["a@b", "@b.az", "a b@c.az", "a@@b.az", "a@.az", "a@b.az."] {
            assert!(!is_plausible_email(bad), "{bad}");
        }
    }

    #[test]
    fn the_honeypot_marks_spam_and_the_hash_depends_on_content_only() {
        let mut request = valid();
        request.website = Some("http://spam".into());
        assert_eq!(request.validate(&topics()).unwrap().status, "spam");
        let a = valid().validate(&topics()).unwrap();
        let mut other_key = valid();
        other_key.idempotency_key = "k-ffffffffffffffff".into();
        assert_eq!(
            a.body_sha256,
            other_key.validate(&topics()).unwrap().body_sha256
        );
        let mut other_message = valid();
        other_message.message.push('!');
        assert_ne!(
            a.body_sha256,
            other_message.validate(&topics()).unwrap().body_sha256
        );
    }

    #[test]
    fn length_limits_count_characters_not_bytes() {
        let mut request = valid();
        request.message = "ə".repeat(MAX_MESSAGE_CHARS);
        assert!(request.validate(&topics()).is_ok());
        request.message.push('ə');
        assert_eq!(
            request.validate(&topics()).unwrap_err(),
            vec![error("message", "too_long")]
        );
    }
}

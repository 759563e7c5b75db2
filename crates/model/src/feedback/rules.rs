//! The feedback contract's validation rules: every field of a [`FeedbackRequest`] checked with its
//! code ([`FeedbackRequest::validate`]), and the rules the moderators' texts share (plain text,
//! plausible emails, idempotency keys).

use super::{
    ErrorCode, FeedbackRequest, Field, FieldError, ModerationStatus, OrganisationType,
    ValidSubmission, MAX_EMAIL_CHARS, MAX_IDEMPOTENCY_KEY_CHARS, MAX_MESSAGE_CHARS, MAX_NAME_CHARS,
    MAX_PAGE_CHARS, MIN_IDEMPOTENCY_KEY_CHARS,
};
use crate::{Lang, SnapshotId};

/// The text of an optional field, trimmed, `None` when empty.
fn given(value: &Option<String>) -> Option<String> {
    value
        .as_deref()
        .map(str::trim)
        .filter(|v| !v.is_empty())
        .map(str::to_string)
}

fn too_long(text: &str, limit: usize) -> bool {
    text.chars().count() > limit
}

/// True when a text holds a control character other than tab, line feed or carriage return
/// (a NUL cannot even be stored in PostgreSQL).
fn has_control_characters(text: &str) -> bool {
    text.chars()
        .any(|c| c.is_control() && !matches!(c, '\t' | '\n' | '\r'))
}

/// A free text as moderators write it (an answer, a redacted question): at most `limit`
/// characters as sent, no control character but tab, line feed and carriage return; trimmed,
/// and `None` when blank.
pub fn plain_text(text: &str, limit: usize) -> Result<Option<String>, ErrorCode> {
    if too_long(text, limit) {
        Err(ErrorCode::TooLong)
    } else if has_control_characters(text) {
        Err(ErrorCode::Invalid)
    } else {
        Ok(Some(text.trim().to_string()).filter(|t| !t.is_empty()))
    }
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

/// True for an idempotency key of the allowed length and characters (letters, digits, `-`).
pub fn is_valid_idempotency_key(key: &str) -> bool {
    (MIN_IDEMPOTENCY_KEY_CHARS..=MAX_IDEMPOTENCY_KEY_CHARS).contains(&key.len())
        && key.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
}

impl FeedbackRequest {
    /// Checks every field against the rules and returns all problems at once, in field order.
    /// `is_topic` says whether an id may be commented on.
    pub fn validate(
        &self,
        is_topic: impl Fn(&str) -> bool,
    ) -> Result<ValidSubmission, Vec<FieldError>> {
        let mut errors = Vec::new();
        let mut refuse = |field, code| errors.push(FieldError::new(field, code));
        let topic = self.topic.trim();
        if topic.is_empty() {
            refuse(Field::Topic, ErrorCode::Required);
        } else if !is_topic(topic) {
            refuse(Field::Topic, ErrorCode::Unknown);
        }
        // Limits and characters are checked on the text as sent (as openapi.yaml states them);
        // what is stored is trimmed.
        let message = self.message.trim();
        if message.is_empty() {
            refuse(Field::Message, ErrorCode::Required);
        } else if too_long(&self.message, MAX_MESSAGE_CHARS) {
            refuse(Field::Message, ErrorCode::TooLong);
        } else if has_control_characters(&self.message) {
            refuse(Field::Message, ErrorCode::Invalid);
        }
        let name = given(&self.name);
        let sent_name = self.name.as_deref().unwrap_or("");
        if too_long(sent_name, MAX_NAME_CHARS) {
            refuse(Field::Name, ErrorCode::TooLong);
        } else if has_control_characters(sent_name) {
            refuse(Field::Name, ErrorCode::Invalid);
        }
        let email = given(&self.email);
        if let Some(email) = &email {
            if too_long(self.email.as_deref().unwrap_or(email), MAX_EMAIL_CHARS) {
                refuse(Field::Email, ErrorCode::TooLong);
            } else if !is_plausible_email(email) {
                refuse(Field::Email, ErrorCode::Invalid);
            }
        }
        let organisation_code = self.organisation_type.as_str();
        let organisation_type = OrganisationType::from_code(organisation_code);
        if organisation_code.is_empty() {
            refuse(Field::OrganisationType, ErrorCode::Required);
        } else if organisation_type.is_none() {
            refuse(Field::OrganisationType, ErrorCode::Unknown);
        }
        let language = match self.language.as_str() {
            "az" => Some(Lang::Az),
            "en" => Some(Lang::En),
            _ => None,
        };
        if language.is_none() {
            refuse(Field::Language, ErrorCode::Unknown);
        }
        if !self.consent {
            refuse(Field::Consent, ErrorCode::Required);
        }
        let snapshot_text = given(&self.snapshot);
        let snapshot = snapshot_text.as_deref().map(str::parse::<SnapshotId>);
        if matches!(snapshot, Some(Err(_))) {
            refuse(Field::Snapshot, ErrorCode::Invalid);
        }
        let page = given(&self.page);
        let sent_page = self.page.as_deref().unwrap_or("");
        if too_long(sent_page, MAX_PAGE_CHARS) {
            refuse(Field::Page, ErrorCode::TooLong);
        } else if has_control_characters(sent_page)
            || page.as_ref().is_some_and(|p| !p.starts_with('/'))
        {
            refuse(Field::Page, ErrorCode::Invalid);
        }
        let key = self.idempotency_key.as_str();
        if key.is_empty() {
            refuse(Field::IdempotencyKey, ErrorCode::Required);
        } else if !is_valid_idempotency_key(key) {
            refuse(Field::IdempotencyKey, ErrorCode::Invalid);
        }
        let (Some(organisation_type), Some(language), true) =
            (organisation_type, language, errors.is_empty())
        else {
            return Err(errors);
        };
        let spam = given(&self.website).is_some();
        Ok(ValidSubmission {
            topic: topic.to_string(),
            message: message.to_string(),
            name,
            email,
            organisation_type,
            language,
            publish_consent: self.publish_consent,
            snapshot: snapshot.and_then(Result::ok),
            page,
            idempotency_key: key.to_string(),
            status: if spam {
                ModerationStatus::Spam
            } else {
                ModerationStatus::New
            },
        })
    }
}

//! The feedback rules: what a request must hold to be stored, each refusal a [`FieldError`] with
//! its field and code, all of them at once; and the validated, typed submission.

use super::*;
use crate::{Lang, SnapshotId};

/// A submission that passed validation, trimmed and typed.
#[derive(Clone, Debug, PartialEq)]
pub struct ValidSubmission {
    /// The topic id.
    pub topic: String,
    /// The message, trimmed.
    pub message: String,
    /// The name, when given.
    pub name: Option<String>,
    /// The email address, when given.
    pub email: Option<String>,
    /// Who the sender writes as.
    pub organisation_type: OrganisationType,
    /// The page language.
    pub language: Lang,
    /// True when the sender agreed that the message may be published without name and email.
    pub publish_consent: bool,
    /// The snapshot the page showed.
    pub snapshot: Option<SnapshotId>,
    /// The page path.
    pub page: Option<String>,
    /// The idempotency key.
    pub idempotency_key: String,
    /// [`ModerationStatus::Spam`] when the honeypot was filled, else [`ModerationStatus::New`].
    pub status: ModerationStatus,
}

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
        let message = self.message.trim();
        if message.is_empty() {
            refuse(Field::Message, ErrorCode::Required);
        } else if too_long(message, MAX_MESSAGE_CHARS) {
            refuse(Field::Message, ErrorCode::TooLong);
        } else if has_control_characters(message) {
            refuse(Field::Message, ErrorCode::Invalid);
        }
        let name = given(&self.name);
        if let Some(name) = &name {
            if too_long(name, MAX_NAME_CHARS) {
                refuse(Field::Name, ErrorCode::TooLong);
            } else if has_control_characters(name) {
                refuse(Field::Name, ErrorCode::Invalid);
            }
        }
        let email = given(&self.email);
        if let Some(email) = &email {
            if too_long(email, MAX_EMAIL_CHARS) {
                refuse(Field::Email, ErrorCode::TooLong);
            } else if !is_plausible_email(email) {
                refuse(Field::Email, ErrorCode::Invalid);
            }
        }
        let organisation_code = self.organisation_type.trim();
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
        if let Some(page) = &page {
            if too_long(page, MAX_PAGE_CHARS) {
                refuse(Field::Page, ErrorCode::TooLong);
            } else if !page.starts_with('/') || has_control_characters(page) {
                refuse(Field::Page, ErrorCode::Invalid);
            }
        }
        let key = self.idempotency_key.trim();
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

#[cfg(test)]
mod tests {
    use super::*;

    fn is_topic(id: &str) -> bool {
        ["8.1.1.1", "4.1.5", GENERAL_TOPIC].contains(&id)
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
    fn a_valid_request_passes_typed() {
        let s = valid().validate(is_topic).unwrap();
        assert_eq!(s.status, ModerationStatus::New);
        assert_eq!(s.organisation_type, OrganisationType::Citizen);
        assert_eq!(s.language, Lang::Az);
    }

    #[test]
    fn every_problem_is_reported_with_its_code() {
        let request = FeedbackRequest {
            topic: "9.9.9".into(),
            email: Some("not an email".into()),
            organisation_type: "alien".into(),
            language: "fr".into(),
            idempotency_key: "short".into(),
            snapshot: Some("2026-Q9".into()),
            page: Some("no-slash".into()),
            ..Default::default()
        };
        let errors = request.validate(is_topic).unwrap_err();
        let pairs: Vec<(&str, &str)> = errors
            .iter()
            .map(|e| (e.field.code(), e.code.code()))
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
                ("snapshot", "invalid"),
                ("page", "invalid"),
                ("idempotency_key", "invalid"),
            ]
        );
    }

    #[test]
    fn empty_required_fields_say_required() {
        let request = FeedbackRequest {
            language: "en".into(),
            consent: true,
            ..Default::default()
        };
        let errors = request.validate(is_topic).unwrap_err();
        let fields: Vec<Field> = errors.iter().map(|e| e.field).collect();
        assert_eq!(
            fields,
            [
                Field::Topic,
                Field::Message,
                Field::OrganisationType,
                Field::IdempotencyKey
            ]
        );
        assert!(errors.iter().all(|e| e.code == ErrorCode::Required));
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
    fn control_characters_are_refused_but_line_breaks_and_tabs_are_not() {
        let mut request = valid();
        request.message = "bir\n\tiki\r\nüç".into();
        request.name = Some("Ad\tSoyad".into());
        assert!(request.validate(is_topic).is_ok());
        request.message = "bir\u{0}iki".into();
        request.name = Some("Ad\u{7}".into());
        request.page = Some("/az/\u{1b}".into());
        assert_eq!(
            request.validate(is_topic).unwrap_err(),
            vec![
                FieldError::new(Field::Message, ErrorCode::Invalid),
                FieldError::new(Field::Name, ErrorCode::Invalid),
                FieldError::new(Field::Page, ErrorCode::Invalid),
            ]
        );
    }

    #[test]
    fn the_honeypot_marks_spam() {
        let mut request = valid();
        request.website = Some("http://spam".into());
        assert_eq!(
            request.validate(is_topic).unwrap().status,
            ModerationStatus::Spam
        );
        request.website = Some("  ".into());
        assert_eq!(
            request.validate(is_topic).unwrap().status,
            ModerationStatus::New
        );
    }

    #[test]
    fn limits_count_characters_not_bytes_at_their_boundaries() {
        let mut request = valid();
        request.message = "ə".repeat(MAX_MESSAGE_CHARS);
        assert!(request.validate(is_topic).is_ok());
        request.message.push('ə');
        assert_eq!(
            request.validate(is_topic).unwrap_err(),
            vec![FieldError::new(Field::Message, ErrorCode::TooLong)]
        );
        let mut request = valid();
        request.name = Some("ş".repeat(MAX_NAME_CHARS));
        assert!(request.validate(is_topic).is_ok());
        request.name = Some("ş".repeat(MAX_NAME_CHARS + 1));
        assert_eq!(
            request.validate(is_topic).unwrap_err(),
            vec![FieldError::new(Field::Name, ErrorCode::TooLong)]
        );
        let key = |n: usize| "k".repeat(n);
        for (length, ok) in [
            (MIN_IDEMPOTENCY_KEY_CHARS - 1, false),
            (MIN_IDEMPOTENCY_KEY_CHARS, true),
            (MAX_IDEMPOTENCY_KEY_CHARS, true),
            (MAX_IDEMPOTENCY_KEY_CHARS + 1, false),
        ] {
            let mut request = valid();
            request.idempotency_key = key(length);
            assert_eq!(request.validate(is_topic).is_ok(), ok, "key of {length}");
        }
    }
}

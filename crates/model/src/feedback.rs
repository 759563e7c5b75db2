//! The feedback contract, shared by the site's form, the feedback service and the UI texts: the
//! request and its answers, the codes each side must handle (sender types, moderation statuses,
//! fields, error codes), every limit, the topics feedback may be about, and the validation rules.
//!
//! The service validates with [`FeedbackRequest::validate`]; the form sends a
//! [`FeedbackRequest`] and reads an [`Accepted`] or an [`ErrorBody`]; `ui-text` translates every
//! [`OrganisationType`], [`Field`] and [`ErrorCode`] with exhaustive matches, so a new code does
//! not compile until both languages say it. `openapi.yaml` is checked against these enums.

use crate::code::code_enum;
pub use crate::code::Code;
use crate::{Lang, SnapshotId, Strategy, Text};
use serde::{Deserialize, Serialize};

/// Longest message accepted, in characters.
pub const MAX_MESSAGE_CHARS: usize = 5000;
/// Longest name accepted, in characters.
pub const MAX_NAME_CHARS: usize = 200;
/// Longest email address accepted, in characters.
pub const MAX_EMAIL_CHARS: usize = 254;
/// Longest page path accepted, in characters.
pub const MAX_PAGE_CHARS: usize = 500;
/// Shortest idempotency key accepted, in characters.
pub const MIN_IDEMPOTENCY_KEY_CHARS: usize = 16;
/// Longest idempotency key accepted, in characters.
pub const MAX_IDEMPOTENCY_KEY_CHARS: usize = 64;
/// Largest request body accepted, in bytes; a larger one is refused with 413.
pub const MAX_BODY_BYTES: usize = 16 * 1024;

/// The topic of feedback about the strategy as a whole rather than one measure or indicator.
pub const GENERAL_TOPIC: &str = "general";

code_enum! {
    /// Who the sender writes as, from a fixed list.
    pub enum OrganisationType {
        /// A private person.
        Citizen = "citizen",
        /// A company.
        Business = "business",
        /// A non-governmental organisation.
        Ngo = "ngo",
        /// A university or research body.
        Academia = "academia",
        /// A government body.
        Government = "government",
        /// The press.
        Media = "media",
        /// Anything else.
        Other = "other",
    }
}

code_enum! {
    /// Where a feedback item stands with the moderators.
    pub enum ModerationStatus {
        /// Not yet looked at.
        New = "new",
        /// Read by a moderator.
        Read = "read",
        /// Answered.
        Answered = "answered",
        /// Spam (the honeypot was filled, or a moderator said so).
        Spam = "spam",
    }
}

code_enum! {
    /// A field a request can be refused for: the form's fields and the moderators' parameters.
    pub enum Field {
        /// The measure, indicator or general topic.
        Topic = "topic",
        /// The message.
        Message = "message",
        /// The sender's name.
        Name = "name",
        /// The sender's email address.
        Email = "email",
        /// Who the sender writes as.
        OrganisationType = "organisation_type",
        /// The page language.
        Language = "language",
        /// Consent to the privacy notice.
        Consent = "consent",
        /// The snapshot the page showed.
        Snapshot = "snapshot",
        /// The page the form was sent from.
        Page = "page",
        /// The key that makes a retry safe.
        IdempotencyKey = "idempotency_key",
        /// A moderation status (moderators).
        Status = "status",
        /// Consent to publishing the message without name and email.
        PublishConsent = "publish_consent",
        /// An export format (moderators).
        Format = "format",
        /// The first day of a date range (moderators).
        From = "from",
        /// The last day of a date range (moderators).
        To = "to",
        /// Words to search for (moderators).
        Q = "q",
        /// The page number of a list (moderators).
        PageNumber = "page_number",
        /// Items per page of a list (moderators).
        PerPage = "per_page",
        /// The version of an item a change was made on (moderators).
        Version = "version",
        /// The items of a bulk change (moderators).
        Items = "items",
        /// A moderator's answer.
        Answer = "answer",
        /// The redacted question to publish (moderators).
        Question = "question",
        /// The item an audit trail is asked for (moderators).
        Item = "item",
    }
}

code_enum! {
    /// Why a field was refused.
    pub enum ErrorCode {
        /// The field is required and was empty.
        Required = "required",
        /// The field is longer than its limit.
        TooLong = "too_long",
        /// The field has the wrong form.
        Invalid = "invalid",
        /// The value is not one of the allowed ones.
        Unknown = "unknown",
    }
}

code_enum! {
    /// What kind of error an error answer reports (its `error` member).
    pub enum ErrorKind {
        /// Some fields are not valid (`fields` says which).
        Validation = "validation",
        /// The body is not the JSON expected.
        Malformed = "malformed",
        /// The body is not `application/json`.
        UnsupportedMediaType = "unsupported_media_type",
        /// The body is larger than [`MAX_BODY_BYTES`].
        PayloadTooLarge = "payload_too_large",
        /// Too many submissions from one client; `Retry-After` says how long to wait.
        RateLimited = "rate_limited",
        /// The idempotency key was used before with another body.
        IdempotencyConflict = "idempotency_conflict",
        /// The database could not be reached or the service is stopping; try again.
        Unavailable = "unavailable",
        /// A moderator token is missing, unknown or revoked.
        Unauthorized = "unauthorized",
        /// No such route or item.
        NotFound = "not_found",
        /// Another moderator changed the item first; nothing was changed (load it again).
        EditConflict = "edit_conflict",
        /// The item cannot be published: its sender did not opt in, or it has no answer.
        NotPublishable = "not_publishable",
        /// The route exists but not with this method (`Allow` names those it has).
        MethodNotAllowed = "method_not_allowed",
        /// The request took too long.
        Timeout = "timeout",
        /// The service failed; nothing was stored.
        Internal = "internal",
    }
}

code_enum! {
    /// The format of a moderators' export.
    pub enum ExportFormat {
        /// One row per item, for spreadsheets (UTF-8 with a byte order mark).
        Csv = "csv",
        /// `{"items": [...]}`.
        Json = "json",
    }
}

/// The JSON body of `POST /api/feedback`. Fields are plain text on the wire so that every
/// problem is reported per field ([`FeedbackRequest::validate`]) rather than as malformed JSON.
#[derive(Clone, Debug, Default, Deserialize, Serialize, PartialEq)]
#[serde(default, deny_unknown_fields)]
pub struct FeedbackRequest {
    /// A measure id, an indicator id, or [`GENERAL_TOPIC`].
    pub topic: String,
    /// The feedback itself.
    pub message: String,
    /// Optional name.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Optional email for an answer.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// An [`OrganisationType`] code.
    pub organisation_type: String,
    /// The page language code, `az` or `en`.
    pub language: String,
    /// Consent to the privacy notice; required.
    pub consent: bool,
    /// Opt-in: the message may be published, without name and email, with an answer.
    pub publish_consent: bool,
    /// The snapshot id the page showed.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub snapshot: Option<String>,
    /// The page path the form was sent from.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub page: Option<String>,
    /// A key the client generates once per draft; a retry reuses it.
    pub idempotency_key: String,
    /// Honeypot: a field people never see. Anything in it marks the submission as spam.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub website: Option<String>,
}

/// The answer to an accepted submission (201), the same for a retry of it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Accepted {
    /// The item's number, to quote to the moderators.
    pub id: i64,
    /// When it was stored (RFC 3339, UTC).
    pub received_at: String,
}

/// One refused field and why.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FieldError {
    /// The field.
    pub field: Field,
    /// Why.
    pub code: ErrorCode,
}

impl FieldError {
    /// `field` refused for `code`.
    pub fn new(field: Field, code: ErrorCode) -> FieldError {
        FieldError { field, code }
    }
}

/// Every error answer: `{"error": kind, "message": text, "fields": [...]}`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ErrorBody {
    /// What kind of error.
    pub error: ErrorKind,
    /// A short English explanation for developers (the site shows its own texts).
    pub message: String,
    /// The refused fields (validation errors only).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub fields: Vec<FieldError>,
}

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

/// The topics feedback may be about, besides [`GENERAL_TOPIC`]: every measure, then every
/// indicator, with its title.
pub fn topics(strategy: &Strategy) -> impl Iterator<Item = (&str, &Text)> {
    let measures = strategy.measures.iter().map(|m| (m.id.as_str(), &m.title));
    let indicators = strategy.indicators.iter().map(|i| (i.id.as_str(), &i.name));
    measures.chain(indicators)
}

/// True when feedback may be about `id` under this strategy.
pub fn is_topic(strategy: &Strategy, id: &str) -> bool {
    id == GENERAL_TOPIC || topics(strategy).any(|(topic, _)| topic == id)
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
    fn plain_texts_are_limited_as_sent_and_trimmed() {
        assert_eq!(plain_text("  Cavab\n", 10), Ok(Some("Cavab".into())));
        assert_eq!(plain_text(" \t ", 10), Ok(None));
        assert_eq!(plain_text(&"ə".repeat(11), 10), Err(ErrorCode::TooLong));
        assert_eq!(plain_text("bir\u{0}", 10), Err(ErrorCode::Invalid));
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

    #[test]
    fn answers_have_the_documented_shape() {
        let body = ErrorBody {
            error: ErrorKind::Validation,
            message: "some fields are not valid".into(),
            fields: vec![FieldError::new(Field::Email, ErrorCode::Invalid)],
        };
        assert_eq!(
            serde_json::to_value(&body).unwrap(),
            serde_json::json!({
                "error": "validation",
                "message": "some fields are not valid",
                "fields": [{ "field": "email", "code": "invalid" }]
            })
        );
        let plain = ErrorBody {
            error: ErrorKind::NotFound,
            message: "no such item".into(),
            fields: Vec::new(),
        };
        assert!(serde_json::to_value(&plain)
            .unwrap()
            .get("fields")
            .is_none());
    }
}

//! The feedback contract, shared by the site's form, the feedback service and the UI texts: the
//! request and its answers, the codes each side must handle (sender types, moderation statuses,
//! fields, error codes), every limit, the topics feedback may be about, and the validation rules.
//!
//! The service validates with [`FeedbackRequest::validate`]; the form sends a
//! [`FeedbackRequest`] and reads an [`Accepted`] or an [`ErrorBody`]; `ui-text` translates every
//! [`OrganisationType`], [`Field`] and [`ErrorCode`] with exhaustive matches, so a new code does
//! not compile until both languages say it. `openapi.yaml` is checked against these enums.
//! The validation rules are in [`rules`]; their tests in `tests/feedback_contract.rs`.

mod rules;

pub use rules::{is_plausible_email, is_valid_idempotency_key, plain_text};

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

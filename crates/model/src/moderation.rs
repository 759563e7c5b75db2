//! The moderators' contract and the public side of the feedback loop, shared by the feedback
//! service, the moderators' page and the public pages: the list and its filters, an item with its
//! answer, publication and audit trail, status changes guarded by versions (two moderators never
//! overwrite each other silently), and what the public may see (counts per topic, published
//! questions and answers). Nothing personal is ever in a public type.

use crate::code::code_enum;
use crate::feedback::{ModerationStatus, OrganisationType};
use crate::{Lang, SnapshotId};
use serde::{Deserialize, Deserializer, Serialize};

/// Longest answer a moderator may write, in characters.
pub const MAX_ANSWER_CHARS: usize = 5000;
/// Longest redacted copy of a question, in characters.
pub const MAX_REDACTED_CHARS: usize = 5000;
/// Largest page of the moderators' list.
pub const MAX_PAGE_SIZE: u32 = 200;
/// The page size when none is asked for.
pub const DEFAULT_PAGE_SIZE: u32 = 50;
/// Most items one bulk status change may name.
pub const MAX_BULK_ITEMS: usize = 500;
/// How long the public summary may be cached, in seconds.
pub const SUMMARY_MAX_AGE_SECONDS: u32 = 300;
/// How long a topic's published answers may be cached, in seconds (an unpublished answer is
/// gone from every cache within this time).
pub const PUBLISHED_MAX_AGE_SECONDS: u32 = 60;
/// Most published answers one topic's list holds (the newest).
pub const MAX_PUBLISHED_ANSWERS: usize = 100;

/// The formats an export can be downloaded in (one list of codes, the feedback contract's).
pub use crate::feedback::ExportFormat;

code_enum! {
    /// What a moderator did, as the audit trail records it.
    pub enum AuditAction {
        /// Changed an item's status.
        SetStatus = "set_status",
        /// Wrote or changed the answer.
        Answer = "answer",
        /// Published the answer (and the redacted question, if any).
        Publish = "publish",
        /// Took the publication down.
        Unpublish = "unpublish",
        /// Erased a person's submissions on request.
        Erase = "erase",
        /// Downloaded an export.
        Export = "export",
    }
}

/// The moderators' list filters (the query of `GET /api/admin/feedback` and of the export).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ListFilter {
    /// A topic id.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub topic: Option<String>,
    /// A moderation status.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<ModerationStatus>,
    /// The language the message was written from.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub language: Option<Lang>,
    /// The first day (inclusive, `YYYY-MM-DD`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub from: Option<String>,
    /// The last day (inclusive, `YYYY-MM-DD`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub to: Option<String>,
    /// Words to find in the message, the name or the email (case-insensitive).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub q: Option<String>,
}

/// One item as moderators see it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ModerationItem {
    /// The item's number.
    pub id: i64,
    /// When it was received (RFC 3339, UTC).
    pub created_at: String,
    /// The topic id.
    pub topic: String,
    /// The message as sent.
    pub message: String,
    /// The sender's name, if given.
    pub name: Option<String>,
    /// The sender's email, if given.
    pub email: Option<String>,
    /// Who the sender writes as.
    pub organisation_type: OrganisationType,
    /// The page language it was sent from.
    pub language: Lang,
    /// The snapshot the page showed.
    pub snapshot: Option<SnapshotId>,
    /// The page it was sent from.
    pub page: Option<String>,
    /// Where it stands.
    pub status: ModerationStatus,
    /// True when the sender agreed that the message may be published without name and email.
    pub publish_consent: bool,
    /// The moderators' answer, if written.
    pub answer: Option<String>,
    /// What is published, if anything.
    pub publication: Option<Publication>,
    /// Increases with every change; a change names the version it was made on.
    pub version: i64,
}

/// What of an item is public.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Publication {
    /// The question as published: a moderator's redacted copy of the message (the original
    /// is kept), or `None` when only the answer is published.
    pub question: Option<String>,
    /// The answer as published.
    pub answer: String,
    /// When it was published (RFC 3339, UTC).
    pub published_at: String,
}

/// A page of the moderators' list, newest first.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ItemPage {
    /// The items of this page.
    pub items: Vec<ModerationItem>,
    /// How many items match the filters in all.
    pub total: i64,
    /// The page number, from 1.
    pub page: u32,
    /// Items per page.
    pub per_page: u32,
}

/// `PUT /api/admin/feedback/{id}/status`: the new status, on the version the moderator saw.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StatusChange {
    /// The new status.
    pub status: ModerationStatus,
    /// The version the moderator saw; another version answers 409 `edit_conflict` and changes
    /// nothing (load the item again to see it as it is now).
    #[serde(deserialize_with = "whole_number")]
    pub version: i64,
}

/// `POST /api/admin/feedback/status`: one status for a selection.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BulkStatusChange {
    /// The new status.
    pub status: ModerationStatus,
    /// Each item with the version the moderator saw.
    pub items: Vec<ItemVersion>,
}

/// An item and the version a moderator saw.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ItemVersion {
    /// The item.
    #[serde(deserialize_with = "whole_number")]
    pub id: i64,
    /// Its version as seen.
    #[serde(deserialize_with = "whole_number")]
    pub version: i64,
}

/// The answer to a bulk change: which items changed and which had changed meanwhile.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct BulkOutcome {
    /// The items changed, at their new versions.
    pub changed: Vec<ItemVersion>,
    /// The items another moderator changed first (left as they are), or that no longer exist.
    pub conflicts: Vec<i64>,
}

/// `PUT /api/admin/feedback/{id}/answer`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AnswerChange {
    /// The answer; empty removes it.
    pub answer: String,
    /// The version the moderator saw.
    #[serde(deserialize_with = "whole_number")]
    pub version: i64,
}

/// `PUT /api/admin/feedback/{id}/publication`: publish the answer, with a redacted copy of the
/// question if wanted. Refused unless the sender opted in and the item has an answer. The
/// publication keeps a copy of the answer as it was when published (publish again after
/// changing it); publishing an item already published replaces its publication.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PublishRequest {
    /// The question as it may be shown (names, emails and addresses taken out), or `None` to
    /// publish the answer alone.
    pub question: Option<String>,
    /// The version the moderator saw.
    #[serde(deserialize_with = "whole_number")]
    pub version: i64,
}

/// Reads a whole number of a request body: `3`, or `3.0` (JSON does not tell them apart, so
/// neither may the service), within `i64`; anything else is refused.
fn whole_number<'de, D: Deserializer<'de>>(deserializer: D) -> Result<i64, D::Error> {
    struct WholeNumber;
    impl serde::de::Visitor<'_> for WholeNumber {
        type Value = i64;
        fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            f.write_str("a whole number")
        }
        fn visit_i64<E: serde::de::Error>(self, n: i64) -> Result<i64, E> {
            Ok(n)
        }
        fn visit_u64<E: serde::de::Error>(self, n: u64) -> Result<i64, E> {
            i64::try_from(n).map_err(|_| E::custom("the number is too large"))
        }
        fn visit_f64<E: serde::de::Error>(self, n: f64) -> Result<i64, E> {
            // 2^63 is the first float past i64::MAX.
            if n.fract() == 0.0
                && (-9_223_372_036_854_775_808.0..9_223_372_036_854_775_808.0).contains(&n)
            {
                Ok(n as i64)
            } else {
                Err(E::custom("not a whole number within range"))
            }
        }
    }
    deserializer.deserialize_any(WholeNumber)
}

/// One line of the audit trail.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AuditEntry {
    /// When (RFC 3339, UTC).
    pub at: String,
    /// The moderator's name.
    pub moderator: String,
    /// What they did.
    pub action: AuditAction,
    /// The item, when the action concerns one.
    pub item: Option<i64>,
    /// What changed, in a few words (`new → read`; never a message or personal data).
    pub detail: String,
}

/// `GET /api/admin/audit?item=`: the audit trail, newest first (at most [`MAX_AUDIT_ENTRIES`]).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct AuditTrail {
    /// The entries, newest first.
    pub entries: Vec<AuditEntry>,
}

/// Most entries one audit trail answer holds.
pub const MAX_AUDIT_ENTRIES: usize = 500;

/// `POST /api/admin/erase`: a person's deletion request, by email.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EraseRequest {
    /// The email address the person wrote with.
    pub email: String,
}

/// The answer to an erasure: how many submissions (and their published copies) were deleted.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Erased {
    /// Submissions deleted.
    pub deleted: u64,
}

/// The signed-in moderator (`GET /api/admin/me`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Moderator {
    /// The name the token was created for.
    pub name: String,
    /// When the token expires (RFC 3339, UTC), if it does.
    pub expires_at: Option<String>,
}

/// `GET /api/feedback/summary`: per topic, how many messages were received (spam excluded)
/// and how many answered. Public: counts only.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Summary {
    /// One entry per topic that has received anything, by topic id.
    pub topics: Vec<TopicCount>,
}

/// The counts of one topic.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TopicCount {
    /// The topic id.
    pub topic: String,
    /// Messages received (spam excluded).
    pub received: u64,
    /// Messages answered.
    pub answered: u64,
}

impl Summary {
    /// The counts of a topic (zero when it has received nothing).
    pub fn of(&self, topic: &str) -> (u64, u64) {
        self.topics
            .iter()
            .find(|t| t.topic == topic)
            .map_or((0, 0), |t| (t.received, t.answered))
    }
}

/// `GET /api/feedback/published?topic=`: the published questions and answers of a topic,
/// newest first.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PublishedAnswers {
    /// The published items.
    pub items: Vec<PublishedAnswer>,
}

/// A published question and answer. No name, no email, no page, no id of the sender.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PublishedAnswer {
    /// The topic id.
    pub topic: String,
    /// The language the message was written in.
    pub lang: Lang,
    /// When the message was received (`YYYY-MM-DD`).
    pub asked_on: String,
    /// The redacted question, if published.
    pub question: Option<String>,
    /// The answer.
    pub answer: String,
    /// When the answer was published (`YYYY-MM-DD`).
    pub answered_on: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_topic_without_messages_counts_zero() {
        let summary = Summary {
            topics: vec![TopicCount {
                topic: "8.1.1.1".into(),
                received: 12,
                answered: 5,
            }],
        };
        assert_eq!(summary.of("8.1.1.1"), (12, 5));
        assert_eq!(summary.of("4.1.5"), (0, 0));
    }

    #[test]
    fn versions_and_ids_are_whole_numbers_however_written() {
        let change: StatusChange =
            serde_json::from_str(r#"{"status": "read", "version": 3.0}"#).unwrap();
        assert_eq!(change.version, 3);
        let item: ItemVersion = serde_json::from_str(r#"{"id": 1e3, "version": 2}"#).unwrap();
        assert_eq!(
            item,
            ItemVersion {
                id: 1000,
                version: 2
            }
        );
        for bad in ["3.5", "\"3\"", "9223372036854775808", "1e300", "true"] {
            let text = format!(r#"{{"status": "read", "version": {bad}}}"#);
            assert!(
                serde_json::from_str::<StatusChange>(&text).is_err(),
                "{bad}"
            );
        }
    }

    #[test]
    fn filters_leave_out_what_is_not_set() {
        let filter = ListFilter {
            status: Some(ModerationStatus::Read),
            language: Some(Lang::En),
            ..Default::default()
        };
        assert_eq!(
            serde_json::to_value(&filter).unwrap(),
            serde_json::json!({ "status": "read", "language": "en" })
        );
    }
}

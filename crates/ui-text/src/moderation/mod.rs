//! The moderators' page strings, one typed table per language. Kept apart from the citizens'
//! table ([`crate::Ui`]) so the public pages carry none of them: only the moderators' app uses
//! this module.

mod az;
mod en;

pub use az::AZ;
pub use en::EN;

use model::feedback::ModerationStatus;
use model::moderation::AuditAction;
use model::Lang;

/// All strings of the moderators' page in one language.
#[derive(serde::Serialize)]
pub struct ModerationUi {
    pub title: &'static str,
    pub noindex_note: &'static str,
    pub needs_javascript: &'static str,
    pub switch_language: &'static str,
    // Signing in
    pub sign_in_heading: &'static str,
    pub sign_in_intro: &'static str,
    pub token_label: &'static str,
    pub token_hint: &'static str,
    pub sign_in: &'static str,
    pub signing_in: &'static str,
    pub sign_out: &'static str,
    #[serde(skip)]
    pub signed_in_as: fn(&str) -> String,
    #[serde(skip)]
    pub token_expires: fn(&str) -> String,
    pub token_refused: &'static str,
    pub session_ended: &'static str,
    pub network_error: &'static str,
    pub server_error: &'static str,
    pub retry: &'static str,
    // The list
    pub list_heading: &'static str,
    pub filters_heading: &'static str,
    pub filter_topic: &'static str,
    pub filter_topic_hint: &'static str,
    pub filter_status: &'static str,
    pub filter_language: &'static str,
    pub filter_from: &'static str,
    pub filter_to: &'static str,
    pub filter_text: &'static str,
    pub filter_any: &'static str,
    pub apply_filters: &'static str,
    pub clear_filters: &'static str,
    pub loading: &'static str,
    #[serde(skip)]
    pub total: fn(i64) -> String,
    pub none_found: &'static str,
    #[serde(skip)]
    pub page_of: fn(u32, u32) -> String,
    pub previous_page: &'static str,
    pub next_page: &'static str,
    pub column_select: &'static str,
    pub column_id: &'static str,
    pub column_received: &'static str,
    pub column_topic: &'static str,
    pub column_status: &'static str,
    pub column_language: &'static str,
    pub column_message: &'static str,
    #[serde(skip)]
    pub select_item: fn(i64) -> String,
    pub select_all: &'static str,
    #[serde(skip)]
    pub selected: fn(usize) -> String,
    pub set_status_of_selected: &'static str,
    pub set_status: &'static str,
    #[serde(skip)]
    pub bulk_done: fn(usize, usize) -> String,
    // One item
    #[serde(skip)]
    pub item_heading: fn(i64) -> String,
    pub back_to_list: &'static str,
    pub sender: &'static str,
    pub no_name: &'static str,
    pub no_email: &'static str,
    pub writes_as: &'static str,
    pub written_in: &'static str,
    pub sent_from: &'static str,
    pub snapshot_shown: &'static str,
    pub status_heading: &'static str,
    pub save_status: &'static str,
    pub saved: &'static str,
    pub answer_heading: &'static str,
    pub answer_label: &'static str,
    pub save_answer: &'static str,
    pub publication_heading: &'static str,
    pub publication_no_consent: &'static str,
    pub publication_needs_answer: &'static str,
    pub publish_question_too: &'static str,
    pub redacted_question_label: &'static str,
    pub redacted_question_hint: &'static str,
    pub publish: &'static str,
    pub unpublish: &'static str,
    #[serde(skip)]
    pub published_on: fn(&str) -> String,
    pub not_published: &'static str,
    pub conflict: &'static str,
    pub not_publishable: &'static str,
    pub invalid: &'static str,
    // Export and erasure
    pub export_heading: &'static str,
    pub export_intro: &'static str,
    pub export_csv: &'static str,
    pub export_json: &'static str,
    pub erase_heading: &'static str,
    pub erase_intro: &'static str,
    pub erase_email: &'static str,
    pub erase_confirm: &'static str,
    pub erase: &'static str,
    #[serde(skip)]
    pub erased: fn(u64) -> String,
    // Audit trail
    pub audit_heading: &'static str,
    pub audit_intro: &'static str,
    pub audit_when: &'static str,
    pub audit_who: &'static str,
    pub audit_what: &'static str,
    pub audit_item: &'static str,
    pub audit_detail: &'static str,
    pub audit_empty: &'static str,
}

/// The moderators' strings of a language.
pub fn moderation_ui(lang: Lang) -> &'static ModerationUi {
    match lang {
        Lang::Az => &AZ,
        Lang::En => &EN,
    }
}

/// A moderation status in a language.
pub fn moderation_status_label(lang: Lang, status: ModerationStatus) -> &'static str {
    match lang {
        Lang::Az => az::status(status),
        Lang::En => en::status(status),
    }
}

/// What a moderator did, in a language.
pub fn audit_action_label(lang: Lang, action: AuditAction) -> &'static str {
    match lang {
        Lang::Az => az::action(action),
        Lang::En => en::action(action),
    }
}

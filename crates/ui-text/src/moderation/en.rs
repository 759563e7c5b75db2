//! The moderators' page in English.

use super::ModerationUi;
use model::feedback::ModerationStatus;
use model::moderation::AuditAction;
use model::Lang;

/// A count in English digits: 5000 → "5,000".
fn num<N: TryInto<u64>>(count: N) -> String {
    crate::count(count, Lang::En)
}

/// English.
pub const EN: ModerationUi = ModerationUi {
    title: "Moderation: feedback on the Digital Economy Strategy",
    noindex_note: "For moderators only.",
    needs_javascript: "The moderators' page needs JavaScript.",
    switch_language: "Azərbaycanca",
    sign_in_heading: "Sign in",
    sign_in_intro: "Sign in with the moderator token an administrator created for you (feedback token create). It is kept in this browser tab only and forgotten when the tab closes.",
    token_label: "Moderator token",
    token_hint: "64 characters, as it was shown once when it was created.",
    sign_in: "Sign in",
    signing_in: "Signing in…",
    sign_out: "Sign out",
    signed_in_as: |name| format!("Signed in as {name}"),
    token_expires: |when| format!("Your token expires on {when}."),
    token_refused: "This token is not accepted: it may be mistyped, expired or revoked. Ask an administrator for a new one.",
    session_ended: "Your session has ended (the token is no longer accepted). Sign in again.",
    network_error: "The feedback service does not answer. Check the connection and try again.",
    server_error: "The feedback service failed. Try again in a moment.",
    retry: "Try again",
    list_heading: "Messages",
    filters_heading: "Filters",
    filter_topic: "Topic",
    filter_topic_hint: "A measure or indicator id (8.1.1.1, 4.1.5) or general",
    filter_status: "Status",
    filter_language: "Language",
    filter_from: "Received from",
    filter_to: "Received until",
    filter_text: "Text",
    filter_any: "Any",
    apply_filters: "Apply filters",
    clear_filters: "Clear filters",
    loading: "Loading…",
    total: |n| match n {
        1 => "1 message".to_string(),
        count => format!("{} messages", num(count)),
    },
    none_found: "No message matches these filters.",
    page_of: |page, pages| format!("Page {} of {}", num(page), num(pages)),
    previous_page: "Previous page",
    next_page: "Next page",
    column_select: "Select",
    column_id: "No.",
    column_received: "Received",
    column_topic: "Topic",
    column_status: "Status",
    column_language: "Language",
    column_message: "Message",
    select_item: |id| format!("Select message {id}"),
    select_all: "Select all on this page",
    selected: |n| match n {
        1 => "1 selected".to_string(),
        count => format!("{} selected", num(count)),
    },
    set_status_of_selected: "Status for the selected messages",
    set_status: "Set status",
    bulk_done: |changed, conflicts| match conflicts {
        0 => format!("{} changed.", num(changed)),
        conflicts => format!("{} changed; {} had been changed by another moderator and were left as they are (reload to see them).", num(changed), num(conflicts)),
    },
    item_heading: |id| format!("Message {id}"),
    back_to_list: "Back to the list",
    sender: "Sender",
    no_name: "no name given",
    no_email: "no email given",
    writes_as: "Writes as",
    written_in: "Written in",
    sent_from: "Sent from",
    snapshot_shown: "Data shown",
    status_heading: "Status",
    save_status: "Save status",
    saved: "Saved.",
    answer_heading: "Answer",
    answer_label: "The moderators' answer",
    save_answer: "Save answer",
    publication_heading: "Publication on the site",
    publication_no_consent: "The sender did not agree to publication: this message and its answer stay private.",
    publication_needs_answer: "Write and save an answer first: only answered messages are published.",
    publish_question_too: "Publish the question too (as the redacted copy below)",
    redacted_question_label: "The question as published",
    redacted_question_hint: "Take out names, emails, phone numbers and addresses. The original message is kept unchanged.",
    publish: "Publish",
    unpublish: "Unpublish",
    published_on: |when| format!("Published on {when}."),
    not_published: "Not published.",
    conflict: "Another moderator changed this message meanwhile. It is shown as it is now: make your change again if it still applies.",
    not_publishable: "This message cannot be published: its sender did not agree, or it has no answer.",
    invalid: "Some values were not accepted:",
    export_heading: "Export",
    export_intro: "Download the messages that match the filters above.",
    export_csv: "Download CSV (spreadsheets)",
    export_json: "Download JSON",
    erase_heading: "Erase a person's messages",
    erase_intro: "On a person's request, delete every message sent with their email address, with any published copy. This cannot be undone.",
    erase_email: "Their email address",
    erase_confirm: "I have checked the request and want to delete these messages",
    erase: "Erase",
    erased: |n| match n {
        0 => "No message was sent with this address.".to_string(),
        1 => "1 message deleted.".to_string(),
        count => format!("{} messages deleted.", num(count)),
    },
    audit_heading: "Audit trail",
    audit_intro: "Every change moderators made, newest first.",
    audit_when: "When",
    audit_who: "Moderator",
    audit_what: "Action",
    audit_item: "Message",
    audit_detail: "Change",
    audit_empty: "Nothing recorded yet.",
};

pub(super) fn status(status: ModerationStatus) -> &'static str {
    match status {
        ModerationStatus::New => "New",
        ModerationStatus::Read => "Read",
        ModerationStatus::Answered => "Answered",
        ModerationStatus::Spam => "Spam",
    }
}

pub(super) fn action(action: AuditAction) -> &'static str {
    match action {
        AuditAction::SetStatus => "Status changed",
        AuditAction::Answer => "Answer saved",
        AuditAction::Publish => "Published",
        AuditAction::Unpublish => "Unpublished",
        AuditAction::Erase => "Messages erased on request",
        AuditAction::Export => "Export downloaded",
    }
}

//! The audit trail: who changed what, when; of one message or of everything.

use crate::app::Shared;
use crate::client::ApiError;
use leptos::prelude::*;
use ui_text::moderation::audit_action_label;

/// The audit trail, newest first.
#[component]
pub fn AuditView(
    /// One message's trail, or everything's.
    item: Option<i64>,
) -> impl IntoView {
    let shared = expect_context::<Shared>();
    let strings = shared.strings();
    let trail = LocalResource::new(move || {
        shared.changes.track();
        let client = shared.client();
        async move {
            match client {
                Some(client) => client.audit(item).await,
                None => Err(ApiError::Unauthorized),
            }
        }
    });
    let heading_id = if item.is_some() {
        "item-audit-heading"
    } else {
        "audit-heading"
    };
    let body = move || match trail.get() {
        None => view! { <p class="loading">{strings.loading}</p> }.into_any(),
        Some(Err(error)) => {
            view! { <p class="error-box" role="alert">{shared.failure(&error)}</p> }.into_any()
        }
        Some(Ok(trail)) if trail.entries.is_empty() => {
            view! { <p>{strings.audit_empty}</p> }.into_any()
        }
        Some(Ok(trail)) => {
            let rows = trail
                .entries
                .into_iter()
                .map(|entry| {
                    view! {
                        <tr>
                            <td>{entry.at.replace('T', " ")}</td>
                            <td>{entry.moderator}</td>
                            <td>{audit_action_label(shared.lang, entry.action)}</td>
                            <td>{entry.item.map(|i| i.to_string()).unwrap_or_default()}</td>
                            <td>{entry.detail}</td>
                        </tr>
                    }
                })
                .collect_view();
            view! {
                <div class="table-wrap" tabindex="0" role="region" aria-labelledby=heading_id>
                    <table>
                        <thead><tr>
                            <th scope="col">{strings.audit_when}</th>
                            <th scope="col">{strings.audit_who}</th>
                            <th scope="col">{strings.audit_what}</th>
                            <th scope="col">{strings.audit_item}</th>
                            <th scope="col">{strings.audit_detail}</th>
                        </tr></thead>
                        <tbody>{rows}</tbody>
                    </table>
                </div>
            }
            .into_any()
        }
    };
    view! {
        <section aria-labelledby=heading_id>
            <h3 id=heading_id>{strings.audit_heading}</h3>
            <p>{strings.audit_intro}</p>
            {body}
        </section>
    }
}

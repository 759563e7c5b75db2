//! The list of messages: filters (topic, status, language, dates, text), one page at a time,
//! newest first, a selection with one status for all of it, and under the list the export,
//! erasure and audit tools.

use crate::app::Shared;
use crate::audit::AuditView;
use crate::client::ApiError;
use crate::tools::{EraseTool, ExportTool};
use leptos::prelude::*;
use model::feedback::ModerationStatus;
use model::moderation::{
    BulkStatusChange, ItemPage, ItemVersion, ListFilter, ModerationItem, DEFAULT_PAGE_SIZE,
};
use model::Lang;
use std::collections::BTreeMap;
use ui_text::moderation::moderation_status_label;

/// How many characters of a message the list shows.
const EXCERPT_CHARS: usize = 140;

/// The first characters of a message, on one line.
pub fn excerpt(message: &str) -> String {
    let line: String = message.split_whitespace().collect::<Vec<_>>().join(" ");
    if line.chars().count() <= EXCERPT_CHARS {
        line
    } else {
        format!("{}…", line.chars().take(EXCERPT_CHARS).collect::<String>())
    }
}

/// How many pages `total` items make.
pub fn page_count(total: i64, per_page: u32) -> u32 {
    let per_page = i64::from(per_page.max(1));
    u32::try_from((total + per_page - 1) / per_page)
        .unwrap_or(u32::MAX)
        .max(1)
}

/// The list with its filters and tools.
#[component]
pub fn ListView() -> impl IntoView {
    let shared = expect_context::<Shared>();
    let strings = shared.strings();
    let selection = RwSignal::new(BTreeMap::<i64, i64>::new());
    let items = LocalResource::new(move || {
        let (filter, page) = (shared.filter.get(), shared.page.get());
        shared.changes.track();
        let client = shared.client();
        async move {
            match client {
                Some(client) => client.list(&filter, page, DEFAULT_PAGE_SIZE).await,
                None => Err(ApiError::Unauthorized),
            }
        }
    });
    let body = move || {
        match items.get() {
        None => view! { <p class="loading" role="status">{strings.loading}</p> }.into_any(),
        Some(Err(error)) => view! {
            <div class="error-box" role="alert">
                <p>{shared.failure(&error)}</p>
                <button type="button" class="button" on:click=move |_| items.refetch()>{strings.retry}</button>
            </div>
        }
        .into_any(),
        Some(Ok(page)) => view! { <ItemTable page=page selection=selection/> }.into_any(),
    }
    };
    view! {
        <section aria-labelledby="list-heading">
            <h2 id="list-heading">{strings.list_heading}</h2>
            <Filters/>
            <BulkStatus selection=selection/>
            {body}
        </section>
        <ExportTool/>
        <EraseTool/>
        <AuditView item=None/>
    }
}

/// The filters form; applying it goes back to the first page.
#[component]
fn Filters() -> impl IntoView {
    let shared = expect_context::<Shared>();
    let strings = shared.strings();
    let current = shared.filter.get_untracked();
    let text = |value: Option<String>| RwSignal::new(value.unwrap_or_default());
    let topic = text(current.topic);
    let from = text(current.from);
    let to = text(current.to);
    let q = text(current.q);
    let status = RwSignal::new(
        current
            .status
            .map(|s| s.code().to_string())
            .unwrap_or_default(),
    );
    let language = RwSignal::new(
        current
            .language
            .map(|l| l.code().to_string())
            .unwrap_or_default(),
    );
    let set = |value: String| Some(value.trim().to_string()).filter(|v| !v.is_empty());
    let apply = move || {
        shared.filter.set(ListFilter {
            topic: set(topic.get_untracked()),
            status: ModerationStatus::from_code(&status.get_untracked()),
            language: Lang::from_code(&language.get_untracked())
                .filter(|_| !language.get_untracked().is_empty()),
            from: set(from.get_untracked()),
            to: set(to.get_untracked()),
            q: set(q.get_untracked()),
        });
        shared.page.set(1);
    };
    let clear = move |_| {
        for field in [topic, from, to, q, status, language] {
            field.set(String::new());
        }
        apply();
    };
    let status_options = ModerationStatus::ALL
        .into_iter()
        .map(|s| view! { <option value=s.code() selected=move || status.get() == s.code()>{moderation_status_label(shared.lang, s)}</option> })
        .collect_view();
    let language_options = Lang::ALL
        .into_iter()
        .map(|l| view! { <option value=l.code() selected=move || language.get() == l.code()>{ui_text::ui(l).language_name}</option> })
        .collect_view();
    let input = move |id: &'static str,
                      label: &'static str,
                      kind: &'static str,
                      value: RwSignal<String>| {
        view! {
            <div class="field">
                <label for=id>{label}</label>
                <input id=id type=kind prop:value=move || value.get() on:input=move |ev| value.set(event_target_value(&ev))/>
            </div>
        }
    };
    view! {
        <form class="filters" aria-labelledby="filters-heading" on:submit=move |ev| { ev.prevent_default(); apply(); }>
            <h3 id="filters-heading">{strings.filters_heading}</h3>
            <div class="filter-grid">
                <div class="field">
                    <label for="f-topic">{strings.filter_topic}</label>
                    <input id="f-topic" type="text" aria-describedby="f-topic-hint" prop:value=move || topic.get() on:input=move |ev| topic.set(event_target_value(&ev))/>
                    <p class="hint" id="f-topic-hint">{strings.filter_topic_hint}</p>
                </div>
                <div class="field">
                    <label for="f-status">{strings.filter_status}</label>
                    <select id="f-status" on:change=move |ev| status.set(event_target_value(&ev))>
                        <option value="" selected=move || status.get().is_empty()>{strings.filter_any}</option>
                        {status_options}
                    </select>
                </div>
                <div class="field">
                    <label for="f-language">{strings.filter_language}</label>
                    <select id="f-language" on:change=move |ev| language.set(event_target_value(&ev))>
                        <option value="" selected=move || language.get().is_empty()>{strings.filter_any}</option>
                        {language_options}
                    </select>
                </div>
                {input("f-from", strings.filter_from, "date", from)}
                {input("f-to", strings.filter_to, "date", to)}
                {input("f-q", strings.filter_text, "search", q)}
            </div>
            <p class="actions">
                <button type="submit" class="button">{strings.apply_filters}</button>
                <button type="button" class="button secondary" on:click=clear>{strings.clear_filters}</button>
            </p>
        </form>
    }
}

/// One status for every selected message.
#[component]
fn BulkStatus(selection: RwSignal<BTreeMap<i64, i64>>) -> impl IntoView {
    let shared = expect_context::<Shared>();
    let strings = shared.strings();
    let status = RwSignal::new(ModerationStatus::Read);
    let apply = Action::new_local(move |change: &BulkStatusChange| {
        let (client, change) = (shared.client(), change.clone());
        async move {
            match client {
                Some(client) => client.set_statuses(&change).await,
                None => Err(ApiError::Unauthorized),
            }
        }
    });
    Effect::new(move |_| {
        if let Some(Ok(_)) = apply.value().get() {
            selection.set(BTreeMap::new());
            shared.changes.update(|n| *n += 1);
        }
    });
    let outcome = move || {
        apply.value().get().map(|answer| match answer {
            Ok(outcome) => view! { <p class="ok" role="status">{(strings.bulk_done)(outcome.changed.len(), outcome.conflicts.len())}</p> }.into_any(),
            Err(error) => view! { <p class="error-box" role="alert">{shared.failure(&error)}</p> }.into_any(),
        })
    };
    let options = ModerationStatus::ALL
        .into_iter()
        .map(|s| view! { <option value=s.code() selected=move || status.get() == s>{moderation_status_label(shared.lang, s)}</option> })
        .collect_view();
    let submit = move |_| {
        let items: Vec<ItemVersion> = selection
            .get_untracked()
            .into_iter()
            .map(|(id, version)| ItemVersion { id, version })
            .collect();
        if !items.is_empty() && !apply.pending().get_untracked() {
            apply.dispatch(BulkStatusChange {
                status: status.get_untracked(),
                items,
            });
        }
    };
    view! {
        <div class="actions">
            <span>{move || (strings.selected)(selection.with(BTreeMap::len))}</span>
            <label for="bulk-status">{strings.set_status_of_selected}</label>
            <select id="bulk-status" on:change=move |ev| {
                if let Some(s) = ModerationStatus::from_code(&event_target_value(&ev)) { status.set(s) }
            }>{options}</select>
            <button type="button" class="button" on:click=submit
                aria-disabled=move || (selection.with(BTreeMap::is_empty) || apply.pending().get()).to_string()>
                {strings.set_status}
            </button>
        </div>
        {outcome}
    }
}

/// A page of messages as a table, with the pager.
#[component]
fn ItemTable(page: ItemPage, selection: RwSignal<BTreeMap<i64, i64>>) -> impl IntoView {
    let shared = expect_context::<Shared>();
    let strings = shared.strings();
    let pages = page_count(page.total, page.per_page);
    let current = page.page;
    // Computed here: a comparison written inside `view!` is read as a tag.
    let (at_first, at_last) = (current <= 1, current >= pages);
    if page.items.is_empty() {
        return view! { <p class="empty-state">{strings.none_found}</p> }.into_any();
    }
    let on_page: Vec<(i64, i64)> = page.items.iter().map(|i| (i.id, i.version)).collect();
    let all_selected = {
        let on_page = on_page.clone();
        move || selection.with(|s| on_page.iter().all(|(id, _)| s.contains_key(id)))
    };
    let toggle_all = move |ev| {
        let checked = event_target_checked(&ev);
        selection.update(|s| {
            for (id, version) in &on_page {
                if checked {
                    s.insert(*id, *version);
                } else {
                    s.remove(id);
                }
            }
        });
    };
    let rows = page
        .items
        .into_iter()
        .map(|item| view! { <ItemRow item=item selection=selection/> })
        .collect_view();
    view! {
        <p class="result-count" role="status">{(strings.total)(page.total)}</p>
        <div class="table-wrap" tabindex="0" role="region" aria-labelledby="list-heading">
            <table>
                <thead>
                    <tr>
                        <th scope="col">
                            <input type="checkbox" id="select-all" aria-label=strings.select_all
                                prop:checked=all_selected on:change=toggle_all/>
                        </th>
                        <th scope="col">{strings.column_id}</th>
                        <th scope="col">{strings.column_received}</th>
                        <th scope="col">{strings.column_topic}</th>
                        <th scope="col">{strings.column_status}</th>
                        <th scope="col">{strings.column_language}</th>
                        <th scope="col">{strings.column_message}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
        <nav class="pager" aria-label=strings.list_heading>
            <button type="button" class="button secondary" disabled=at_first
                on:click=move |_| shared.page.update(|p| *p = p.saturating_sub(1).max(1))>{strings.previous_page}</button>
            <span>{(strings.page_of)(current, pages)}</span>
            <button type="button" class="button secondary" disabled=at_last
                on:click=move |_| shared.page.update(|p| *p += 1)>{strings.next_page}</button>
        </nav>
    }
    .into_any()
}

/// One message in the list.
#[component]
fn ItemRow(item: ModerationItem, selection: RwSignal<BTreeMap<i64, i64>>) -> impl IntoView {
    let shared = expect_context::<Shared>();
    let strings = shared.strings();
    let (id, version) = (item.id, item.version);
    let selected = move || selection.with(|s| s.contains_key(&id));
    view! {
        <tr>
            <td>
                <input type="checkbox" aria-label=(strings.select_item)(id) prop:checked=selected
                    on:change=move |ev| {
                        let checked = event_target_checked(&ev);
                        selection.update(|s| { if checked { s.insert(id, version); } else { s.remove(&id); } });
                    }/>
            </td>
            <td>
                <button type="button" class="button small" aria-label=(strings.item_heading)(id)
                    on:click=move |_| shared.open.set(Some(id))>{id}</button>
            </td>
            <td>{item.created_at.get(..16).unwrap_or(&item.created_at).replace('T', " ")}</td>
            <td><span class="item-id">{item.topic.clone()}</span></td>
            <td>{moderation_status_label(shared.lang, item.status)}</td>
            <td>{item.language.code()}</td>
            <td class="excerpt" lang=item.language.code()>{excerpt(&item.message)}</td>
        </tr>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn excerpts_are_one_line_and_short() {
        assert_eq!(excerpt("Salam,\n\nsual  var"), "Salam, sual var");
        let long = "ə".repeat(EXCERPT_CHARS + 5);
        let short = excerpt(&long);
        assert_eq!(short.chars().count(), EXCERPT_CHARS + 1);
        assert!(short.ends_with('…'));
    }

    #[test]
    fn pages_round_up_and_never_reach_zero() {
        assert_eq!(page_count(0, 50), 1);
        assert_eq!(page_count(50, 50), 1);
        assert_eq!(page_count(51, 50), 2);
        assert_eq!(page_count(10, 0), 10);
    }
}

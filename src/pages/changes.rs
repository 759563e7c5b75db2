//! What changed between two snapshots (`?from=&to=`, by default the shown snapshot and the one
//! before it), computed with the same diff as the data tool's `diff` command.

use crate::components::data_view::{error_message, DataView};
use crate::components::follow_line::FollowLine;
use crate::components::status::StatusBadge;
use crate::components::text::InlineText;
use crate::contexts::{use_lang, use_snapshot_store};
use crate::document::use_page_meta;
use crate::i18n::{stage_label, ui};
use crate::pages::overview::value_with_unit;
use crate::published_data::{DataError, SiteData};
use crate::url::{query_string, use_as_of, use_links, use_replace_query};
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_query_map;
use model::diff::{diff, SnapshotDiff};
use model::format::format_date;
use model::SnapshotId;
use std::sync::Arc;

/// The "what changed" page.
/// The query parameters of the two snapshots compared (`?from=&to=`).
pub const COMPARE_PARAMS: [&str; 2] = ["from", "to"];

#[component]
pub fn ChangesPage() -> impl IntoView {
    let lang = use_lang();
    use_page_meta(move || {
        let strings = ui(lang.get());
        (
            format!("{} · {}", strings.changes_title, strings.site_name),
            strings.changes_intro.to_string(),
        )
    });
    view! { <DataView render=move |site| view! { <Changes site=site/> }/> }
}

/// The default pair: the snapshot shown and the published one just before it.
pub fn default_pair(ids: &[SnapshotId], shown: SnapshotId) -> Option<(SnapshotId, SnapshotId)> {
    let before = ids.iter().filter(|id| **id < shown).max()?;
    Some((*before, shown))
}

#[component]
fn Changes(site: SiteData) -> impl IntoView {
    let lang = use_lang();
    let links = use_links();
    let query = use_query_map();
    let as_of = use_as_of();
    let replace_query = use_replace_query();
    let ids: Vec<SnapshotId> = site.manifest.snapshots.iter().map(|s| s.id).collect();
    let defaults = default_pair(&ids, site.entry.id);
    let pair = {
        let ids = ids.clone();
        Memo::new(move |_| {
            let q = query.read();
            let parse = |key: &str| {
                q.get_str(key)
                    .and_then(|v| v.parse::<SnapshotId>().ok())
                    .filter(|id| ids.contains(id))
            };
            let [from, to] = COMPARE_PARAMS;
            match (parse(from), parse(to)) {
                (Some(from), Some(to)) => Some((from, to)),
                _ => defaults,
            }
        })
    };
    // The two snapshots compared, from the snapshot store (loaded in the browser when missing).
    let store = use_snapshot_store();
    {
        let site = site.clone();
        Effect::new(move |_| {
            if let Some((from, to)) = pair.get() {
                store.load_missing(&site, &[from, to]);
            }
        });
    }
    let result = {
        let site = site.clone();
        move || -> Option<Option<Result<SnapshotDiff, DataError>>> {
            match pair.get() {
                Some((from, to)) if from != to => {
                    let (older, newer) = (from.min(to), from.max(to));
                    let loaded = store.get(&site, &[older, newer])?;
                    Some(Some(loaded.map(|pair| diff(&pair[0], &pair[1]))))
                }
                _ => Some(None),
            }
        }
    };
    let from_choice = RwSignal::new(
        pair.get_untracked()
            .map(|p| p.0.to_string())
            .unwrap_or_default(),
    );
    let to_choice = RwSignal::new(
        pair.get_untracked()
            .map(|p| p.1.to_string())
            .unwrap_or_default(),
    );
    let compare = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let [from, to] = COMPARE_PARAMS;
        let params = vec![
            (from, from_choice.get_untracked()),
            (to, to_choice.get_untracked()),
        ];
        replace_query(query_string(&params, as_of.get_untracked().as_deref()));
    };
    let options = {
        let site = site.clone();
        move |selected: RwSignal<String>| {
            site.manifest
                .snapshots
                .iter()
                .map(|s| {
                    let id = s.id.to_string();
                    let label = format!("{id} · {}", format_date(s.as_of, lang.get()));
                    let is_selected = selected.get_untracked() == id;
                    view! { <option value=id selected=is_selected>{label}</option> }
                })
                .collect_view()
        }
    };
    let only_one = site.manifest.snapshots.len() < 2;
    let strategy = site.strategy.clone();
    let body = move || {
        let lang_now = lang.get();
        let strings = ui(lang_now);
        if only_one {
            return view! { <p class="empty-state">{strings.changes_only_one}</p> }.into_any();
        }
        match result() {
            None => {
                view! { <p class="loading" role="status">{strings.changes_loading}</p> }.into_any()
            }
            Some(None) => view! { <p class="empty-state">{strings.changes_same}</p> }.into_any(),
            Some(Some(Err(error))) => {
                view! { <p role="alert">{error_message(strings, &error)}</p> }.into_any()
            }
            Some(Some(Ok(changes))) => render_diff(&changes, &strategy, lang_now, links).into_any(),
        }
    };
    let (options_from, options_to) = (options.clone(), options);
    view! {
        <article class="changes-page">
            <h1>{move || ui(lang.get()).changes_title}</h1>
            <p class="lead-text">{move || ui(lang.get()).changes_intro}</p>
            <Show when=move || !only_one>
                <form class="compare-form" data-app-part="touch" on:submit=compare.clone()>
                    <div class="field">
                        <label for="from">{move || ui(lang.get()).changes_from}</label>
                        <select id="from" on:change=move |ev| from_choice.set(event_target_value(&ev))>{options_from.clone()(from_choice)}</select>
                    </div>
                    <div class="field">
                        <label for="to">{move || ui(lang.get()).changes_to}</label>
                        <select id="to" on:change=move |ev| to_choice.set(event_target_value(&ev))>{options_to.clone()(to_choice)}</select>
                    </div>
                    <button type="submit" class="button">{move || ui(lang.get()).compare}</button>
                </form>
            </Show>
            {body}
            <FollowLine/>
        </article>
    }
}

fn render_diff(
    changes: &SnapshotDiff,
    strategy: &Arc<model::Strategy>,
    lang: model::Lang,
    links: crate::url::Links,
) -> impl IntoView {
    let strings = ui(lang);
    let heading = format!("{} → {}", changes.from, changes.to);
    if changes.is_empty() {
        return view! { <h2>{heading}</h2><p class="empty-state">{strings.changes_none}</p> }
            .into_any();
    }
    let measure_link = |id: &str| {
        let title = strategy
            .measure(id)
            .map(|m| m.title.clone())
            .unwrap_or_default();
        let href = links.href(format!("measures/{id}"));
        let id = id.to_string();
        view! { <A href=href><span class="item-id">{id}</span>" "<InlineText text=title/></A> }
    };
    let statuses = changes
        .status_changes
        .iter()
        .map(|c| view! { <li class="change">{measure_link(&c.measure)}<p class="meta"><StatusBadge status=c.from/>" → "<StatusBadge status=c.to/></p></li> })
        .collect_view();
    let results = changes
        .results_achieved
        .iter()
        .map(|r| {
            let date = (strings.achieved_on)(&format_date(r.achieved_on, lang));
            view! { <li class="change">{measure_link(&r.measure)}<p class="meta">{stage_label(lang, r.stage)}": "{date}</p></li> }
        })
        .collect_view();
    let values = changes
        .new_actuals
        .iter()
        .filter_map(|a| strategy.indicator(&a.indicator).map(|i| (a, i.clone())))
        .map(|(a, indicator)| {
            let href = links.href(format!("indicators/{}", indicator.id));
            let value = value_with_unit(a.value, &indicator, lang);
            let change = match a.previous {
                Some(p) => format!("{}: {} → {value}", a.year, value_with_unit(p, &indicator, lang)),
                None => format!("{}: {value} ({})", a.year, strings.new_value),
            };
            let (id, name) = (indicator.id.clone(), indicator.name.clone());
            view! { <li class="change"><A href=href><span class="item-id">{id}</span>" "<InlineText text=name/></A><p class="meta">{change}</p></li> }
        })
        .collect_view();
    let (n_status, n_results, n_values) = (
        changes.status_changes.len(),
        changes.results_achieved.len(),
        changes.new_actuals.len(),
    );
    view! {
        <h2>{heading}</h2>
        <section class="changes-status"><h3>{strings.changes_status}" ("{n_status}")"</h3><ul class="plain">{statuses}</ul></section>
        <section class="changes-results"><h3>{strings.changes_results}" ("{n_results}")"</h3><ul class="plain">{results}</ul></section>
        <section class="changes-values"><h3>{strings.changes_values}" ("{n_values}")"</h3><ul class="plain">{values}</ul></section>
    }
    .into_any()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_to_the_shown_snapshot_and_the_one_before() {
        let ids: Vec<SnapshotId> = ["2026-Q4", "2026-Q3", "2026-Q2"]
            .iter()
            .map(|s| s.parse().unwrap())
            .collect();
        let (from, to) = default_pair(&ids, "2026-Q4".parse().unwrap()).unwrap();
        assert_eq!(
            (from.to_string(), to.to_string()),
            ("2026-Q3".into(), "2026-Q4".into())
        );
        assert_eq!(default_pair(&ids, "2026-Q2".parse().unwrap()), None);
    }
}

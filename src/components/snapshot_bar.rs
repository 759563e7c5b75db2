//! The snapshot bar under the header: which snapshot the page shows, a selector of the published
//! snapshots, and notices for older, corrected, synthetic, overdue, cached or offline data.

use crate::contexts::{use_lang, use_site_data, use_today};
use crate::i18n::ui;
use crate::published_data::SiteData;
use crate::url::with_as_of;
use leptos::prelude::*;
use leptos_router::hooks::{use_location, use_navigate};
use model::format::format_date;
use model::{Date, SnapshotId};

/// Days after which the latest data counts as overdue: a quarter plus a month.
pub const STALE_AFTER_DAYS: i64 = 92 + 31;

/// The date the next quarterly snapshot is due: a month after the next quarter ends.
pub fn next_update_due(latest: SnapshotId) -> Date {
    latest.next_quarter().quarter_end().end_of_month_after(1)
}

/// True when the latest data is older than a quarter plus a month on `today`.
pub fn is_stale(latest_as_of: Date, today: Date) -> bool {
    today.days_since_epoch() - latest_as_of.days_since_epoch() > STALE_AFTER_DAYS
}

/// The bar itself.
#[component]
pub fn SnapshotBar() -> impl IntoView {
    let data = use_site_data();
    move || {
        data.get()
            .and_then(Result::ok)
            .map(|site| view! { <SnapshotBarContent site=site/> })
    }
}

#[component]
fn SnapshotBarContent(site: SiteData) -> impl IntoView {
    let lang = use_lang();
    let location = use_location();
    let navigate = use_navigate();
    let selected = RwSignal::new(site.entry.id.to_string());
    let latest = site.manifest.latest;
    let options: Vec<(String, String)> = site
        .manifest
        .snapshots
        .iter()
        .map(|s| (s.id.to_string(), s.as_of.to_string()))
        .collect();
    let entry = site.entry.clone();
    let from_cache = site.from_cache;
    // Offline (the worker's copy, or the last data loaded while the browser has no network):
    // the same notice, saying so and the date of the data shown.
    let offline = site.offline;
    let data = crate::contexts::use_site_data();
    let latest_entry = site.manifest.snapshot(latest).cloned();
    let today = use_today();
    let show = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let id = selected.get_untracked();
        let as_of = (id != latest.to_string()).then_some(id.as_str());
        let url = format!(
            "{}{}",
            location.pathname.get_untracked(),
            with_as_of(&location.search.get_untracked(), as_of)
        );
        navigate(&url, Default::default());
    };
    let latest_href = move || {
        format!(
            "{}{}",
            location.pathname.get(),
            with_as_of(&location.search.get(), None)
        )
    };
    move || {
        let lang_now = lang.get();
        let strings = ui(lang_now);
        let is_latest = entry.id == latest;
        let stale = latest_entry
            .as_ref()
            .zip(today.get())
            .filter(|(l, today)| is_stale(l.as_of, *today))
            .map(|(l, _)| (strings.stale_notice)(&format_date(l.as_of, lang_now)));
        let options = options.clone();
        view! {
            <div class="snapshot-bar">
                <form class="snapshot-choice" method="get" on:submit=show.clone()>
                    <label for="snapshot-select">{strings.snapshot_label}</label>
                    <select
                        id="snapshot-select"
                        name="as_of"
                        prop:value=move || selected.get()
                        on:change=move |ev| selected.set(event_target_value(&ev))
                    >
                        {options
                            .into_iter()
                            .map(|(id, as_of)| {
                                let label = if id == latest.to_string() {
                                    format!("{id} ({})", strings.snapshot_latest)
                                } else {
                                    id.clone()
                                };
                                let date = as_of.parse::<Date>().map(|d| format_date(d, lang_now)).unwrap_or(as_of);
                                view! { <option value=id.clone()>{format!("{label} · {date}")}</option> }
                            })
                            .collect_view()}
                    </select>
                    <button type="submit" class="button small">{strings.show_snapshot}</button>
                    <noscript>{strings.snapshot_needs_javascript}</noscript>
                    <span class="next-update">
                        {strings.next_update_due}": "{format_date(next_update_due(latest), lang_now)}
                    </span>
                </form>
                {(!is_latest).then(|| view! {
                    <p class="notice notice-older" role="note">
                        {(strings.older_snapshot_notice)(&entry.id.to_string(), &format_date(entry.as_of, lang_now))}" "
                        <a href=latest_href>{strings.go_to_latest}</a>
                    </p>
                })}
                {entry.superseded_by.map(|by| {
                    let by = by.to_string();
                    let correction_href = format!(
                        "{}{}",
                        location.pathname.get(),
                        with_as_of(&location.search.get(), Some(&by))
                    );
                    view! {
                        <p class="notice notice-older notice-superseded" role="note">
                            {(strings.superseded_notice)(&by)}" "
                            <a href=correction_href>{strings.see_correction}</a>
                        </p>
                    }
                })}
                {entry.synthetic.then(|| view! { <p class="notice notice-synthetic" role="note">{strings.synthetic_notice}</p> })}
                {(from_cache || offline).then(|| view! {
                    <p class="notice notice-cached" class:notice-offline=offline role="status">
                        {if offline {
                            (strings.offline_notice)(&format_date(entry.as_of, lang_now))
                        } else {
                            strings.showing_cached.to_string()
                        }}" "
                        <button type="button" class="button small" on:click=move |_| data.retry()>{strings.retry}</button>
                    </p>
                })}
                {stale.map(|text| view! { <p class="notice notice-stale" role="note">{text}</p> })}
            </div>
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn next_update_is_a_month_after_the_next_quarter() {
        let q3: SnapshotId = "2026-Q3".parse().unwrap();
        assert_eq!(next_update_due(q3).to_string(), "2027-01-31");
    }

    #[test]
    fn staleness_is_a_quarter_plus_a_month() {
        let as_of = Date::new(2026, 9, 30).unwrap();
        assert!(!is_stale(as_of, Date::new(2026, 11, 25).unwrap()));
        assert!(is_stale(as_of, Date::new(2027, 2, 15).unwrap()));
    }
}

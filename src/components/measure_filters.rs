//! The measures page's filters: the form (every field kept in the query string) and a short
//! description of the active filters for the empty state.

use crate::contexts::use_lang;
use crate::i18n::{status_label, ui};
use leptos::prelude::*;
use model::filter::MeasureFilter;
use model::{Lang, Status, Strategy};
use std::sync::Arc;

/// A short description of the active filters, for the empty state.
pub fn describe_filters(filter: &MeasureFilter, strategy: &Strategy, lang: Lang) -> String {
    let strings = ui(lang);
    let mut parts = Vec::new();
    if let Some(goal) = &filter.goal {
        parts.push(format!("{} {goal}", strings.filter_goal));
    }
    if let Some(direction) = &filter.direction {
        parts.push(format!("{} {direction}", strings.filter_direction));
    }
    for (label, slug) in [
        (strings.filter_lead, &filter.lead),
        (strings.filter_agency, &filter.agency),
    ] {
        if let Some(slug) = slug {
            let acronym = strategy
                .agency(slug)
                .map_or(slug.clone(), |a| a.acronym.clone());
            parts.push(format!("{label} {acronym}"));
        }
    }
    if let Some(status) = filter.status {
        parts.push(format!(
            "{} “{}”",
            strings.filter_status,
            status_label(lang, status)
        ));
    }
    if let Some(year) = filter.year {
        parts.push(format!("{} {year}", strings.filter_year));
    }
    if filter.flagship_only {
        parts.push(strings.flagship_filter_short.to_string());
    }
    if filter.relevant_agencies_only {
        parts.push(strings.relevant_filter_short.to_string());
    }
    if !filter.q.trim().is_empty() {
        parts.push(format!("{} “{}”", strings.search_words, filter.q.trim()));
    }
    parts.join("; ")
}

/// The filter form. `set_filter` applies a change to the filters (and so to the URL).
pub fn filter_form<S>(
    strategy: Arc<Strategy>,
    filter: Memo<MeasureFilter>,
    set_filter: S,
) -> impl IntoView
where
    S: Fn(&dyn Fn(&mut MeasureFilter)) + Clone + Send + Sync + 'static,
{
    let lang = use_lang();
    let option_list = |items: Vec<(String, String)>, selected: Option<String>| {
        items
            .into_iter()
            .map(|(value, label)| {
                let is_selected = selected.as_deref() == Some(value.as_str());
                view! { <option value=value selected=is_selected>{label}</option> }
            })
            .collect_view()
    };
    // The search text changes with every keystroke: only the search field follows it. The rest
    // of the form is rebuilt when the language or another filter changes.
    let q = Memo::new(move |_| filter.with(|f| f.q.clone()));
    let others = Memo::new(move |_| {
        filter.with(|f| MeasureFilter {
            q: String::new(),
            ..f.clone()
        })
    });
    // The agencies that lead at least one measure (fixed for the page).
    let lead_slugs: std::collections::HashSet<String> = strategy
        .measures
        .iter()
        .map(|m| m.lead.slug.clone())
        .collect();
    move || {
        let lang_now = lang.get();
        let strings = ui(lang_now);
        let f = others.get();
        let goals: Vec<(String, String)> = strategy
            .goals
            .iter()
            .map(|g| {
                (
                    g.id.clone(),
                    format!("{} {}", g.id, g.title.in_lang(lang_now)),
                )
            })
            .collect();
        let directions: Vec<(String, String)> = strategy
            .directions
            .iter()
            .filter(|d| f.goal.as_deref().is_none_or(|g| d.goal == g))
            .map(|d| {
                (
                    d.id.clone(),
                    format!("{} {}", d.id, d.title.in_lang(lang_now)),
                )
            })
            .collect();
        let mut agencies: Vec<(String, String)> = strategy
            .agencies
            .iter()
            .map(|a| {
                (
                    a.slug.clone(),
                    format!("{} — {}", a.acronym, a.name.in_lang(lang_now)),
                )
            })
            .collect();
        agencies.sort_by(|a, b| a.1.cmp(&b.1));
        let leads: Vec<(String, String)> = agencies
            .iter()
            .filter(|(slug, _)| lead_slugs.contains(slug))
            .cloned()
            .collect();
        let statuses: Vec<(String, String)> = Status::ALL
            .iter()
            .map(|s| (s.code().to_string(), status_label(lang_now, *s).to_string()))
            .collect();
        let years: Vec<(String, String)> = strategy
            .document
            .period
            .years()
            .map(|y| (y.to_string(), y.to_string()))
            .collect();
        let any = strings.filter_any;
        let (sf1, sf2, sf3, sf4, sf5, sf6, sf7, sf8, sf9) = (
            set_filter.clone(),
            set_filter.clone(),
            set_filter.clone(),
            set_filter.clone(),
            set_filter.clone(),
            set_filter.clone(),
            set_filter.clone(),
            set_filter.clone(),
            set_filter.clone(),
        );
        let value_or_none = |v: String| (!v.is_empty()).then_some(v);
        view! {
            <form class="filters" role="search" method="get" data-app-part="touch" on:submit=|ev| ev.prevent_default()>
                <noscript>{strings.filters_need_javascript}</noscript>
                <h2 class="visually-hidden">{strings.filters_heading}</h2>
                <div class="field field-search">
                    <label for="q">{strings.search_label}</label>
                    <input
                        id="q"
                        name="q"
                        type="search"
                        autocomplete="off"
                        aria-describedby="q-hint"
                        prop:value=move || q.get()
                        on:input=move |ev| {
                            let text = event_target_value(&ev);
                            sf1(&|f: &mut MeasureFilter| f.q = text.clone())
                        }
                    />
                    <p id="q-hint" class="hint">{strings.search_hint}</p>
                </div>
                <div class="field">
                    <label for="f-goal">{strings.filter_goal}</label>
                    <select id="f-goal" name="goal" on:change=move |ev| { let v = value_or_none(event_target_value(&ev)); sf2(&|f: &mut MeasureFilter| f.goal = v.clone()) }>
                        <option value="" selected=f.goal.is_none()>{any}</option>
                        {option_list(goals, f.goal.clone())}
                    </select>
                </div>
                <div class="field">
                    <label for="f-direction">{strings.filter_direction}</label>
                    <select id="f-direction" name="direction" on:change=move |ev| { let v = value_or_none(event_target_value(&ev)); sf3(&|f: &mut MeasureFilter| f.direction = v.clone()) }>
                        <option value="" selected=f.direction.is_none()>{any}</option>
                        {option_list(directions, f.direction.clone())}
                    </select>
                </div>
                <div class="field">
                    <label for="f-lead">{strings.filter_lead}</label>
                    <select id="f-lead" name="lead" on:change=move |ev| { let v = value_or_none(event_target_value(&ev)); sf4(&|f: &mut MeasureFilter| f.lead = v.clone()) }>
                        <option value="" selected=f.lead.is_none()>{any}</option>
                        {option_list(leads, f.lead.clone())}
                    </select>
                </div>
                <div class="field">
                    <label for="f-agency">{strings.filter_agency}</label>
                    <select id="f-agency" name="agency" on:change=move |ev| { let v = value_or_none(event_target_value(&ev)); sf5(&|f: &mut MeasureFilter| f.agency = v.clone()) }>
                        <option value="" selected=f.agency.is_none()>{any}</option>
                        {option_list(agencies, f.agency.clone())}
                    </select>
                </div>
                <div class="field">
                    <label for="f-status">{strings.filter_status}</label>
                    <select id="f-status" name="status" on:change=move |ev| { let v = event_target_value(&ev).parse::<Status>().ok(); sf6(&|f: &mut MeasureFilter| f.status = v) }>
                        <option value="" selected=f.status.is_none()>{any}</option>
                        {option_list(statuses, f.status.map(|s| s.code().to_string()))}
                    </select>
                </div>
                <div class="field">
                    <label for="f-year">{strings.filter_year}</label>
                    <select id="f-year" name="year" on:change=move |ev| { let v = event_target_value(&ev).parse::<u16>().ok(); sf7(&|f: &mut MeasureFilter| f.year = v) }>
                        <option value="" selected=f.year.is_none()>{any}</option>
                        {option_list(years, f.year.map(|y| y.to_string()))}
                    </select>
                </div>
                <div class="field field-check">
                    <input
                        id="f-flagship"
                        name="flagship"
                        value="1"
                        type="checkbox"
                        prop:checked=f.flagship_only
                        on:change=move |ev| { let on = event_target_checked(&ev); sf8(&|f: &mut MeasureFilter| f.flagship_only = on) }
                    />
                    <label for="f-flagship">{strings.filter_flagship}</label>
                </div>
                <div class="field field-check">
                    <input
                        id="f-relevant"
                        name="relevant"
                        value="1"
                        type="checkbox"
                        prop:checked=f.relevant_agencies_only
                        on:change=move |ev| { let on = event_target_checked(&ev); sf9(&|f: &mut MeasureFilter| f.relevant_agencies_only = on) }
                    />
                    <label for="f-relevant">{strings.filter_relevant}</label>
                </div>
            </form>
        }
    }
}

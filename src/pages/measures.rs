//! The measures list: all 50, grouped goal → direction, with filters and Azerbaijani-aware search,
//! every setting kept in the query string so a filtered view can be shared.

use crate::components::data_view::DataView;
use crate::components::measure_list::MeasureRow;
use crate::components::text::InlineText;
use crate::contexts::use_lang;
use crate::document::use_page_meta;
use crate::i18n::{status_label, ui};
use crate::published_data::SiteData;
use crate::url::{query_string, use_as_of, use_links, use_replace_query};
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_query_map;
use model::filter::{filter_measures, search_haystack, MeasureFilter};
use model::{Lang, Status};
use std::sync::Arc;

/// The measures page.
#[component]
pub fn MeasuresPage() -> impl IntoView {
    let lang = use_lang();
    use_page_meta(move || {
        let strings = ui(lang.get());
        (
            format!("{} · {}", strings.measures_title, strings.site_name),
            strings.measures_intro.to_string(),
        )
    });
    view! { <DataView render=move |site| view! { <Measures site=site/> }/> }
}

/// A short description of the active filters, for the empty state.
fn describe_filters(filter: &MeasureFilter, site: &SiteData, lang: Lang) -> String {
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
            let acronym = site
                .strategy
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
    if !filter.q.trim().is_empty() {
        parts.push(format!("{} “{}”", strings.search_words, filter.q.trim()));
    }
    parts.join("; ")
}

#[component]
fn Measures(site: SiteData) -> impl IntoView {
    let lang = use_lang();
    let links = use_links();
    let as_of = use_as_of();
    let query = use_query_map();
    let replace_query = use_replace_query();
    let filter = Memo::new(move |_| {
        let params = query.read();
        MeasureFilter::from_params(|key| params.get_str(key))
    });
    let strategy = site.strategy.clone();
    let snapshot = site.snapshot.clone();
    let haystacks = {
        let (strategy, snapshot) = (strategy.clone(), snapshot.clone());
        Memo::new(move |_| {
            let lang = lang.get();
            Arc::new(
                strategy
                    .measures
                    .iter()
                    .map(|m| search_haystack(m, &strategy, &snapshot, lang))
                    .collect::<Vec<String>>(),
            )
        })
    };
    let matching = {
        let (strategy, snapshot) = (strategy.clone(), snapshot.clone());
        Memo::new(move |_| {
            let hay = haystacks.get();
            filter_measures(&filter.get(), &strategy, &snapshot, &hay)
                .into_iter()
                .map(|m| m.id.clone())
                .collect::<Vec<String>>()
        })
    };
    let set_filter = {
        let replace_query = replace_query.clone();
        move |change: &dyn Fn(&mut MeasureFilter)| {
            let mut next = filter.get_untracked();
            change(&mut next);
            if let (Some(goal), Some(direction)) = (&next.goal, &next.direction) {
                if !direction.starts_with(&format!("{goal}.")) {
                    next.direction = None;
                }
            }
            replace_query(query_string(
                &next.to_params(),
                as_of.get_untracked().as_deref(),
            ));
        }
    };
    let option_list = |items: Vec<(String, String)>, selected: Option<String>| {
        items
            .into_iter()
            .map(|(value, label)| {
                let is_selected = selected.as_deref() == Some(value.as_str());
                view! { <option value=value selected=is_selected>{label}</option> }
            })
            .collect_view()
    };

    let form = {
        let strategy = strategy.clone();
        let set_filter = set_filter.clone();
        move || {
            let lang_now = lang.get();
            let strings = ui(lang_now);
            let f = filter.get();
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
                .filter(|(slug, _)| strategy.measures.iter().any(|m| &m.lead.slug == slug))
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
            let (sf1, sf2, sf3, sf4, sf5, sf6, sf7, sf8) = (
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
                <form class="filters" role="search" method="get" on:submit=|ev| ev.prevent_default()>
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
                            prop:value=f.q.clone()
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
                </form>
            }
        }
    };

    // The count, the clear link and the empty state follow the matches.
    let summary = {
        let site = site.clone();
        move || {
            let lang_now = lang.get();
            let strings = ui(lang_now);
            let shown = matching.with(Vec::len);
            let f = filter.get();
            let total = site.strategy.measures.len();
            let clear_href = links.href("measures");
            let count = view! { <p class="result-count" role="status" aria-live="polite">{(strings.results_count)(shown, total)}</p> };
            if shown == 0 {
                let active = describe_filters(&f, &site, lang_now);
                return view! {
                    {count}
                    <div class="empty-state">
                        <p><strong>{strings.empty_state}</strong></p>
                        <p>{(strings.empty_state_hint)(&active)}</p>
                        <p><A href=clear_href>{strings.clear_filters}</A></p>
                    </div>
                }
                .into_any();
            }
            let clear = (!f.is_empty())
                .then(|| view! { <p><A href=clear_href.clone()>{strings.clear_filters}</A></p> });
            view! { {count} {clear} }.into_any()
        }
    };

    // The groups are built once; only the rows that enter or leave the matches are added or
    // removed (keyed by measure id), so typing a search re-renders as little as possible.
    let direction_of: std::collections::HashMap<String, (String, String)> = strategy
        .measures
        .iter()
        .map(|m| (m.id.clone(), (m.goal.clone(), m.direction.clone())))
        .collect();
    let direction_of = Arc::new(direction_of);
    let groups = strategy
        .goals
        .iter()
        .map(|goal| {
            let goal_id = goal.id.clone();
            let goal_visible = {
                let (direction_of, goal_id) = (direction_of.clone(), goal_id.clone());
                move || matching.with(|ids| ids.iter().any(|id| direction_of.get(id).is_some_and(|(g, _)| *g == goal_id)))
            };
            let directions = strategy
                .directions
                .iter()
                .filter(|d| d.goal == goal_id)
                .map(|direction| {
                    let direction_id = direction.id.clone();
                    let rows_of = {
                        let (direction_of, direction_id) = (direction_of.clone(), direction_id.clone());
                        move || -> Vec<String> {
                            matching.with(|ids| {
                                ids.iter()
                                    .filter(|id| direction_of.get(*id).is_some_and(|(_, d)| *d == direction_id))
                                    .cloned()
                                    .collect()
                            })
                        }
                    };
                    let visible = {
                        let rows_of = rows_of.clone();
                        move || !rows_of().is_empty()
                    };
                    let (strategy, snapshot) = (strategy.clone(), snapshot.clone());
                    let href = links.href(format!("directions/{direction_id}"));
                    let title = direction.title.clone();
                    view! {
                        <section class="direction-group" hidden=move || !visible()>
                            <h3><A href=href><span class="item-id">{direction_id.clone()}</span>" "<InlineText text=title/></A></h3>
                            <ul class="measure-list">
                                <For each=rows_of key=|id| id.clone() let:id>
                                    {
                                        let measure = strategy.measure(&id).cloned();
                                        let status = snapshot.status_of(&id);
                                        measure.map(|m| view! { <MeasureRow measure=m status=status/> })
                                    }
                                </For>
                            </ul>
                        </section>
                    }
                })
                .collect_view();
            let href = links.href(format!("goals/{goal_id}"));
            let title = goal.title.clone();
            view! {
                <section class="goal-group" hidden=move || !goal_visible()>
                    <h2><A href=href><span class="item-id">{goal_id.clone()}</span>" "<InlineText text=title/></A></h2>
                    {directions}
                </section>
            }
        })
        .collect_view();

    view! {
        <article class="measures-page">
            <h1>{move || ui(lang.get()).measures_title}</h1>
            <p class="lead-text">{move || ui(lang.get()).measures_intro}</p>
            <p><A href=move || links.to("agencies")>{move || ui(lang.get()).all_agencies}</A></p>
            {form}
            {summary}
            <div class="measure-groups">{groups}</div>
        </article>
    }
}

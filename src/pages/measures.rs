//! The measures list: all 50, grouped goal → direction, with filters and Azerbaijani-aware search,
//! every setting kept in the query string so a filtered view can be shared.

use crate::components::data_view::DataView;
use crate::components::measure_filters::{describe_filters, filter_form};
use crate::components::measure_list::MeasureRow;
use crate::components::text::InlineText;
use crate::contexts::use_lang;
use crate::document::use_page_meta;
use crate::i18n::ui;
use crate::published_data::SiteData;
use crate::url::{query_string, use_as_of, use_links, use_replace_query};
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_query_map;
use model::filter::{filter_measures, search_haystack, MeasureFilter};
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
    let form = filter_form(strategy.clone(), filter, set_filter);

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
                let active = describe_filters(&f, &site.strategy, lang_now);
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
                                        measure.map(|m| {
                                            let past_end_year = snapshot.is_past_end_year(&m);
                                            view! { <MeasureRow measure=m status=status past_end_year=past_end_year/> }
                                        })
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

//! The measures list: all 50, grouped goal → direction, with filters and Azerbaijani-aware search,
//! every setting kept in the query string so a filtered view can be shared. The matches are shown
//! a page at a time (the first [`PAGE_SIZE`], as many as the 50 measures, then "show more"), so a
//! keystroke never adds or removes more than a page of rows, however many measures match.

use crate::browser;
use crate::components::built_after_adoption::BuiltAfterAdoption;
use crate::components::data_view::DataView;
use crate::components::measure_filters::{describe_filters, filter_form};
use crate::components::measure_list::MeasureRow;
use crate::components::text::InlineText;
use crate::contexts::use_lang;
use crate::document::use_page_meta;
use crate::i18n::ui;
use crate::published_data::SiteData;
use crate::url::{query_string, use_as_of, use_links, use_replace_query, Links};
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_query_map;
use model::filter::MeasureFilter;
use model::listing::{Listing, Matches, MeasureIndex, PAGE_SIZE};
use model::strategy::Strategy;
use model::Snapshot;
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
    // Every measure's search text, folded once per language, in a task of its own once the list
    // is up (not in the adoption's, nor at the first keystroke; a search before then folds
    // them): a keystroke folds only the query.
    let index = {
        let strategy = strategy.clone();
        Memo::new(move |_| Arc::new(MeasureIndex::new(&strategy, lang.get())))
    };
    {
        let (strategy, snapshot) = (strategy.clone(), snapshot.clone());
        Effect::new(move |_| {
            let index = index.get();
            let (strategy, snapshot) = (strategy.clone(), snapshot.clone());
            browser::in_a_task_of_its_own(move || index.fold(&strategy, &snapshot));
        });
    }
    // Typing on at the end of the search narrows the earlier matches instead of searching all.
    let matches = {
        let (strategy, snapshot) = (strategy.clone(), snapshot.clone());
        Memo::new(move |earlier: Option<&Matches>| {
            index.with(|index| {
                filter.with(|f| match earlier {
                    Some(earlier) => index.refine(f, &strategy, &snapshot, earlier),
                    None => index.matching(f, &strategy, &snapshot),
                })
            })
        })
    };
    // How many rows "show more" asked for, and for which filters: any other filters start again
    // from the first page (derived from the filters, so nothing has to reset it).
    let asked = RwSignal::new(None::<(MeasureFilter, usize)>);
    let limit = Memo::new(move |_| {
        filter.with(|f| {
            asked.with(|asked| match asked {
                Some((asked_for, limit)) if asked_for == f => *limit,
                _ => PAGE_SIZE,
            })
        })
    });
    let listing =
        Memo::new(move |_| index.with(|i| matches.with(|m| Listing::new(i, m, limit.get()))));
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

    // The count (one live region, its text updated in place so screen readers announce it),
    // then the clear link or the empty state, which change only when the filters are set or
    // cleared or nothing matches.
    let total = strategy.measures.len();
    let count = move || {
        let strings = ui(lang.get());
        let found = matches.with(Matches::len);
        listing.with(|l| {
            if l.has_more() {
                (strings.results_count_listed)(l.shown(), found, total)
            } else {
                (strings.results_count)(found, total)
            }
        })
    };
    let nothing_found = Memo::new(move |_| matches.with(Matches::is_empty));
    let unfiltered = Memo::new(move |_| filter.with(MeasureFilter::is_empty));
    let after_count = {
        let strategy = strategy.clone();
        move || {
            let strings = ui(lang.get());
            let clear_href = links.href("measures");
            if nothing_found.get() {
                let strategy = strategy.clone();
                let active = move || {
                    let lang_now = lang.get();
                    let active = filter.with(|f| describe_filters(f, &strategy, lang_now));
                    (ui(lang_now).empty_state_hint)(&active)
                };
                return view! {
                    <div class="empty-state">
                        <p><strong>{strings.empty_state}</strong></p>
                        <p>{active}</p>
                        <p><A href=clear_href>{strings.clear_filters}</A></p>
                    </div>
                }
                .into_any();
            }
            (!unfiltered.get())
                .then(|| view! { <p><A href=clear_href>{strings.clear_filters}</A></p> })
                .into_any()
        }
    };

    // The list, built after the rest of the page when the page is adopted: a shared filtered
    // link keeps a few of its rows (see `BuiltAfterAdoption`).
    let groups = {
        let (strategy, snapshot) = (strategy.clone(), snapshot.clone());
        move || measure_groups(&strategy, &snapshot, links, listing)
    };

    // "Show more": a button after the list while matches are left. It moves the focus to the
    // first row it added (the button itself goes once all are shown); the count above
    // announces how many are listed.
    let has_more = Memo::new(move |_| listing.with(Listing::has_more));
    let show_more = move || {
        has_more.get().then(|| {
            let label = move || {
                let strings = ui(lang.get());
                listing.with(|l| (strings.show_more)(l.shown(), l.total()))
            };
            let more = move |_| {
                let shown = listing.with_untracked(Listing::shown);
                asked.set(Some((
                    filter.get_untracked(),
                    limit.get_untracked() + PAGE_SIZE,
                )));
                browser::focus_when_drawn(".measure-groups .measure-row > a", shown);
            };
            view! { <p class="show-more" data-app-part="touch"><button type="button" class="button" on:click=more>{label}</button></p> }
        })
    };

    view! {
        <article class="measures-page">
            <h1>{move || ui(lang.get()).measures_title}</h1>
            <p class="lead-text">{move || ui(lang.get()).measures_intro}</p>
            <p><A href=move || links.to("agencies")>{move || ui(lang.get()).all_agencies}</A></p>
            {form}
            <p class="result-count" role="status" aria-live="polite">{count}</p>
            {after_count}
            <BuiltAfterAdoption class="measure-groups">{groups()}</BuiltAfterAdoption>
            {show_more}
        </article>
    }
}

/// The measures grouped by goal and direction, each direction's rows from `listing`. Only the
/// goals and directions with rows are built: a filtered list builds a few sections, not all.
fn measure_groups(
    strategy: &Arc<Strategy>,
    snapshot: &Arc<Snapshot>,
    links: Links,
    listing: Memo<Listing>,
) -> impl IntoView {
    // Each direction's rows come from the one listing computed per keystroke and change only
    // when its own rows do; a row is added or removed by measure (keyed by its place in the
    // strategy), never re-rendered. A section is built when it gets its first row and dropped
    // with its last.
    strategy
        .goals
        .iter()
        .map(|goal| {
            let goal_id = goal.id.clone();
            let directions: Vec<_> = strategy
                .directions
                .iter()
                .enumerate()
                .filter(|(_, d)| d.goal == goal_id)
                .map(|(at, direction)| {
                    let rows = Memo::new(move |_| listing.with(|l| l.rows(at).to_vec()));
                    let has_rows = Memo::new(move |_| rows.with(|r| !r.is_empty()));
                    (direction.clone(), rows, has_rows)
                })
                .collect();
            let goal_has_rows = {
                let each: Vec<Memo<bool>> = directions.iter().map(|(_, _, has)| *has).collect();
                Memo::new(move |_| each.iter().any(|has| has.get()))
            };
            let directions = directions
                .into_iter()
                .map(|(direction, rows, has_rows)| {
                    let (strategy, snapshot) = (strategy.clone(), snapshot.clone());
                    move || {
                        has_rows.get().then(|| {
                            direction_group(&direction, &strategy, &snapshot, links, rows)
                        })
                    }
                })
                .collect::<Vec<_>>();
            let href = links.href(format!("goals/{goal_id}"));
            let title = goal.title.clone();
            move || {
                goal_has_rows.get().then(|| {
                    view! {
                        <section class="goal-group">
                            <h2><a href=href.clone()><span class="item-id">{goal_id.clone()}</span>" "<InlineText text=title.clone()/></a></h2>
                            {directions.clone()}
                        </section>
                    }
                })
            }
        })
        .collect_view()
}

/// One direction's heading and its rows (`rows`: places in `strategy.measures`).
fn direction_group(
    direction: &model::strategy::Direction,
    strategy: &Arc<Strategy>,
    snapshot: &Arc<Snapshot>,
    links: Links,
    rows: Memo<Vec<usize>>,
) -> impl IntoView {
    let href = links.href(format!("directions/{}", direction.id));
    let (strategy, snapshot) = (strategy.clone(), snapshot.clone());
    view! {
        <section class="direction-group">
            <h3><a href=href><span class="item-id">{direction.id.clone()}</span>" "<InlineText text=direction.title.clone()/></a></h3>
            <ul class="measure-list">
                <For each=move || rows.get() key=|at| *at let:at>
                    {
                        strategy.measures.get(at).cloned().map(|m| {
                            let status = snapshot.status_of(&m.id);
                            let past_end_year = snapshot.is_past_end_year(&m);
                            view! { <MeasureRow measure=m status=status past_end_year=past_end_year/> }
                        })
                    }
                </For>
            </ul>
        </section>
    }
}

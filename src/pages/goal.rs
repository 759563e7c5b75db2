//! A goal: its wording in sections 8 and 5.1, its priority directions and their measures with
//! status.

use crate::components::data_view::DataView;
use crate::components::measure_list::MeasureList;
use crate::components::notes::SourceNotes;
use crate::components::status::StatusCountList;
use crate::components::text::InlineText;
use crate::contexts::use_lang;
use crate::document::use_page_meta;
use crate::i18n::ui;
use crate::pages::not_found::NotFoundPage;
use crate::published_data::SiteData;
use crate::url::use_links;
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_params_map;
use model::rollup::StatusCounts;
use model::strategy::Goal;

/// The goal page.
#[component]
pub fn GoalPage() -> impl IntoView {
    let params = use_params_map();
    let id = Memo::new(move |_| params.read().get("id").unwrap_or_default());
    view! {
        <DataView render=move |site| match site.strategy.goal(&id.get()).cloned() {
            Some(goal) => view! { <GoalView site=site goal=goal/> }.into_any(),
            None => view! { <NotFoundPage/> }.into_any(),
        }/>
    }
}

#[component]
fn GoalView(site: SiteData, goal: Goal) -> impl IntoView {
    let lang = use_lang();
    let links = use_links();
    {
        let goal = goal.clone();
        use_page_meta(move || {
            let lang = lang.get();
            let strings = ui(lang);
            (
                format!(
                    "{} {} {} · {}",
                    strings.goal,
                    goal.id,
                    goal.title.in_lang(lang),
                    strings.site_name
                ),
                goal.objective.in_lang(lang).to_string(),
            )
        });
    }
    let strategy = site.strategy.clone();
    let counts = StatusCounts::of(
        strategy.measures.iter().filter(|m| m.goal == goal.id),
        &site.snapshot,
    );
    let directions = strategy
        .directions
        .iter()
        .filter(|d| d.goal == goal.id)
        .map(|d| {
            let measures: Vec<_> = strategy
                .measures
                .iter()
                .filter(|m| m.direction == d.id)
                .cloned()
                .collect();
            let href = links.href(format!("directions/{}", d.id));
            let (id, title) = (d.id.clone(), d.title.clone());
            view! {
                <section class="direction-group">
                    <h3><A href=href><span class="item-id">{id}</span>" "<InlineText text=title/></A></h3>
                    <MeasureList measures=measures snapshot=site.snapshot.clone()/>
                </section>
            }
        })
        .collect_view();
    let notes: Vec<_> = strategy.notes_for(&goal.id).cloned().collect();
    let objective_ref = goal.objective_ref.clone();
    view! {
        <article class="goal-page">
            <nav class="breadcrumb" aria-label=move || ui(lang.get()).breadcrumb_label>
                <ol><li><A href=links.href("measures")>{move || ui(lang.get()).measures_title}</A></li></ol>
            </nav>
            <h1><span class="item-id">{move || ui(lang.get()).goal}" "{goal.id.clone()}</span>" "<InlineText text=goal.title.clone()/></h1>
            <p><span class="label">{move || ui(lang.get()).goal_objective}" ("{objective_ref.clone()}"): "</span><InlineText text=goal.objective.clone()/></p>
            <StatusCountList counts=counts/>
            <h2>{move || ui(lang.get()).priority_directions}</h2>
            {directions}
            <SourceNotes notes=notes/>
        </article>
    }
}

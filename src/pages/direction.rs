//! A priority direction: its measures with status, and from section 6.1 its justification,
//! expected results and risks.

use crate::components::data_view::DataView;
use crate::components::measure_list::MeasureList;
use crate::components::notes::SourceNotes;
use crate::components::status::StatusCountList;
use crate::components::text::{InlineText, Prose};
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
use model::strategy::Direction;

/// The direction page.
#[component]
pub fn DirectionPage() -> impl IntoView {
    let params = use_params_map();
    let id = Memo::new(move |_| params.read().get("id").unwrap_or_default());
    view! {
        <DataView render=move |site| match site.strategy.direction(&id.get()).cloned() {
            Some(direction) => view! { <DirectionView site=site direction=direction/> }.into_any(),
            None => view! { <NotFoundPage/> }.into_any(),
        }/>
    }
}

#[component]
fn DirectionView(site: SiteData, direction: Direction) -> impl IntoView {
    let lang = use_lang();
    let links = use_links();
    {
        let direction = direction.clone();
        use_page_meta(move || {
            let lang = lang.get();
            let strings = ui(lang);
            let description = direction
                .justification
                .in_lang(lang)
                .chars()
                .take(200)
                .collect::<String>();
            (
                format!(
                    "{} {} {} · {}",
                    strings.direction,
                    direction.id,
                    direction.title.in_lang(lang),
                    strings.site_name
                ),
                description,
            )
        });
    }
    let strategy = site.strategy.clone();
    let measures: Vec<_> = strategy
        .measures
        .iter()
        .filter(|m| m.direction == direction.id)
        .cloned()
        .collect();
    let counts = StatusCounts::of(&measures, &site.snapshot);
    let goal = strategy.goal(&direction.goal).cloned();
    let notes: Vec<_> = strategy.notes_for(&direction.id).cloned().collect();
    let results = direction
        .expected_results
        .iter()
        .map(|r| {
            let (reference, text) = (r.r#ref.clone(), r.text.clone());
            view! { <li><span class="item-id">{reference}</span>" "<InlineText text=text/></li> }
        })
        .collect_view();
    let prose_ref = direction.prose_ref.clone();
    view! {
        <article class="direction-page">
            <nav class="breadcrumb" aria-label=move || ui(lang.get()).breadcrumb_label>
                <ol>
                    <li><A href=links.href("measures")>{move || ui(lang.get()).measures_title}</A></li>
                    {goal.map(|g| {
                        let href = links.href(format!("goals/{}", g.id));
                        view! { <li><A href=href>{move || ui(lang.get()).goal}" "{g.id.clone()}</A></li> }
                    })}
                </ol>
            </nav>
            <h1><span class="item-id">{direction.id.clone()}</span>" "<InlineText text=direction.title.clone()/></h1>
            <StatusCountList counts=counts/>
            <h2>{move || ui(lang.get()).measures_title}</h2>
            <MeasureList measures=measures snapshot=site.snapshot.clone()/>
            <h2>{move || ui(lang.get()).justification}" ("{format!("{prose_ref}.1")}")"</h2>
            <Prose text=direction.justification.clone()/>
            <h2>{move || ui(lang.get()).expected_results}</h2>
            <ul class="expected-results">{results}</ul>
            <h2>{move || ui(lang.get()).risks}</h2>
            <Prose text=direction.risks.clone()/>
            <SourceNotes notes=notes/>
        </article>
    }
}

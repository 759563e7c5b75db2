//! A compact list of measures with their status, used on goal, direction, agency and flagship
//! pages.

use crate::components::status::{PastEndYearFlag, StatusBadge};
use crate::components::text::InlineText;
use crate::contexts::use_lang;
use crate::i18n::ui;
use crate::url::use_links;
use leptos::prelude::*;
use model::strategy::Measure;
use model::Snapshot;
use std::sync::Arc;

/// One measure in a list: its id and title linking to its page, status, lead agency and period.
#[component]
pub fn MeasureRow(
    /// The measure.
    measure: Measure,
    /// Its status in the snapshot shown.
    status: model::Status,
    /// True when it is past its end year in that snapshot ([`Snapshot::is_past_end_year`]).
    past_end_year: bool,
) -> impl IntoView {
    let lang = use_lang();
    let links = use_links();
    let href = links.href(format!("measures/{}", measure.id));
    let period = format!("{}–{}", measure.period.start, measure.period.end);
    let (id, title, lead) = (measure.id, measure.title, measure.lead.printed);
    view! {
        <li class="measure-row">
            <a href=href><span class="item-id">{id}</span>" "<InlineText text=title/></a>
            <p class="meta">
                <StatusBadge status=status/>" "
                {past_end_year.then(|| view! { <PastEndYearFlag/>" " })}
                <span>{move || ui(lang.get()).lead_agency}": "{lead.clone()}</span>" · "
                <span>{move || ui(lang.get()).period}": "{period.clone()}</span>
            </p>
        </li>
    }
}

/// The measures, each linking to its page, with status, lead agency and period.
#[component]
pub fn MeasureList(
    /// The measures to list, in order.
    measures: Vec<Measure>,
    /// The snapshot their status comes from.
    snapshot: Arc<Snapshot>,
) -> impl IntoView {
    let lang = use_lang();
    if measures.is_empty() {
        return view! { <p class="meta">{move || ui(lang.get()).agency_none}</p> }.into_any();
    }
    let rows = measures
        .into_iter()
        .map(|m| {
            let status = snapshot.status_of(&m.id);
            let past_end_year = snapshot.is_past_end_year(&m);
            view! { <MeasureRow measure=m status=status past_end_year=past_end_year/> }
        })
        .collect_view();
    view! { <ul class="measure-list">{rows}</ul> }.into_any()
}

//! The overview: what the strategy is, progress at a glance, the headline indicators and the
//! flagship initiatives.

use crate::components::data_view::DataView;
use crate::components::follow_line::FollowLine;
use crate::components::public_feedback::FeedbackCounts;
use crate::components::status::{status_class, StatusCountList};
use crate::components::text::InlineText;
use crate::contexts::{use_lang, use_today};
use crate::document::use_page_meta;
use crate::i18n::ui;
use crate::published_data::SiteData;
use crate::url::use_links;
use leptos::prelude::*;
use leptos_router::components::A;
use model::format::format_date;
use model::rollup::StatusCounts;
use model::strategy::{Indicator, Period};
use model::{Lang, Snapshot};
use ui_text::StrategyShape;

/// The year whose target the overview shows: this year, kept within the strategy's period.
pub fn focus_year(today_year: i32, period: Period) -> u16 {
    today_year.clamp(i32::from(period.start), i32::from(period.end)) as u16
}

pub use crate::i18n::value_with_unit;

/// The overview page.
#[component]
pub fn OverviewPage() -> impl IntoView {
    let lang = use_lang();
    use_page_meta(move || {
        let strings = ui(lang.get());
        (
            strings.site_name.to_string(),
            strings.site_tagline.to_string(),
        )
    });
    view! { <DataView render=move |site| view! { <Overview site=site/> }/> }
}

/// Each status's share of the measures as a bar, with the counts beneath it.
#[component]
fn StatusBar(counts: StatusCounts) -> impl IntoView {
    let total = counts.total().max(1);
    let segments = counts.non_zero();
    view! {
        <div class="status-bar" aria-hidden="true">
            {segments
                .iter()
                .map(|(status, n)| {
                    let width = format!("width: {:.2}%", *n as f64 * 100.0 / total as f64);
                    view! { <span class=status_class(*status) style=width></span> }
                })
                .collect_view()}
        </div>
        <StatusCountList counts=counts/>
    }
}

fn indicator_card(
    indicator: &Indicator,
    snapshot: &Snapshot,
    year: u16,
    lang: Lang,
    href: impl Fn() -> String + Send + Sync + 'static,
) -> impl IntoView {
    let strings = ui(lang);
    let target = indicator
        .targets
        .iter()
        .find(|target| target.year == year)
        .map(|target| value_with_unit(target.value, indicator, lang));
    let (id, name) = (indicator.id.clone(), indicator.name.clone());
    let actual: Option<String> = snapshot
        .latest_actual(&indicator.id)
        .map(|a| format!("{} ({})", value_with_unit(a.value, indicator, lang), a.year));
    let actual_class = if actual.is_some() {
        "value"
    } else {
        "value missing"
    };
    view! {
        <li class="card indicator-card">
            <h3><A href=href><span class="item-id">{id}</span>" "<InlineText text=name/></A></h3>
            <dl>
                <dt>{strings.latest_actual}</dt>
                <dd class=actual_class>
                    {actual.unwrap_or_else(|| strings.not_yet_reported_value.to_string())}
                </dd>
                <dt>{(strings.target_for_year)(year)}</dt>
                <dd class="value">{target.unwrap_or_else(|| "–".into())}</dd>
            </dl>
        </li>
    }
}

#[component]
fn Overview(site: SiteData) -> impl IntoView {
    let lang = use_lang();
    let links = use_links();
    let strategy = site.strategy.clone();
    let snapshot = site.snapshot.clone();
    let today = use_today();
    move || {
        let period = strategy.document.period;
        let this_year = today.get().map_or(i32::from(period.start), |d| d.year());
        let year = focus_year(this_year, period);
        let lang_now = lang.get();
        let strings = ui(lang_now);
        let overall = StatusCounts::of(&strategy.measures, &snapshot);
        let shape = StrategyShape::of(&strategy);
        let goals = strategy
            .goals
            .iter()
            .map(|goal| {
                let measures = strategy.measures.iter().filter(|m| m.goal == goal.id);
                let counts = StatusCounts::of(measures, &snapshot);
                let directions = strategy.directions.iter().filter(|d| d.goal == goal.id).count();
                let (id, title) = (goal.id.clone(), goal.title.clone());
                let href = links.href(format!("goals/{id}"));
                view! {
                    <li class="card goal-card">
                        <h3><A href=href><span class="item-id">{id}</span>" "<InlineText text=title/></A></h3>
                        <p class="meta">{(strings.directions_count)(directions)}" · "{(strings.measures_count)(counts.total())}</p>
                        <StatusBar counts=counts/>
                    </li>
                }
            })
            .collect_view();
        let indicators = strategy
            .indicators
            .iter()
            .map(|i| {
                indicator_card(
                    i,
                    &snapshot,
                    year,
                    lang_now,
                    links.href(format!("indicators/{}", i.id)),
                )
            })
            .collect_view();
        let flagships = strategy
            .flagships
            .iter()
            .map(|f| {
                let (id, title) = (f.id.clone(), f.title.clone());
                view! {
                    <li class="card flagship-card">
                        <A href=links.href(format!("flagships#f-{id}"))><span class="item-id">{id.clone()}</span>" "<InlineText text=title/></A>
                    </li>
                }
            })
            .collect_view();
        view! {
            <article class="overview">
                <h1><InlineText text=strategy.document.title.clone()/></h1>
                <div class="lead">
                    <p>{strings.overview_intro_purpose}</p>
                    <p>{(strings.overview_intro_shape)(shape)}</p>
                    <p>{strings.overview_intro_promise}</p>
                </div>
                <p class="meta">{strings.data_as_of}": "<strong>{format_date(site.entry.as_of, lang_now)}</strong>" ("{site.entry.id.to_string()}")"</p>

                <section aria-labelledby="progress-heading">
                    <h2 id="progress-heading">{strings.overview_progress_heading}</h2>
                    <p>{(strings.overview_progress_all)(overall.reported(), overall.total())}</p>
                    <StatusBar counts=overall.clone()/>
                    <h3>{strings.overview_by_goal}</h3>
                    <ul class="cards goals">{goals}</ul>
                    <p><A href=links.href("measures")>{strings.see_all_measures}</A></p>
                    <FollowLine/>
                </section>

                // The year the cards' targets were chosen for (the page script starts the app in
                // another year: crate::static_page::FOLLOWS_YEAR_ATTR).
                <section aria-labelledby="indicators-heading" data-follows-year=this_year>
                    <h2 id="indicators-heading">{strings.overview_indicators_heading}</h2>
                    <ul class="cards indicators">{indicators}</ul>
                </section>

                <section aria-labelledby="flagships-heading">
                    <h2 id="flagships-heading">{strings.overview_flagships_heading}</h2>
                    <ul class="cards flagships">{flagships}</ul>
                </section>
                <FeedbackCounts topic=None/>
            </article>
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn focus_year_stays_within_the_strategy() {
        let period = Period {
            start: 2026,
            end: 2029,
        };
        assert_eq!(focus_year(2025, period), 2026);
        assert_eq!(focus_year(2027, period), 2027);
        assert_eq!(focus_year(2031, period), 2029);
    }
}

//! The headline indicators: a list with targets and the latest actuals, and one page per
//! indicator with a chart, the same numbers as a table, a one-line summary, notes, downloads and
//! a citation naming the snapshot.

use crate::components::chart::{chart_points, ChartPoint, IndicatorChart};
use crate::components::cite::CiteBlock;
use crate::components::data_view::DataView;
use crate::components::dataset_ld::DatasetJsonLd;
use crate::components::embed_code::EmbedCode;
use crate::components::feedback_cta::FeedbackCta;
use crate::components::follow_line::FollowLine;
use crate::components::notes::SourceNotes;
use crate::components::static_chart::chart_svg;
use crate::components::text::InlineText;
use crate::contexts::use_lang;
use crate::document::use_page_meta;
use crate::follow::FeedTopic;
use crate::i18n::{ui, TargetRise};
use crate::pages::not_found::NotFoundPage;
use crate::pages::overview::value_with_unit;
use crate::published_data::SiteData;
use crate::url::use_links;
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_params_map;
use model::format::format_date;
use model::manifest::{FileFormat, ItemFileKind};
use model::strategy::{Indicator, Target};
use model::{Lang, Snapshot};

/// The indicators list page.
#[component]
pub fn IndicatorsPage() -> impl IntoView {
    let lang = use_lang();
    use_page_meta(move || {
        let strings = ui(lang.get());
        (
            format!("{} · {}", strings.indicators_title, strings.site_name),
            strings.indicators_intro.to_string(),
        )
    });
    view! { <DataView render=move |site| view! { <IndicatorsList site=site/> }/> }
}

#[component]
fn IndicatorsList(site: SiteData) -> impl IntoView {
    let lang = use_lang();
    let links = use_links();
    move || {
        let lang_now = lang.get();
        let strings = ui(lang_now);
        let rows = site
            .strategy
            .indicators
            .iter()
            .map(|indicator| {
                let href = links.href(format!("indicators/{}", indicator.id));
                let targets = indicator
                    .targets
                    .iter()
                    .map(|target| view! { <td class="num">{value_with_unit(target.value, indicator, lang_now)}</td> })
                    .collect_view();
                let latest = site
                    .snapshot
                    .latest_actual(&indicator.id)
                    .map(|a| format!("{} ({})", value_with_unit(a.value, indicator, lang_now), a.year))
                    .unwrap_or_else(|| strings.not_yet_reported_value.to_string());
                let (id, name) = (indicator.id.clone(), indicator.name.clone());
                view! {
                    <tr>
                        <th scope="row"><A href=href><span class="item-id">{id}</span>" "<InlineText text=name/></A></th>
                        {targets}
                        <td>{latest}</td>
                    </tr>
                }
            })
            .collect_view();
        view! {
            <article class="indicators-page">
                <h1>{strings.indicators_title}</h1>
                <p class="lead-text">{strings.indicators_intro}</p>
                <p class="meta">{strings.cumulative_not_stated}</p>
                <div class="table-wrap" tabindex="0">
                    <table class="indicators-table">
                        <thead>
                            <tr>
                                <th scope="col">{strings.indicator}</th>
                                {site.strategy.document.period.years().map(|y| view! { <th scope="col" class="num">{strings.target}" "{y}</th> }).collect_view()}
                                <th scope="col">{strings.latest_actual}</th>
                            </tr>
                        </thead>
                        <tbody>{rows}</tbody>
                    </table>
                </div>
            </article>
        }
    }
}

/// The one-line text summary of an indicator's chart.
pub fn summary(indicator: &Indicator, snapshot: &Snapshot, lang: Lang) -> String {
    let strings = ui(lang);
    let fmt = |v: f64| value_with_unit(v, indicator, lang);
    let (first, last) = (indicator.targets.first(), indicator.targets.last());
    let value =
        |target: Option<&Target>| target.map(|strings| fmt(strings.value)).unwrap_or_default();
    let year = |target: Option<&Target>| target.map_or(0, |strings| strings.year);
    let (first_value, last_value) = (value(first), value(last));
    let rise = TargetRise {
        first_year: year(first),
        first: &first_value,
        last_year: year(last),
        last: &last_value,
    };
    match snapshot.latest_actual(&indicator.id) {
        None => (strings.summary_no_actuals)(&rise),
        Some(actual) => {
            let target = indicator
                .targets
                .iter()
                .find(|target| target.year == actual.year)
                .map(|target| fmt(target.value))
                .unwrap_or_else(|| "–".into());
            (strings.summary_with_actual)(&rise, &fmt(actual.value), actual.year, &target)
        }
    }
}

/// The indicator page.
#[component]
pub fn IndicatorPage() -> impl IntoView {
    let params = use_params_map();
    let id = Memo::new(move |_| params.read().get("id").unwrap_or_default());
    view! {
        <DataView render=move |site| match site.strategy.indicator(&id.get()).cloned() {
            Some(indicator) => view! { <IndicatorView site=site indicator=indicator/> }.into_any(),
            None => view! { <NotFoundPage/> }.into_any(),
        }/>
    }
}

/// An indicator's numbers by year: target and reported value with its date and source (the
/// indicator page and its embeds).
#[component]
pub fn IndicatorTable(
    indicator: Indicator,
    points: Vec<ChartPoint>,
    snapshot: std::sync::Arc<Snapshot>,
) -> impl IntoView {
    let lang = use_lang();
    move || {
        let lang_now = lang.get();
        let strings = ui(lang_now);
        let rows = points
            .iter()
            .map(|p| {
                let target = p.target.map(|v| value_with_unit(v, &indicator, lang_now)).unwrap_or_else(|| "–".into());
                let reported = snapshot.actual(&indicator.id, p.year);
                let actual = p
                    .actual
                    .map(|v| value_with_unit(v, &indicator, lang_now))
                    .unwrap_or_else(|| strings.not_yet_reported_value.to_string());
                let detail = reported.map(|a| {
                    let source = a.source.clone();
                    view! { <span class="meta">" ("{strings.as_of_short}" "{format_date(a.as_of, lang_now)}"; "{strings.reported_by}": "<InlineText text=source/>")"</span> }
                });
                let class = if p.actual.is_some() { "num" } else { "num missing" };
                view! {
                    <tr>
                        <th scope="row">{p.year}</th>
                        <td class="num">{target}</td>
                        <td class=class>{actual}{detail}</td>
                    </tr>
                }
            })
            .collect_view();
        view! {
            <div class="table-wrap" tabindex="0">
                <table class="indicator-table">
                    <caption>{(strings.table_caption)(indicator.name.in_lang(lang_now))}</caption>
                    <thead><tr>
                        <th scope="col">{strings.year}</th>
                        <th scope="col" class="num">{strings.target}</th>
                        <th scope="col" class="num">{strings.actual}</th>
                    </tr></thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
        }
    }
}

#[component]
fn IndicatorView(site: SiteData, indicator: Indicator) -> impl IntoView {
    let lang = use_lang();
    let links = use_links();
    let snapshot = site.snapshot.clone();
    {
        let (indicator, snapshot) = (indicator.clone(), snapshot.clone());
        use_page_meta(move || {
            let lang = lang.get();
            let strings = ui(lang);
            // The preview text names no figure that differs between snapshots: targets only.
            let description = match snapshot.latest_actual(&indicator.id) {
                None => summary(&indicator, &snapshot, lang),
                Some(_) => strings.indicators_intro.to_string(),
            };
            (
                format!(
                    "{} {} · {}",
                    indicator.id,
                    indicator.name.in_lang(lang),
                    strings.site_name
                ),
                description,
            )
        });
    }
    let years = site.strategy.document.period.years();
    let points = chart_points(&indicator, years, |year| {
        snapshot.actual(&indicator.id, year).map(|a| a.value)
    });
    let label = {
        let indicator = indicator.clone();
        Signal::derive(move || (ui(lang.get()).chart_label)(indicator.name.in_lang(lang.get())))
    };
    let summary_text = {
        let (indicator, snapshot) = (indicator.clone(), snapshot.clone());
        move || summary(&indicator, &snapshot, lang.get())
    };
    let what = {
        let indicator = indicator.clone();
        Signal::derive(move || {
            format!(
                "{} {} {}",
                ui(lang.get()).indicator,
                indicator.id,
                indicator.name.in_lang(lang.get())
            )
        })
    };
    let notes: Vec<_> = site.strategy.notes_for(&indicator.id).cloned().collect();
    let unit_printed = indicator.unit_printed.clone();
    let element_id = format!("chart-{}", indicator.id.replace('.', "-"));
    let drawing = chart_svg(
        &points,
        &indicator,
        lang.get_untracked(),
        &label.get_untracked(),
    );
    let topic = indicator.id.clone();
    let own_files: Vec<(String, &'static str)> = site
        .entry
        .item_files
        .iter()
        .flat_map(|items| {
            [
                (
                    items.file(ItemFileKind::Indicator, &indicator.id, FileFormat::Csv),
                    "text/csv",
                ),
                (
                    items.file(ItemFileKind::Indicator, &indicator.id, FileFormat::Json),
                    "application/json",
                ),
            ]
        })
        .collect();
    view! {
        <article class="indicator-page">
            <nav class="breadcrumb" aria-label=move || ui(lang.get()).breadcrumb_label>
                <ol><li><A href=links.href("indicators")>{move || ui(lang.get()).indicators_title}</A></li></ol>
            </nav>
            <h1><span class="item-id">{indicator.id.clone()}</span>" "<InlineText text=indicator.name.clone()/></h1>
            <p class="summary">{summary_text}</p>
            <p class="meta">{move || ui(lang.get()).unit}": "<InlineText text=unit_printed.clone()/>" · "{move || ui(lang.get()).cumulative_not_stated}</p>
            <IndicatorChart element_id=element_id points=points.clone() label=label drawing=drawing/>
            <IndicatorTable indicator=indicator.clone() points=points snapshot=snapshot.clone()/>
            <EmbedCode site=site.clone() indicator=indicator.id.clone() what=what/>
            <SourceNotes notes=notes/>
            <FollowLine topic=FeedTopic::Indicator(indicator.id.clone())/>
            <FeedbackCta site=site.clone() topic=topic/>
            <CiteBlock site=site.clone() what=what kind=ItemFileKind::Indicator id=indicator.id.clone()/>
            <DatasetJsonLd site=site.clone() name=what path=format!("indicators/{}", indicator.id) own=own_files/>
        </article>
    }
}

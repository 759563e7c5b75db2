//! One measure: every field of the action plan, its results chain with what has been achieved,
//! its agencies, its period on the strategy's timeline, its status history, source notes, flagship,
//! a way to comment, and the citation with downloads.

use crate::components::cite::CiteBlock;
use crate::components::data_view::DataView;
use crate::components::feedback_cta::FeedbackCta;
use crate::components::follow_line::FollowLine;
use crate::components::notes::SourceNotes;
use crate::components::status::{PastEndYearFlag, StatusBadge};
use crate::components::text::{InlineText, Prose};
use crate::contexts::{use_lang, use_snapshot_store};
use crate::document::use_page_meta;
use crate::follow::FeedTopic;
use crate::i18n::{stage_label, ui};
use crate::pages::not_found::NotFoundPage;
use crate::published_data::{history_ids, SiteData};
use crate::url::use_links;
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_params_map;
use model::format::format_date;
use model::manifest::ItemFileKind;
use model::strategy::{Measure, Period, Stage};
use model::Lang;

/// The measure page.
#[component]
pub fn MeasurePage() -> impl IntoView {
    let params = use_params_map();
    let id = Memo::new(move |_| params.read().get("id").unwrap_or_default());
    view! {
        <DataView render=move |site| {
            let id = id.get();
            match site.strategy.measure(&id).cloned() {
                Some(measure) => view! { <MeasureView site=site measure=measure/> }.into_any(),
                None => view! { <NotFoundPage/> }.into_any(),
            }
        }/>
    }
}

/// A measure's period on the strategy's years.
#[component]
fn Timeline(
    /// The measure's period.
    period: Period,
    /// The strategy's period.
    strategy: Period,
) -> impl IntoView {
    let lang = use_lang();
    let Period { start, end } = period;
    let years = strategy
        .years()
        .map(|year| {
            let active = period.contains(year);
            view! { <li class=if active { "year active" } else { "year" }>{year}</li> }
        })
        .collect_view();
    view! {
        <div class="timeline">
            <p class="visually-hidden">{move || format!("{}: {start}–{end}", ui(lang.get()).period)}</p>
            <ol aria-hidden="true">{years}</ol>
        </div>
    }
}

#[component]
fn StatusHistory(site: SiteData, measure_id: String) -> impl IntoView {
    let lang = use_lang();
    let store = use_snapshot_store();
    let ids = history_ids(&site);
    {
        let (site, ids) = (site.clone(), ids.clone());
        Effect::new(move |_| store.load_missing(&site, &ids));
    }
    move || {
        let strings = ui(lang.get());
        let lang_now = lang.get();
        match store.get(&site, &ids) {
            None => {
                view! { <p class="loading" role="status">{strings.history_loading}</p> }.into_any()
            }
            Some(Err(_)) => view! { <p>{strings.history_error}</p> }.into_any(),
            Some(Ok(snapshots)) => {
                let rows = snapshots
                    .iter()
                    .rev()
                    .map(|s| {
                        let status = s.status_of(&measure_id);
                        let first = s
                            .progress_of(&measure_id)
                            .map(|p| p.first_reported_in.to_string());
                        view! {
                            <tr>
                                <th scope="row">{s.id.to_string()}</th>
                                <td>{format_date(s.as_of, lang_now)}</td>
                                <td><StatusBadge status=status/></td>
                                <td>{first.map(|f| format!("{} {f}", strings.first_reported_in))}</td>
                            </tr>
                        }
                    })
                    .collect_view();
                view! {
                    <div class="table-wrap" tabindex="0">
                        <table class="history">
                            <thead><tr>
                                <th scope="col">{strings.snapshot_label}</th>
                                <th scope="col">{strings.data_as_of}</th>
                                <th scope="col">{strings.status}</th>
                                <th scope="col"><span class="visually-hidden">{strings.first_reported_in}</span></th>
                            </tr></thead>
                            <tbody>{rows}</tbody>
                        </table>
                    </div>
                }
                .into_any()
            }
        }
    }
}

fn title_line(measure: &Measure, lang: Lang) -> String {
    format!(
        "{} {} {}",
        ui(lang).measure,
        measure.id,
        measure.title.in_lang(lang)
    )
}

#[component]
fn MeasureView(site: SiteData, measure: Measure) -> impl IntoView {
    let lang = use_lang();
    let links = use_links();
    {
        let measure = measure.clone();
        use_page_meta(move || {
            let lang = lang.get();
            let strings = ui(lang);
            let description = measure
                .results
                .last()
                .map(|c| c.text.in_lang(lang).to_string())
                .unwrap_or_default();
            (
                format!("{} · {}", title_line(&measure, lang), strings.site_name),
                description,
            )
        });
    }
    let strategy = site.strategy.clone();
    let snapshot = site.snapshot.clone();
    let status = snapshot.status_of(&measure.id);
    let past_end_year = snapshot.is_past_end_year(&measure);
    let as_of = snapshot.as_of;
    let progress = snapshot.progress_of(&measure.id).cloned();
    let goal = strategy.goal(&measure.goal).cloned();
    let direction = strategy.direction(&measure.direction).cloned();
    let notes: Vec<_> = strategy.notes_for(&measure.id).cloned().collect();
    let flagships: Vec<_> = strategy.flagships_of(&measure.id).cloned().collect();
    let what = {
        let measure = measure.clone();
        Signal::derive(move || title_line(&measure, lang.get()))
    };
    let measure_id = measure.id.clone();
    let topic = measure_id.clone();

    let agencies = {
        let strategy = strategy.clone();
        let measure = measure.clone();
        move || {
            let strings = ui(lang.get());
            let lang_now = lang.get();
            let agency_link = |slug: &str, printed: &str| {
                let name = strategy
                    .agency(slug)
                    .map(|a| a.name.in_lang(lang_now).to_string())
                    .unwrap_or_default();
                let href = links.href(format!("agencies/{slug}"));
                let (printed, title) = (printed.to_string(), name.clone());
                view! { <li><A href=href><abbr title=title>{printed}</abbr></A>" — "{name}</li> }
            };
            let lead = agency_link(&measure.lead.slug, &measure.lead.printed);
            let others = measure
                .others
                .iter()
                .map(|o| agency_link(&o.slug, &o.printed))
                .collect_view();
            let relevant = measure
                .relevant_agencies
                .then(|| view! { <li>{strings.relevant_agencies}</li> });
            let has_others = !measure.others.is_empty() || measure.relevant_agencies;
            view! {
                <dl class="facts-list">
                    <dt>{strings.lead_agency}</dt>
                    <dd><ul class="plain">{lead}</ul></dd>
                    {has_others.then(|| view! {
                        <dt>{strings.other_agencies}</dt>
                        <dd><ul class="plain">{others}{relevant}</ul></dd>
                    })}
                    <dt>{strings.period}</dt>
                    <dd>
                        {format!("{}–{}", measure.period.start, measure.period.end)}
                        <Timeline period=measure.period strategy=strategy.document.period/>
                        {past_end_year.then(|| view! {
                            <p class="meta past-end-explained">{(strings.past_end_year_explained)(measure.period.end, &format_date(as_of, lang_now))}</p>
                        })}
                    </dd>
                </dl>
            }
        }
    };

    let results = {
        let measure = measure.clone();
        let progress = progress.clone();
        move || {
            let lang_now = lang.get();
            let strings = ui(lang_now);
            measure
                .results
                .iter()
                .map(|cell| {
                    let label = cell.stages.iter().map(|s| stage_label(lang_now, *s)).collect::<Vec<_>>().join(" + ");
                    let achieved: Vec<_> = cell
                        .stages
                        .iter()
                        .filter_map(|stage| progress.as_ref().and_then(|p| p.results.iter().find(|r| r.stage == *stage)).cloned())
                        .collect();
                    let state = if achieved.is_empty() {
                        view! { <p class="result-state missing">{strings.result_not_reported}</p> }.into_any()
                    } else {
                        achieved
                            .into_iter()
                            .map(|a| {
                                let date = (strings.achieved_on)(&format_date(a.achieved_on, lang_now));
                                view! {
                                    <p class="result-state achieved">
                                        "✓ "{date}
                                        {a.evidence.clone().map(|url| view! { " · "<a href=url rel="noopener">{strings.evidence}</a> })}
                                    </p>
                                    {a.note.clone().map(|n| view! { <p class="meta"><InlineText text=n/></p> })}
                                }
                            })
                            .collect_view()
                            .into_any()
                    };
                    let spans = (cell.stages.len() > 1).then(|| view! { <p class="meta">{strings.spans_two_columns}</p> });
                    let class = if cell.stages.len() > 1 { "result-cell spans" } else { "result-cell" };
                    let first_stage = cell.stages.first().copied().unwrap_or(Stage::Initial);
                    view! {
                        <li class=class data-stage=first_stage.code()>
                            <h3>{label}</h3>
                            <Prose text=cell.text.clone()/>
                            {spans}
                            {state}
                        </li>
                    }
                })
                .collect_view()
        }
    };

    let breadcrumb = {
        let goal = goal.clone();
        let direction = direction.clone();
        move || {
            let strings = ui(lang.get());
            view! {
                <nav class="breadcrumb" aria-label=strings.breadcrumb_label>
                    <ol>
                        <li><A href=links.href("measures")>{strings.measures_title}</A></li>
                        {goal.clone().map(|g| view! { <li><A href=links.href(format!("goals/{}", g.id))>{strings.goal}" "{g.id.clone()}</A></li> })}
                        {direction.clone().map(|d| view! { <li><A href=links.href(format!("directions/{}", d.id))>{strings.direction}" "{d.id.clone()}</A></li> })}
                    </ol>
                </nav>
            }
        }
    };

    let status_line = {
        let progress = progress.clone();
        move || {
            let strings = ui(lang.get());
            let first = progress
                .as_ref()
                .map(|p| format!("{} {}", strings.first_reported_in, p.first_reported_in));
            view! {
                <p class="status-line">
                    <span class="label">{strings.status}": "</span><StatusBadge status=status/>
                    {first.map(|f| view! { " "<span class="meta">"("{f}")"</span> })}
                    {past_end_year.then(|| view! { " "<PastEndYearFlag/> })}
                </p>
                {progress.as_ref().and_then(|p| p.note.clone()).map(|note| view! {
                    <p><span class="label">{strings.reporting_note}": "</span><InlineText text=note/></p>
                })}
            }
        }
    };

    let flagship_block = (!flagships.is_empty()).then(|| {
        let items = flagships
            .iter()
            .map(|f| {
                let href = links.href(format!("flagships#f-{}", f.id));
                let (id, title) = (f.id.clone(), f.title.clone());
                view! { <li><A href=href><span class="item-id">{id}</span>" "<InlineText text=title/></A></li> }
            })
            .collect_view();
        view! {
            <section aria-labelledby="flagship-heading">
                <h2 id="flagship-heading">{move || ui(lang.get()).part_of_flagship}</h2>
                <ul class="plain">{items}</ul>
            </section>
        }
    });

    let prose_ref = measure.prose_ref.clone();
    view! {
        <article class="measure-page">
            {breadcrumb}
            <h1><span class="item-id">{measure.id.clone()}</span>" "<InlineText text=measure.title.clone()/></h1>
            {status_line}
            <section aria-labelledby="agencies-heading">
                <h2 id="agencies-heading" class="visually-hidden">{move || ui(lang.get()).lead_agency}</h2>
                {agencies}
            </section>
            <section aria-labelledby="results-heading">
                <h2 id="results-heading">{move || ui(lang.get()).results_chain}</h2>
                <ol class="results-chain">{results}</ol>
                <p class="meta">{move || (ui(lang.get()).same_in_section_6)(&prose_ref)}</p>
            </section>
            <section aria-labelledby="history-heading">
                <h2 id="history-heading">{move || ui(lang.get()).status_history}</h2>
                <StatusHistory site=site.clone() measure_id=measure_id.clone()/>
            </section>
            {flagship_block}
            <SourceNotes notes=notes/>
            <FollowLine topic=FeedTopic::Measure(measure.id.clone())/>
            <FeedbackCta site=site.clone() topic=topic/>
            <CiteBlock site=site.clone() what=what kind=ItemFileKind::Measure id=measure.id.clone()/>
        </article>
    }
}

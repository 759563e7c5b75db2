//! About: what the site is, the method and status definitions, the source document, every
//! source note, the context figures and the open-data files with their columns.

use crate::components::data_view::DataView;
use crate::components::dataset_ld::DatasetJsonLd;
use crate::components::status::StatusBadge;
use crate::components::text::{InlineText, Prose};
use crate::contexts::use_lang;
use crate::document::use_page_meta;
use crate::i18n::{
    column_description, export_label, item_file_label, note_kind_label, status_definition, ui,
    unit_label,
};
use crate::published_data::SiteData;
use leptos::prelude::*;
use leptos_router::components::A;
use model::exports::{Column, ExportRow, IndicatorYearRow, MeasureResultRow};
use model::format::format_number;
use model::manifest::{ExportKind, ItemFileKind};
use model::strategy::{ContextFact, Qualifier, Unit};
use model::{Lang, Status};
use ui_text::count;

/// A context figure with its qualifier and unit, as the wording qualifies it ("çox" → more
/// than, "qədər" → up to, "təxminən" → about): az "88 faizdən çox", "600.000-dən çox nəfər",
/// "təxminən 400"; en "more than 88%", "more than 600,000 people", "about 400".
pub fn figure_text(fact: &ContextFact, lang: Lang) -> String {
    let number = format_number(fact.value, 2, lang);
    let whole = fact.value.fract() == 0.0 && fact.value >= 0.0;
    let unit = match fact.unit {
        Unit::Persons | Unit::MlnAzn => format!(" {}", unit_label(lang, fact.unit)),
        _ => String::new(),
    };
    match (lang, fact.unit, fact.qualifier) {
        (Lang::Az, Unit::Percent, Qualifier::Exact) => format!("{number}%"),
        (Lang::Az, Unit::Percent, Qualifier::MoreThan) => format!("{number} faizdən çox"),
        (Lang::Az, Unit::Percent, Qualifier::UpTo) => format!("{number} faizə qədər"),
        (Lang::Az, Unit::Percent, Qualifier::About) => format!("təxminən {number}%"),
        (Lang::Az, _, Qualifier::Exact) => format!("{number}{unit}"),
        (Lang::Az, _, Qualifier::MoreThan) if whole => {
            format!(
                "{number}{} çox{unit}",
                model::format::az_ablative_suffix(fact.value as u64)
            )
        }
        (Lang::Az, _, Qualifier::MoreThan) => format!("{number}{unit} və daha çox"),
        (Lang::Az, _, Qualifier::UpTo) => format!("{number}-dək{unit}"),
        (Lang::Az, _, Qualifier::About) => format!("təxminən {number}{unit}"),
        (Lang::En, Unit::Percent, q) => format!("{}{number}%", en_qualifier(q)),
        (Lang::En, _, q) => format!("{}{number}{unit}", en_qualifier(q)),
    }
}

fn en_qualifier(q: Qualifier) -> &'static str {
    match q {
        Qualifier::Exact => "",
        Qualifier::MoreThan => "more than ",
        Qualifier::UpTo => "up to ",
        Qualifier::About => "about ",
    }
}

/// The about page.
#[component]
pub fn AboutPage() -> impl IntoView {
    let lang = use_lang();
    use_page_meta(move || {
        let strings = ui(lang.get());
        (
            format!("{} · {}", strings.about_title, strings.site_name),
            strings.about_what[0].to_string(),
        )
    });
    view! { <DataView render=move |site| view! { <About site=site/> }/> }
}

#[component]
fn About(site: SiteData) -> impl IntoView {
    let lang = use_lang();
    let links = crate::url::use_links();
    move || {
        let lang_now = lang.get();
        let strings = ui(lang_now);
        let strategy = site.strategy.clone();
        let statuses = Status::ALL
            .into_iter()
            .map(|s| view! { <dt><StatusBadge status=s/></dt><dd>{status_definition(lang_now, s)}</dd> })
            .collect_view();
        let notes = strategy
            .source_notes
            .iter()
            .map(|note| {
                let targets = note
                    .applies_to
                    .iter()
                    .enumerate()
                    .map(|(i, id)| {
                        let sep = if i == 0 { "" } else { ", " };
                        let path = if strategy.measure(id).is_some() {
                            Some(format!("measures/{id}"))
                        } else if strategy.direction(id).is_some() {
                            Some(format!("directions/{id}"))
                        } else if strategy.goal(id).is_some() {
                            Some(format!("goals/{id}"))
                        } else if strategy.indicator(id).is_some() {
                            Some(format!("indicators/{id}"))
                        } else if strategy.flagships.iter().any(|f| &f.id == id) {
                            Some(format!("flagships#f-{id}"))
                        } else if strategy.agencies.iter().any(|a| &a.slug == id) {
                            Some(format!("agencies/{id}"))
                        } else {
                            None
                        };
                        let label = if id == "document" { strings.note_whole_document.to_string() } else { id.clone() };
                        match path {
                            Some(path) => view! { {sep}<A href=links.href(&path)>{label}</A> }.into_any(),
                            None => view! { {sep}{label} }.into_any(),
                        }
                    })
                    .collect_view();
                view! {
                    <li class="source-note" id=format!("note-{}", note.id)>
                        <p class="meta"><span class="item-id">{note.id.clone()}</span>" · "{note_kind_label(lang_now, note.kind)}" · "{targets}</p>
                        <Prose text=note.text.clone()/>
                        <blockquote lang="az"><span class="label">{strings.printed_in_source}": "</span>{note.printed.clone()}</blockquote>
                    </li>
                }
            })
            .collect_view();
        let facts = strategy
            .context_facts
            .iter()
            .map(|fact| {
                let year = fact
                    .year
                    .map_or_else(|| strings.year_unknown.to_string(), |y| y.to_string());
                view! {
                    <li>
                        <p class="figure">{figure_text(fact, lang_now)}</p>
                        <p><strong><InlineText text=fact.label.clone()/></strong>" ("{year}")"</p>
                        <p class="quote">"“"<InlineText text=fact.source_wording.clone()/>"”"</p>
                    </li>
                }
            })
            .collect_view();
        let columns = |columns: &'static [Column]| {
            let list = columns
                .iter()
                .map(|c| view! { <dt><code>{c.code()}</code></dt><dd>{column_description(lang_now, *c)}</dd> })
                .collect_view();
            view! {
                <details>
                    <summary>{strings.columns}</summary>
                    <dl class="columns">{list}</dl>
                </details>
            }
        };
        let exports = ExportKind::ALL
            .into_iter()
            .filter_map(|kind| site.manifest.export(kind).map(|file| (kind, file.clone())))
            .map(|(kind, file)| {
                view! {
                    <li>
                        <a href=site.file_url(&file.file) download="">{export_label(lang_now, kind)}</a>
                        {columns(kind.columns())}
                    </li>
                }
            })
            .collect_view();
        let item_files = [
            (ItemFileKind::Measure, MeasureResultRow::COLUMNS),
            (ItemFileKind::Indicator, IndicatorYearRow::COLUMNS),
        ]
        .map(|(kind, kind_columns)| {
            view! { <li>{item_file_label(lang_now, kind)}" (CSV, JSON)"{columns(kind_columns)}</li> }
        });
        let json_files = [("index.json".to_string(), "index.json")];
        let package = site.entry.package.clone().map(|package| {
            let link = |file: String| site.file_url(&file);
            view! {
                <h3>{strings.about_package_heading}</h3>
                <p>{strings.about_package_intro}" "<strong>{site.entry.id.to_string()}</strong></p>
                <ul class="downloads">
                    <li><a href=link(package.descriptor())>{strings.about_package_descriptor}</a>" (JSON)"</li>
                    <li><a href=link(package.workbook()) download="">{strings.about_package_workbook}</a>" (XLSX)"</li>
                    <li><a href=link(package.archive()) download="">{strings.about_package_zip}</a>" (ZIP)"</li>
                </ul>
            }
        });
        let dataset_name = format!(
            "{} — {}",
            strategy.document.short_title.in_lang(lang_now),
            site.entry.id
        );
        view! {
            <article class="about">
                <h1>{strings.about_title}</h1>
                <section>
                    <h2>{strings.about_what_heading}</h2>
                    {strings.about_what.iter().map(|p| view! { <p>{*p}</p> }).collect_view()}
                </section>
                <section>
                    <h2>{strings.about_method_heading}</h2>
                    {strings.about_method.iter().map(|p| view! { <p>{*p}</p> }).collect_view()}
                    <h3>{strings.about_statuses_heading}</h3>
                    <dl class="statuses">{statuses}</dl>
                </section>
                <section>
                    <h2>{strings.about_source_heading}</h2>
                    <p><strong><InlineText text=strategy.document.title.clone()/></strong></p>
                    <dl>
                        <dt>{strings.about_adoption}</dt><dd><InlineText text=strategy.document.adoption.clone()/></dd>
                        <dt>{strings.about_source_file}</dt><dd><code>{strategy.document.source_file.clone()}</code></dd>
                    </dl>
                    <p>{strings.about_translation}</p>
                </section>
                <section>
                    <h2>{strings.about_context_heading}</h2>
                    <ul class="facts">{facts}</ul>
                </section>
                <section id="open-data">
                    <h2>{strings.about_open_data_heading}</h2>
                    <p>{strings.about_open_data_intro}</p>
                    <ul class="downloads">
                        {exports}
                        {json_files.into_iter().map(|(file, label)| view! {
                            <li><a href=site.file_url(&file)>{label}</a>" (JSON)"</li>
                        }).collect_view()}
                    </ul>
                    <p>{strings.about_item_files_intro}</p>
                    <ul class="downloads">{item_files.into_iter().collect_view()}</ul>
                    {package}
                    <DatasetJsonLd site=site.clone() name=dataset_name path="about"/>
                </section>
                <section id="source-notes">
                    <h2>{strings.about_notes_heading}" ("{count(strategy.source_notes.len(), lang_now)}")"</h2>
                    <p>{strings.about_notes_intro}</p>
                    <ol class="source-notes">{notes}</ol>
                </section>
                <section>
                    <h2>{strings.about_operator_heading}</h2>
                    <p>{strings.about_operator}</p>
                </section>
            </article>
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use model::Text;

    fn fact(value: f64, unit: Unit, qualifier: Qualifier) -> ContextFact {
        ContextFact {
            id: "x".into(),
            year: None,
            value,
            unit,
            qualifier,
            label: Text::new("x", "x"),
            source_wording: Text::new("x", "x"),
            section: "3".into(),
        }
    }

    #[test]
    fn figures_read_as_the_wording_qualifies_them() {
        assert_eq!(
            figure_text(&fact(88.0, Unit::Percent, Qualifier::MoreThan), Lang::Az),
            "88 faizdən çox"
        );
        assert_eq!(
            figure_text(&fact(2.0, Unit::Percent, Qualifier::UpTo), Lang::Az),
            "2 faizə qədər"
        );
        assert_eq!(
            figure_text(&fact(2.8, Unit::Percent, Qualifier::Exact), Lang::Az),
            "2,8%"
        );
        assert_eq!(
            figure_text(
                &fact(600_000.0, Unit::Persons, Qualifier::MoreThan),
                Lang::Az
            ),
            "600.000-dən çox nəfər"
        );
        assert_eq!(
            figure_text(&fact(30.0, Unit::Count, Qualifier::MoreThan), Lang::Az),
            "30-dan çox"
        );
        assert_eq!(
            figure_text(&fact(400.0, Unit::Count, Qualifier::About), Lang::Az),
            "təxminən 400"
        );
        assert_eq!(
            figure_text(
                &fact(600_000.0, Unit::Persons, Qualifier::MoreThan),
                Lang::En
            ),
            "more than 600,000 people"
        );
        assert_eq!(
            figure_text(&fact(88.0, Unit::Percent, Qualifier::MoreThan), Lang::En),
            "more than 88%"
        );
        assert_eq!(
            figure_text(&fact(945.0, Unit::Count, Qualifier::Exact), Lang::En),
            "945"
        );
    }
}

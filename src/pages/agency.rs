//! An agency: the measures it leads and those it co-executes, with status. The Central Bank's
//! two printed acronyms (AMB, MB) lead to one page; any printed acronym resolves to its slug.

use crate::components::data_view::DataView;
use crate::components::follow_line::FollowLine;
use crate::components::measure_list::MeasureList;
use crate::components::notes::SourceNotes;
use crate::components::text::InlineText;
use crate::contexts::use_lang;
use crate::document::use_page_meta;
use crate::follow::FeedTopic;
use crate::i18n::ui;
use crate::pages::not_found::NotFoundPage;
use crate::published_data::SiteData;
use crate::url::use_links;
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_params_map;
use model::strategy::{Agency, NameBasis};

/// The agencies index: every executing agency with how many measures it leads and co-executes.
#[component]
pub fn AgenciesPage() -> impl IntoView {
    let lang = use_lang();
    use_page_meta(move || {
        let strings = ui(lang.get());
        (
            format!("{} · {}", strings.agencies_title, strings.site_name),
            strings.agencies_intro.to_string(),
        )
    });
    view! { <DataView render=move |site| view! { <AgencyIndex site=site/> }/> }
}

#[component]
fn AgencyIndex(site: SiteData) -> impl IntoView {
    let lang = use_lang();
    let links = use_links();
    move || {
        let lang_now = lang.get();
        let strings = ui(lang_now);
        let mut agencies = site.strategy.agencies.clone();
        agencies.sort_by(|a, b| a.acronym.cmp(&b.acronym));
        let rows = agencies
            .into_iter()
            .map(|agency| {
                let leads = site
                    .strategy
                    .measures
                    .iter()
                    .filter(|m| m.lead.slug == agency.slug)
                    .count();
                let co = site
                    .strategy
                    .measures
                    .iter()
                    .filter(|m| m.others.iter().any(|o| o.slug == agency.slug))
                    .count();
                let href = links.href(format!("agencies/{}", agency.slug));
                let acronyms = std::iter::once(agency.acronym.clone())
                    .chain(agency.aliases.clone())
                    .collect::<Vec<_>>()
                    .join(", ");
                view! {
                    <tr>
                        <th scope="row"><A href=href>{acronyms}</A></th>
                        <td><InlineText text=agency.name.clone()/></td>
                        <td class="num">{leads}</td>
                        <td class="num">{co}</td>
                    </tr>
                }
            })
            .collect_view();
        view! {
            <article class="agencies-page">
                <h1>{strings.agencies_title}</h1>
                <p class="lead-text">{strings.agencies_intro}</p>
                <div class="table-wrap" tabindex="0">
                    <table>
                        <thead><tr>
                            <th scope="col">{strings.agency_acronym}</th>
                            <th scope="col">{strings.agency_title}</th>
                            <th scope="col" class="num">{strings.agency_leads}</th>
                            <th scope="col" class="num">{strings.agency_coexecutes}</th>
                        </tr></thead>
                        <tbody>{rows}</tbody>
                    </table>
                </div>
            </article>
        }
    }
}

/// The agency page.
#[component]
pub fn AgencyPage() -> impl IntoView {
    let params = use_params_map();
    let slug = Memo::new(move |_| params.read().get("slug").unwrap_or_default());
    view! {
        <DataView render=move |site| match site.strategy.agency(&slug.get()).cloned() {
            Some(agency) => view! { <AgencyView site=site agency=agency/> }.into_any(),
            None => view! { <NotFoundPage/> }.into_any(),
        }/>
    }
}

#[component]
fn AgencyView(site: SiteData, agency: Agency) -> impl IntoView {
    let lang = use_lang();
    let links = use_links();
    {
        let agency = agency.clone();
        use_page_meta(move || {
            let lang = lang.get();
            let strings = ui(lang);
            (
                format!(
                    "{} ({}) · {}",
                    agency.name.in_lang(lang),
                    agency.acronym,
                    strings.site_name
                ),
                format!("{}: {}", strings.agency_title, agency.name.in_lang(lang)),
            )
        });
    }
    let strategy = site.strategy.clone();
    let leads: Vec<_> = strategy
        .measures
        .iter()
        .filter(|m| m.lead.slug == agency.slug)
        .cloned()
        .collect();
    let co: Vec<_> = strategy
        .measures
        .iter()
        .filter(|m| m.others.iter().any(|o| o.slug == agency.slug))
        .cloned()
        .collect();
    let notes: Vec<_> = strategy.notes_for(&agency.slug).cloned().collect();
    let aliases = agency.aliases.join(", ");
    let translated = agency.name_en_basis == NameBasis::Translation;
    let (n_leads, n_co) = (leads.len(), co.len());
    view! {
        <article class="agency-page">
            <nav class="breadcrumb" aria-label=move || ui(lang.get()).breadcrumb_label>
                <ol><li><A href=links.href("agencies")>{move || ui(lang.get()).agencies_title}</A></li></ol>
            </nav>
            <h1><InlineText text=agency.name.clone()/>" ("{agency.acronym.clone()}")"</h1>
            {(!aliases.is_empty()).then(|| view! { <p>{move || ui(lang.get()).agency_aliases}": "<strong>{aliases.clone()}</strong></p> })}
            {move || (translated && lang.get() == model::Lang::En).then(|| view! { <p class="meta">{ui(lang.get()).agency_name_translated}</p> })}
            <h2>{move || ui(lang.get()).agency_leads}" ("{n_leads}")"</h2>
            <MeasureList measures=leads snapshot=site.snapshot.clone()/>
            <h2>{move || ui(lang.get()).agency_coexecutes}" ("{n_co}")"</h2>
            <MeasureList measures=co snapshot=site.snapshot.clone()/>
            <SourceNotes notes=notes/>
            <FollowLine topic=FeedTopic::Agency(agency.slug.clone())/>
        </article>
    }
}

//! An agency: the measures it leads and those it co-executes, with status. The Central Bank's
//! two printed acronyms (AMB, MB) lead to one page; any printed acronym resolves to its slug.

use crate::api::SiteData;
use crate::components::data_view::DataView;
use crate::components::measure_list::MeasureList;
use crate::components::notes::SourceNotes;
use crate::components::text::Tx;
use crate::document::use_page_meta;
use crate::i18n::ui;
use crate::pages::not_found::NotFoundPage;
use crate::state::use_lang;
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;
use model::strategy::{Agency, NameBasis};

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
    {
        let agency = agency.clone();
        use_page_meta(move || {
            let lang = lang.get();
            let t = ui(lang);
            (
                format!(
                    "{} ({}) · {}",
                    agency.name.in_lang(lang),
                    agency.acronym,
                    t.site_name
                ),
                format!("{}: {}", t.agency_title, agency.name.in_lang(lang)),
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
            <p class="meta">{move || ui(lang.get()).agency_title}</p>
            <h1><Tx text=agency.name.clone()/>" ("{agency.acronym.clone()}")"</h1>
            {(!aliases.is_empty()).then(|| view! { <p>{move || ui(lang.get()).agency_aliases}": "<strong>{aliases.clone()}</strong></p> })}
            {move || (translated && lang.get() == model::Lang::En).then(|| view! { <p class="meta">{ui(lang.get()).agency_name_translated}</p> })}
            <h2>{move || ui(lang.get()).agency_leads}" ("{n_leads}")"</h2>
            <MeasureList measures=leads snapshot=site.snapshot.clone()/>
            <h2>{move || ui(lang.get()).agency_coexecutes}" ("{n_co}")"</h2>
            <MeasureList measures=co snapshot=site.snapshot.clone()/>
            <SourceNotes notes=notes/>
        </article>
    }
}

//! The eight flagship initiatives of section 6.2, each with its text and its measures, and how
//! each link is known (named in the source, or linked by the editors).

use crate::components::data_view::DataView;
use crate::components::status::StatusBadge;
use crate::components::text::{InlineText, Prose};
use crate::contexts::use_lang;
use crate::document::use_page_meta;
use crate::i18n::ui;
use crate::published_data::SiteData;
use crate::url::use_links;
use leptos::prelude::*;
use leptos_router::components::A;
use model::strategy::LinkBasis;

/// The flagships page.
#[component]
pub fn FlagshipsPage() -> impl IntoView {
    let lang = use_lang();
    use_page_meta(move || {
        let strings = ui(lang.get());
        (
            format!("{} · {}", strings.flagships_title, strings.site_name),
            strings.flagships_intro.to_string(),
        )
    });
    view! { <DataView render=move |site| view! { <Flagships site=site/> }/> }
}

#[component]
fn Flagships(site: SiteData) -> impl IntoView {
    let lang = use_lang();
    let links = use_links();
    let strategy = site.strategy.clone();
    let items = strategy
        .flagships
        .iter()
        .map(|f| {
            let measures = f
                .links
                .iter()
                .filter_map(|link| strategy.measure(&link.measure).map(|m| (link.clone(), m.clone())))
                .map(|(link, m)| {
                    let status = site.snapshot.status_of(&m.id);
                    let href = links.href(format!("measures/{}", m.id));
                    let basis = link.basis;
                    let (id, title, reason) = (m.id.clone(), m.title.clone(), link.reason.clone());
                    view! {
                        <li class="measure-row">
                            <A href=href><span class="item-id">{id}</span>" "<InlineText text=title/></A>
                            <p class="meta">
                                <StatusBadge status=status/>" · "
                                <span class=move || if basis == LinkBasis::Stated { "link-basis stated" } else { "link-basis inferred" }>
                                    {move || match basis {
                                        LinkBasis::Stated => ui(lang.get()).link_stated,
                                        LinkBasis::Inferred => ui(lang.get()).link_inferred,
                                    }}
                                </span>
                                ": "<InlineText text=reason/>
                            </p>
                        </li>
                    }
                })
                .collect_view();
            let (id, title, text) = (f.id.clone(), f.title.clone(), f.text.clone());
            view! {
                <section class="flagship" id=format!("f-{id}")>
                    <h2><span class="item-id">{id.clone()}</span>" "<InlineText text=title/></h2>
                    <Prose text=text/>
                    <ul class="measure-list">{measures}</ul>
                </section>
            }
        })
        .collect_view();
    view! {
        <article class="flagships-page">
            <h1>{move || ui(lang.get()).flagships_title}</h1>
            <p class="lead-text">{move || ui(lang.get()).flagships_intro}</p>
            {items}
        </article>
    }
}

//! The embeds of an indicator, for other sites' iframes: `/{lang}/embed/indicators/{id}` (the
//! latest snapshot) and `/{lang}/embed/indicators/{id}/{snapshot}` (one snapshot, whose numbers
//! never change). The chart as a static drawing, its table, the one-line summary and a source
//! line with a link to the full page; no site chrome. The build writes them without the app's
//! script: they read completely without JavaScript, and a small script of their own tells the
//! page around them their height ([`crate::embed`]).
//!
//! The browser app never adopts an embed, so it carries only a pointer to the full page for an
//! embed path the build did not make (an item or snapshot published since): the drawing code
//! stays out of the wasm every reader downloads (measured: 9 KB brotli).

use crate::browser::set_html_lang;
use crate::contexts::{provide_lang, use_lang};
use crate::url::page_link;
use leptos::prelude::*;
use leptos_router::components::Outlet;
use leptos_router::hooks::use_params_map;
use model::Lang;
use ui_text::share;
#[cfg(feature = "ssr")]
use {
    crate::components::chart::chart_points,
    crate::components::data_view::DataView,
    crate::components::static_chart::chart_svg,
    crate::components::text::InlineText,
    crate::contexts::use_snapshot_store,
    crate::deployment::use_deployment,
    crate::document::{declare_full_page, use_page_meta},
    crate::i18n::ui,
    crate::pages::indicators::{summary, IndicatorTable},
    crate::pages::not_found::NotFoundPage,
    crate::published_data::SiteData,
    model::format::format_date,
    model::strategy::Indicator,
    model::{Snapshot, SnapshotId},
    std::sync::Arc,
};

/// The frame of every embed: the language, and nothing around the content.
#[component]
pub fn EmbedLayout() -> impl IntoView {
    let params = use_params_map();
    let lang = Signal::derive(move || {
        Lang::from_code(&params.read().get("lang").unwrap_or_default()).unwrap_or(Lang::Az)
    });
    provide_lang(lang);
    Effect::new(move |_| set_html_lang(lang.get()));
    view! { <main id="main" class="embed"><Outlet/></main> }
}

/// In the browser: a link to the full page (the embeds themselves are built pages).
#[cfg(not(feature = "ssr"))]
#[component]
pub fn IndicatorEmbedPage() -> impl IntoView {
    let params = use_params_map();
    let lang = use_lang();
    let href = move || {
        let params = params.read();
        let path = format!("indicators/{}", params.get("id").unwrap_or_default());
        page_link(lang.get(), &path, params.get("snapshot").as_deref())
    };
    view! { <p><a href=href target="_top">{move || share(lang.get()).embed_full_page}</a></p> }
}

/// An indicator's embed, of the latest snapshot or of the one in the path.
#[cfg(feature = "ssr")]
#[component]
pub fn IndicatorEmbedPage() -> impl IntoView {
    let params = use_params_map();
    let id = Memo::new(move |_| params.read().get("id").unwrap_or_default());
    let pinned = Memo::new(move |_| params.read().get("snapshot"));
    view! {
        <DataView render=move |site| {
            let indicator = site.strategy.indicator(&id.get()).cloned();
            match (indicator, pinned.get()) {
                (None, _) => view! { <NotFoundPage/> }.into_any(),
                (Some(indicator), None) => view! { <IndicatorEmbed site=site indicator=indicator pinned=false/> }.into_any(),
                (Some(indicator), Some(text)) => view! { <PinnedEmbed site=site indicator=indicator snapshot=text/> }.into_any(),
            }
        }/>
    }
}

/// An embed pinned to a snapshot. The build renders it with that snapshot's own data; should it
/// be given another snapshot's, it reads the pinned one from the store when it reports against
/// the same strategy, and otherwise says the embed was not built.
#[cfg(feature = "ssr")]
#[component]
fn PinnedEmbed(site: SiteData, indicator: Indicator, snapshot: String) -> impl IntoView {
    let lang = use_lang();
    if site.entry.id.to_string() == snapshot {
        return view! { <IndicatorEmbed site=site indicator=indicator pinned=true/> }.into_any();
    }
    let entry = snapshot.parse::<SnapshotId>().ok().and_then(|id| {
        site.manifest
            .snapshot(id)
            .filter(|e| e.strategy_sha256 == site.entry.strategy_sha256)
            .cloned()
    });
    let Some(entry) = entry else {
        return view! { <p class="notice">{move || (share(lang.get()).embed_unknown_snapshot)(&snapshot)}</p> }.into_any();
    };
    let store = use_snapshot_store();
    {
        let site = site.clone();
        Effect::new(move |_| store.load_missing(&site, &[entry.id]));
    }
    let entry_for_view = entry.clone();
    (move || {
        store
            .get(&site, &[entry.id])
            .and_then(Result::ok)
            .map(|mut loaded| {
                let snapshot: Arc<Snapshot> = loaded.remove(0);
                let pinned_site = SiteData {
                    entry: entry_for_view.clone(),
                    snapshot,
                    ..site.clone()
                };
                view! { <IndicatorEmbed site=pinned_site indicator=indicator.clone() pinned=true/> }
            })
    })
    .into_any()
}

#[cfg(feature = "ssr")]
#[component]
fn IndicatorEmbed(site: SiteData, indicator: Indicator, pinned: bool) -> impl IntoView {
    let lang = use_lang();
    let snapshot = site.snapshot.clone();
    let full_page = format!("indicators/{}", indicator.id);
    declare_full_page(full_page.clone());
    {
        let (indicator, snapshot) = (indicator.clone(), snapshot.clone());
        use_page_meta(move || {
            let lang = lang.get();
            (
                format!(
                    "{} {} · {}",
                    indicator.id,
                    indicator.name.in_lang(lang),
                    ui(lang).site_name
                ),
                summary(&indicator, &snapshot, lang),
            )
        });
    }
    let points = chart_points(&indicator, site.strategy.document.period.years(), |year| {
        snapshot.actual(&indicator.id, year).map(|a| a.value)
    });
    let chart = {
        let (indicator, points) = (indicator.clone(), points.clone());
        move || {
            let lang = lang.get();
            let label = (ui(lang).chart_label)(indicator.name.in_lang(lang));
            chart_svg(&points, &indicator, lang, &label)
        }
    };
    let summary_text = {
        let (indicator, snapshot) = (indicator.clone(), snapshot.clone());
        move || summary(&indicator, &snapshot, lang.get())
    };
    let site_url = use_deployment().site_url.trim_end_matches('/').to_string();
    let (snapshot_id, as_of) = (site.entry.id.to_string(), site.entry.as_of);
    let full_href = {
        let snapshot_id = snapshot_id.clone();
        move || {
            let pin = pinned.then_some(snapshot_id.as_str());
            format!("{site_url}{}", page_link(lang.get(), &full_page, pin))
        }
    };
    view! {
        <article class="embed-indicator">
            <h1><span class="item-id">{indicator.id.clone()}</span>" "<InlineText text=indicator.name.clone()/></h1>
            <p class="summary">{summary_text}</p>
            <figure class="chart static" inner_html=chart></figure>
            <IndicatorTable indicator=indicator points=points snapshot=snapshot/>
            <p class="embed-source">
                {move || (share(lang.get()).embed_source)(&snapshot_id, &format_date(as_of, lang.get()))}" "
                <a href=full_href target="_blank" rel="noopener">{move || share(lang.get()).embed_full_page}</a>
            </p>
        </article>
    }
}

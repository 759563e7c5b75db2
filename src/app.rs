//! The app and its router, the one route table of the site: `/` picks a language; every page
//! lives under `/az/…` or `/en/…`. The build-time renderer reads the same table
//! (`RouteList::generate`) to know which pages to build.

use crate::components::shell::Shell;
use crate::contexts::{provide_site_data, provide_snapshot_store, provide_today};
use crate::deployment::{provide_deployment, Deployment};
use crate::document::preferred_lang;
use crate::i18n::ui;
use crate::pages::*;
use crate::published_data::SiteData;
use leptos::prelude::*;
use leptos_router::components::{ParentRoute, Route, Router, Routes};
use leptos_router::hooks::{use_location, use_navigate, use_params_map};
use leptos_router::{path, NavigateOptions};
use model::{Date, Lang, Snapshot};
use std::sync::Arc;

/// What the app starts from, the same at build time and when the browser adopts a built page.
#[derive(Clone, Debug, Default)]
pub struct Start {
    /// The data the page is built with (`None`: load it first, as for a page not built).
    pub data: Option<SiteData>,
    /// Other snapshots the page reads (status history, "what changed").
    pub snapshots: Vec<Arc<Snapshot>>,
    /// The deployment's settings.
    pub deployment: Deployment,
    /// The day the page was built (today's date until the app knows the reader's).
    pub built_on: Option<Date>,
    /// Where to go once the page is adopted: the URL as the reader asked for it, when it has a
    /// query or fragment the built page was not built for.
    pub resume_url: Option<String>,
}

/// The whole app.
#[component]
pub fn App(
    /// What the app starts from.
    start: Start,
) -> impl IntoView {
    provide_deployment(start.deployment);
    provide_today(start.built_on);
    // The build-time renderer provides a store holding every snapshot (and noting which the page reads).
    if use_context::<crate::contexts::SnapshotStore>().is_none() {
        provide_snapshot_store(start.snapshots);
    }
    let (data, resume_url) = (start.data, start.resume_url);
    view! {
        <Router>
            <DataRoutes data=data resume_url=resume_url/>
        </Router>
    }
}

/// Provides the data (it needs the router for `?as_of=`) and declares the routes.
#[component]
fn DataRoutes(data: Option<SiteData>, resume_url: Option<String>) -> impl IntoView {
    // Adopted as built (the built page did not know the data server would fail), then marked
    // as the browser's copy once the app runs.
    let from_cache = data.as_ref().filter(|d| d.from_cache).cloned();
    provide_site_data(data.map(|d| SiteData {
        from_cache: false,
        ..d
    }));
    if let Some(cached) = from_cache {
        let state = crate::contexts::use_site_data();
        Effect::new(move |_| state.set(Ok(cached.clone())));
    }
    if let Some(url) = resume_url {
        // The page was adopted as built; now move to what the URL asks for.
        let navigate = use_navigate();
        Effect::new(move |_| navigate(&url, crate::url::in_place()));
    }
    view! {
        <Routes fallback=|| view! { <StrayNotFound/> }>
            <Route path=path!("/") view=RootRedirect/>
            // Embeds first (the language routes' fallback would take them): no site chrome, not
            // in the navigation.
            <ParentRoute path=path!("/:lang/embed") view=EmbedLayout>
                <Route path=path!("indicators/:id") view=IndicatorEmbedPage/>
                <Route path=path!("indicators/:id/:snapshot") view=IndicatorEmbedPage/>
            </ParentRoute>
            <ParentRoute path=path!("/:lang") view=LangLayout>
                <Route path=path!("") view=OverviewPage/>
                <Route path=path!("about") view=AboutPage/>
                <Route path=path!("measures") view=MeasuresPage/>
                <Route path=path!("measures/:id") view=MeasurePage/>
                <Route path=path!("goals/:id") view=GoalPage/>
                <Route path=path!("directions/:id") view=DirectionPage/>
                <Route path=path!("agencies") view=AgenciesPage/>
                <Route path=path!("agencies/:slug") view=AgencyPage/>
                <Route path=path!("flagships") view=FlagshipsPage/>
                <Route path=path!("indicators") view=IndicatorsPage/>
                <Route path=path!("changes") view=ChangesPage/>
                <Route path=path!("feedback") view=FeedbackPage/>
                <Route path=path!("indicators/:id") view=IndicatorPage/>
                <Route path=path!("*rest") view=NotFoundPage/>
            </ParentRoute>
        </Routes>
    }
}

/// `/`: both languages to choose from (all a reader without JavaScript gets); the app goes on
/// to the stored or browser language, keeping the query string.
#[component]
fn RootRedirect() -> impl IntoView {
    let navigate = use_navigate();
    let search = use_location().search;
    Effect::new(move |_| {
        let search = search.get_untracked();
        let lang = preferred_lang().code();
        let target = match search.trim_start_matches('?') {
            "" => format!("/{lang}/"),
            query => format!("/{lang}/?{query}"),
        };
        navigate(
            &target,
            NavigateOptions {
                replace: true,
                ..Default::default()
            },
        )
    });
    crate::document::use_page_meta(|| {
        let [az, en] = Lang::ALL.map(|lang| ui(lang).site_name);
        (
            format!("{az} · {en}"),
            format!(
                "{} · {}",
                ui(Lang::Az).site_tagline,
                ui(Lang::En).site_tagline
            ),
        )
    });
    let choices = Lang::ALL
        .into_iter()
        .map(|lang| {
            let name = ui(lang).site_name;
            let code = lang.code();
            view! { <li><a href=format!("/{code}/") lang=code hreflang=code>{name}</a></li> }
        })
        .collect_view();
    view! {
        <main id="main" class="language-choice">
            <ul class="plain">{choices}</ul>
        </main>
    }
}

/// The frame of every page under `/{lang}/`.
#[component]
fn LangLayout() -> impl IntoView {
    let params = use_params_map();
    let lang_code = Memo::new(move |_| params.read().get("lang").unwrap_or_default());
    let lang =
        Signal::derive(move || Lang::from_code(&lang_code.get()).unwrap_or_else(preferred_lang));
    let known = move || matches!(lang_code.get().as_str(), "az" | "en");
    view! {
        <Shell lang=lang>
            <Show when=known fallback=|| view! { <NotFoundPage/> }>
                <leptos_router::components::Outlet/>
            </Show>
        </Shell>
    }
}

/// A path outside any language (e.g. `/nowhere/deep/link`): the 404 page in the preferred language.
#[component]
fn StrayNotFound() -> impl IntoView {
    let lang = Signal::stored(preferred_lang());
    view! {
        <Shell lang=lang>
            <NotFoundPage/>
        </Shell>
    }
}

/// The ids a route parameter takes at build time: `:lang` the two languages, `:id` or `:slug`
/// after a section the items of that section, `:snapshot` every published snapshot. `None` for
/// a parameter the build cannot fill (the build then stops and names the route). A new page with
/// an id of a new kind adds its section here.
pub fn route_ids(
    section: &str,
    parameter: &str,
    strategy: &model::Strategy,
    manifest: &model::Manifest,
) -> Option<Vec<String>> {
    let ids = |items: Vec<&String>| Some(items.into_iter().cloned().collect());
    match (section, parameter) {
        (_, "lang") => Some(Lang::ALL.iter().map(|l| l.code().to_string()).collect()),
        (_, "snapshot") => Some(
            manifest
                .snapshots
                .iter()
                .map(|s| s.id.to_string())
                .collect(),
        ),
        ("measures", "id") => ids(strategy.measures.iter().map(|m| &m.id).collect()),
        ("goals", "id") => ids(strategy.goals.iter().map(|g| &g.id).collect()),
        ("directions", "id") => ids(strategy.directions.iter().map(|d| &d.id).collect()),
        ("indicators", "id") => ids(strategy.indicators.iter().map(|i| &i.id).collect()),
        ("agencies", "slug") => ids(strategy.agencies.iter().map(|a| &a.slug).collect()),
        _ => None,
    }
}

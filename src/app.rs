//! The app and its router, the one route table of the site: `/` picks a language; every page
//! lives under `/az/…` or `/en/…`. The build-time renderer reads the same table
//! (`RouteList::generate`) to know which pages to build.

use crate::components::built_after_adoption::AfterAdoption;
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
use leptos_router::{ParamSegment, StaticSegment};
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
    /// Where the app leaves its navigation for the browser start-up, which moves on to the
    /// URL's query or fragment once the page is adopted.
    pub navigation: Navigation,
    /// The parts of the page left to build once it is adopted (open only while the browser
    /// adopts a built page; `crate::components::built_after_adoption`).
    pub after_adoption: AfterAdoption,
}

/// The app's navigation, handed out once its router exists: the browser start-up adopts the
/// built page at its own path, then (in a task of its own, so the reader is not blocked for
/// both at once) goes on to the query or fragment the page was not built for (`crate::boot`).
#[derive(Clone, Default)]
pub struct Navigation(Arc<std::sync::OnceLock<NavigateFn>>);

type NavigateFn = Arc<dyn Fn(&str) + Send + Sync>;

impl Navigation {
    /// Goes to `url` in place (no new history entry, no scrolling); nothing before the app runs.
    pub fn go(&self, url: &str) {
        if let Some(navigate) = self.0.get() {
            navigate(url);
        }
    }

    fn offer(&self, navigate: NavigateFn) {
        let _ = self.0.set(navigate);
    }
}

impl std::fmt::Debug for Navigation {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self.0.get() {
            Some(_) => "Navigation(ready)",
            None => "Navigation(waiting)",
        })
    }
}

/// The whole app.
#[component]
pub fn App(
    /// What the app starts from.
    start: Start,
) -> impl IntoView {
    provide_deployment(start.deployment);
    provide_today(start.built_on);
    provide_context(start.after_adoption);
    crate::components::public_feedback::provide_summary();
    // The build-time renderer provides a store holding every snapshot (and noting which the page reads).
    if use_context::<crate::contexts::SnapshotStore>().is_none() {
        provide_snapshot_store(start.snapshots);
    }
    let (data, navigation) = (start.data, start.navigation);
    view! {
        <Router>
            <DataRoutes data=data navigation=navigation/>
        </Router>
    }
}

/// Provides the data (it needs the router for `?as_of=`) and declares the routes.
#[component]
fn DataRoutes(data: Option<SiteData>, navigation: Navigation) -> impl IntoView {
    // Adopted as built (the built page did not know the data server would fail, or that the
    // reader would be offline), then marked as the browser's copy once the app runs.
    let from_cache = data.as_ref().filter(|d| d.from_cache || d.offline).cloned();
    provide_site_data(data.map(|d| SiteData {
        from_cache: false,
        offline: false,
        ..d
    }));
    if let Some(cached) = from_cache {
        let state = crate::contexts::use_site_data();
        Effect::new(move |_| state.set(Ok(cached.clone())));
    }
    let navigate = use_navigate();
    navigation.offer(Arc::new(move |url| navigate(url, crate::url::in_place())));
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
                <Route path=StaticSegment(Section::Overview) view=OverviewPage/>
                <Route path=StaticSegment(Section::About) view=AboutPage/>
                <Route path=StaticSegment(Section::Measures) view=MeasuresPage/>
                <Route path=(StaticSegment(Section::Measures), ParamSegment("id")) view=MeasurePage/>
                <Route path=(StaticSegment(Section::Goals), ParamSegment("id")) view=GoalPage/>
                <Route path=(StaticSegment(Section::Directions), ParamSegment("id")) view=DirectionPage/>
                <Route path=StaticSegment(Section::Agencies) view=AgenciesPage/>
                <Route path=(StaticSegment(Section::Agencies), ParamSegment("slug")) view=AgencyPage/>
                <Route path=StaticSegment(Section::Flagships) view=FlagshipsPage/>
                <Route path=StaticSegment(Section::Indicators) view=IndicatorsPage/>
                <Route path=StaticSegment(Section::Changes) view=ChangesPage/>
                <Route path=StaticSegment(Section::Feedback) view=FeedbackPage/>
                <Route path=(StaticSegment(Section::Indicators), ParamSegment("id")) view=IndicatorPage/>
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

/// The sections of the site below the language root (`/az/measures`). The router's paths and
/// the header navigation read them here; the build-time renderer and the sitemap read the router.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Section {
    /// `/{lang}/`.
    Overview,
    /// `/{lang}/measures` and `/{lang}/measures/{id}`.
    Measures,
    /// `/{lang}/goals/{id}`.
    Goals,
    /// `/{lang}/directions/{id}`.
    Directions,
    /// `/{lang}/indicators` and `/{lang}/indicators/{id}`.
    Indicators,
    /// `/{lang}/agencies` and `/{lang}/agencies/{slug}`.
    Agencies,
    /// `/{lang}/flagships`.
    Flagships,
    /// `/{lang}/changes`.
    Changes,
    /// `/{lang}/feedback`.
    Feedback,
    /// `/{lang}/about`.
    About,
}

impl Section {
    /// Every section, in the order the header lists those it links to.
    pub const ALL: [Section; 10] = [
        Section::Overview,
        Section::Measures,
        Section::Goals,
        Section::Directions,
        Section::Indicators,
        Section::Agencies,
        Section::Flagships,
        Section::Changes,
        Section::Feedback,
        Section::About,
    ];

    /// Its path below the language root.
    pub const fn path(self) -> &'static str {
        match self {
            Section::Overview => "",
            Section::Measures => "measures",
            Section::Goals => "goals",
            Section::Directions => "directions",
            Section::Indicators => "indicators",
            Section::Agencies => "agencies",
            Section::Flagships => "flagships",
            Section::Changes => "changes",
            Section::Feedback => "feedback",
            Section::About => "about",
        }
    }

    /// The section of a path's first segment.
    pub fn from_path(segment: &str) -> Option<Section> {
        Section::ALL.into_iter().find(|s| s.path() == segment)
    }

    /// True when the section's pages answer to more addresses than the built ones (an agency to
    /// its printed acronyms and aliases, in any case), so a path there with no built page may
    /// still be a page: the not-found page starts the app for it (`crate::static_page`).
    pub fn answers_unbuilt_paths(self) -> bool {
        match self {
            Section::Agencies => true,
            Section::Overview
            | Section::Measures
            | Section::Goals
            | Section::Directions
            | Section::Indicators
            | Section::Flagships
            | Section::Changes
            | Section::Feedback
            | Section::About => false,
        }
    }

    /// Its name in the header navigation; `None` for sections reached through others.
    pub fn nav_label(self, strings: &crate::i18n::Ui) -> Option<&'static str> {
        match self {
            Section::Overview => Some(strings.nav_overview),
            Section::Measures => Some(strings.nav_measures),
            Section::Indicators => Some(strings.nav_indicators),
            Section::Flagships => Some(strings.nav_flagships),
            Section::Changes => Some(strings.nav_changes),
            Section::Feedback => Some(strings.nav_feedback),
            Section::About => Some(strings.nav_about),
            Section::Goals | Section::Directions | Section::Agencies => None,
        }
    }
}

/// How a built page runs in the browser.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Adoption {
    /// The app loads and adopts the page at once: the root (it picks a language), the 404 page
    /// (the app renders what the fallback was asked for) and the embeds' frame.
    App,
    /// The page reads completely as built, but for parts that the app brings to life (the
    /// feedback counts and form, the copy buttons, the filters; each marked
    /// [`crate::static_page::APP_PART_ATTR`]): the page script runs, and starts the app when
    /// the reader nears (below the first screen) or touches such a part, or for any reason a
    /// static page would.
    OnDemand,
    /// The page reads completely as built: only the small page script
    /// ([`crate::static_page`]) runs, and it starts the app only when the reader asks for what the page was not built
    /// for (a query such as `?as_of=`, no network, data overdue by the reader's date).
    Static,
}

impl Section {
    /// How its pages run: `item` is true for a page of one item (`/measures/{id}`).
    pub const fn adoption(self, item: bool) -> Adoption {
        match (self, item) {
            // Pages with parts that need the app, each whole as built without it:
            // - the measures list (every measure of the strategy), "what changed" (the comparison
            //   built) and feedback (the empty form): their forms start the app when touched;
            // - a measure or indicator page ends with the feedback block and the citation's copy
            //   button (an indicator's embed code too; its chart is a drawing until ECharts draws);
            // - the overview's feedback counts sit below its goals (its focus year follows the
            //   year, which the page script checks against the build's).
            (Section::Overview | Section::Measures | Section::Changes | Section::Feedback, _)
            | (Section::Indicators, true) => Adoption::OnDemand,
            (Section::Indicators, false)
            | (Section::Goals | Section::Directions | Section::Agencies, _)
            | (Section::Flagships | Section::About, _) => Adoption::Static,
        }
    }
}

/// The query parameters the page at `below_lang` reads: a built page shown with one of them
/// needs the app (the snapshot, `as_of`, everywhere; the measures list's filters, the two
/// snapshots "what changed" compares, the feedback page's topic).
pub fn query_keys(below_lang: &str) -> Vec<&'static str> {
    let mut keys = vec![crate::url::AS_OF];
    match Section::from_path(below_lang.trim_matches('/')) {
        Some(Section::Measures) => keys.extend(model::filter::FILTER_PARAMS),
        Some(Section::Changes) => keys.extend(crate::pages::changes::COMPARE_PARAMS),
        Some(Section::Feedback) => keys.push(crate::pages::feedback::TOPIC_PARAM),
        Some(
            Section::Overview
            | Section::Goals
            | Section::Directions
            | Section::Indicators
            | Section::Agencies
            | Section::Flagships
            | Section::About,
        )
        | None => {}
    }
    keys
}

/// How the page at `below_lang` (the path below the language: `about`, `measures/8.1.1.1`)
/// runs. Pages of no section (the root, the 404 page, embeds) are the app's.
pub fn adoption_of(below_lang: &str) -> Adoption {
    let mut parts = below_lang.split('/').filter(|p| !p.is_empty());
    let section = match parts.next() {
        None => Some(Section::Overview),
        Some(first) => Section::from_path(first),
    };
    match section {
        Some(section) => section.adoption(parts.next().is_some()),
        None => Adoption::App,
    }
}

impl leptos_router::AsPath for Section {
    fn as_path(&self) -> &'static str {
        self.path()
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
    match parameter {
        "lang" => return Some(Lang::ALL.iter().map(|l| l.code().to_string()).collect()),
        "snapshot" => {
            return Some(
                manifest
                    .snapshots
                    .iter()
                    .map(|s| s.id.to_string())
                    .collect(),
            )
        }
        _ => {}
    }
    match (Section::from_path(section)?, parameter) {
        (Section::Measures, "id") => ids(strategy.measures.iter().map(|m| &m.id).collect()),
        (Section::Goals, "id") => ids(strategy.goals.iter().map(|g| &g.id).collect()),
        (Section::Directions, "id") => ids(strategy.directions.iter().map(|d| &d.id).collect()),
        (Section::Indicators, "id") => ids(strategy.indicators.iter().map(|i| &i.id).collect()),
        (Section::Agencies, "slug") => ids(strategy.agencies.iter().map(|a| &a.slug).collect()),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::{adoption_of, query_keys, Adoption};

    #[test]
    fn the_measures_list_reads_its_filters_and_every_page_the_snapshot() {
        assert_eq!(query_keys("about"), ["as_of"]);
        assert_eq!(query_keys("measures/8.1.1.1"), ["as_of"]);
        let list = query_keys("measures");
        assert!(list.contains(&"as_of") && list.contains(&"q") && list.contains(&"goal"));
        assert_eq!(query_keys("changes"), ["as_of", "from", "to"]);
        assert_eq!(query_keys("feedback"), ["as_of", "topic"]);
    }

    #[test]
    fn pages_with_parts_that_change_are_the_apps_and_the_rest_static() {
        for path in [
            "",
            "measures",
            "measures/8.1.1.1",
            "indicators/4.1.5",
            "changes",
            "feedback",
        ] {
            assert_eq!(adoption_of(path), Adoption::OnDemand, "{path}");
        }
        for path in [
            "about",
            "goals/8.1",
            "directions/8.2.1",
            "indicators",
            "agencies",
            "agencies/amb",
            "flagships",
        ] {
            assert_eq!(adoption_of(path), Adoption::Static, "{path}");
        }
        // Not a page of a section: the 404 page, which the app renders for unbuilt paths.
        assert_eq!(adoption_of("no-such-page"), Adoption::App);
    }
}

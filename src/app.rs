//! The router: `/` picks a language; every page lives under `/az/…` or `/en/…`.

use crate::components::shell::Shell;
use crate::document::preferred_lang;
use crate::pages::*;
use crate::state::provide_site_data;
use leptos::prelude::*;
use leptos_router::components::{ParentRoute, Route, Router, Routes};
use leptos_router::hooks::{use_location, use_navigate, use_params_map};
use leptos_router::path;
use model::Lang;

/// The whole app.
#[component]
pub fn App() -> impl IntoView {
    view! {
        <Router>
            <DataRoutes/>
        </Router>
    }
}

/// Provides the data (it needs the router for `?as_of=`) and declares the routes.
#[component]
fn DataRoutes() -> impl IntoView {
    provide_site_data();
    view! {
        <Routes fallback=|| view! { <StrayNotFound/> }>
            <Route path=path!("/") view=RootRedirect/>
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

/// `/`: go to the stored or browser language, keeping the query string.
#[component]
fn RootRedirect() -> impl IntoView {
    let navigate = use_navigate();
    let search = use_location().search.get_untracked();
    let target = if search.is_empty() {
        format!("/{}/", preferred_lang().code())
    } else {
        format!(
            "/{}/?{}",
            preferred_lang().code(),
            search.trim_start_matches('?')
        )
    };
    request_animation_frame(move || {
        navigate(
            &target,
            leptos_router::NavigateOptions {
                replace: true,
                ..Default::default()
            },
        )
    });
    view! { <p class="loading" role="status">"…"</p> }
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

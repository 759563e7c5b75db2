//! The build-time renderer: every route of the app's router, in both languages, rendered by the
//! app's own components (Leptos `ssr`) for the latest published snapshot, into trunk's
//! `dist/index.html` template; plus the not-found pages (`az/404.html`, `en/404.html`, `404.html`:
//! `model::site_files`) and `sitemap.xml` (which the end-to-end tests read
//! as the list of built pages). It reads the published JSON through `model`, the same files the browser fetches,
//! and is a build step, not a server: `dist/` stays a static site.
//!
//! - [`data`]: reading the published files; [`routes`]: the router's routes with their ids filled in;
//! - [`page`]: rendering one route; [`template`]: putting a rendered page into the template;
//! - [`preview`]: each page's preview image; [`feeds`]: the Atom feeds; [`oembed`]: the embeds'
//!   oEmbed descriptions.
//! - [`moderation`]: the moderators' page per language (built apart by trunk, not a route).

pub mod data;
pub mod feeds;
pub mod moderation;
pub mod oembed;
pub mod page;
pub mod preview;
pub mod routes;
pub mod template;

use model::{site_files, Lang};
use std::fmt;
use std::path::{Path, PathBuf};
use strategy_site::app::{adoption_of, Adoption};
use strategy_site::deployment::Deployment;
use strategy_site::published_data::SiteData;
use strategy_site::static_page::Answers;

/// What to build, and for which deployment.
#[derive(Clone, Debug)]
pub struct Options {
    /// trunk's output folder, with the published data in `data/`.
    pub dist: PathBuf,
    /// The deployment's settings, written into every page.
    pub deployment: Deployment,
    /// The build date (`YYYY-MM-DD`); `None`: today (UTC).
    pub build_date: Option<String>,
}

/// Why the site could not be built.
#[derive(Debug)]
pub enum BuildError {
    /// A file could not be read or written.
    Io {
        path: PathBuf,
        error: std::io::Error,
    },
    /// A published file is not what the app reads.
    Data { path: PathBuf, why: String },
    /// The template lacks a part the renderer fills in.
    Template(String),
    /// The router has a route whose parameter the renderer cannot fill.
    UnknownParameter { route: String, parameter: String },
    /// A page recorded no title (its component does not call `use_page_meta`).
    NoPageMeta(String),
    /// The build date is not a date.
    BuildDate(String),
    /// A preview image could not be drawn.
    Preview(preview::PreviewError),
}

impl fmt::Display for BuildError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            BuildError::Io { path, error } => write!(f, "{}: {error}", path.display()),
            BuildError::Data { path, why } => write!(
                f,
                "{}: {why} (build the data first: data-tool build, then copy it to dist/data)",
                path.display()
            ),
            BuildError::Template(why) => write!(
                f,
                "the template (trunk's dist/index.html) {why}; run trunk build again before site-build"
            ),
            BuildError::UnknownParameter { route, parameter } => write!(
                f,
                "the route {route} has the parameter :{parameter}, which site-build cannot fill: add its ids to strategy_site::app::route_ids"
            ),
            BuildError::NoPageMeta(route) => {
                write!(f, "the page {route} recorded no title: call use_page_meta in its component")
            }
            BuildError::BuildDate(text) => {
                write!(f, "the build date {text:?} is not a date (YYYY-MM-DD)")
            }
            BuildError::Preview(error) => write!(f, "preview image: {error}"),
        }
    }
}

impl std::error::Error for BuildError {}

pub(crate) fn io_error(path: &Path) -> impl FnOnce(std::io::Error) -> BuildError + '_ {
    move |error| BuildError::Io {
        path: path.to_path_buf(),
        error,
    }
}

/// What was built.
#[derive(Debug)]
pub struct Report {
    /// Pages written (both languages).
    pub pages: usize,
    /// The snapshot they show.
    pub snapshot: String,
    /// Preview images: pages drawn, distinct files, seconds spent.
    pub previews: (usize, usize, f64),
    /// Atom feeds written (both languages).
    pub feeds: usize,
    /// The folder.
    pub dist: PathBuf,
    /// True when the moderators' page was written for both languages.
    pub moderation: bool,
}

impl fmt::Display for Report {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (drawn, files, seconds) = self.previews;
        write!(
            f,
            "rendered {} pages (snapshot {}), the not-found pages, index.html and sitemap.xml into {}; {drawn} preview images ({files} distinct files) in {seconds:.1} s; {} Atom feeds; {}",
            self.pages,
            self.snapshot,
            self.dist.display(),
            self.feeds,
            if self.moderation {
                "the moderators' page in both languages"
            } else {
                "no moderators' page (dist/moderation/index.html was not built)"
            }
        )
    }
}

pub(crate) fn write(path: &Path, text: &str) -> Result<(), BuildError> {
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir).map_err(io_error(dir))?;
    }
    let partial = path.with_extension("partial");
    std::fs::write(&partial, text).map_err(io_error(&partial))?;
    std::fs::rename(&partial, path).map_err(io_error(path))
}

/// The date of the latest published data (a static page counts its staleness from it).
fn latest_as_of(site: &SiteData) -> model::Date {
    site.manifest
        .snapshot(site.manifest.latest)
        .map_or(site.entry.as_of, |latest| latest.as_of)
}

/// Builds every page into `options.dist`.
pub fn build_site(options: &Options) -> Result<Report, BuildError> {
    let dist = &options.dist;
    let built_on = match &options.build_date {
        Some(text) => text
            .parse()
            .map_err(|_| BuildError::BuildDate(text.clone()))?,
        None => data::today_utc(),
    };
    let published = data::Published::read(&dist.join("data"), &options.deployment)?;
    let template_path = dist.join("index.html");
    let template = template::Template::read(&template_path)?;
    let routes = routes::built_routes(&published.site.strategy, &published.site.manifest)?;
    let renderer = page::Renderer {
        published: &published,
        deployment: &options.deployment,
        built_on,
    };
    let mut sitemap = routes::Sitemap::new(&options.deployment.site_url);
    let mut pages = 0;
    let mut root_page = None;
    let mut previews = preview::Previews::new(dist);
    for route in &routes {
        let site = published.site_for(route.snapshot);
        let rendered = renderer.render_with(&route.path, site)?;
        let card = preview::card::card_for(
            &route.below_lang,
            rendered.lang,
            &rendered.meta,
            site,
            &options.deployment.site_url,
        );
        let image = previews.image(&card)?;
        let scripts = match (route.is_embed(), adoption_of(&route.below_lang)) {
            (true, _) => template::Scripts::Embed,
            // The root page (no language) picks one with the app. An on-demand page runs the
            // static page's script, which starts the app when its parts are reached.
            (false, Adoption::Static | Adoption::OnDemand) if route.lang.is_some() => {
                template::Scripts::Static {
                    latest_as_of: latest_as_of(&published.site),
                    answers: Answers::OwnPath,
                }
            }
            (false, Adoption::Static | Adoption::OnDemand | Adoption::App) => {
                template::Scripts::App
            }
        };
        let html = template.fill(&rendered, &options.deployment, Some(&image), scripts);
        match route.lang {
            Some(lang) => {
                write(&dist.join(route.file()), &html)?;
                if !route.is_embed() {
                    sitemap.add(lang, &route.below_lang);
                }
                pages += 1;
            }
            None => root_page = Some(html),
        }
    }
    // The not-found pages: one per language, for any path below it with no page (static: its
    // script starts the app only when newer data may have that page), and one at the root for
    // a missing file (the app's, which picks the reader's language).
    let latest = latest_as_of(&published.site);
    let not_found_pages = Lang::ALL
        .map(|lang| {
            (
                site_files::not_found_page_of(lang),
                format!("/{}{}", lang.code(), routes::NOT_FOUND_PATH),
                template::Scripts::Static {
                    latest_as_of: latest,
                    answers: Answers::AnyMissingPath,
                },
            )
        })
        .into_iter()
        .chain([(
            site_files::NOT_FOUND_FILE.to_string(),
            routes::NOT_FOUND_PATH.to_string(),
            template::Scripts::App,
        )]);
    for (file, path, scripts) in not_found_pages {
        let mut not_found = renderer.render(&path)?;
        // It has no address of its own: its head links to the language's home.
        not_found.below_lang = String::new();
        let card = preview::card::card_for(
            "404",
            not_found.lang,
            &not_found.meta,
            &published.site,
            &options.deployment.site_url,
        );
        let image = previews.image(&card)?;
        write(
            &dist.join(file),
            &template.fill(&not_found, &options.deployment, Some(&image), scripts),
        )?;
    }
    let feeds = feeds::write_feeds(dist, &published, &options.deployment.site_url)?;
    oembed::write_oembed(dist, &published, &options.deployment.site_url)?;
    write(&dist.join("sitemap.xml"), &sitemap.finish())?;
    let moderation = moderation::write_moderation_pages(dist, &options.deployment)?;
    // The root page last: until now dist/index.html was the template.
    if let Some(html) = root_page {
        write(&template_path, &html)?;
    }
    Ok(Report {
        pages,
        snapshot: published.site.entry.id.to_string(),
        previews: (
            previews.drawn,
            previews.files(),
            previews.elapsed.as_secs_f64(),
        ),
        feeds,
        dist: dist.clone(),
        moderation,
    })
}

//! The pages to build: the app router's own route list (`RouteList::generate`), each
//! parameter filled with the ids of the strategy and the published snapshots
//! (`strategy_site::app::route_ids`), and the sitemap of the built pages (embeds left out: they
//! show part of a page that is in it, and ask not to be indexed).

use crate::BuildError;
use leptos::prelude::*;
use leptos_router::location::RequestUrl;
use leptos_router::{PathSegment, RouteList};
use model::{Lang, Manifest, SnapshotId, Strategy};
use strategy_site::app::{route_ids, App, Start};
use strategy_site::document::{escape, page_url};

/// The path the 404 page is rendered for (no route but the fallback matches it).
pub const NOT_FOUND_PATH: &str = "/404";

/// One page to build.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BuiltRoute {
    /// The full path (`/az/measures/8.1.1.1`, `/az/` for the overview, `/` for the root).
    pub path: String,
    /// The page's language (`None` for the root, which offers both).
    pub lang: Option<Lang>,
    /// The path below the language (`measures/8.1.1.1`, "" for the overview).
    pub below_lang: String,
    /// The snapshot the page is pinned to (an embed's `:snapshot`); `None`: the latest.
    pub snapshot: Option<SnapshotId>,
}

impl BuiltRoute {
    /// The file it is written to, relative to `dist`.
    pub fn file(&self) -> String {
        format!("{}/index.html", self.path.trim_matches('/'))
    }

    /// True for an embed (`/az/embed/…`): built without the app, framed by other sites.
    pub fn is_embed(&self) -> bool {
        self.below_lang.starts_with("embed/")
    }
}

/// The router's routes as lists of segments.
fn router_routes() -> Vec<Vec<PathSegment>> {
    let owner = Owner::new();
    owner.with(|| {
        provide_context(RequestUrl::new("/"));
        RouteList::generate(|| view! { <App start=Start::default()/> })
            .map(|list| {
                list.into_inner()
                    .into_iter()
                    .map(|r| r.path().to_vec())
                    .collect()
            })
            .unwrap_or_default()
    })
}

fn pattern(segments: &[PathSegment]) -> String {
    let parts: Vec<String> = segments
        .iter()
        .filter(|s| !matches!(s, PathSegment::Unit))
        .map(|s| match s {
            PathSegment::Unit => String::new(),
            PathSegment::Static(text) => text.trim_matches('/').to_string(),
            PathSegment::Param(name) | PathSegment::OptionalParam(name) => format!(":{name}"),
            PathSegment::Splat(name) => format!("*{name}"),
        })
        .filter(|p| !p.is_empty())
        .collect();
    format!("/{}", parts.join("/"))
}

/// Every page to build, in the router's order, with its parameters filled.
pub fn built_routes(
    strategy: &Strategy,
    manifest: &Manifest,
) -> Result<Vec<BuiltRoute>, BuildError> {
    let mut routes = Vec::new();
    for segments in router_routes() {
        let route = pattern(&segments);
        // The fallback (`*rest`) has no pages of its own: it is the 404 page.
        if segments.iter().any(|s| matches!(s, PathSegment::Splat(_))) {
            continue;
        }
        // Each path with the snapshot it is pinned to, if any.
        let mut paths: Vec<(Vec<String>, Option<SnapshotId>)> = vec![(Vec::new(), None)];
        let mut section = String::new();
        for segment in route
            .trim_start_matches('/')
            .split('/')
            .filter(|s| !s.is_empty())
        {
            let pins_snapshot = segment == ":snapshot";
            let values =
                match segment.strip_prefix(':') {
                    Some(parameter) => route_ids(&section, parameter, strategy, manifest)
                        .ok_or_else(|| BuildError::UnknownParameter {
                            route: route.clone(),
                            parameter: parameter.to_string(),
                        })?,
                    None => {
                        section = segment.to_string();
                        vec![segment.to_string()]
                    }
                };
            paths = paths
                .into_iter()
                .flat_map(|(prefix, pinned)| {
                    values.iter().map(move |v| {
                        let mut p = prefix.clone();
                        p.push(v.clone());
                        let pinned = match pins_snapshot {
                            true => v.parse().ok(),
                            false => pinned,
                        };
                        (p, pinned)
                    })
                })
                .collect();
        }
        for (parts, snapshot) in paths {
            let lang = parts.first().and_then(|code| Lang::from_code(code));
            let below_lang = if lang.is_some() {
                parts[1..].join("/")
            } else {
                String::new()
            };
            let path = match (lang, below_lang.is_empty()) {
                (None, _) => format!("/{}", parts.join("/")),
                (Some(lang), true) => format!("/{}/", lang.code()),
                (Some(lang), false) => format!("/{}/{below_lang}", lang.code()),
            };
            routes.push(BuiltRoute {
                path,
                lang,
                below_lang,
                snapshot,
            });
        }
    }
    Ok(routes)
}

/// `sitemap.xml`: every built page with its language alternates.
pub struct Sitemap {
    site_url: String,
    xml: String,
}

impl Sitemap {
    /// An empty sitemap for the site at `site_url`.
    pub fn new(site_url: &str) -> Sitemap {
        Sitemap {
            site_url: site_url.to_string(),
            xml: String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n"),
        }
    }

    /// Adds a page.
    pub fn add(&mut self, lang: Lang, below_lang: &str) {
        let url = |lang| escape(&page_url(&self.site_url, lang, below_lang));
        let mut entry = format!("  <url><loc>{}</loc>\n", url(lang));
        for other in Lang::ALL {
            entry.push_str(&format!(
                "    <xhtml:link rel=\"alternate\" hreflang=\"{}\" href=\"{}\"/>\n",
                other.code(),
                url(other)
            ));
        }
        entry.push_str("  </url>\n");
        self.xml.push_str(&entry);
    }

    /// The finished document.
    pub fn finish(mut self) -> String {
        self.xml.push_str("</urlset>\n");
        self.xml
    }
}

//! Putting a rendered page into trunk's `dist/index.html`: the language, the head (title,
//! description, canonical, alternates, Open Graph with the preview image, feeds, the
//! deployment's settings) and the body. Embeds are written without the app (its loader script
//! and preloads are taken out) and with their own small script instead; static pages
//! ([`strategy_site::app::Adoption::Static`]) with the page script and the loader kept inert.

use crate::page::RenderedPage;
use crate::BuildError;
use model::manifest::MANIFEST_FILE;
use std::path::Path;
use strategy_site::boot::{keeps_offline_copies, RECORD_ID, ROOT_ID};
use strategy_site::deployment::Deployment;
use strategy_site::document::{escape, head_tags, PreviewImage};
use strategy_site::embed::EMBED_SCRIPT;
use strategy_site::static_page;

/// The empty root element the template must hold (the app renders into it).
fn root_placeholder() -> String {
    format!("<div id=\"{ROOT_ID}\"></div>")
}

/// The template a page was built from: the head tags `fill` added (they start with the
/// deployment's first `<meta>`) and the rendered body with its build record taken out again.
/// `None` when `html` is not a built page.
pub fn template_of_built_page(html: &str) -> Option<String> {
    let head_start = html.find("<meta name=\"data-base-url\"")?;
    let head_end = head_start + html[head_start..].find("</head>")?;
    let root_start = html.find(&format!("<div id=\"{ROOT_ID}\">"))?;
    let record = format!("<script type=\"application/json\" id=\"{RECORD_ID}\">");
    let record_start = html.find(&record)?;
    let record_end = record_start + html[record_start..].find("</script>")? + "</script>".len();
    if !(head_end <= root_start && root_start < record_start) {
        return None;
    }
    Some(format!(
        "{}{}{}{}",
        &html[..head_start],
        &html[head_end..root_start],
        root_placeholder(),
        &html[record_end..]
    ))
}

/// trunk's page, with its loader script, styles and icon.
pub struct Template {
    html: String,
}

/// Which script a page runs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Scripts {
    /// The app, which adopts the built page.
    App,
    /// The static page's script (for static and on-demand pages), with the app's loader kept
    /// inert for it ([`strategy_site::static_page`]); `latest_as_of` is the date of the latest
    /// data; `answers`: the page's own path, or (a language's not-found page) any missing one.
    Static {
        latest_as_of: model::Date,
        answers: static_page::Answers,
    },
    /// Only the embed's script (it tells the page around it its height).
    Embed,
}

/// What `without_app` takes out of the template: the app's loader and its preloads.
#[derive(Debug, Default, PartialEq, Eq)]
struct AppTags {
    /// The loader's source (trunk's module script).
    loader: String,
    /// Trunk's preloads of the app's files (its JS and wasm), as tags.
    preloads: String,
}

/// The page without the app's loader script and its preloads (trunk writes them on one line
/// each: `<script type="module">…</script>`, `<link rel="modulepreload" …>`, `<link rel="preload" …>`),
/// and what it took out.
fn without_app(html: &str) -> (String, AppTags) {
    let mut out = html.to_string();
    const LOADER: (&str, &str) = ("<script type=\"module\">", "</script>");
    let loader = out
        .find(LOADER.0)
        .map(|a| a + LOADER.0.len())
        .and_then(|a| Some(out[a..a + out[a..].find(LOADER.1)?].to_string()))
        .unwrap_or_default();
    let _ = replace_between(&mut out, LOADER.0, LOADER.1, "");
    let mut preloads = String::new();
    for start in ["<link rel=\"modulepreload\"", "<link rel=\"preload\""] {
        while let Some(a) = out.find(start) {
            let Some(b) = out[a..].find('>').map(|i| a + i + 1) else {
                break;
            };
            preloads.push_str(&out[a..b]);
            out.replace_range(a..b, "");
        }
    }
    (out, AppTags { loader, preloads })
}

fn replace_between(
    html: &mut String,
    start: &str,
    end: &str,
    with: &str,
) -> Result<(), BuildError> {
    let missing = |what: &str| BuildError::Template(format!("has no `{what}`"));
    let a = html.find(start).ok_or_else(|| missing(start))?;
    let b = html[a..]
        .find(end)
        .map(|i| a + i + end.len())
        .ok_or_else(|| missing(end))?;
    html.replace_range(a..b, with);
    Ok(())
}

/// Preloads of the data files the app fetches before adopting the page: they download beside
/// the app rather than one after another once it runs. `crossorigin` makes each preload the
/// same request as the app's `fetch` (CORS mode, same-origin credentials), so it is used.
fn data_preloads(data_base: &str, files: &[String]) -> String {
    files
        .iter()
        .map(|file| {
            format!(
                "<link rel=\"preload\" href=\"{}\" as=\"fetch\" crossorigin>",
                escape(&format!("{data_base}{file}"))
            )
        })
        .collect()
}

impl Template {
    /// Reads the template and checks it has every part the renderer fills in. A page built
    /// earlier (`dist/index.html` after a build) gives back the template it was built from, so
    /// a built site can be rendered again (`data-tool preview` does, with a draft).
    pub fn read(path: &Path) -> Result<Template, BuildError> {
        let html = std::fs::read_to_string(path).map_err(crate::io_error(path))?;
        let html = template_of_built_page(&html).unwrap_or(html);
        Template::new(html)
    }

    /// A template from its text.
    pub fn new(html: String) -> Result<Template, BuildError> {
        for part in [
            "<html lang=",
            "<title>",
            "<meta name=\"description\"",
            "</head>",
        ] {
            if !html.contains(part) {
                return Err(BuildError::Template(format!("has no `{part}`")));
            }
        }
        if !html.contains(&root_placeholder()) {
            return Err(BuildError::Template(format!(
                "has no empty `{}` (is it a page built earlier?)",
                root_placeholder()
            )));
        }
        Ok(Template { html })
    }

    /// The whole page, with its preview image if one was drawn.
    pub fn fill(
        &self,
        page: &RenderedPage,
        deployment: &Deployment,
        preview: Option<&PreviewImage>,
        scripts: Scripts,
    ) -> String {
        let (mut html, app) = match scripts {
            Scripts::App => (self.html.clone(), AppTags::default()),
            Scripts::Static { .. } | Scripts::Embed => without_app(&self.html),
        };
        // The template was checked in `new`, so every part is there.
        let _ = replace_between(
            &mut html,
            "<html lang=",
            ">",
            &format!("<html lang=\"{}\">", page.lang.code()),
        );
        let _ = replace_between(
            &mut html,
            "<title>",
            "</title>",
            &format!("<title>{}</title>", escape(&page.meta.title)),
        );
        let _ = replace_between(
            &mut html,
            "<meta name=\"description\"",
            ">",
            &format!(
                "<meta name=\"description\" content=\"{}\">",
                escape(&page.meta.description)
            ),
        );
        let scripts_and_data = match scripts {
            Scripts::App => data_preloads(&deployment.data_base(), &page.data_files),
            Scripts::Static {
                latest_as_of,
                answers,
            } => format!(
                "{}{}",
                data_preloads(&deployment.data_base(), &[MANIFEST_FILE.to_string()]),
                static_page::script_tag(
                    latest_as_of,
                    &deployment.data_base(),
                    keeps_offline_copies(deployment, &page.record.route),
                    &strategy_site::app::query_keys(&page.below_lang),
                    answers,
                )
            ),
            Scripts::Embed => format!("<script src=\"{EMBED_SCRIPT}\" defer></script>"),
        };
        let head = format!(
            "{}{}{scripts_and_data}",
            deployment.meta_tags(),
            head_tags(
                &page.meta,
                page.lang,
                &page.below_lang,
                &deployment.site_url,
                preview,
            )
        );
        if let Some(at) = html.find("</head>") {
            html.insert_str(at, &head);
        }
        // JSON in a script element: `</` would end the element early.
        let record = serde_json::to_string(&page.record)
            .unwrap_or_default()
            .replace("</", "<\\/");
        let body = match scripts {
            Scripts::App => format!(
                "<div id=\"{ROOT_ID}\">{}</div><script type=\"application/json\" id=\"{RECORD_ID}\">{record}</script>",
                page.body
            ),
            // The app's loader and its preloads (its own files, then the data it reads before
            // adopting the page, less the manifest the head preloads), for when it starts.
            Scripts::Static { .. } => format!(
                "<div id=\"{ROOT_ID}\">{}</div><script type=\"application/json\" id=\"{RECORD_ID}\">{record}</script>{}{}",
                page.body,
                static_page::inert_loader(&app.loader),
                static_page::inert_preloads(&format!(
                    "{}{}",
                    app.preloads,
                    data_preloads(
                        &deployment.data_base(),
                        &page
                            .data_files
                            .iter()
                            .filter(|file| file.as_str() != MANIFEST_FILE)
                            .cloned()
                            .collect::<Vec<_>>()
                    )
                ))
            ),
            Scripts::Embed => format!("<div id=\"{ROOT_ID}\">{}</div>", page.body),
        };
        html.replacen(&root_placeholder(), &body, 1)
    }
}

#[cfg(test)]
mod tests {
    use super::{data_preloads, without_app, AppTags};

    #[test]
    fn a_page_preloads_the_data_its_app_reads() {
        let files = ["index.json".to_string(), "strategy.ab12.json".to_string()];
        assert_eq!(
            data_preloads("https://cdn.example/data/", &files),
            "<link rel=\"preload\" href=\"https://cdn.example/data/index.json\" as=\"fetch\" crossorigin>\
             <link rel=\"preload\" href=\"https://cdn.example/data/strategy.ab12.json\" as=\"fetch\" crossorigin>"
        );
    }

    #[test]
    fn an_embed_page_loads_no_app() {
        let html = "<head><script type=\"module\">import init from '/app.js';</script><link rel=\"stylesheet\" href=\"/s.css\"/><link rel=\"modulepreload\" href=\"/app.js\"><link rel=\"preload\" href=\"/app.wasm\" as=\"fetch\"></head>";
        assert_eq!(
            without_app(html),
            (
                "<head><link rel=\"stylesheet\" href=\"/s.css\"/></head>".to_string(),
                AppTags {
                    loader: "import init from '/app.js';".to_string(),
                    preloads: "<link rel=\"modulepreload\" href=\"/app.js\"><link rel=\"preload\" href=\"/app.wasm\" as=\"fetch\">".to_string(),
                }
            )
        );
    }
}

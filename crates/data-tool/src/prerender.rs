//! `prerender`: one HTML page per route and language from the built `dist/index.html`, so link
//! previews, search engines and readers without JavaScript get the page's title, description,
//! canonical URL, language alternates, Open Graph tags and main text before the app starts; plus
//! `sitemap.xml` and `404.html`. The app replaces `<main id="prerender">` when it mounts.
//!
//! Preview text names no figure that differs between snapshots: no status, no actual value.

use crate::problem::ToolError;
use model::manifest::{decode, Manifest, MANIFEST_FILE};
use model::{Lang, Strategy};
use std::fmt::Write as _;
use std::path::Path;
use ui_text::{ui, value_with_unit};

/// One page to write.
#[derive(Debug, Clone, PartialEq)]
pub struct Page {
    /// Path below the language, e.g. `measures/8.1.1.1` ("" for the overview).
    pub path: String,
    /// `<title>`.
    pub title: String,
    /// Meta description and preview text.
    pub description: String,
    /// The main text, as HTML.
    pub body: String,
}

/// Escapes text for HTML content and attribute values.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

fn short(text: &str, max: usize) -> String {
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if text.chars().count() <= max {
        return text;
    }
    let cut: String = text.chars().take(max).collect();
    format!(
        "{}…",
        cut.rsplit_once(' ').map_or(cut.as_str(), |(head, _)| head)
    )
}

fn link(lang: Lang, path: &str, text: &str) -> String {
    format!(
        "<a href=\"/{}/{}\">{}</a>",
        lang.code(),
        escape(path),
        escape(text)
    )
}

fn list(items: impl IntoIterator<Item = String>) -> String {
    let items: String = items.into_iter().map(|i| format!("<li>{i}</li>")).collect();
    format!("<ul>{items}</ul>")
}

/// A list of links to items of a section, each shown as "id title".
fn links<'a>(
    lang: Lang,
    section: &str,
    items: impl IntoIterator<Item = (&'a str, &'a model::Text)>,
) -> String {
    list(items.into_iter().map(|(id, title)| {
        link(
            lang,
            &format!("{section}/{id}"),
            &format!("{id} {}", title.in_lang(lang)),
        )
    }))
}

/// Every page of the site in one language.
pub fn pages(strategy: &Strategy, lang: Lang) -> Vec<Page> {
    let t = ui(lang);
    let site = t.site_name;
    let titled = |page: &str| format!("{page} · {site}");
    let text = |x: &model::Text| x.in_lang(lang).to_string();
    let mut pages = Vec::new();
    let intro: String = t
        .overview_intro
        .iter()
        .map(|p| format!("<p>{}</p>", escape(p)))
        .collect();
    pages.push(Page {
        path: String::new(),
        title: site.to_string(),
        description: t.site_tagline.to_string(),
        body: format!(
            "<h1>{}</h1>{intro}{}",
            escape(&text(&strategy.document.title)),
            links(
                lang,
                "goals",
                strategy.goals.iter().map(|g| (g.id.as_str(), &g.title))
            )
        ),
    });
    pages.push(Page {
        path: "measures".into(),
        title: titled(t.measures_title),
        description: t.measures_intro.to_string(),
        body: format!(
            "<h1>{}</h1><p>{}</p>{}",
            escape(t.measures_title),
            escape(t.measures_intro),
            links(
                lang,
                "measures",
                strategy.measures.iter().map(|m| (m.id.as_str(), &m.title))
            )
        ),
    });
    for m in &strategy.measures {
        let results: String = m
            .results
            .iter()
            .map(|cell| {
                let stages: Vec<&str> = cell
                    .stages
                    .iter()
                    .map(|s| ui_text::stage_label(lang, *s))
                    .collect();
                format!(
                    "<dt>{}</dt><dd>{}</dd>",
                    escape(&stages.join(" + ")),
                    escape(&text(&cell.text))
                )
            })
            .collect();
        let heading = format!("{} {}", m.id, text(&m.title));
        pages.push(Page {
            path: format!("measures/{}", m.id),
            title: titled(&format!("{} {heading}", t.measure)),
            description: short(
                &format!(
                    "{}: {}–{}. {}",
                    t.lead_agency,
                    m.period.start,
                    m.period.end,
                    m.results.last().map(|c| text(&c.text)).unwrap_or_default()
                ),
                200,
            )
            .replacen(
                &format!("{}: ", t.lead_agency),
                &format!("{}: {}, {}: ", t.lead_agency, m.lead.printed, t.period),
                1,
            ),
            body: format!(
                "<h1>{}</h1><p>{}: {} · {}: {}–{}</p><dl>{results}</dl>",
                escape(&heading),
                escape(t.lead_agency),
                escape(&m.lead.printed),
                escape(t.period),
                m.period.start,
                m.period.end
            ),
        });
    }
    for g in &strategy.goals {
        pages.push(Page {
            path: format!("goals/{}", g.id),
            title: titled(&format!("{} {} {}", t.goal, g.id, text(&g.title))),
            description: short(&text(&g.objective), 200),
            body: format!(
                "<h1>{} {} {}</h1><p>{}</p>{}",
                escape(t.goal),
                escape(&g.id),
                escape(&text(&g.title)),
                escape(&text(&g.objective)),
                links(
                    lang,
                    "directions",
                    strategy
                        .directions
                        .iter()
                        .filter(|d| d.goal == g.id)
                        .map(|d| (d.id.as_str(), &d.title))
                )
            ),
        });
    }
    for d in &strategy.directions {
        pages.push(Page {
            path: format!("directions/{}", d.id),
            title: titled(&format!("{} {} {}", t.direction, d.id, text(&d.title))),
            description: short(&text(&d.justification), 200),
            body: format!(
                "<h1>{} {}</h1><p>{}</p>{}",
                escape(&d.id),
                escape(&text(&d.title)),
                escape(&text(&d.justification)),
                links(
                    lang,
                    "measures",
                    strategy
                        .measures
                        .iter()
                        .filter(|m| m.direction == d.id)
                        .map(|m| (m.id.as_str(), &m.title))
                )
            ),
        });
    }
    pages.push(Page {
        path: "indicators".into(),
        title: titled(t.indicators_title),
        description: t.indicators_intro.to_string(),
        body: format!(
            "<h1>{}</h1><p>{}</p>{}",
            escape(t.indicators_title),
            escape(t.indicators_intro),
            links(
                lang,
                "indicators",
                strategy.indicators.iter().map(|i| (i.id.as_str(), &i.name))
            )
        ),
    });
    for i in &strategy.indicators {
        let fmt = |v: f64| value_with_unit(v, i, lang);
        let first = i.targets.first().map(|x| fmt(x.value)).unwrap_or_default();
        let last = i.targets.last().map(|x| fmt(x.value)).unwrap_or_default();
        let summary = (t.targets_summary)(&first, &last);
        let targets: String = i
            .targets
            .iter()
            .map(|x| {
                format!(
                    "<tr><th scope=\"row\">{}</th><td>{}</td></tr>",
                    x.year,
                    escape(&fmt(x.value))
                )
            })
            .collect();
        pages.push(Page {
            path: format!("indicators/{}", i.id),
            title: titled(&format!("{} {}", i.id, text(&i.name))),
            description: summary.clone(),
            body: format!(
                "<h1>{} {}</h1><p>{}</p><table><thead><tr><th scope=\"col\">{}</th><th scope=\"col\">{}</th></tr></thead><tbody>{targets}</tbody></table>",
                escape(&i.id),
                escape(&text(&i.name)),
                escape(&summary),
                escape(t.year),
                escape(t.target)
            ),
        });
    }
    pages.push(Page {
        path: "agencies".into(),
        title: titled(t.agencies_title),
        description: t.agencies_intro.to_string(),
        body: format!(
            "<h1>{}</h1><p>{}</p>{}",
            escape(t.agencies_title),
            escape(t.agencies_intro),
            list(strategy.agencies.iter().map(|a| link(
                lang,
                &format!("agencies/{}", a.slug),
                &format!("{} — {}", a.acronym, text(&a.name))
            )))
        ),
    });
    for a in &strategy.agencies {
        pages.push(Page {
            path: format!("agencies/{}", a.slug),
            title: titled(&format!("{} ({})", text(&a.name), a.acronym)),
            description: format!("{}: {}", t.agency_title, text(&a.name)),
            body: format!(
                "<h1>{} ({})</h1>{}",
                escape(&text(&a.name)),
                escape(&a.acronym),
                links(
                    lang,
                    "measures",
                    strategy
                        .measures
                        .iter()
                        .filter(|m| m.involves(&a.slug))
                        .map(|m| (m.id.as_str(), &m.title))
                )
            ),
        });
    }
    pages.push(Page {
        path: "flagships".into(),
        title: titled(t.flagships_title),
        description: t.flagships_intro.to_string(),
        body: format!(
            "<h1>{}</h1><p>{}</p>{}",
            escape(t.flagships_title),
            escape(t.flagships_intro),
            list(strategy.flagships.iter().map(|f| format!(
                "{} {}",
                escape(&f.id),
                escape(&text(&f.title))
            )))
        ),
    });
    for (path, title, description) in [
        ("changes", t.changes_title, t.changes_intro),
        ("feedback", t.feedback_title, t.fb_intro),
        ("about", t.about_title, t.about_what[0]),
    ] {
        pages.push(Page {
            path: path.into(),
            title: titled(title),
            description: description.to_string(),
            body: format!("<h1>{}</h1><p>{}</p>", escape(title), escape(description)),
        });
    }
    pages
}

fn url(site_url: &str, lang: Lang, path: &str) -> String {
    if path.is_empty() {
        format!("{site_url}/{}/", lang.code())
    } else {
        format!("{site_url}/{}/{path}", lang.code())
    }
}

/// The template with the page's language, title, description, links and main text.
pub fn render(template: &str, page: &Page, lang: Lang, site_url: &str) -> Result<String, String> {
    let mut html = template.to_string();
    let replace_between =
        |html: &mut String, start: &str, end: &str, with: &str| -> Result<(), String> {
            let a = html
                .find(start)
                .ok_or_else(|| format!("the template has no `{start}`"))?;
            let b = html[a..]
                .find(end)
                .map(|i| a + i + end.len())
                .ok_or_else(|| format!("the template has no `{end}`"))?;
            html.replace_range(a..b, with);
            Ok(())
        };
    replace_between(
        &mut html,
        "<html lang=",
        ">",
        &format!("<html lang=\"{}\">", lang.code()),
    )?;
    replace_between(
        &mut html,
        "<title>",
        "</title>",
        &format!("<title>{}</title>", escape(&page.title)),
    )?;
    replace_between(
        &mut html,
        "<meta name=\"description\"",
        ">",
        &format!(
            "<meta name=\"description\" content=\"{}\">",
            escape(&page.description)
        ),
    )?;
    replace_between(
        &mut html,
        "<main id=\"prerender\">",
        "</main>",
        &format!("<main id=\"prerender\">{}</main>", page.body),
    )?;
    let canonical = url(site_url, lang, &page.path);
    let mut head = String::new();
    let _ = write!(
        head,
        "<link rel=\"canonical\" href=\"{}\">",
        escape(&canonical)
    );
    for other in Lang::ALL {
        let _ = write!(
            head,
            "<link rel=\"alternate\" hreflang=\"{}\" href=\"{}\">",
            other.code(),
            escape(&url(site_url, other, &page.path))
        );
    }
    let _ = write!(
        head,
        "<link rel=\"alternate\" hreflang=\"x-default\" href=\"{}\">",
        escape(&url(site_url, Lang::Az, &page.path))
    );
    let locale = match lang {
        Lang::Az => "az_AZ",
        Lang::En => "en_GB",
    };
    let _ = write!(
        head,
        "<meta property=\"og:type\" content=\"website\"><meta property=\"og:site_name\" content=\"{}\"><meta property=\"og:title\" content=\"{}\"><meta property=\"og:description\" content=\"{}\"><meta property=\"og:url\" content=\"{}\"><meta property=\"og:locale\" content=\"{locale}\"><meta name=\"twitter:card\" content=\"summary\"><meta name=\"twitter:title\" content=\"{}\"><meta name=\"twitter:description\" content=\"{}\">",
        escape(ui(lang).site_name),
        escape(&page.title),
        escape(&page.description),
        escape(&canonical),
        escape(&page.title),
        escape(&page.description),
    );
    let at = html.find("</head>").ok_or("the template has no </head>")?;
    html.insert_str(at, &head);
    Ok(html)
}

/// Writes every prerendered page, `sitemap.xml` and `404.html` into `dist`.
pub fn prerender(dist: &Path, site_url: &str) -> Result<String, ToolError> {
    let site_url = site_url.trim_end_matches('/');
    let read = |path: &Path| std::fs::read_to_string(path).map_err(|e| ToolError::io(path, e));
    let template = read(&dist.join("index.html"))?;
    let data = dist.join("data");
    let manifest: Manifest =
        decode(&read(&data.join(MANIFEST_FILE))?).map_err(|e| ToolError::Usage(e.to_string()))?;
    let latest = manifest
        .snapshot(manifest.latest)
        .ok_or_else(|| ToolError::Usage("the manifest names no latest snapshot".into()))?;
    let strategy_file = manifest.strategy_for(latest).ok_or_else(|| {
        ToolError::Usage("the manifest names no strategy for the latest snapshot".into())
    })?;
    let strategy: Strategy = decode(&read(&data.join(&strategy_file.file))?)
        .map_err(|e| ToolError::Usage(e.to_string()))?;
    let mut sitemap = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n");
    let mut count = 0;
    for lang in Lang::ALL {
        for page in pages(&strategy, lang) {
            let html = render(&template, &page, lang, site_url).map_err(ToolError::Usage)?;
            let dir = if page.path.is_empty() {
                dist.join(lang.code())
            } else {
                dist.join(lang.code()).join(&page.path)
            };
            std::fs::create_dir_all(&dir).map_err(|e| ToolError::io(&dir, e))?;
            crate::output::write_atomic(&dir.join("index.html"), html.as_bytes())?;
            let _ = writeln!(
                sitemap,
                "  <url><loc>{}</loc>",
                escape(&url(site_url, lang, &page.path))
            );
            for other in Lang::ALL {
                let _ = writeln!(
                    sitemap,
                    "    <xhtml:link rel=\"alternate\" hreflang=\"{}\" href=\"{}\"/>",
                    other.code(),
                    escape(&url(site_url, other, &page.path))
                );
            }
            sitemap.push_str("  </url>\n");
            count += 1;
        }
    }
    sitemap.push_str("</urlset>\n");
    crate::output::write_atomic(&dist.join("sitemap.xml"), sitemap.as_bytes())?;
    let not_found = Page {
        path: String::new(),
        title: format!(
            "{} · {}",
            ui(Lang::Az).not_found_title,
            ui(Lang::Az).site_name
        ),
        description: ui(Lang::Az).not_found_text.to_string(),
        body: format!(
            "<h1>{} · <span lang=\"en\">{}</span></h1><p>{}</p><p lang=\"en\">{}</p>",
            escape(ui(Lang::Az).not_found_title),
            escape(ui(Lang::En).not_found_title),
            escape(ui(Lang::Az).not_found_text),
            escape(ui(Lang::En).not_found_text)
        ),
    };
    let html = render(&template, &not_found, Lang::Az, site_url).map_err(ToolError::Usage)?;
    crate::output::write_atomic(&dist.join("404.html"), html.as_bytes())?;
    Ok(format!(
        "prerendered {count} pages, sitemap.xml and 404.html into {}",
        dist.display()
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_markup() {
        assert_eq!(
            escape("<a href=\"x\">&'</a>"),
            "&lt;a href=&quot;x&quot;&gt;&amp;&#39;&lt;/a&gt;"
        );
    }

    #[test]
    fn shortens_at_a_word() {
        assert_eq!(short("one two three", 9), "one two…");
        assert_eq!(short("one  two", 20), "one two");
    }

    #[test]
    fn renders_into_the_template() {
        let template = "<!DOCTYPE html><html lang=\"az\"><head><title>x</title><meta name=\"description\" content=\"y\"></head><body><main id=\"prerender\"><p>old</p></main></body></html>";
        let page = Page {
            path: "measures/8.1.1.1".into(),
            title: "Measure 8.1.1.1 · Site".into(),
            description: "A \"quoted\" text".into(),
            body: "<h1>8.1.1.1</h1>".into(),
        };
        let html = render(template, &page, Lang::En, "https://example.az").unwrap();
        assert!(html.contains("<html lang=\"en\">"));
        assert!(html.contains("<title>Measure 8.1.1.1 · Site</title>"));
        assert!(html.contains("content=\"A &quot;quoted&quot; text\""));
        assert!(html.contains("<main id=\"prerender\"><h1>8.1.1.1</h1></main>"));
        assert!(html
            .contains("<link rel=\"canonical\" href=\"https://example.az/en/measures/8.1.1.1\">"));
        assert!(html.contains("hreflang=\"az\" href=\"https://example.az/az/measures/8.1.1.1\""));
        assert!(html.contains("<meta property=\"og:title\" content=\"Measure 8.1.1.1 · Site\">"));
        assert!(!html.contains("old"));
    }
}

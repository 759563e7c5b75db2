//! The moderators' page at `/{lang}/moderation`: trunk builds it apart (its own HTML and wasm in
//! `dist/moderation/`); this writes one copy per language with the language, the title, the
//! no-script text and the deployment's settings (where the feedback service is). It is not in
//! the router, the navigation or the sitemap, and it is `noindex`.

use crate::BuildError;
use model::Lang;
use std::path::Path;
use strategy_site::deployment::Deployment;
use strategy_site::document::escape;
use strategy_site::i18n::moderation::moderation_ui;

/// Where trunk writes the moderators' page.
pub const MODERATION_TEMPLATE: &str = "moderation/index.html";

/// The page for one language from trunk's page.
pub fn moderation_page(
    template: &str,
    lang: Lang,
    deployment: &Deployment,
) -> Result<String, BuildError> {
    let strings = moderation_ui(lang);
    let mut html = template.to_string();
    let mut replace = |start: &str, end: &str, with: String| -> Result<(), BuildError> {
        let missing =
            || BuildError::Template(format!("{MODERATION_TEMPLATE} has no `{start}…{end}`"));
        let a = html.find(start).ok_or_else(missing)?;
        let b = html[a..]
            .find(end)
            .map(|i| a + i + end.len())
            .ok_or_else(missing)?;
        html.replace_range(a..b, &with);
        Ok(())
    };
    replace(
        "<html lang=",
        ">",
        format!("<html lang=\"{}\">", lang.code()),
    )?;
    replace(
        "<title>",
        "</title>",
        format!("<title>{}</title>", escape(strings.title)),
    )?;
    replace(
        "<noscript>",
        "</noscript>",
        format!(
            "<noscript><p>{}</p></noscript>",
            escape(strings.needs_javascript)
        ),
    )?;
    replace(
        "</head>",
        "</head>",
        format!("{}</head>", deployment.meta_tags()),
    )?;
    Ok(html)
}

/// Writes `/{lang}/moderation/index.html` for both languages when trunk built the page;
/// `Ok(false)` when it did not.
pub fn write_moderation_pages(dist: &Path, deployment: &Deployment) -> Result<bool, BuildError> {
    let template_path = dist.join(MODERATION_TEMPLATE);
    if !template_path.is_file() {
        return Ok(false);
    }
    let template =
        std::fs::read_to_string(&template_path).map_err(crate::io_error(&template_path))?;
    for lang in Lang::ALL {
        let html = moderation_page(&template, lang, deployment)?;
        crate::write(&dist.join(lang.code()).join("moderation/index.html"), &html)?;
    }
    Ok(true)
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEMPLATE: &str = "<!DOCTYPE html><html lang=\"az\"><head><meta name=\"robots\" content=\"noindex, nofollow\"><title>x</title></head><body><main id=\"main\"><noscript><p>both</p></noscript></main></body></html>";

    #[test]
    fn each_language_gets_its_own_page_with_the_settings() {
        let deployment = Deployment {
            feedback_api_url: "https://fb.example.az/api/feedback".into(),
            ..Default::default()
        };
        let en = moderation_page(TEMPLATE, Lang::En, &deployment).unwrap();
        assert!(en.contains("<html lang=\"en\">"));
        assert!(en.contains("<title>Moderation: feedback on the Digital Economy Strategy</title>"));
        assert!(
            en.contains("<noscript><p>The moderators&#39; page needs JavaScript.</p></noscript>")
        );
        assert!(en.contains(
            "<meta name=\"feedback-api-url\" content=\"https://fb.example.az/api/feedback\">"
        ));
        assert!(en.contains("noindex"));
        let az = moderation_page(TEMPLATE, Lang::Az, &deployment).unwrap();
        assert!(az.contains("<html lang=\"az\">"));
        assert!(az.contains("Moderatorların səhifəsi üçün JavaScript lazımdır."));
    }

    #[test]
    fn a_template_without_its_parts_is_refused() {
        let error =
            moderation_page("<html lang=\"az\">", Lang::Az, &Deployment::default()).unwrap_err();
        assert!(
            error
                .to_string()
                .contains("moderation/index.html has no `<title>"),
            "{error}"
        );
    }
}

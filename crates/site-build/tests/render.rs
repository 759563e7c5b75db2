//! The build-time renderer on the real data: every page of the router is built with its own
//! head, whole content and the record the browser reads; the template and the data are checked.

use data_tool::build::{build, Audience};
use data_tool::project::Project;
use site_build::{build_site, BuildError, Options};
use std::path::{Path, PathBuf};
use std::sync::OnceLock;
use strategy_site::deployment::Deployment;

const TEMPLATE: &str = "<!DOCTYPE html><html lang=\"az\"><head><title>x</title><meta name=\"description\" content=\"y\"><script type=\"module\">/* loader */</script></head><body><div id=\"boot-status\"></div><div id=\"app\"></div></body></html>";

fn data_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../data")
}

fn official() -> Deployment {
    Deployment {
        site_url: "https://strategy.example.az".into(),
        instance: "official".into(),
        privacy_contact: "privacy@example.az".into(),
        ..Default::default()
    }
}

/// A dist/ with the real data and the template, built for an official deployment: once per run
/// (a build draws every preview image), in cargo's folder for test files, for the tests that only
/// read it. A test that builds again works on its own copy ([`copy_of_built_site`]).
fn built_site() -> &'static (PathBuf, site_build::Report) {
    static BUILT: OnceLock<(PathBuf, site_build::Report)> = OnceLock::new();
    BUILT.get_or_init(|| {
        let root = Path::new(env!("CARGO_TARGET_TMPDIR")).join("render-real-data");
        let _ = std::fs::remove_dir_all(&root);
        let dist = root.join("dist");
        let project = Project::load(&data_dir()).unwrap();
        build(&project, &dist.join("data"), Audience::Public).unwrap();
        std::fs::write(dist.join("index.html"), TEMPLATE).unwrap();
        let options = Options {
            dist: dist.clone(),
            deployment: official(),
            build_date: Some("2026-12-01".into()),
        };
        let report = build_site(&options).unwrap();
        (root, report)
    })
}

/// A copy of the built site's dist/ in a fresh folder, to build again.
fn copy_of_built_site() -> (tempfile::TempDir, PathBuf) {
    fn copy(from: &Path, to: &Path) {
        std::fs::create_dir_all(to).unwrap();
        for entry in std::fs::read_dir(from).unwrap() {
            let entry = entry.unwrap();
            let target = to.join(entry.file_name());
            if entry.file_type().unwrap().is_dir() {
                copy(&entry.path(), &target);
            } else {
                std::fs::copy(entry.path(), target).unwrap();
            }
        }
    }
    let tmp = tempfile::tempdir().unwrap();
    let dist = tmp.path().join("dist");
    copy(&built_site().0.join("dist"), &dist);
    (tmp, dist)
}

fn page(root: &Path, path: &str) -> String {
    std::fs::read_to_string(root.join("dist").join(path)).unwrap()
}

#[test]
fn every_page_of_the_router_is_built_whole_in_both_languages() {
    let (built, report) = built_site();
    // 2 × (overview, measures, 50 measures, 3 goals, 9 directions, agencies, 18 agencies,
    // flagships, indicators, 7 indicators, changes, feedback, about) = 2 × 95, and 2 × 7 × 2
    // embeds (the latest, and the one published snapshot) that the sitemap leaves out.
    assert_eq!(report.pages, 190 + 28);
    assert_eq!(report.snapshot, "2026-Q3");

    let measure = page(built, "en/measures/8.1.1.1/index.html");
    assert!(measure.contains("<html lang=\"en\">"));
    assert!(measure.contains("<title>Measure 8.1.1.1 "));
    assert!(measure.contains(
        "<link rel=\"canonical\" href=\"https://strategy.example.az/en/measures/8.1.1.1\">"
    ));
    assert!(measure.contains("<meta name=\"site-instance\" content=\"official\">"));
    assert!(measure.contains("<meta name=\"privacy-contact\" content=\"privacy@example.az\">"));
    assert!(
        measure.contains("<header class=\"site-header\">"),
        "the header"
    );
    assert!(
        measure.contains("class=\"results-chain\""),
        "the results chain"
    );
    assert!(
        measure.contains("<footer class=\"site-footer\">"),
        "the footer"
    );
    assert!(
        !measure.contains("local-instance"),
        "an official instance says nothing of a local one"
    );
    assert!(measure.contains(
        "<script type=\"application/json\" id=\"build-record\">{\"route\":\"/en/measures/8.1.1.1\",\"snapshot\":\"2026-Q3\",\"strategy_file\":\"strategy."
    ));
    assert!(measure.contains("\"built_on\":\"2026-12-01\""));
    assert!(
        measure.contains("privacy@example.az"),
        "the form names the operator's contact"
    );

    // The root (it picks a language) runs the app; every page of a language runs the page
    // script, with the app's loader kept inert for it (src/static_page.rs); on-demand pages mark
    // the parts that start the app when the reader nears or touches them.
    let root_page = page(built, "index.html");
    assert!(root_page.contains("<script type=\"module\">/* loader */</script>"));
    assert!(!root_page.contains("/page.js"));
    let part = format!("{}=\"\"", strategy_site::static_page::APP_PART_ATTR);
    let touch_part = format!("{}=\"touch\"", strategy_site::static_page::APP_PART_ATTR);
    // ("What changed" has its form only with two snapshots or more.)
    for path in ["en/measures", "en/feedback"] {
        let on_demand = page(built, &format!("{path}/index.html"));
        assert!(!on_demand.contains("<script type=\"module\">"), "{path}");
        assert!(on_demand.contains(&touch_part), "{path}");
    }
    assert!(page(built, "az/measures/index.html").contains(
        "data-query-keys=\"as_of goal direction lead agency status year flagship relevant q\""
    ));
    let feedback = page(built, "en/feedback/index.html");
    assert!(feedback.contains("data-query-keys=\"as_of topic\""));
    assert!(feedback.contains("data-draft-key=\"strategy-site.feedback-draft.page\""));
    // The topic list takes a link's `?topic=` before the app runs.
    let topic_field = format!(
        "{}=\"{}\"",
        strategy_site::static_page::QUERY_FIELD_ATTR,
        strategy_site::pages::feedback::TOPIC_PARAM
    );
    assert!(feedback.contains(&topic_field));
    assert!(feedback.contains("data-query-field-attr=\"data-query-field\""));
    // An indicator page's chart is whole before any script runs: the static drawing.
    let indicator = page(built, "en/indicators/4.1.5/index.html");
    assert!(indicator.contains("class=\"static-chart wide\""));
    for path in ["en", "az/measures/8.1.1.1", "en/indicators/4.1.5"] {
        let on_demand = page(built, &format!("{path}/index.html"));
        assert!(!on_demand.contains("<script type=\"module\">"), "{path}");
        assert!(
            on_demand.contains("data-waiting-mark=\"on-demand\""),
            "{path}"
        );
        assert!(on_demand.contains(&part), "{path}");
    }
    // The measure page's feedback block and citation; the overview's counts.
    assert_eq!(measure.matches(&part).count(), 3);
    assert!(page(built, "az/index.html").contains("data-follows-year=\"2026\""));
    for path in [
        "en/measures/8.1.1.1",
        "az",
        "en/about",
        "az/goals/8.1",
        "en/directions/8.2.1",
        "az/agencies",
        "en/agencies/amb",
        "az/flagships",
        "en/indicators",
    ] {
        let static_page = page(built, &format!("{path}/index.html"));
        assert!(!static_page.contains("<script type=\"module\">"), "{path}");
        assert!(
            static_page
                .contains("<script type=\"text/plain\" id=\"app-loader\">/* loader */</script>"),
            "{path}"
        );
        assert!(
            static_page
                .contains("<script src=\"/page.js\" defer data-lang-key=\"strategy-site.lang\""),
            "{path}"
        );
        // 2026-09-30 plus a quarter and a month: 31 January 2027 is its last fresh day.
        assert!(
            static_page.contains("data-fresh-until-day=\"20849\""),
            "{path}"
        );
        assert!(
            static_page.contains(
                "<link rel=\"preload\" href=\"/data/index.json\" as=\"fetch\" crossorigin>"
            ),
            "{path}"
        );
        assert!(static_page.contains("id=\"build-record\""), "{path}");
        if !path.contains("measures") && path.contains('/') {
            assert!(!static_page.contains(&part), "{path}");
        }
    }

    let measures = page(built, "az/measures/index.html");
    assert_eq!(
        measures
            .matches("class=\"status status-not-yet-reported\"")
            .count(),
        50
    );

    let root = page(built, "index.html");
    assert!(
        root.contains("href=\"/az/\"") && root.contains("href=\"/en/\""),
        "the root offers both languages"
    );
    assert!(root.contains("\"route\":\"/\""));
    let not_found = page(built, "404.html");
    assert!(not_found.contains("Səhifə tapılmadı"));
    // Each language's not-found page (served for a missing path below it) loads no app: its
    // script starts the app only when newer data may have the page.
    for (file, title, home) in [
        ("az/404.html", "Səhifə tapılmadı", "/az/"),
        ("en/404.html", "Page not found", "/en/"),
    ] {
        let html = page(built, file);
        assert!(html.contains(&format!("<h1>{title}")), "{file}");
        assert!(html.contains("data-any-path=\"true\""), "{file}");
        assert!(
            html.contains("<script type=\"text/plain\" id=\"app-loader\">"),
            "{file}"
        );
        assert!(
            !html.contains("<script type=\"module\">"),
            "{file}: no app on load"
        );
        assert!(
            html.contains(&format!(
                "<link rel=\"canonical\" href=\"https://strategy.example.az{home}\">"
            )),
            "{file}: no address of its own"
        );
    }

    let sitemap = page(built, "sitemap.xml");
    assert_eq!(sitemap.matches("<url>").count(), 190);
    assert!(sitemap.contains("<loc>https://strategy.example.az/az/agencies/amb</loc>"));
}

#[test]
fn item_pages_link_to_their_own_published_files() {
    let (built, _) = built_site();
    for (path, file) in [
        ("en/indicators/4.1.5/index.html", "indicator-4.1.5"),
        ("az/measures/8.1.1.1/index.html", "measure-8.1.1.1"),
    ] {
        let html = page(built, path);
        for ext in ["csv", "json"] {
            let end = html
                .find(&format!("/{file}.{ext}\""))
                .unwrap_or_else(|| panic!("{path} links to no {file}.{ext}"));
            let start = html[..end].rfind("href=\"").unwrap() + "href=\"".len();
            let href = &html[start..end + file.len() + ext.len() + 2];
            assert!(href.starts_with("/data/items/2026-Q3."), "{href}");
            assert!(
                built.join("dist").join(&href[1..]).is_file(),
                "{href} is not published"
            );
            assert!(html.contains(&format!("download=\"{file}-2026-Q3.{ext}\"")));
        }
    }
    // The about page documents the columns of the item files as well as the exports'.
    let about = page(built, "en/about/index.html");
    assert!(about.contains("<code>target_as_printed<!----></code>"));
    assert!(about.contains("The target as the document prints it (e.g. 40.000)."));
    assert!(about.contains("<code>initial_achieved_on<!----></code>"));
}

#[test]
fn a_template_without_its_root_or_an_empty_data_folder_is_refused_by_name() {
    let tmp = tempfile::tempdir().unwrap();
    let dist = tmp.path().join("dist");
    std::fs::create_dir_all(&dist).unwrap();
    let options = Options {
        dist: dist.clone(),
        deployment: Deployment::default(),
        build_date: Some("2026-12-01".into()),
    };
    let error = build_site(&options).unwrap_err();
    assert!(matches!(error, BuildError::Io { .. }), "{error}");
    assert!(error.to_string().contains("index.json"), "{error}");

    let project = Project::load(&data_dir()).unwrap();
    build(&project, &dist.join("data"), Audience::Public).unwrap();
    std::fs::write(
        dist.join("index.html"),
        TEMPLATE.replace("<div id=\"app\"></div>", "<main>old</main>"),
    )
    .unwrap();
    let error = build_site(&options).unwrap_err();
    assert!(matches!(error, BuildError::Template(_)), "{error}");
    assert!(
        error.to_string().contains("<div id=\"app\"></div>"),
        "{error}"
    );

    let bad_date = Options {
        build_date: Some("2026-13-01".into()),
        ..options
    };
    assert!(matches!(
        build_site(&bad_date).unwrap_err(),
        BuildError::BuildDate(_)
    ));
}

#[test]
fn a_built_site_can_be_rendered_again_from_its_built_root_page() {
    let (_tmp, dist) = copy_of_built_site();
    let first: Vec<String> = [
        "index.html",
        "az/index.html",
        "en/measures/index.html",
        "404.html",
    ]
    .iter()
    .map(|p| std::fs::read_to_string(dist.join(p)).unwrap())
    .collect();
    let options = Options {
        dist: dist.clone(),
        deployment: official(),
        build_date: Some("2026-12-01".into()),
    };
    build_site(&options).unwrap();
    let again: Vec<String> = [
        "index.html",
        "az/index.html",
        "en/measures/index.html",
        "404.html",
    ]
    .iter()
    .map(|p| std::fs::read_to_string(dist.join(p)).unwrap())
    .collect();
    assert_eq!(first, again);
}

#[test]
fn a_draft_preview_marks_every_page_with_the_banner() {
    let (_tmp, dist) = copy_of_built_site();
    let options = Options {
        dist: dist.clone(),
        deployment: Deployment {
            draft_preview: "2026-Q3".into(),
            ..Default::default()
        },
        build_date: Some("2026-12-01".into()),
    };
    build_site(&options).unwrap();
    let az = std::fs::read_to_string(dist.join("az/index.html")).unwrap();
    assert!(az.contains("<meta name=\"draft-preview\" content=\"2026-Q3\">"));
    assert!(az.contains("class=\"notice notice-draft\">Qaralama — dərc olunmayıb"));
    let en = std::fs::read_to_string(dist.join("en/measures/index.html")).unwrap();
    assert!(en.contains("class=\"notice notice-draft\">Draft — not published"));
}

/// The JSON of a page's `Dataset` block.
fn dataset_ld(html: &str) -> serde_json::Value {
    let open = "<script type=\"application/ld+json\">";
    let start = html.find(open).expect("a Dataset block") + open.len();
    let end = start + html[start..].find("</script>").unwrap();
    serde_json::from_str(&html[start..end]).unwrap()
}

#[test]
fn the_about_and_indicator_pages_describe_the_data_package_as_a_dataset() {
    let (built, _) = built_site();
    for lang in ["az", "en"] {
        let about = page(built, &format!("{lang}/about/index.html"));
        let dataset = dataset_ld(&about);
        assert_eq!(dataset["@type"], "Dataset");
        assert_eq!(dataset["version"], "2026-Q3");
        assert_eq!(
            dataset["url"],
            format!("https://strategy.example.az/{lang}/about")
        );
        assert!(
            dataset.get("license").is_none(),
            "no licence was configured"
        );
        assert!(
            dataset.get("publisher").is_none(),
            "no publisher was configured"
        );
        let urls: Vec<&str> = dataset["distribution"]
            .as_array()
            .unwrap()
            .iter()
            .map(|d| d["contentUrl"].as_str().unwrap())
            .collect();
        assert_eq!(urls.len(), 3);
        for url in urls {
            let path = url
                .strip_prefix("https://strategy.example.az/")
                .unwrap_or_else(|| panic!("{url} is not absolute"));
            assert!(
                about.contains(&format!("href=\"/{path}\"")),
                "{lang} links {path}"
            );
            assert!(
                built.join("dist").join(path).is_file(),
                "{url} is published"
            );
        }
    }
    let indicator = page(built, "en/indicators/4.1.5/index.html");
    let dataset = dataset_ld(&indicator);
    let first = dataset["distribution"][0]["contentUrl"].as_str().unwrap();
    assert!(first.ends_with("/indicator-4.1.5.csv"), "{first}");
    assert!(dataset["name"].as_str().unwrap().contains("4.1.5"));
}

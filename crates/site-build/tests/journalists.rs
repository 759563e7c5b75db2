//! What journalists and followers get, built from the synthetic fixture (two snapshots, with
//! changes between them): the Atom feeds as a real feed parser (feed-rs) and a strict XML parser
//! (roxmltree) read them, with entries equal to `model::diff`; a preview image on every page,
//! drawn from the page's own numbers; the pinned embeds and their oEmbed descriptions. Each
//! third-party check is shown to fail on a broken fixture first.

use data_tool::build::{build, Audience};
use data_tool::project::Project;
use model::diff::diff;
use model::{Lang, Snapshot};
use site_build::{build_site, Options};
use std::path::{Path, PathBuf};
use std::sync::OnceLock;
use strategy_site::deployment::Deployment;

const TEMPLATE: &str = "<!DOCTYPE html><html lang=\"az\"><head><title>x</title><meta name=\"description\" content=\"y\"><script type=\"module\">/* loader */</script><link rel=\"modulepreload\" href=\"/app.js\"></head><body><div id=\"boot-status\"></div><div id=\"app\"></div></body></html>";
const SITE: &str = "https://strategy.example.az";

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// A dist/ built from the synthetic fixture (2026-Q3 and 2026-Q4): once per run (a build draws
/// every preview image), in cargo's folder for test files; the tests only read it.
fn fixture_site() -> &'static Path {
    static BUILT: OnceLock<PathBuf> = OnceLock::new();
    BUILT.get_or_init(|| {
        let folder = Path::new(env!("CARGO_TARGET_TMPDIR")).join("journalists-fixture");
        let _ = std::fs::remove_dir_all(&folder);
        let dist = folder.join("dist");
        let project = Project::load_with_strategy(
            &root().join("tests/fixtures/synthetic"),
            &root().join("data/strategy"),
        )
        .unwrap();
        build(&project, &dist.join("data"), Audience::Preview).unwrap();
        std::fs::write(dist.join("index.html"), TEMPLATE).unwrap();
        let options = Options {
            dist,
            deployment: Deployment {
                site_url: SITE.into(),
                instance: "official".into(),
                ..Default::default()
            },
            build_date: Some("2026-12-01".into()),
        };
        build_site(&options).unwrap();
        folder
    })
}

fn read(site: &Path, path: &str) -> String {
    std::fs::read_to_string(site.join("dist").join(path.trim_start_matches('/')))
        .unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// The fixture's snapshots, oldest first, as published.
fn snapshots(site: &Path) -> Vec<Snapshot> {
    let dir = site.join("dist/data/snapshots");
    let mut all: Vec<Snapshot> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .map(|p| model::manifest::decode(&std::fs::read_to_string(p).unwrap()).unwrap())
        .collect();
    all.sort_by_key(|s| s.id);
    all
}

/// Parses a feed as feed readers do: well-formed XML first (roxmltree is strict), then Atom.
fn parse_feed(xml: &str) -> Result<feed_rs::model::Feed, String> {
    roxmltree::Document::parse(xml).map_err(|e| format!("not well-formed XML: {e}"))?;
    feed_rs::parser::parse(xml.as_bytes()).map_err(|e| format!("not a feed: {e}"))
}

fn list_items(entry: &feed_rs::model::Entry) -> Vec<String> {
    let html = entry
        .content
        .as_ref()
        .and_then(|c| c.body.clone())
        .unwrap_or_default();
    html.split("<li>")
        .skip(1)
        .map(|item| item.split("</li>").next().unwrap_or_default().to_string())
        .collect()
}

#[test]
fn the_checks_refuse_a_malformed_feed() {
    let fixture =
        std::fs::read_to_string(root().join("tests/fixtures/feeds/malformed.xml")).unwrap();
    let error = parse_feed(&fixture).unwrap_err();
    assert!(error.contains("not well-formed"), "{error}");
    // And feed-rs alone refuses a document that is XML but no feed.
    assert!(feed_rs::parser::parse("<html><body>no feed</body></html>".as_bytes()).is_err());
}

#[test]
fn feeds_parse_and_their_entries_are_the_diff() {
    let built = fixture_site();
    let [q3, q4] = <[Snapshot; 2]>::try_from(snapshots(built)).unwrap();
    let changes = diff(&q3, &q4);
    let baseline = diff(
        &Snapshot {
            measures: vec![],
            indicators: vec![],
            ..q3.clone()
        },
        &q3,
    );

    for lang in Lang::ALL {
        let code = lang.code();
        // The site's feed: one entry per snapshot, the baseline first, each the diff's changes.
        let site = parse_feed(&read(built, &format!("{code}/feeds/site.xml"))).unwrap();
        assert_eq!(site.entries.len(), 2);
        assert_eq!(
            site.entries[0].id,
            format!("tag:strategy.example.az,2026:{code}/site/2026-Q3")
        );
        assert_eq!(
            site.entries[1].id,
            format!("tag:strategy.example.az,2026:{code}/site/2026-Q4")
        );
        let total = |d: &model::diff::SnapshotDiff| {
            d.status_changes.len() + d.results_achieved.len() + d.new_actuals.len()
        };
        assert_eq!(list_items(&site.entries[0]).len(), total(&baseline));
        assert_eq!(list_items(&site.entries[1]).len(), total(&changes));
        assert_eq!(
            site.entries[1].links[0].href,
            format!("{SITE}/{code}/changes?from=2026-Q3&to=2026-Q4")
        );
        let updated = site.entries[1].updated.unwrap().to_rfc3339();
        assert_eq!(updated, format!("{}T00:00:00+00:00", q4.as_of));
        assert_eq!(site.updated.unwrap().to_rfc3339(), updated);

        // A measure's feed: the baseline, then the snapshot that changed it (README of the fixture).
        let measure =
            parse_feed(&read(built, &format!("{code}/feeds/measures/8.1.1.1.xml"))).unwrap();
        assert_eq!(measure.entries.len(), 2);
        let concerning = changes
            .status_changes
            .iter()
            .filter(|c| c.measure == "8.1.1.1")
            .count()
            + changes
                .results_achieved
                .iter()
                .filter(|c| c.measure == "8.1.1.1")
                .count();
        assert_eq!(
            concerning, 2,
            "in_progress → completed, and its initial result"
        );
        assert_eq!(list_items(&measure.entries[1]).len(), concerning);
        assert_eq!(
            measure.entries[1].links[0].href,
            format!("{SITE}/{code}/measures/8.1.1.1?as_of=2026-Q4")
        );

        // An indicator whose value changed; an unchanged one has only its baseline entry.
        let changed =
            parse_feed(&read(built, &format!("{code}/feeds/indicators/4.1.5.xml"))).unwrap();
        assert_eq!(changed.entries.len(), 2);
        assert_eq!(list_items(&changed.entries[1]).len(), 1);
        let unchanged =
            parse_feed(&read(built, &format!("{code}/feeds/indicators/4.1.7.xml"))).unwrap();
        assert_eq!(unchanged.entries.len(), 1);

        // Every feed of the site parses.
        for dir in [
            "feeds",
            "feeds/measures",
            "feeds/indicators",
            "feeds/agencies",
        ] {
            let path = built.join("dist").join(code).join(dir);
            for file in std::fs::read_dir(path).unwrap() {
                let path = file.unwrap().path();
                if path.extension().is_some_and(|x| x == "xml") {
                    let feed = parse_feed(&std::fs::read_to_string(&path).unwrap())
                        .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
                    assert!(!feed.entries.is_empty(), "{}", path.display());
                }
            }
        }
    }
    let az = read(built, "az/feeds/measures/8.1.1.1.xml");
    assert!(
        az.contains("xml:lang=\"az\"") && az.contains("Başa çatıb"),
        "{az}"
    );
}

#[test]
fn pages_link_their_feeds_preview_and_embed() {
    let built = fixture_site();
    let page = read(built, "en/indicators/4.1.5/index.html");
    let image = page
        .split("<meta property=\"og:image\" content=\"")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .unwrap();
    let file = image.strip_prefix(SITE).unwrap();
    let png = std::fs::read(built.join("dist").join(file.trim_start_matches('/'))).unwrap();
    assert_eq!(&png[..8], b"\x89PNG\r\n\x1a\n");
    assert_eq!(u32::from_be_bytes(png[16..20].try_into().unwrap()), 1200);
    assert_eq!(u32::from_be_bytes(png[20..24].try_into().unwrap()), 630);
    assert!(page.contains("<meta name=\"twitter:card\" content=\"summary_large_image\">"));
    assert!(page.contains("<meta property=\"og:image:alt\" content=\"Chart: yearly targets and reported actual values of 4.1.5"));
    assert!(
        page.contains("Data as of 31 December 2026 (2026-Q4)."),
        "the alt text names the snapshot"
    );
    assert!(
        page.contains("(2026-Q4). TEST DATA: this snapshot is synthetic"),
        "made-up data says so on the image"
    );
    assert!(page.contains(&format!("<link rel=\"alternate\" type=\"application/atom+xml\" href=\"{SITE}/en/feeds/indicators/4.1.5.xml\"")));
    assert!(page.contains(&format!(
        "type=\"application/json+oembed\" href=\"{SITE}/oembed/en/indicators/4.1.5.json\""
    )));
    assert!(page.contains("class=\"follow\""));

    // One embed per snapshot, each with its own numbers; no app; not in the sitemap.
    let q3 = read(built, "en/embed/indicators/4.1.5/2026-Q3/index.html");
    let q4 = read(built, "en/embed/indicators/4.1.5/2026-Q4/index.html");
    assert!(
        q3.contains(">1,200</text>") && !q3.contains(">2,500</text>"),
        "Q3 shows 1,200"
    );
    assert!(q4.contains(">2,500</text>"), "Q4 shows 2,500");
    assert!(q3.contains("snapshot 2026-Q3"));
    for embed in [&q3, &q4] {
        assert!(!embed.contains("type=\"module\"") && !embed.contains("modulepreload"));
        assert!(embed.contains("<script src=\"/embed.js\" defer></script>"));
        assert!(!embed.contains("class=\"site-header\"") && !embed.contains("build-record"));
        assert!(embed.contains(&format!(
            "<link rel=\"canonical\" href=\"{SITE}/en/indicators/4.1.5\">"
        )));
    }
    assert!(!read(built, "sitemap.xml").contains("/embed/"));

    let oembed: serde_json::Value =
        serde_json::from_str(&read(built, "oembed/az/indicators/4.1.5.json")).unwrap();
    assert_eq!(oembed["type"], "rich");
    assert_eq!(oembed["version"], "1.0");
    let html = oembed["html"].as_str().unwrap();
    assert!(
        html.contains(&format!("src=\"{SITE}/az/embed/indicators/4.1.5/2026-Q4\"")),
        "{html}"
    );
    assert!(oembed["width"].as_u64().is_some() && oembed["height"].as_u64().is_some());
}

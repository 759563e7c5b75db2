//! What the feeds say. Each published snapshot is a publication: its changes are
//! `model::diff` against the snapshot before it (the baseline's, against nothing: what it
//! reported). The site's feed has one entry per publication; the feed of a measure, an
//! indicator or an agency has the baseline entry first, then one entry per publication that
//! changed something about it. Every line of an entry is one change of the diff.

use super::atom::{Entry, Feed};
use crate::data::Published;
use model::diff::{diff, ActualChange, ResultChange, SnapshotDiff, StatusChange};
use model::format::format_date;
use model::{Lang, Snapshot, SnapshotId, Strategy};
use strategy_site::document::escape;
use strategy_site::follow::FeedTopic;
use strategy_site::i18n::{share, stage_label, status_label, ui, value_with_unit};
use strategy_site::published_data::SiteData;
use strategy_site::url::page_link;

/// A published snapshot and what it changed.
pub struct Publication<'a> {
    /// The snapshot's data.
    pub site: &'a SiteData,
    /// The snapshot before it (`None`: this is the baseline).
    pub previous: Option<SnapshotId>,
    /// What changed (the baseline: against an empty snapshot).
    pub diff: SnapshotDiff,
}

/// Every publication, oldest first.
pub fn publications(published: &Published) -> Vec<Publication<'_>> {
    let mut out: Vec<Publication> = Vec::new();
    let mut previous: Option<&SiteData> = None;
    for site in published.oldest_first() {
        let nothing = Snapshot {
            measures: Vec::new(),
            indicators: Vec::new(),
            ..(*site.snapshot).clone()
        };
        let before = previous.map_or(&nothing, |p| p.snapshot.as_ref());
        out.push(Publication {
            site,
            previous: previous.map(|p| p.entry.id),
            diff: diff(before, &site.snapshot),
        });
        previous = Some(site);
    }
    out
}

/// One change of a diff.
#[derive(Clone, Copy, Debug)]
pub enum Change<'a> {
    /// A measure's status.
    Status(&'a StatusChange),
    /// A result reported as achieved.
    Result(&'a ResultChange),
    /// A new or changed indicator value.
    Value(&'a ActualChange),
}

/// Every change of a diff, in the diff's order.
pub fn changes(diff: &SnapshotDiff) -> Vec<Change<'_>> {
    let statuses = diff.status_changes.iter().map(Change::Status);
    let results = diff.results_achieved.iter().map(Change::Result);
    let values = diff.new_actuals.iter().map(Change::Value);
    statuses.chain(results).chain(values).collect()
}

impl Change<'_> {
    /// True when the change is about the topic (an agency: about a measure it takes part in).
    pub fn concerns(&self, topic: &FeedTopic, strategy: &Strategy) -> bool {
        let measure = match self {
            Change::Status(change) => Some(change.measure.as_str()),
            Change::Result(change) => Some(change.measure.as_str()),
            Change::Value(_) => None,
        };
        match (topic, self) {
            (FeedTopic::Site, _) => true,
            (FeedTopic::Measure(id), _) => measure == Some(id.as_str()),
            (FeedTopic::Indicator(id), Change::Value(change)) => change.indicator == *id,
            (FeedTopic::Indicator(_), Change::Status(_) | Change::Result(_)) => false,
            (FeedTopic::Agency(slug), _) => measure
                .and_then(|id| strategy.measure(id))
                .is_some_and(|m| m.involves(slug)),
        }
    }

    /// The change in words.
    pub fn line(&self, lang: Lang, strategy: &Strategy) -> String {
        let (strings, words) = (ui(lang), share(lang));
        let measure = |id: &str| format!("{} {id}", strings.measure);
        match self {
            Change::Status(c) => (words.feed_status_change)(
                &measure(&c.measure),
                status_label(lang, c.from),
                status_label(lang, c.to),
            ),
            Change::Result(c) => (words.feed_result)(
                &measure(&c.measure),
                stage_label(lang, c.stage),
                &format_date(c.achieved_on, lang),
            ),
            Change::Value(c) => {
                let what = format!("{} {}", strings.indicator, c.indicator);
                let value = |v: f64| match strategy.indicator(&c.indicator) {
                    Some(indicator) => value_with_unit(v, indicator, lang),
                    None => model::format::format_number(v, 2, lang),
                };
                match c.previous {
                    None => (words.feed_new_value)(&what, c.year, &value(c.value)),
                    Some(p) => {
                        (words.feed_changed_value)(&what, c.year, &value(c.value), &value(p))
                    }
                }
            }
        }
    }
}

/// The deployment's address and the feeds' language.
#[derive(Clone, Copy, Debug)]
pub struct Context<'a> {
    /// The feeds' language.
    pub lang: Lang,
    /// The site's address (no slash at the end).
    pub site_url: &'a str,
}

impl Context<'_> {
    /// The host of the site's address, for `tag:` ids (`strategy.example.az`).
    fn host(&self) -> &str {
        let rest = self
            .site_url
            .split_once("://")
            .map_or(self.site_url, |(_, r)| r);
        rest.split(['/', ':']).next().unwrap_or(rest)
    }

    /// A stable id: `tag:<host>,2026:<lang>/<what>`.
    fn tag(&self, what: &str) -> String {
        format!("tag:{},2026:{}/{what}", self.host(), self.lang.code())
    }

    fn url(&self, path: &str) -> String {
        format!("{}{path}", self.site_url)
    }
}

/// What a topic is, in words ("Measure 8.1.1.1: …"); `None` for an item the strategy lacks.
fn topic_name(topic: &FeedTopic, strategy: &Strategy, lang: Lang) -> Option<String> {
    let strings = ui(lang);
    match topic {
        FeedTopic::Site => Some(strings.site_name.to_string()),
        FeedTopic::Measure(id) => strategy
            .measure(id)
            .map(|m| format!("{} {id}: {}", strings.measure, m.title.in_lang(lang))),
        FeedTopic::Indicator(id) => strategy
            .indicator(id)
            .map(|i| format!("{} {id}: {}", strings.indicator, i.name.in_lang(lang))),
        FeedTopic::Agency(slug) => strategy
            .agency(slug)
            .map(|a| format!("{} ({})", a.name.in_lang(lang), a.acronym)),
    }
}

/// The topic's id in entry ids (`site`, `measures/8.1.1.1`).
fn topic_key(topic: &FeedTopic) -> String {
    match topic {
        FeedTopic::Site => "site".to_string(),
        other => other.page(),
    }
}

/// The first paragraph of an entry: what the publication is, or the item's status in it.
fn intro(topic: &FeedTopic, publication: &Publication, lang: Lang) -> Option<String> {
    let words = share(lang);
    let snapshot = &publication.site.snapshot;
    match (topic, publication.previous) {
        (FeedTopic::Measure(id), None) => Some((words.feed_status_is)(status_label(
            lang,
            snapshot.status_of(id),
        ))),
        (_, None) => Some(words.feed_baseline_text.to_string()),
        (_, Some(_)) => snapshot
            .supersedes
            .map(|old| (words.feed_corrects)(&old.to_string())),
    }
}

/// One publication's entry in a topic's feed; `None` when it changed nothing about the topic
/// (the baseline and the site's feed always have one).
fn entry(topic: &FeedTopic, publication: &Publication, context: Context) -> Option<Entry> {
    let (lang, words) = (context.lang, share(context.lang));
    let site = publication.site;
    let lines: Vec<String> = changes(&publication.diff)
        .into_iter()
        .filter(|change| change.concerns(topic, &site.strategy))
        .map(|change| change.line(lang, &site.strategy))
        .collect();
    let is_baseline = publication.previous.is_none();
    if lines.is_empty() && !is_baseline && *topic != FeedTopic::Site {
        return None;
    }
    let (id, date) = (
        site.entry.id.to_string(),
        format_date(site.entry.as_of, lang),
    );
    let title = match is_baseline {
        true => (words.feed_baseline_title)(&id, &date),
        false => (words.feed_snapshot_title)(&id, &date),
    };
    let changes_url = publication.previous.map(|previous| {
        context.url(&page_link(
            lang,
            &format!("changes?from={previous}&to={id}"),
            None,
        ))
    });
    let link = match topic {
        FeedTopic::Site => changes_url
            .clone()
            .unwrap_or_else(|| context.url(&page_link(lang, "", Some(&id)))),
        item => context.url(&page_link(lang, &item.page(), Some(&id))),
    };
    let mut html = String::new();
    if let Some(text) = intro(topic, publication, lang) {
        html.push_str(&format!("<p>{}</p>", escape(&text)));
    }
    if !lines.is_empty() {
        let items: String = lines
            .iter()
            .map(|l| format!("<li>{}</li>", escape(l)))
            .collect();
        html.push_str(&format!("<ul>{items}</ul>"));
    } else if !is_baseline || *topic == FeedTopic::Site {
        html.push_str(&format!("<p>{}</p>", escape(words.feed_nothing_new)));
    }
    if let Some(url) = &changes_url {
        html.push_str(&format!(
            "<p><a href=\"{}\">{}</a></p>",
            escape(url),
            escape(words.feed_see_changes)
        ));
    }
    Some(Entry {
        id: context.tag(&format!("{}/{id}", topic_key(topic))),
        title,
        updated: site.entry.as_of,
        link,
        related: changes_url.filter(|_| *topic != FeedTopic::Site),
        content_html: html,
    })
}

/// A topic's feed; `None` for an item the latest strategy lacks.
pub fn feed(
    topic: &FeedTopic,
    publications: &[Publication],
    latest: &Strategy,
    context: Context,
) -> Option<Feed> {
    let lang = context.lang;
    let name = topic_name(topic, latest, lang)?;
    let title = match topic {
        FeedTopic::Site => share(lang).feed_site_title.to_string(),
        _ => (share(lang).feed_item_title)(&name),
    };
    Some(Feed {
        id: context.tag(&topic_key(topic)),
        lang: lang.code(),
        title,
        self_url: context.url(&topic.path(lang)),
        page_url: context.url(&page_link(lang, &topic.page(), None)),
        author: ui(lang).site_name.to_string(),
        author_url: context.url(&page_link(lang, "about", None)),
        entries: publications
            .iter()
            .filter_map(|publication| entry(topic, publication, context))
            .collect(),
    })
}

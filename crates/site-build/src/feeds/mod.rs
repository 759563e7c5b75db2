//! The Atom feeds (RFC 4287), per language: the site's (one entry per published snapshot, what
//! it changed, linking to the changes page) and one per measure, indicator and agency (the
//! baseline publication first, then the snapshots that changed something about it). Written at
//! the paths `strategy_site::follow::FeedTopic` names, which the pages' heads and follow lines
//! link. Entry ids are `tag:` URIs from the site's host, the language, the item and the
//! snapshot, so they never change; `updated` is the snapshot's date.
//!
//! - [`entries`]: what each feed says, from `model::diff`; [`atom`]: writing the XML.

pub mod atom;
pub mod entries;

use crate::data::Published;
use crate::BuildError;
use model::Lang;
use std::path::Path;
use strategy_site::follow::FeedTopic;

/// Every topic with a feed: the site, then each measure, indicator and agency of the latest
/// strategy.
pub fn topics(published: &Published) -> Vec<FeedTopic> {
    let strategy = &published.site.strategy;
    let measures = strategy
        .measures
        .iter()
        .map(|m| FeedTopic::Measure(m.id.clone()));
    let indicators = strategy
        .indicators
        .iter()
        .map(|i| FeedTopic::Indicator(i.id.clone()));
    let agencies = strategy
        .agencies
        .iter()
        .map(|a| FeedTopic::Agency(a.slug.clone()));
    std::iter::once(FeedTopic::Site)
        .chain(measures)
        .chain(indicators)
        .chain(agencies)
        .collect()
}

/// Writes every feed in both languages into `dist`; returns how many.
pub fn write_feeds(
    dist: &Path,
    published: &Published,
    site_url: &str,
) -> Result<usize, BuildError> {
    let publications = entries::publications(published);
    let site_url = site_url.trim_end_matches('/');
    let mut written = 0;
    for lang in Lang::ALL {
        let context = entries::Context { lang, site_url };
        for topic in topics(published) {
            let Some(feed) =
                entries::feed(&topic, &publications, &published.site.strategy, context)
            else {
                continue;
            };
            let path = dist.join(topic.path(lang).trim_start_matches('/'));
            crate::write(&path, &feed.to_xml())?;
            written += 1;
        }
    }
    Ok(written)
}

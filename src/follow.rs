//! Following the site: the addresses of its Atom feeds (per language: the site's, and one per
//! measure, indicator and agency). The build step writes the feeds at these paths
//! (`crates/site-build`, `feeds`), the head links them and the pages' follow line points to them:
//! this is the one place that names them.

use model::Lang;

/// What a feed follows.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FeedTopic {
    /// Every published snapshot.
    Site,
    /// One measure (its id).
    Measure(String),
    /// One indicator (its id).
    Indicator(String),
    /// One agency (its slug).
    Agency(String),
}

impl FeedTopic {
    /// The feed's path on the site (`/az/feeds/measures/8.1.1.1.xml`).
    pub fn path(&self, lang: Lang) -> String {
        let lang = lang.code();
        match self {
            FeedTopic::Site => format!("/{lang}/feeds/site.xml"),
            FeedTopic::Measure(id) => format!("/{lang}/feeds/measures/{id}.xml"),
            FeedTopic::Indicator(id) => format!("/{lang}/feeds/indicators/{id}.xml"),
            FeedTopic::Agency(slug) => format!("/{lang}/feeds/agencies/{slug}.xml"),
        }
    }

    /// The page the feed follows, below the language (`measures/8.1.1.1`, "" for the site).
    pub fn page(&self) -> String {
        match self {
            FeedTopic::Site => String::new(),
            FeedTopic::Measure(id) => format!("measures/{id}"),
            FeedTopic::Indicator(id) => format!("indicators/{id}"),
            FeedTopic::Agency(slug) => format!("agencies/{slug}"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn feeds_live_below_their_language() {
        assert_eq!(FeedTopic::Site.path(Lang::Az), "/az/feeds/site.xml");
        let measure = FeedTopic::Measure("8.1.1.1".into());
        assert_eq!(measure.path(Lang::En), "/en/feeds/measures/8.1.1.1.xml");
        assert_eq!(measure.page(), "measures/8.1.1.1");
        assert_eq!(
            FeedTopic::Agency("eesmn".into()).path(Lang::Az),
            "/az/feeds/agencies/eesmn.xml"
        );
    }
}

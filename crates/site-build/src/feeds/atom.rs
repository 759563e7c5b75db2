//! Writing an Atom feed document (RFC 4287): a feed with its id, title, links, author and
//! update time, and its entries, each with an id, title, link, dates and HTML content. Only the
//! writing; what goes in is decided in [`super::entries`].

use model::Date;
use std::fmt::Write;
use strategy_site::document::escape;

/// One entry.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entry {
    /// A stable, unique id (a `tag:` URI).
    pub id: String,
    /// Its title.
    pub title: String,
    /// The snapshot's date: when the entry's facts were true.
    pub updated: Date,
    /// The page it is about (`rel="alternate"`).
    pub link: String,
    /// The changes page, when the entry is a change (`rel="related"`).
    pub related: Option<String>,
    /// Its content as HTML.
    pub content_html: String,
}

/// One feed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Feed {
    /// A stable, unique id (a `tag:` URI).
    pub id: String,
    /// The language (`xml:lang`).
    pub lang: &'static str,
    /// Its title.
    pub title: String,
    /// Its own address (`rel="self"`).
    pub self_url: String,
    /// The page it follows (`rel="alternate"`).
    pub page_url: String,
    /// Who publishes it (the site).
    pub author: String,
    /// The author's address.
    pub author_url: String,
    /// The entries, oldest first (the baseline publication first).
    pub entries: Vec<Entry>,
}

/// A date as an Atom date-time (midnight UTC).
fn timestamp(date: Date) -> String {
    format!("{date}T00:00:00Z")
}

impl Feed {
    /// The newest entry's date (the feed's `updated`).
    fn updated(&self) -> Option<Date> {
        self.entries.iter().map(|e| e.updated).max()
    }

    /// The feed as an XML document.
    pub fn to_xml(&self) -> String {
        let mut xml = String::from("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n");
        let _ = writeln!(
            xml,
            "<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"{}\">",
            self.lang
        );
        let _ = writeln!(xml, "  <id>{}</id>", escape(&self.id));
        let _ = writeln!(xml, "  <title>{}</title>", escape(&self.title));
        let _ = writeln!(
            xml,
            "  <link rel=\"self\" type=\"application/atom+xml\" href=\"{}\"/>",
            escape(&self.self_url)
        );
        let _ = writeln!(
            xml,
            "  <link rel=\"alternate\" type=\"text/html\" href=\"{}\"/>",
            escape(&self.page_url)
        );
        let _ = writeln!(
            xml,
            "  <author><name>{}</name><uri>{}</uri></author>",
            escape(&self.author),
            escape(&self.author_url)
        );
        if let Some(updated) = self.updated() {
            let _ = writeln!(xml, "  <updated>{}</updated>", timestamp(updated));
        }
        for entry in &self.entries {
            xml.push_str("  <entry>\n");
            let _ = writeln!(xml, "    <id>{}</id>", escape(&entry.id));
            let _ = writeln!(xml, "    <title>{}</title>", escape(&entry.title));
            let _ = writeln!(
                xml,
                "    <link rel=\"alternate\" type=\"text/html\" href=\"{}\"/>",
                escape(&entry.link)
            );
            if let Some(related) = &entry.related {
                let _ = writeln!(
                    xml,
                    "    <link rel=\"related\" type=\"text/html\" href=\"{}\"/>",
                    escape(related)
                );
            }
            let _ = writeln!(
                xml,
                "    <published>{}</published>",
                timestamp(entry.updated)
            );
            let _ = writeln!(xml, "    <updated>{}</updated>", timestamp(entry.updated));
            let _ = writeln!(
                xml,
                "    <content type=\"html\">{}</content>",
                escape(&entry.content_html)
            );
            xml.push_str("  </entry>\n");
        }
        xml.push_str("</feed>\n");
        xml
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_and_html_are_escaped_once() {
        let feed = Feed {
            id: "tag:x.az,2026:en/site".into(),
            lang: "en",
            title: "A & B".into(),
            self_url: "https://x.az/en/feeds/site.xml".into(),
            page_url: "https://x.az/en/changes?from=a&to=b".into(),
            author: "Site".into(),
            author_url: "https://x.az/en/about".into(),
            entries: vec![Entry {
                id: "tag:x.az,2026:en/site/2026-Q3".into(),
                title: "<Q3>".into(),
                updated: Date::new(2026, 9, 30).unwrap(),
                link: "https://x.az/en/".into(),
                related: None,
                content_html: "<p>x &amp; y</p>".into(),
            }],
        };
        let xml = feed.to_xml();
        assert!(xml.contains("<title>A &amp; B</title>"));
        assert!(xml.contains("href=\"https://x.az/en/changes?from=a&amp;to=b\""));
        assert!(xml.contains("<title>&lt;Q3&gt;</title>"));
        assert!(xml.contains("<content type=\"html\">&lt;p&gt;x &amp;amp; y&lt;/p&gt;</content>"));
        assert!(xml.contains("  <updated>2026-09-30T00:00:00Z</updated>"));
    }
}

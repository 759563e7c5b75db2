//! The Content-Security-Policy of the served site, made from the built pages themselves: the
//! hashes of their inline scripts (trunk's loader), so no `'unsafe-inline'` is needed for
//! scripts, and the origins their deployment `<meta>` tags name for the data and the feedback
//! API, so `connect-src` allows them. The API alone answers with a policy that allows nothing.

use base64::Engine;
use sha2::{Digest, Sha256};
use std::collections::BTreeSet;
use std::path::Path;

/// The deployment `<meta>` tags whose URLs the browser app fetches from.
const CONNECT_META: [&str; 2] = ["data-base-url", "feedback-api-url"];

/// The policy for responses of the API alone (JSON is never a document that runs anything).
pub const API_ONLY_POLICY: &str =
    "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

/// Who may show a page in a frame (`frame-ancestors`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Framing {
    /// No site, this one included (every page but the embeds).
    Nobody,
    /// Any site (the embeddable pages under `/{lang}/embed/`).
    Anyone,
}

impl Framing {
    /// The `frame-ancestors` sources.
    fn sources(self) -> &'static str {
        match self {
            Framing::Nobody => "'none'",
            Framing::Anyone => "*",
        }
    }
}

/// What the built pages need from the policy.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PageNeeds {
    /// `'sha256-…'` of every inline script that runs.
    pub script_hashes: BTreeSet<String>,
    /// Other origins the pages fetch from (`https://cdn.example`).
    pub connect_origins: BTreeSet<String>,
}

/// Where each `<script …>` opening tag ends and its element's text, for scripts without `src`.
fn inline_scripts(html: &str) -> Vec<(&str, &str)> {
    // ASCII lower-casing keeps byte offsets, so positions found in `lower` index `html` too.
    let lower = html.to_ascii_lowercase();
    let mut found = Vec::new();
    let mut from = 0;
    while let Some(start) = lower[from..].find("<script").map(|i| from + i) {
        let Some(tag_end) = lower[start..].find('>').map(|i| start + i) else {
            break;
        };
        let Some(close) = lower[tag_end..].find("</script").map(|i| tag_end + i) else {
            break;
        };
        found.push((&html[start..=tag_end], &html[tag_end + 1..close]));
        from = close;
    }
    found
}

/// The value of an attribute in an opening tag (`type="module"`), if present.
fn attribute<'a>(tag: &'a str, name: &str) -> Option<&'a str> {
    let lower = tag.to_ascii_lowercase();
    let at = lower.find(&format!(" {name}="))? + name.len() + 2;
    let rest = &tag[at..];
    let (quote, rest) = match rest.chars().next()? {
        q @ ('"' | '\'') => (q, &rest[1..]),
        _ => (' ', rest),
    };
    Some(rest.split([quote, '>']).next().unwrap_or(""))
}

/// True for a script element the browser runs (not a data block such as `application/json`).
fn runs(tag: &str) -> bool {
    attribute(tag, "src").is_none()
        && match attribute(tag, "type").map(|t| t.trim().to_ascii_lowercase()) {
            None => true,
            Some(kind) => matches!(
                kind.as_str(),
                "" | "module" | "text/javascript" | "application/javascript"
            ),
        }
}

/// `https://cdn.example` of `https://cdn.example/data/`; none for a relative URL.
pub fn origin_of(url: &str) -> Option<String> {
    let url = url.trim().replace("&amp;", "&");
    let (scheme, rest) = url.split_once("://")?;
    if !matches!(scheme, "http" | "https") {
        return None;
    }
    let host = rest.split(['/', '?', '#']).next().unwrap_or("");
    let plain = |c: char| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | ':' | '[' | ']');
    (!host.is_empty() && host.chars().all(plain)).then(|| format!("{scheme}://{host}"))
}

/// The `content` of `<meta name="NAME" content="…">`, as written by the build.
fn meta_content<'a>(html: &'a str, name: &str) -> Option<&'a str> {
    let start = html.find(&format!("<meta name=\"{name}\" content=\""))?;
    let rest = &html[start..];
    let value = &rest[rest.find("content=\"")? + "content=\"".len()..];
    value.split('"').next()
}

impl PageNeeds {
    /// Adds what one page needs.
    pub fn add_page(&mut self, html: &str) {
        for (tag, text) in inline_scripts(html) {
            if runs(tag) {
                let digest = Sha256::digest(text.as_bytes());
                let hash = base64::engine::general_purpose::STANDARD.encode(digest);
                self.script_hashes.insert(format!("'sha256-{hash}'"));
            }
        }
        for name in CONNECT_META {
            if let Some(origin) = meta_content(html, name).and_then(origin_of) {
                self.connect_origins.insert(origin);
            }
        }
    }

    /// What every HTML page of a built site needs (the data folder is skipped).
    pub fn scan(site_dir: &Path) -> Result<PageNeeds, String> {
        let mut needs = PageNeeds::default();
        let mut folders = vec![site_dir.to_path_buf()];
        let mut pages = 0;
        while let Some(folder) = folders.pop() {
            let entries =
                std::fs::read_dir(&folder).map_err(|e| format!("{}: {e}", folder.display()))?;
            for entry in entries.flatten() {
                let path = entry.path();
                if path.is_dir() && path != site_dir.join("data") {
                    folders.push(path);
                } else if path.extension().is_some_and(|e| e == "html") {
                    let html = std::fs::read_to_string(&path)
                        .map_err(|e| format!("{}: {e}", path.display()))?;
                    needs.add_page(&html);
                    pages += 1;
                }
            }
        }
        if pages == 0 {
            return Err(format!("{} holds no HTML page", site_dir.display()));
        }
        Ok(needs)
    }

    /// The whole policy for the site's responses; `extra_connect` are origins the operator adds.
    pub fn policy(&self, extra_connect: &[String], framing: Framing) -> String {
        let hashes: Vec<&str> = self.script_hashes.iter().map(String::as_str).collect();
        let mut connect: BTreeSet<String> = self.connect_origins.clone();
        connect.extend(extra_connect.iter().filter_map(|o| origin_of(o)));
        let connect: Vec<String> = connect.into_iter().collect();
        let join = |words: &[&str], more: &[&str]| -> String {
            words
                .iter()
                .chain(more)
                .copied()
                .collect::<Vec<_>>()
                .join(" ")
        };
        let connect: Vec<&str> = connect.iter().map(String::as_str).collect();
        format!(
            // worker-src: the site's own service worker (`/sw.js`: the app and static pages register it) and no other.
            "default-src 'self'; script-src {}; worker-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src {}; object-src 'none'; frame-ancestors {}; base-uri 'self'; form-action 'self'",
            join(&["'self'", "'wasm-unsafe-eval'"], &hashes),
            join(&["'self'"], &connect),
            framing.sources(),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = "<html><head><meta name=\"data-base-url\" content=\"https://cdn.example/data/\"><meta name=\"feedback-api-url\" content=\"\">\
        <script type=\"module\">\nimport init from '/app-0123456789abcdef.js';\n</script>\
        <script src=\"/echarts.js\"></script></head><body><div id=\"app\"></div>\
        <script type=\"application/json\" id=\"record\">{\"a\":1}</script></body></html>";

    #[test]
    fn inline_scripts_that_run_are_hashed_and_data_blocks_are_not() {
        let mut needs = PageNeeds::default();
        needs.add_page(PAGE);
        let expected = base64::engine::general_purpose::STANDARD.encode(Sha256::digest(
            "\nimport init from '/app-0123456789abcdef.js';\n",
        ));
        assert_eq!(
            needs.script_hashes.into_iter().collect::<Vec<_>>(),
            vec![format!("'sha256-{expected}'")]
        );
        assert_eq!(
            needs.connect_origins.into_iter().collect::<Vec<_>>(),
            vec!["https://cdn.example".to_string()]
        );
    }

    #[test]
    fn the_policy_allows_no_inline_script_but_the_hashed_ones() {
        let mut needs = PageNeeds::default();
        needs.add_page(PAGE);
        let policy = needs.policy(
            &["https://api.example/api/feedback".into()],
            Framing::Nobody,
        );
        let script_src = policy
            .split("; ")
            .find(|d| d.starts_with("script-src"))
            .unwrap();
        assert!(!script_src.contains("unsafe-inline"), "{policy}");
        assert!(script_src.contains("'sha256-"), "{policy}");
        assert!(
            policy.contains("connect-src 'self' https://api.example https://cdn.example;"),
            "{policy}"
        );
        assert!(policy.contains("frame-ancestors 'none';"), "{policy}");
        assert!(policy.contains("; worker-src 'self';"), "{policy}");
        let framable = needs.policy(&[], Framing::Anyone);
        assert!(framable.contains("frame-ancestors *;"), "{framable}");
    }

    #[test]
    fn origins_come_from_absolute_urls_only() {
        assert_eq!(
            origin_of("https://cdn.example:8443/data/"),
            Some("https://cdn.example:8443".into())
        );
        assert_eq!(origin_of("/data/"), None);
        assert_eq!(origin_of(""), None);
        assert_eq!(origin_of("javascript://x"), None);
        assert_eq!(origin_of("https://a.example; script-src *"), None);
    }
}

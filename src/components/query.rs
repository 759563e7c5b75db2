//! Reading and writing the URL's query string from pages (filters, snapshot choice), so every
//! view can be shared as a link.

use leptos::prelude::*;
use leptos_router::hooks::{use_location, use_navigate};
use leptos_router::NavigateOptions;

/// What `encodeURIComponent` leaves as it is: letters, digits and `-_.!~*'()`.
const COMPONENT: &percent_encoding::AsciiSet = &percent_encoding::NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'_')
    .remove(b'.')
    .remove(b'!')
    .remove(b'~')
    .remove(b'*')
    .remove(b'\'')
    .remove(b'(')
    .remove(b')');

/// Percent-encodes a query value as `encodeURIComponent` does (UTF-8; letters like ə are
/// encoded, spaces as %20); the same natively and in the browser.
pub fn encode_component(value: &str) -> String {
    percent_encoding::utf8_percent_encode(value, COMPONENT).to_string()
}

/// A query string from pairs, keeping `as_of` from the current URL when present.
pub fn query_string(pairs: &[(&str, String)], as_of: Option<&str>) -> String {
    let mut parts: Vec<String> = pairs
        .iter()
        .map(|(k, v)| format!("{k}={}", encode_component(v)))
        .collect();
    if let Some(id) = as_of {
        parts.push(format!("as_of={}", encode_component(id)));
    }
    if parts.is_empty() {
        String::new()
    } else {
        format!("?{}", parts.join("&"))
    }
}

/// Navigation that stays in place: no new history entry, no scroll.
pub fn in_place() -> NavigateOptions {
    NavigateOptions {
        replace: true,
        scroll: false,
        ..Default::default()
    }
}

/// Replaces the current URL's query (same path, no new history entry).
pub fn use_replace_query() -> impl Fn(String) + Clone {
    let navigate = use_navigate();
    let location = use_location();
    move |query: String| {
        let url = format!("{}{}", location.pathname.get_untracked(), query);
        navigate(&url, in_place());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn encodes_like_encode_uri_component() {
        assert_eq!(encode_component("süni intellekt"), "s%C3%BCni%20intellekt");
        assert_eq!(encode_component("a&b=c/d?"), "a%26b%3Dc%2Fd%3F");
        assert_eq!(encode_component("8.1.1-x_(y)!~*'"), "8.1.1-x_(y)!~*'");
    }
}

//! Security headers on every response: no sniffing, no framing (but for the embeddable pages
//! under `/{lang}/embed/`, which any site may frame), a strict referrer and permissions policy,
//! the Content-Security-Policy of the served pages ([`crate::page_policy`]), and HSTS when the
//! operator says the site is reached over TLS (`--hsts`).

use crate::page_policy::{Framing, PageNeeds, API_ONLY_POLICY};
use crate::reload::Reloading;
use axum::extract::{Request, State};
use axum::http::{header, HeaderName, HeaderValue};
use axum::middleware::Next;
use axum::response::Response;
use std::sync::Arc;

/// HSTS for a year; subdomains are the operator's to decide, so they are not included.
pub const HSTS: &str = "max-age=31536000";

/// What the security headers are made from.
#[derive(Clone)]
pub struct SecurityPolicy {
    /// What the served pages need; none when only the API is served.
    pub pages: Option<Arc<Reloading<PageNeeds>>>,
    /// Origins the operator adds to `connect-src`.
    pub extra_connect: Vec<String>,
    /// Send `Strict-Transport-Security`.
    pub hsts: bool,
}

impl SecurityPolicy {
    /// The Content-Security-Policy now (the pages may have been rebuilt), for a response that
    /// may be framed as `framing` says.
    pub fn content_security_policy(&self, framing: Framing) -> String {
        match &self.pages {
            Some(pages) => pages.current().policy(&self.extra_connect, framing),
            None => API_ONLY_POLICY.to_string(),
        }
    }
}

/// Who may show the response to a request for `path` in a frame: anyone for the embeddable
/// pages (`/az/embed/…`, `/en/embed/…`), nobody for everything else.
pub fn framing_of(path: &str) -> Framing {
    let mut segments = path.trim_start_matches('/').splitn(3, '/');
    let lang = segments.next().and_then(model::Lang::from_code);
    match (lang, segments.next(), segments.next()) {
        (Some(_), Some("embed"), Some(_)) => Framing::Anyone,
        _ => Framing::Nobody,
    }
}

const FIXED: [(&str, &str); 3] = [
    ("x-content-type-options", "nosniff"),
    ("referrer-policy", "strict-origin-when-cross-origin"),
    (
        "permissions-policy",
        "camera=(), microphone=(), geolocation=()",
    ),
];

/// Middleware: adds the headers a response does not set itself.
pub async fn add_security_headers(
    State(policy): State<Arc<SecurityPolicy>>,
    request: Request,
    next: Next,
) -> Response {
    let framing = framing_of(request.uri().path());
    let mut response = next.run(request).await;
    let headers = response.headers_mut();
    for (name, value) in FIXED {
        headers
            .entry(HeaderName::from_static(name))
            .or_insert(HeaderValue::from_static(value));
    }
    if framing == Framing::Nobody {
        headers
            .entry(header::X_FRAME_OPTIONS)
            .or_insert(HeaderValue::from_static("DENY"));
    }
    if let Ok(csp) = HeaderValue::from_str(&policy.content_security_policy(framing)) {
        headers
            .entry(header::CONTENT_SECURITY_POLICY)
            .or_insert(csp);
    }
    if policy.hsts {
        headers
            .entry(header::STRICT_TRANSPORT_SECURITY)
            .or_insert(HeaderValue::from_static(HSTS));
    }
    response
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_embeddable_pages_may_be_framed() {
        for path in ["/az/embed/indicators/4.1.5", "/en/embed/x", "/az/embed/"] {
            assert_eq!(framing_of(path), Framing::Anyone, "{path}");
        }
        for path in [
            "/",
            "/az/embed",
            "/az/measures/8.1.1.1",
            "/ru/embed/x",
            "/embed/x",
            "/api/feedback",
            "/az/moderation/",
            "/en/indicators/embed/x",
        ] {
            assert_eq!(framing_of(path), Framing::Nobody, "{path}");
        }
    }
}

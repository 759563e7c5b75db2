//! Security headers on every response: no sniffing, no framing, a strict referrer and
//! permissions policy, the Content-Security-Policy of the served pages ([`crate::page_policy`]),
//! and HSTS when the operator says the site is reached over TLS (`--hsts`).

use crate::page_policy::{PageNeeds, API_ONLY_POLICY};
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
    /// The Content-Security-Policy now (the pages may have been rebuilt).
    pub fn content_security_policy(&self) -> String {
        match &self.pages {
            Some(pages) => pages.current().policy(&self.extra_connect),
            None => API_ONLY_POLICY.to_string(),
        }
    }
}

const FIXED: [(&str, &str); 4] = [
    ("x-content-type-options", "nosniff"),
    ("x-frame-options", "DENY"),
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
    let mut response = next.run(request).await;
    let headers = response.headers_mut();
    for (name, value) in FIXED {
        headers
            .entry(HeaderName::from_static(name))
            .or_insert(HeaderValue::from_static(value));
    }
    if let Ok(csp) = HeaderValue::from_str(&policy.content_security_policy()) {
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

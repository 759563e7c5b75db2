//! Moderator tokens: random, shown once, stored as SHA-256 hashes, compared in constant time; and
//! the [`Moderator`] extractor that admits a request only with an active token.

use crate::error::ApiError;
use crate::store::ActiveToken;
use crate::AppState;
use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use axum::http::{header, HeaderMap};
use rand::RngCore;
use sha2::{Digest, Sha256};

/// The moderator a request comes from, named by their active (not revoked, not expired) bearer
/// token. A handler that takes it is only reached with such a token; otherwise the answer is 401.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Moderator {
    /// The name the token was created for (the audit trail's "who").
    pub name: String,
    /// When the token expires (Unix seconds), if it does.
    pub expires_at: Option<i64>,
}

impl FromRequestParts<AppState> for Moderator {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, ApiError> {
        let token = bearer_token(&parts.headers).ok_or(ApiError::Unauthorized)?;
        let active = state.store.active_tokens(crate::clock::now()).await?;
        moderator_for(token, &active)
            .map(|found| Moderator {
                name: found.name.clone(),
                expires_at: found.expires_at,
            })
            .ok_or(ApiError::Unauthorized)
    }
}

/// The token of an `Authorization: Bearer <token>` header (the scheme in any case).
pub fn bearer_token(headers: &HeaderMap) -> Option<&str> {
    let value = headers.get(header::AUTHORIZATION)?.to_str().ok()?;
    let (scheme, token) = value.trim().split_once(' ')?;
    let token = token.trim();
    (scheme.eq_ignore_ascii_case("bearer") && !token.is_empty()).then_some(token)
}

/// A new random token (256 bits, hex).
pub fn new_token() -> String {
    let mut bytes = [0u8; 32];
    rand::rngs::OsRng.fill_bytes(&mut bytes);
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// The stored form of a token.
pub fn token_hash(token: &str) -> String {
    Sha256::digest(token.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// Compares two byte strings in time that does not depend on where they differ.
pub fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    if a.len() != b.len() {
        return false;
    }
    a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

/// The active token a bearer token is, checked against every active hash.
pub fn moderator_for<'a>(presented: &str, active: &'a [ActiveToken]) -> Option<&'a ActiveToken> {
    let hash = token_hash(presented);
    let mut found = None;
    for token in active {
        // No early exit: every comparison runs.
        if constant_time_eq(hash.as_bytes(), token.token_sha256.as_bytes()) {
            found = Some(token);
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_verify_by_hash_only() {
        let token = new_token();
        assert_eq!(token.len(), 64);
        let active = vec![ActiveToken {
            name: "aysel".into(),
            token_sha256: token_hash(&token),
            expires_at: None,
        }];
        assert_eq!(
            moderator_for(&token, &active).map(|t| t.name.as_str()),
            Some("aysel")
        );
        assert_eq!(moderator_for("wrong", &active), None);
        assert!(!constant_time_eq(b"abc", b"abd"));
        assert!(!constant_time_eq(b"abc", b"abcd"));
    }

    #[test]
    fn the_bearer_scheme_is_read_in_any_case() {
        let headers = |value: &str| {
            let mut headers = HeaderMap::new();
            headers.insert(header::AUTHORIZATION, value.parse().unwrap());
            headers
        };
        assert_eq!(bearer_token(&headers("Bearer abc")), Some("abc"));
        assert_eq!(bearer_token(&headers("bearer  abc ")), Some("abc"));
        assert_eq!(bearer_token(&headers("Basic abc")), None);
        assert_eq!(bearer_token(&headers("Bearer ")), None);
        assert_eq!(bearer_token(&HeaderMap::new()), None);
    }
}

//! Extractors whose refusals are [`ApiError`]s (so every refusal is the documented JSON): a JSON
//! body, an item's id in the path, a query, and the peer address. The moderator extractor is in
//! [`crate::auth`].

use crate::error::ApiError;
use axum::extract::{ConnectInfo, FromRequest, FromRequestParts};
use axum::http::request::Parts;
use std::net::SocketAddr;

/// A JSON request body; refused as malformed, too large or of the wrong media type.
#[derive(FromRequest)]
#[from_request(via(axum::Json), rejection(ApiError))]
pub struct JsonBody<T>(pub T);

/// The `{id}` of an item's path: a whole number from 1 in plain digits. Anything else names
/// no item, so it is a 404, like an id that does not exist.
pub struct ItemId(pub i64);

/// The item id a path segment names, if it names one.
pub fn item_id(segment: &str) -> Option<i64> {
    segment
        .bytes()
        .all(|b| b.is_ascii_digit())
        .then(|| segment.parse::<i64>().ok())
        .flatten()
        .filter(|id| *id >= 1)
}

impl<S: Send + Sync> FromRequestParts<S> for ItemId {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, ApiError> {
        let axum::extract::Path(segment) =
            axum::extract::Path::<String>::from_request_parts(parts, state).await?;
        item_id(&segment)
            .map(ItemId)
            .ok_or(ApiError::NotFound("no such feedback item"))
    }
}

/// Query parameters; refused as malformed when they cannot be read at all.
#[derive(FromRequestParts)]
#[from_request(via(axum::extract::Query), rejection(ApiError))]
pub struct QueryParams<T>(pub T);

/// The peer address when the server recorded it (absent in in-process tests).
pub struct Peer(pub Option<SocketAddr>);

impl<S: Send + Sync> FromRequestParts<S> for Peer {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Self::Rejection> {
        Ok(Peer(
            parts
                .extensions
                .get::<ConnectInfo<SocketAddr>>()
                .map(|c| c.0),
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn item_ids_are_plain_positive_numbers() {
        assert_eq!(item_id("42"), Some(42));
        for not_an_id in ["0", "-1", "+1", "1.0", "abc", "", "99999999999999999999"] {
            assert_eq!(item_id(not_an_id), None, "{not_an_id}");
        }
    }
}

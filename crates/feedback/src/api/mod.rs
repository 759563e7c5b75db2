//! The HTTP API's handlers: `POST /api/feedback` ([`submit`]), `GET /api/health` ([`health`]),
//! the public counts and published answers ([`public`]), and the moderators' routes under
//! `/api/admin/` ([`admin`], a [`Moderator`] token each).
//! Handlers return `Result<_, ApiError>`; every refusal is the documented JSON error.
//!
//! [`Moderator`]: crate::auth::Moderator
//! [`ApiError`]: crate::error::ApiError

pub mod admin;
pub mod health;
pub mod public;
pub mod submit;

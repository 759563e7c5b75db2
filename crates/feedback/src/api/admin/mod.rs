//! The moderators' routes under `/api/admin/`: each takes a [`Moderator`], so it runs only with
//! an active token. [`read`]: who is signed in, the list, an item, the audit trail, exports;
//! [`change`]: status, answer, publication, erasure; [`query`] and [`bodies`]: what they take,
//! checked field by field.
//!
//! [`Moderator`]: crate::auth::Moderator

pub mod bodies;
pub mod change;
pub mod query;
pub mod read;

//! The moderators' page of the strategy site, at `/{lang}/moderation`: a browser app of its own
//! (its own HTML and wasm), outside the citizens' router, navigation and sitemap, so the public
//! pages carry none of its code.
//!
//! - [`app`]: the frame: the language, the sign-in gate, the sections.
//! - [`session`]: the moderator token, kept in `sessionStorage` only.
//! - [`client`]: the moderators' API (`/api/admin/…`) in the model's contract types.
//! - [`list`]: filters, the list with paging and selection, status for a selection.
//! - [`item`]: one message: status, answer, publication, its audit trail.
//! - [`tools`]: export of the filtered list, erasure on request.
//! - [`audit`]: the audit trail.
//! - [`browser`]: the one door to `web_sys` (nothing natively).

pub mod app;
pub mod audit;
pub mod browser;
pub mod client;
pub mod item;
pub mod list;
pub mod session;
pub mod tools;

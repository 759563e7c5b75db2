//! One module per page.

pub mod about;
pub mod not_found;
pub mod overview;

pub use about::AboutPage;
pub use not_found::NotFoundPage;
pub use overview::OverviewPage;

//! One module per page.

pub mod about;
pub mod agency;
pub mod changes;
pub mod direction;
pub mod embed;
pub mod feedback;
pub mod flagships;
pub mod goal;
pub mod indicators;
pub mod measure;
pub mod measures;
pub mod not_found;
pub mod overview;

pub use about::AboutPage;
pub use agency::{AgenciesPage, AgencyPage};
pub use changes::ChangesPage;
pub use direction::DirectionPage;
pub use embed::{EmbedLayout, IndicatorEmbedPage};
pub use feedback::FeedbackPage;
pub use flagships::FlagshipsPage;
pub use goal::GoalPage;
pub use indicators::{IndicatorPage, IndicatorsPage};
pub use measure::MeasurePage;
pub use measures::MeasuresPage;
pub use not_found::NotFoundPage;
pub use overview::OverviewPage;

//! The feedback form's contract, shared by the app's form and the feedback service: the fixed
//! list of sender types and the length limits.

/// Who the sender is, from a fixed list.
pub const ORGANISATION_TYPES: [&str; 7] = [
    "citizen",
    "business",
    "ngo",
    "academia",
    "government",
    "media",
    "other",
];

/// Longest message accepted, in characters.
pub const MAX_MESSAGE_CHARS: usize = 5000;
/// Longest name accepted, in characters.
pub const MAX_NAME_CHARS: usize = 200;
/// Longest email address accepted.
pub const MAX_EMAIL_CHARS: usize = 254;
/// Longest page path accepted.
pub const MAX_PAGE_CHARS: usize = 500;

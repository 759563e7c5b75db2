//! A validated submission as the service stores it: the model's [`ValidSubmission`] plus the
//! hash that tells a retry (same key, same content) from a conflict (same key, other content).
//! The request, its rules and its codes are the model's feedback contract.

use crate::topics::Topics;
use sha2::{Digest, Sha256};

pub use model::feedback::{
    is_plausible_email, FeedbackRequest, FieldError, ModerationStatus, ValidSubmission,
};

/// A submission that passed validation, normalised for storage.
#[derive(Clone, Debug, PartialEq)]
pub struct Submission {
    /// The validated, trimmed fields.
    pub fields: ValidSubmission,
    /// Hex SHA-256 of the normalised content, to tell a retry from a different body.
    pub body_sha256: String,
}

/// Validates a request against the rules and the topics the service knows.
pub fn validate(request: &FeedbackRequest, topics: &Topics) -> Result<Submission, Vec<FieldError>> {
    let fields = request.validate(|id| topics.contains(id))?;
    let body_sha256 = content_hash(&fields);
    Ok(Submission {
        fields,
        body_sha256,
    })
}

/// Hash of the content a retry must repeat exactly (the key itself excluded). The opt-in to
/// publication is hashed only when given, so submissions stored before it existed (all without
/// it) keep their hash and their retries are still recognised.
fn content_hash(s: &ValidSubmission) -> String {
    let snapshot = s.snapshot.map(|id| id.to_string()).unwrap_or_default();
    let fields = [
        s.topic.as_str(),
        s.message.as_str(),
        s.name.as_deref().unwrap_or(""),
        s.email.as_deref().unwrap_or(""),
        s.organisation_type.code(),
        s.language.code(),
        snapshot.as_str(),
        s.page.as_deref().unwrap_or(""),
        s.status.code(),
    ];
    let opt_in: &[&str] = if s.publish_consent {
        &["publish_consent"]
    } else {
        &[]
    };
    let mut hasher = Sha256::new();
    for field in fields.iter().chain(opt_in) {
        hasher.update((field.len() as u64).to_le_bytes());
        hasher.update(field.as_bytes());
    }
    hasher
        .finalize()
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn topics() -> Topics {
        Topics::from_ids(["8.1.1.1", "4.1.5"])
    }

    fn valid() -> FeedbackRequest {
        FeedbackRequest {
            topic: "8.1.1.1".into(),
            message: "Platforma nə vaxt işə düşəcək?".into(),
            organisation_type: "citizen".into(),
            language: "az".into(),
            consent: true,
            idempotency_key: "k-0123456789abcdef".into(),
            ..Default::default()
        }
    }

    #[test]
    fn a_valid_request_gets_a_content_hash() {
        let s = validate(&valid(), &topics()).unwrap();
        assert_eq!(s.fields.status, ModerationStatus::New);
        assert_eq!(s.body_sha256.len(), 64);
    }

    #[test]
    fn the_hash_depends_on_content_only() {
        let a = validate(&valid(), &topics()).unwrap();
        let mut other_key = valid();
        other_key.idempotency_key = "k-ffffffffffffffff".into();
        assert_eq!(
            a.body_sha256,
            validate(&other_key, &topics()).unwrap().body_sha256
        );
        let mut other_message = valid();
        other_message.message.push('!');
        assert_ne!(
            a.body_sha256,
            validate(&other_message, &topics()).unwrap().body_sha256
        );
        let mut opted_in = valid();
        opted_in.publish_consent = true;
        assert_ne!(
            a.body_sha256,
            validate(&opted_in, &topics()).unwrap().body_sha256,
            "a retry must repeat the opt-in"
        );
        let mut spam = valid();
        spam.website = Some("http://spam".into());
        assert_ne!(
            a.body_sha256,
            validate(&spam, &topics()).unwrap().body_sha256
        );
    }

    #[test]
    fn hashes_of_submissions_without_the_opt_in_are_those_of_the_first_release() {
        // Computed by the first release for valid(): a retry across the upgrade still matches.
        assert_eq!(
            validate(&valid(), &topics()).unwrap().body_sha256,
            FIRST_RELEASE_HASH
        );
    }

    const FIRST_RELEASE_HASH: &str =
        "6deb35d489677f653ad917af84f74bd9ccd7136331fb389b99941bf9c98d466e";

    #[test]
    fn unknown_topics_are_refused() {
        let mut request = valid();
        request.topic = "9.9.9".into();
        let errors = validate(&request, &topics()).unwrap_err();
        assert_eq!(
            errors,
            vec![FieldError::new(
                model::feedback::Field::Topic,
                model::feedback::ErrorCode::Unknown
            )]
        );
    }
}

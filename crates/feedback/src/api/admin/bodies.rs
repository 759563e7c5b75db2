//! The moderators' request bodies checked beyond their JSON shape: versions, the selection of a
//! bulk change, the answer, the redacted question and the email of an erasure. Each problem is
//! a [`FieldError`] naming its field.

use model::feedback::{
    is_plausible_email, plain_text, ErrorCode, Field, FieldError, MAX_EMAIL_CHARS,
};
use model::moderation::{ItemVersion, MAX_ANSWER_CHARS, MAX_BULK_ITEMS, MAX_REDACTED_CHARS};

/// A version as seen: versions start at 1.
pub fn version(seen: i64) -> Result<i64, FieldError> {
    if seen >= 1 {
        Ok(seen)
    } else {
        Err(FieldError::new(Field::Version, ErrorCode::Invalid))
    }
}

/// The selection of a bulk change: 1 to [`MAX_BULK_ITEMS`] items, each with an id and a version
/// from 1.
pub fn selection(items: &[ItemVersion]) -> Result<(), FieldError> {
    let refuse = |code| Err(FieldError::new(Field::Items, code));
    if items.is_empty() {
        refuse(ErrorCode::Required)
    } else if items.len() > MAX_BULK_ITEMS {
        refuse(ErrorCode::TooLong)
    } else if items.iter().any(|i| i.id < 1 || i.version < 1) {
        refuse(ErrorCode::Invalid)
    } else {
        Ok(())
    }
}

/// An answer: trimmed, `None` (removes it) when blank.
pub fn answer(text: &str) -> Result<Option<String>, FieldError> {
    plain_text(text, MAX_ANSWER_CHARS).map_err(|code| FieldError::new(Field::Answer, code))
}

/// The redacted question to publish, when one is given: it may not be blank.
pub fn question(text: Option<&str>) -> Result<Option<String>, FieldError> {
    let Some(text) = text else {
        return Ok(None);
    };
    match plain_text(text, MAX_REDACTED_CHARS) {
        Ok(Some(question)) => Ok(Some(question)),
        Ok(None) => Err(FieldError::new(Field::Question, ErrorCode::Required)),
        Err(code) => Err(FieldError::new(Field::Question, code)),
    }
}

/// The email address of an erasure, trimmed.
pub fn email(text: &str) -> Result<String, FieldError> {
    let email = text.trim();
    if text.chars().count() > MAX_EMAIL_CHARS {
        Err(FieldError::new(Field::Email, ErrorCode::TooLong))
    } else if email.is_empty() {
        Err(FieldError::new(Field::Email, ErrorCode::Required))
    } else if !is_plausible_email(email) {
        Err(FieldError::new(Field::Email, ErrorCode::Invalid))
    } else {
        Ok(email.to_string())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn versions_and_selections_are_checked() {
        assert!(version(1).is_ok());
        assert!(version(0).is_err());
        let item = |id, version| ItemVersion { id, version };
        assert_eq!(
            selection(&[]),
            Err(FieldError::new(Field::Items, ErrorCode::Required))
        );
        assert_eq!(
            selection(&[item(1, 1), item(0, 1)]),
            Err(FieldError::new(Field::Items, ErrorCode::Invalid))
        );
        assert_eq!(
            selection(&vec![item(1, 1); MAX_BULK_ITEMS + 1]),
            Err(FieldError::new(Field::Items, ErrorCode::TooLong))
        );
        assert!(selection(&[item(1, 1)]).is_ok());
    }

    #[test]
    fn texts_are_trimmed_and_a_blank_question_is_refused() {
        assert_eq!(answer("  Cavab "), Ok(Some("Cavab".into())));
        assert_eq!(answer(""), Ok(None));
        assert_eq!(question(None), Ok(None));
        assert_eq!(
            question(Some("  ")),
            Err(FieldError::new(Field::Question, ErrorCode::Required))
        );
        assert_eq!(
            question(Some(&"x".repeat(MAX_REDACTED_CHARS + 1))),
            Err(FieldError::new(Field::Question, ErrorCode::TooLong))
        );
        assert_eq!(email(" Leyla@Example.az "), Ok("Leyla@Example.az".into()));
        assert_eq!(
            email("leyla"),
            Err(FieldError::new(Field::Email, ErrorCode::Invalid))
        );
    }
}

//! The feedback contract's rules from the outside: validation of every field with its code, the
//! limits at their boundaries, plain texts, emails, the honeypot and the error body's shape.

use model::feedback::*;
use model::Lang;

fn is_topic(id: &str) -> bool {
    ["8.1.1.1", "4.1.5", GENERAL_TOPIC].contains(&id)
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
fn a_valid_request_passes_typed() {
    let s = valid().validate(is_topic).unwrap();
    assert_eq!(s.status, ModerationStatus::New);
    assert_eq!(s.organisation_type, OrganisationType::Citizen);
    assert_eq!(s.language, Lang::Az);
}

#[test]
fn every_problem_is_reported_with_its_code() {
    let request = FeedbackRequest {
        topic: "9.9.9".into(),
        email: Some("not an email".into()),
        organisation_type: "alien".into(),
        language: "fr".into(),
        idempotency_key: "short".into(),
        snapshot: Some("2026-Q9".into()),
        page: Some("no-slash".into()),
        ..Default::default()
    };
    let errors = request.validate(is_topic).unwrap_err();
    let pairs: Vec<(&str, &str)> = errors
        .iter()
        .map(|e| (e.field.code(), e.code.code()))
        .collect();
    assert_eq!(
        pairs,
        [
            ("topic", "unknown"),
            ("message", "required"),
            ("email", "invalid"),
            ("organisation_type", "unknown"),
            ("language", "unknown"),
            ("consent", "required"),
            ("snapshot", "invalid"),
            ("page", "invalid"),
            ("idempotency_key", "invalid"),
        ]
    );
}

#[test]
fn empty_required_fields_say_required() {
    let request = FeedbackRequest {
        language: "en".into(),
        consent: true,
        ..Default::default()
    };
    let errors = request.validate(is_topic).unwrap_err();
    let fields: Vec<Field> = errors.iter().map(|e| e.field).collect();
    assert_eq!(
        fields,
        [
            Field::Topic,
            Field::Message,
            Field::OrganisationType,
            Field::IdempotencyKey
        ]
    );
    assert!(errors.iter().all(|e| e.code == ErrorCode::Required));
}

#[test]
fn emails_are_checked_for_shape() {
    for good in ["a@b.az", "ad.soyad@gov.az", "x+y@mail.example.org"] {
        assert!(is_plausible_email(good), "{good}");
    }
    for bad in ["a@b", "@b.az", "a b@c.az", "a@@b.az", "a@.az", "a@b.az."] {
        assert!(!is_plausible_email(bad), "{bad}");
    }
}

#[test]
fn control_characters_are_refused_but_line_breaks_and_tabs_are_not() {
    let mut request = valid();
    request.message = "bir\n\tiki\r\nüç".into();
    request.name = Some("Ad\tSoyad".into());
    assert!(request.validate(is_topic).is_ok());
    request.message = "bir\u{0}iki".into();
    request.name = Some("Ad\u{7}".into());
    request.page = Some("/az/\u{1b}".into());
    assert_eq!(
        request.validate(is_topic).unwrap_err(),
        vec![
            FieldError::new(Field::Message, ErrorCode::Invalid),
            FieldError::new(Field::Name, ErrorCode::Invalid),
            FieldError::new(Field::Page, ErrorCode::Invalid),
        ]
    );
}

#[test]
fn plain_texts_are_limited_as_sent_and_trimmed() {
    assert_eq!(plain_text("  Cavab\n", 10), Ok(Some("Cavab".into())));
    assert_eq!(plain_text(" \t ", 10), Ok(None));
    assert_eq!(plain_text(&"ə".repeat(11), 10), Err(ErrorCode::TooLong));
    assert_eq!(plain_text("bir\u{0}", 10), Err(ErrorCode::Invalid));
}

#[test]
fn the_honeypot_marks_spam() {
    let mut request = valid();
    request.website = Some("http://spam".into());
    assert_eq!(
        request.validate(is_topic).unwrap().status,
        ModerationStatus::Spam
    );
    request.website = Some("  ".into());
    assert_eq!(
        request.validate(is_topic).unwrap().status,
        ModerationStatus::New
    );
}

#[test]
fn limits_count_characters_not_bytes_at_their_boundaries() {
    let mut request = valid();
    request.message = "ə".repeat(MAX_MESSAGE_CHARS);
    assert!(request.validate(is_topic).is_ok());
    request.message.push('ə');
    assert_eq!(
        request.validate(is_topic).unwrap_err(),
        vec![FieldError::new(Field::Message, ErrorCode::TooLong)]
    );
    let mut request = valid();
    request.name = Some("ş".repeat(MAX_NAME_CHARS));
    assert!(request.validate(is_topic).is_ok());
    request.name = Some("ş".repeat(MAX_NAME_CHARS + 1));
    assert_eq!(
        request.validate(is_topic).unwrap_err(),
        vec![FieldError::new(Field::Name, ErrorCode::TooLong)]
    );
    let key = |n: usize| "k".repeat(n);
    for (length, ok) in [
        (MIN_IDEMPOTENCY_KEY_CHARS - 1, false),
        (MIN_IDEMPOTENCY_KEY_CHARS, true),
        (MAX_IDEMPOTENCY_KEY_CHARS, true),
        (MAX_IDEMPOTENCY_KEY_CHARS + 1, false),
    ] {
        let mut request = valid();
        request.idempotency_key = key(length);
        assert_eq!(request.validate(is_topic).is_ok(), ok, "key of {length}");
    }
}

#[test]
fn answers_have_the_documented_shape() {
    let body = ErrorBody {
        error: ErrorKind::Validation,
        message: "some fields are not valid".into(),
        fields: vec![FieldError::new(Field::Email, ErrorCode::Invalid)],
    };
    assert_eq!(
        serde_json::to_value(&body).unwrap(),
        serde_json::json!({
            "error": "validation",
            "message": "some fields are not valid",
            "fields": [{ "field": "email", "code": "invalid" }]
        })
    );
    let plain = ErrorBody {
        error: ErrorKind::NotFound,
        message: "no such item".into(),
        fields: Vec::new(),
    };
    assert!(serde_json::to_value(&plain)
        .unwrap()
        .get("fields")
        .is_none());
}

//! The moderators' query parameters: the list's and the export's filters, paging, the export
//! format and the audit trail's item. Every parameter is read as text, so each problem names
//! its parameter; a parameter given empty (`?to=`) is refused, never read as "no filter".

use crate::store::{ItemFilter, Paging};
use model::feedback::{ErrorCode, ExportFormat, Field, FieldError, ModerationStatus};
use model::moderation::{DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE};
use model::{Date, Lang};
use serde::Deserialize;

/// Longest topic a filter may name, in characters.
pub const MAX_TOPIC_FILTER_CHARS: usize = 64;
/// Longest text search, in characters.
pub const MAX_SEARCH_CHARS: usize = 200;
/// Largest page number.
pub const MAX_PAGE_NUMBER: i64 = i32::MAX as i64;

/// The query of the list, the export and the audit trail, as sent.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct AdminQuery {
    pub topic: Option<String>,
    pub status: Option<String>,
    pub language: Option<String>,
    pub from: Option<String>,
    pub to: Option<String>,
    pub q: Option<String>,
    pub page_number: Option<String>,
    pub per_page: Option<String>,
    pub format: Option<String>,
    pub item: Option<String>,
}

/// A parameter's value, refused when it was given empty.
fn given(value: &Option<String>, field: Field) -> Result<Option<&str>, FieldError> {
    match value.as_deref() {
        None => Ok(None),
        Some("") => Err(FieldError::new(field, ErrorCode::Invalid)),
        Some(text) => Ok(Some(text)),
    }
}

/// A code parameter (status, language, format): one of its codes, else `unknown`.
fn code<T>(
    value: &Option<String>,
    field: Field,
    parse: impl Fn(&str) -> Option<T>,
) -> Result<Option<T>, FieldError> {
    given(value, field)?
        .map(|text| parse(text).ok_or(FieldError::new(field, ErrorCode::Unknown)))
        .transpose()
}

/// A whole number within `range`, written in plain digits.
fn number(
    value: &Option<String>,
    field: Field,
    range: std::ops::RangeInclusive<i64>,
) -> Result<Option<i64>, FieldError> {
    let invalid = FieldError::new(field, ErrorCode::Invalid);
    given(value, field)?
        .map(|text| {
            if !text.bytes().all(|b| b.is_ascii_digit()) {
                return Err(invalid);
            }
            text.parse::<i64>()
                .ok()
                .filter(|n| range.contains(n))
                .ok_or(invalid)
        })
        .transpose()
}

/// A text parameter of at most `limit` characters.
fn text(value: &Option<String>, field: Field, limit: usize) -> Result<Option<String>, FieldError> {
    match given(value, field)? {
        Some(text) if text.chars().count() > limit => {
            Err(FieldError::new(field, ErrorCode::TooLong))
        }
        other => Ok(other.map(str::to_string)),
    }
}

/// A day (`YYYY-MM-DD`) as the first second of it.
fn day(value: &Option<String>, field: Field) -> Result<Option<i64>, FieldError> {
    given(value, field)?
        .map(|text| {
            text.parse::<Date>()
                .map(crate::clock::start_of)
                .map_err(|_| FieldError::new(field, ErrorCode::Invalid))
        })
        .transpose()
}

/// Collects every problem of several parameters, in field order.
fn all<T>(results: Vec<Result<T, FieldError>>) -> Result<Vec<T>, Vec<FieldError>> {
    let errors: Vec<FieldError> = results
        .iter()
        .filter_map(|r| r.as_ref().err().copied())
        .collect();
    if errors.is_empty() {
        Ok(results.into_iter().filter_map(Result::ok).collect())
    } else {
        Err(errors)
    }
}

impl AdminQuery {
    /// The filters (the list's and the export's).
    pub fn filter(&self) -> Result<ItemFilter, Vec<FieldError>> {
        let topic = text(&self.topic, Field::Topic, MAX_TOPIC_FILTER_CHARS);
        let status = code(&self.status, Field::Status, ModerationStatus::from_code);
        let language = code(&self.language, Field::Language, Lang::from_code);
        let from = day(&self.from, Field::From);
        // `to` is inclusive of that day.
        let to = day(&self.to, Field::To).map(|d| d.map(|start| start + 86_400));
        let q = text(&self.q, Field::Q, MAX_SEARCH_CHARS);
        let errors: Vec<FieldError> = [
            topic.as_ref().err(),
            status.as_ref().err(),
            language.as_ref().err(),
            from.as_ref().err(),
            to.as_ref().err(),
            q.as_ref().err(),
        ]
        .into_iter()
        .flatten()
        .copied()
        .collect();
        match (topic, status, language, from, to, q) {
            (Ok(topic), Ok(status), Ok(language), Ok(from), Ok(to), Ok(text)) => Ok(ItemFilter {
                topic,
                status,
                language,
                from,
                to,
                text,
            }),
            _ => Err(errors),
        }
    }

    /// The page asked for (the first, of [`DEFAULT_PAGE_SIZE`], when none is).
    pub fn paging(&self) -> Result<Paging, Vec<FieldError>> {
        let numbers = all(vec![
            number(&self.page_number, Field::PageNumber, 1..=MAX_PAGE_NUMBER),
            number(&self.per_page, Field::PerPage, 1..=i64::from(MAX_PAGE_SIZE)),
        ])?;
        let as_u32 = |n: Option<i64>, default: u32| n.map_or(default, |n| n as u32);
        Ok(Paging {
            page: as_u32(numbers[0], 1),
            per_page: as_u32(numbers[1], DEFAULT_PAGE_SIZE),
        })
    }

    /// The export format (JSON when none is asked for).
    pub fn format(&self) -> Result<ExportFormat, Vec<FieldError>> {
        code(&self.format, Field::Format, ExportFormat::from_code)
            .map(|f| f.unwrap_or(ExportFormat::Json))
            .map_err(|e| vec![e])
    }

    /// The item whose audit trail is asked for, if any.
    pub fn item(&self) -> Result<Option<i64>, Vec<FieldError>> {
        number(&self.item, Field::Item, 1..=i64::MAX).map_err(|e| vec![e])
    }
}

/// The version an unpublication names (`?version=N`): required, from 1.
pub fn required_version(value: Option<&str>) -> Result<i64, FieldError> {
    let value = value.map(str::to_string);
    match number(&value, Field::Version, 1..=i64::MAX)? {
        Some(version) => Ok(version),
        None => Err(FieldError::new(Field::Version, ErrorCode::Required)),
    }
}

/// Merges the problems of two parts of one query.
pub fn both<A, B>(
    a: Result<A, Vec<FieldError>>,
    b: Result<B, Vec<FieldError>>,
) -> Result<(A, B), Vec<FieldError>> {
    match (a, b) {
        (Ok(a), Ok(b)) => Ok((a, b)),
        (a, b) => Err([a.err(), b.err()].into_iter().flatten().flatten().collect()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn query(pairs: &[(&str, &str)]) -> AdminQuery {
        let text: Vec<String> = pairs.iter().map(|(k, v)| format!("{k}={v}")).collect();
        serde_urlencoded::from_str(&text.join("&")).unwrap()
    }

    fn refused(field: Field, code: ErrorCode) -> Vec<FieldError> {
        vec![FieldError::new(field, code)]
    }

    #[test]
    fn nothing_given_filters_nothing_and_pages_from_the_first() {
        assert_eq!(query(&[]).filter(), Ok(ItemFilter::default()));
        assert_eq!(
            query(&[]).paging(),
            Ok(Paging {
                page: 1,
                per_page: DEFAULT_PAGE_SIZE
            })
        );
        assert_eq!(query(&[]).format(), Ok(ExportFormat::Json));
        assert_eq!(query(&[]).item(), Ok(None));
    }

    #[test]
    fn an_empty_parameter_is_refused_by_name() {
        for (name, field) in [
            ("topic", Field::Topic),
            ("to", Field::To),
            ("from", Field::From),
            ("q", Field::Q),
        ] {
            assert_eq!(
                query(&[(name, "")]).filter(),
                Err(refused(field, ErrorCode::Invalid)),
                "{name}"
            );
        }
        assert_eq!(
            query(&[("status", "")]).filter(),
            Err(refused(Field::Status, ErrorCode::Invalid))
        );
        assert_eq!(
            query(&[("page_number", "")]).paging(),
            Err(refused(Field::PageNumber, ErrorCode::Invalid))
        );
    }

    #[test]
    fn bad_values_name_their_parameters_all_at_once() {
        assert_eq!(
            query(&[
                ("status", "archived"),
                ("to", "2026-13-01"),
                ("language", "ru")
            ])
            .filter(),
            Err(vec![
                FieldError::new(Field::Status, ErrorCode::Unknown),
                FieldError::new(Field::Language, ErrorCode::Unknown),
                FieldError::new(Field::To, ErrorCode::Invalid),
            ])
        );
        for (page, per_page) in [
            ("0", "10"),
            ("1", "201"),
            ("-1", "10"),
            ("1.5", "10"),
            ("+1", "1"),
        ] {
            assert!(
                query(&[("page_number", page), ("per_page", per_page)])
                    .paging()
                    .is_err(),
                "{page} {per_page}"
            );
        }
        assert_eq!(
            query(&[("format", "xml")]).format(),
            Err(refused(Field::Format, ErrorCode::Unknown))
        );
        assert_eq!(
            query(&[("q", &"ə".repeat(MAX_SEARCH_CHARS + 1))]).filter(),
            Err(refused(Field::Q, ErrorCode::TooLong))
        );
    }

    #[test]
    fn an_unpublication_names_its_version() {
        assert_eq!(required_version(Some("3")), Ok(3));
        assert_eq!(
            required_version(None),
            Err(FieldError::new(Field::Version, ErrorCode::Required))
        );
        for bad in ["", "0", "x", "-1"] {
            assert_eq!(
                required_version(Some(bad)),
                Err(FieldError::new(Field::Version, ErrorCode::Invalid)),
                "{bad}"
            );
        }
    }

    #[test]
    fn the_last_day_is_included() {
        let filter = query(&[("status", "spam"), ("to", "1970-01-01"), ("q", "Süni")])
            .filter()
            .unwrap();
        assert_eq!(filter.status, Some(ModerationStatus::Spam));
        assert_eq!(filter.to, Some(86_400));
        assert_eq!(filter.text.as_deref(), Some("Süni"));
    }
}

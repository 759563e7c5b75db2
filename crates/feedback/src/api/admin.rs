//! The moderators' routes: a filtered export (CSV or JSON), an item's status, and deletion of one
//! person's submissions on request. Each takes a [`Moderator`], so it runs only with an active
//! token; the log names the moderator and what was done, never the content or the email.

use crate::auth::Moderator;
use crate::error::ApiError;
use crate::export::{to_csv, Export};
use crate::extract::{JsonBody, PathParam, QueryParams};
use crate::store::ExportFilter;
use crate::AppState;
use axum::extract::State;
use axum::http::header;
use axum::response::{IntoResponse, Response};
use axum::Json;
use model::feedback::{ErrorCode, ExportFormat, Field, FieldError, ModerationStatus};
use serde::{Deserialize, Serialize};

/// Query of the export; every parameter is text so that each problem names its parameter.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct ExportQuery {
    pub format: Option<String>,
    pub topic: Option<String>,
    pub status: Option<String>,
    pub from: Option<String>,
    pub to: Option<String>,
}

fn given(value: &Option<String>) -> Option<&str> {
    value.as_deref().map(str::trim).filter(|v| !v.is_empty())
}

/// The export format asked for (JSON when none is).
pub fn export_format(query: &ExportQuery) -> Result<ExportFormat, FieldError> {
    match given(&query.format) {
        None => Ok(ExportFormat::Json),
        Some(code) => {
            ExportFormat::from_code(code).ok_or(FieldError::new(Field::Format, ErrorCode::Unknown))
        }
    }
}

/// Turns the export query into a filter, or the field error of the bad parameter.
pub fn export_filter(query: &ExportQuery) -> Result<ExportFilter, FieldError> {
    let date = |field: Field, value: &Option<String>| -> Result<Option<i64>, FieldError> {
        match given(value) {
            None => Ok(None),
            Some(text) => text
                .parse::<model::Date>()
                .map(|d| Some(crate::clock::start_of(d)))
                .map_err(|_| FieldError::new(field, ErrorCode::Invalid)),
        }
    };
    let status = match given(&query.status) {
        None => None,
        Some(code) => Some(
            ModerationStatus::from_code(code)
                .ok_or(FieldError::new(Field::Status, ErrorCode::Unknown))?,
        ),
    };
    let to = date(Field::To, &query.to)?.map(|start| start + 86_400); // `to` is inclusive of that day
    Ok(ExportFilter {
        topic: given(&query.topic).map(str::to_string),
        status,
        from: date(Field::From, &query.from)?,
        to,
    })
}

/// An export in the format asked for.
pub enum ExportAnswer {
    /// `text/csv`, as an attachment.
    Csv(String),
    /// `{"items": [...]}`.
    Json(Export),
}

impl IntoResponse for ExportAnswer {
    fn into_response(self) -> Response {
        match self {
            ExportAnswer::Csv(text) => (
                [
                    (header::CONTENT_TYPE, "text/csv; charset=utf-8"),
                    (
                        header::CONTENT_DISPOSITION,
                        "attachment; filename=\"feedback.csv\"",
                    ),
                ],
                text,
            )
                .into_response(),
            ExportAnswer::Json(export) => Json(export).into_response(),
        }
    }
}

/// `GET /api/admin/export?format=csv|json&topic=&from=&to=&status=`.
pub async fn export(
    Moderator(moderator): Moderator,
    State(state): State<AppState>,
    QueryParams(query): QueryParams<ExportQuery>,
) -> Result<ExportAnswer, ApiError> {
    let format = export_format(&query).map_err(|e| ApiError::Validation(vec![e]))?;
    let filter = export_filter(&query).map_err(|e| ApiError::Validation(vec![e]))?;
    let items = state.store.export(&filter).await?;
    tracing::info!(%moderator, %format, items = items.len(), "exported");
    Ok(match format {
        ExportFormat::Csv => ExportAnswer::Csv(to_csv(&items)),
        ExportFormat::Json => ExportAnswer::Json(Export { items }),
    })
}

/// Body of a status change; the status is read as text so an unknown one is a field error.
#[derive(Debug, Deserialize)]
pub struct StatusChange {
    pub status: String,
}

/// The answer to a status change.
#[derive(Debug, Serialize)]
pub struct StatusChanged {
    pub id: i64,
    pub status: ModerationStatus,
}

/// `PUT /api/admin/feedback/{id}/status`.
pub async fn set_status(
    Moderator(moderator): Moderator,
    State(state): State<AppState>,
    PathParam(id): PathParam<i64>,
    JsonBody(change): JsonBody<StatusChange>,
) -> Result<Json<StatusChanged>, ApiError> {
    let status = ModerationStatus::from_code(change.status.trim()).ok_or_else(|| {
        ApiError::Validation(vec![FieldError::new(Field::Status, ErrorCode::Unknown)])
    })?;
    if !state.store.set_status(id, status).await? {
        return Err(ApiError::NotFound("no such feedback item"));
    }
    tracing::info!(%moderator, id, %status, "status set");
    Ok(Json(StatusChanged { id, status }))
}

/// Body of a deletion request.
#[derive(Debug, Deserialize)]
pub struct Erase {
    pub email: String,
}

/// The answer to a deletion request.
#[derive(Debug, Serialize)]
pub struct Erased {
    pub deleted: u64,
}

/// `POST /api/admin/erase`: deletes every submission of one person (by email), on request.
pub async fn erase(
    Moderator(moderator): Moderator,
    State(state): State<AppState>,
    JsonBody(request): JsonBody<Erase>,
) -> Result<Json<Erased>, ApiError> {
    if !crate::submission::is_plausible_email(request.email.trim()) {
        return Err(ApiError::Validation(vec![FieldError::new(
            Field::Email,
            ErrorCode::Invalid,
        )]));
    }
    let deleted = state.store.erase_email(&request.email).await?;
    tracing::info!(%moderator, deleted, "erased one person's submissions on request");
    Ok(Json(Erased { deleted }))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn query(pairs: &[(&str, &str)]) -> ExportQuery {
        let mut query = ExportQuery::default();
        for (name, value) in pairs {
            let value = Some(value.to_string());
            match *name {
                "format" => query.format = value,
                "topic" => query.topic = value,
                "status" => query.status = value,
                "from" => query.from = value,
                "to" => query.to = value,
                other => panic!("{other}"),
            }
        }
        query
    }

    #[test]
    fn empty_parameters_filter_nothing_and_bad_ones_name_themselves() {
        assert_eq!(
            export_filter(&query(&[("topic", ""), ("to", " "), ("status", "")])),
            Ok(ExportFilter::default())
        );
        assert_eq!(export_format(&query(&[])), Ok(ExportFormat::Json));
        assert_eq!(
            export_format(&query(&[("format", "xml")])),
            Err(FieldError::new(Field::Format, ErrorCode::Unknown))
        );
        assert_eq!(
            export_filter(&query(&[("status", "archived")])),
            Err(FieldError::new(Field::Status, ErrorCode::Unknown))
        );
        assert_eq!(
            export_filter(&query(&[("to", "2026-13-01")])),
            Err(FieldError::new(Field::To, ErrorCode::Invalid))
        );
        let filter = export_filter(&query(&[("status", "spam"), ("to", "1970-01-01")])).unwrap();
        assert_eq!(filter.status, Some(ModerationStatus::Spam));
        assert_eq!(filter.to, Some(86_400), "the last day is included");
    }
}

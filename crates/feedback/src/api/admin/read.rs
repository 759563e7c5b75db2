//! The moderators' reading routes: who is signed in, the filtered list a page at a time, one
//! item, the audit trail, and the export of the filtered list (CSV or JSON, recorded in the
//! trail by format and count: a search may hold personal data, so filters are not recorded).

use super::query::{both, AdminQuery};
use crate::auth::Moderator;
use crate::clock::rfc3339;
use crate::error::ApiError;
use crate::export::{to_csv, Export};
use crate::extract::{ItemId, QueryParams};
use crate::AppState;
use axum::extract::State;
use axum::http::header;
use axum::response::{IntoResponse, Response};
use axum::Json;
use model::feedback::ExportFormat;
use model::moderation::{self, AuditAction, AuditTrail, ItemPage, ModerationItem};

/// `GET /api/admin/me`: the moderator the token belongs to.
pub async fn me(moderator: Moderator) -> Json<moderation::Moderator> {
    Json(moderation::Moderator {
        name: moderator.name,
        expires_at: moderator.expires_at.map(rfc3339),
    })
}

/// `GET /api/admin/feedback`: a page of the filtered list, newest first.
pub async fn list(
    _moderator: Moderator,
    State(state): State<AppState>,
    QueryParams(query): QueryParams<AdminQuery>,
) -> Result<Json<ItemPage>, ApiError> {
    let (filter, paging) = both(query.filter(), query.paging()).map_err(ApiError::Validation)?;
    let (items, total) = state.store.list(&filter, paging).await?;
    Ok(Json(ItemPage {
        items,
        total,
        page: paging.page,
        per_page: paging.per_page,
    }))
}

/// `GET /api/admin/feedback/{id}`.
pub async fn item(
    _moderator: Moderator,
    State(state): State<AppState>,
    ItemId(id): ItemId,
) -> Result<Json<ModerationItem>, ApiError> {
    state
        .store
        .item(id)
        .await?
        .map(Json)
        .ok_or(ApiError::NotFound("no such feedback item"))
}

/// `GET /api/admin/audit?item=`: the trail of one item or of everything, newest first.
pub async fn audit(
    _moderator: Moderator,
    State(state): State<AppState>,
    QueryParams(query): QueryParams<AdminQuery>,
) -> Result<Json<AuditTrail>, ApiError> {
    let item = query.item().map_err(ApiError::Validation)?;
    Ok(Json(AuditTrail {
        entries: state.store.audit_trail(item).await?,
    }))
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

/// `GET /api/admin/export?format=csv|json&…` with the list's filters, oldest first.
pub async fn export(
    moderator: Moderator,
    State(state): State<AppState>,
    QueryParams(query): QueryParams<AdminQuery>,
) -> Result<ExportAnswer, ApiError> {
    let (format, filter) = both(query.format(), query.filter()).map_err(ApiError::Validation)?;
    let items = state.store.export(&filter).await?;
    let detail = format!("{format}, {} items", items.len());
    state
        .store
        .record_action(&moderator.name, AuditAction::Export, &detail)
        .await?;
    tracing::info!(moderator = %moderator.name, %format, items = items.len(), "exported");
    Ok(match format {
        ExportFormat::Csv => ExportAnswer::Csv(to_csv(&items)),
        ExportFormat::Json => ExportAnswer::Json(Export { items }),
    })
}

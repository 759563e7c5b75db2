//! The moderators' changes: an item's status (one, or one for a selection), its answer, its
//! publication, and the erasure of one person's submissions. Every change names the version
//! the moderator saw (409 `edit_conflict` when the item changed meanwhile, nothing
//! overwritten) and is recorded in the audit trail; the log names the moderator and the item,
//! never the content or the email.

use super::bodies;
use crate::auth::Moderator;
use crate::error::ApiError;
use crate::extract::{ItemId, JsonBody, QueryParams};
use crate::store::ItemChange;
use crate::AppState;
use axum::extract::State;
use axum::Json;
use model::feedback::FieldError;
use model::moderation::{
    AnswerChange, BulkOutcome, BulkStatusChange, EraseRequest, Erased, ModerationItem,
    PublishRequest, StatusChange,
};
use serde::Deserialize;

fn refused(error: FieldError) -> ApiError {
    ApiError::Validation(vec![error])
}

/// Applies one change on the version seen, and logs it.
async fn change(
    state: &AppState,
    moderator: &Moderator,
    id: i64,
    seen: i64,
    change: ItemChange,
) -> Result<Json<ModerationItem>, ApiError> {
    let seen = bodies::version(seen).map_err(refused)?;
    let item = state
        .store
        .change_item(&moderator.name, id, seen, &change)
        .await?;
    tracing::info!(moderator = %moderator.name, id, version = item.version, "item changed");
    Ok(Json(item))
}

/// `PUT /api/admin/feedback/{id}/status`.
pub async fn set_status(
    moderator: Moderator,
    State(state): State<AppState>,
    ItemId(id): ItemId,
    JsonBody(body): JsonBody<StatusChange>,
) -> Result<Json<ModerationItem>, ApiError> {
    change(
        &state,
        &moderator,
        id,
        body.version,
        ItemChange::Status(body.status),
    )
    .await
}

/// `POST /api/admin/feedback/status`: one status for a selection.
pub async fn set_statuses(
    moderator: Moderator,
    State(state): State<AppState>,
    JsonBody(body): JsonBody<BulkStatusChange>,
) -> Result<Json<BulkOutcome>, ApiError> {
    bodies::selection(&body.items).map_err(refused)?;
    let outcome = state
        .store
        .change_statuses(&moderator.name, body.status, &body.items)
        .await?;
    tracing::info!(
        moderator = %moderator.name,
        changed = outcome.changed.len(),
        conflicts = outcome.conflicts.len(),
        "statuses set"
    );
    Ok(Json(outcome))
}

/// `PUT /api/admin/feedback/{id}/answer`.
pub async fn set_answer(
    moderator: Moderator,
    State(state): State<AppState>,
    ItemId(id): ItemId,
    JsonBody(body): JsonBody<AnswerChange>,
) -> Result<Json<ModerationItem>, ApiError> {
    let answer = bodies::answer(&body.answer).map_err(refused)?;
    change(
        &state,
        &moderator,
        id,
        body.version,
        ItemChange::Answer(answer),
    )
    .await
}

/// `PUT /api/admin/feedback/{id}/publication`.
pub async fn publish(
    moderator: Moderator,
    State(state): State<AppState>,
    ItemId(id): ItemId,
    JsonBody(body): JsonBody<PublishRequest>,
) -> Result<Json<ModerationItem>, ApiError> {
    let question = bodies::question(body.question.as_deref()).map_err(refused)?;
    change(
        &state,
        &moderator,
        id,
        body.version,
        ItemChange::Publish { question },
    )
    .await
}

/// The query of an unpublication.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct VersionQuery {
    pub version: Option<String>,
}

/// `DELETE /api/admin/feedback/{id}/publication?version=N`.
pub async fn unpublish(
    moderator: Moderator,
    State(state): State<AppState>,
    ItemId(id): ItemId,
    QueryParams(query): QueryParams<VersionQuery>,
) -> Result<Json<ModerationItem>, ApiError> {
    let seen = super::query::required_version(query.version.as_deref()).map_err(refused)?;
    change(&state, &moderator, id, seen, ItemChange::Unpublish).await
}

/// `POST /api/admin/erase`: deletes every submission of one person (by email), published
/// copies included, on request.
pub async fn erase(
    moderator: Moderator,
    State(state): State<AppState>,
    JsonBody(request): JsonBody<EraseRequest>,
) -> Result<Json<Erased>, ApiError> {
    let email = bodies::email(&request.email).map_err(refused)?;
    let erasure = state.store.erase_email(&moderator.name, &email).await?;
    tracing::info!(
        moderator = %moderator.name,
        deleted = erasure.deleted,
        published = erasure.published,
        "erased one person's submissions on request"
    );
    Ok(Json(Erased {
        deleted: erasure.deleted,
    }))
}

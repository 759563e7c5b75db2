//! The moderators' API (`/api/admin/…`) in the model's contract types, with the token as a
//! bearer token. Every failure is an [`ApiError`] the page can say in its language.

use gloo_net::http::{Request, RequestBuilder, Response};
use model::feedback::{ErrorBody, ErrorKind, FieldError};
use model::moderation::{
    AnswerChange, AuditTrail, BulkOutcome, BulkStatusChange, EraseRequest, Erased, ExportFormat,
    ItemPage, ListFilter, ModerationItem, Moderator, PublishRequest, StatusChange,
};
use serde::de::DeserializeOwned;
use serde::Serialize;

/// Why a call failed.
#[derive(Clone, Debug, PartialEq)]
pub enum ApiError {
    /// The token is missing, wrong, expired or revoked (401).
    Unauthorized,
    /// Another moderator changed the item first (409 `edit_conflict`).
    Conflict,
    /// The item cannot be published (409 `not_publishable`).
    NotPublishable,
    /// Some values were refused (400).
    Invalid(Vec<FieldError>),
    /// No such item (404).
    NotFound,
    /// No answer from the service.
    Network,
    /// The service failed or answered something unexpected.
    Server,
}

/// The moderators' API of one deployment, for one token.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Client {
    /// The API root, e.g. `/api` or `https://feedback.example.az/api`.
    root: String,
    token: String,
}

/// The API root from the form's endpoint (`…/api/feedback` → `…/api`).
pub fn api_root(feedback_endpoint: Option<&str>) -> String {
    let endpoint = feedback_endpoint
        .map(str::trim)
        .filter(|e| !e.is_empty())
        .unwrap_or("/api/feedback")
        .trim_end_matches('/');
    endpoint
        .strip_suffix("/feedback")
        .unwrap_or(endpoint)
        .to_string()
}

/// The query pairs of a list filter (only those set).
pub fn filter_pairs(filter: &ListFilter) -> Vec<(&'static str, String)> {
    let mut pairs = Vec::new();
    let mut push = |key, value: Option<String>| {
        if let Some(value) = value.filter(|v| !v.trim().is_empty()) {
            pairs.push((key, value));
        }
    };
    push("topic", filter.topic.clone());
    push("status", filter.status.map(|s| s.code().to_string()));
    push("language", filter.language.map(|l| l.code().to_string()));
    push("from", filter.from.clone());
    push("to", filter.to.clone());
    push("q", filter.q.clone());
    pairs
}

async fn read<T: DeserializeOwned>(response: Response) -> Result<T, ApiError> {
    if response.ok() {
        return response.json::<T>().await.map_err(|_| ApiError::Server);
    }
    let status = response.status();
    let body = response.json::<ErrorBody>().await.ok();
    Err(match (status, body.map(|b| (b.error, b.fields))) {
        (401, _) => ApiError::Unauthorized,
        (404, _) => ApiError::NotFound,
        (409, Some((ErrorKind::NotPublishable, _))) => ApiError::NotPublishable,
        (409, _) => ApiError::Conflict,
        (400, Some((_, fields))) if !fields.is_empty() => ApiError::Invalid(fields),
        _ => ApiError::Server,
    })
}

impl Client {
    /// A client of the API at `root` for `token`.
    pub fn new(root: String, token: String) -> Client {
        Client { root, token }
    }

    fn url(&self, path: &str) -> String {
        format!("{}/admin/{path}", self.root)
    }

    fn authorised(&self, builder: RequestBuilder) -> RequestBuilder {
        builder.header("authorization", &format!("Bearer {}", self.token))
    }

    async fn get<T: DeserializeOwned>(
        &self,
        path: &str,
        query: Vec<(&'static str, String)>,
    ) -> Result<T, ApiError> {
        let request = self.authorised(Request::get(&self.url(path)).query(query));
        read(request.send().await.map_err(|_| ApiError::Network)?).await
    }

    async fn send<B: Serialize, T: DeserializeOwned>(
        &self,
        builder: RequestBuilder,
        body: &B,
    ) -> Result<T, ApiError> {
        let request = self
            .authorised(builder)
            .json(body)
            .map_err(|_| ApiError::Server)?;
        read(request.send().await.map_err(|_| ApiError::Network)?).await
    }

    /// Who the token belongs to (checks the token).
    pub async fn me(&self) -> Result<Moderator, ApiError> {
        self.get("me", Vec::new()).await
    }

    /// One page of the filtered list, newest first.
    pub async fn list(
        &self,
        filter: &ListFilter,
        page: u32,
        per_page: u32,
    ) -> Result<ItemPage, ApiError> {
        let mut query = filter_pairs(filter);
        query.push(("page_number", page.to_string()));
        query.push(("per_page", per_page.to_string()));
        self.get("feedback", query).await
    }

    /// One item.
    pub async fn item(&self, id: i64) -> Result<ModerationItem, ApiError> {
        self.get(&format!("feedback/{id}"), Vec::new()).await
    }

    /// Sets an item's status, on the version the moderator saw.
    pub async fn set_status(
        &self,
        id: i64,
        change: &StatusChange,
    ) -> Result<ModerationItem, ApiError> {
        let url = self.url(&format!("feedback/{id}/status"));
        self.send(Request::put(&url), change).await
    }

    /// Sets one status for a selection.
    pub async fn set_statuses(&self, change: &BulkStatusChange) -> Result<BulkOutcome, ApiError> {
        self.send(Request::post(&self.url("feedback/status")), change)
            .await
    }

    /// Writes an item's answer.
    pub async fn answer(&self, id: i64, change: &AnswerChange) -> Result<ModerationItem, ApiError> {
        let url = self.url(&format!("feedback/{id}/answer"));
        self.send(Request::put(&url), change).await
    }

    /// Publishes an item's answer (and its redacted question).
    pub async fn publish(
        &self,
        id: i64,
        request: &PublishRequest,
    ) -> Result<ModerationItem, ApiError> {
        let url = self.url(&format!("feedback/{id}/publication"));
        self.send(Request::put(&url), request).await
    }

    /// Takes an item's publication down.
    pub async fn unpublish(&self, id: i64, version: i64) -> Result<ModerationItem, ApiError> {
        let url = self.url(&format!("feedback/{id}/publication"));
        let request =
            self.authorised(Request::delete(&url).query([("version", version.to_string())]));
        read(request.send().await.map_err(|_| ApiError::Network)?).await
    }

    /// The audit trail, of one item or of everything.
    pub async fn audit(&self, item: Option<i64>) -> Result<AuditTrail, ApiError> {
        let query = item
            .map(|id| vec![("item", id.to_string())])
            .unwrap_or_default();
        self.get("audit", query).await
    }

    /// The filtered list as a file: its body and media type.
    pub async fn export(
        &self,
        filter: &ListFilter,
        format: ExportFormat,
    ) -> Result<String, ApiError> {
        let mut query = filter_pairs(filter);
        query.push(("format", format.code().to_string()));
        let request = self.authorised(Request::get(&self.url("export")).query(query));
        let response = request.send().await.map_err(|_| ApiError::Network)?;
        if !response.ok() {
            return read::<()>(response).await.map(|()| String::new());
        }
        response.text().await.map_err(|_| ApiError::Server)
    }

    /// Erases one person's submissions (and their published copies).
    pub async fn erase(&self, email: &str) -> Result<Erased, ApiError> {
        let body = EraseRequest {
            email: email.trim().to_string(),
        };
        self.send(Request::post(&self.url("erase")), &body).await
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use model::feedback::ModerationStatus;
    use model::Lang;

    #[test]
    fn the_api_root_comes_from_the_form_endpoint() {
        assert_eq!(api_root(None), "/api");
        assert_eq!(api_root(Some("")), "/api");
        assert_eq!(
            api_root(Some("https://fb.example.az/api/feedback/")),
            "https://fb.example.az/api"
        );
    }

    #[test]
    fn filters_become_query_pairs_only_when_set() {
        let filter = ListFilter {
            topic: Some("8.1.1.1".into()),
            status: Some(ModerationStatus::Answered),
            language: Some(Lang::En),
            q: Some("  ".into()),
            ..Default::default()
        };
        assert_eq!(
            filter_pairs(&filter),
            vec![
                ("topic", "8.1.1.1".to_string()),
                ("status", "answered".to_string()),
                ("language", "en".to_string()),
            ]
        );
    }
}

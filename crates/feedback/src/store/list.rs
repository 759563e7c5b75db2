//! The moderators' list and export: one filter (topic, status, language, dates, folded text)
//! turned into one SQL condition that both databases read alike; a page newest first, or
//! everything oldest first for an export.

use super::items::{item_from_row, ITEM_COLUMNS};
use super::{Store, StoreError};
use model::feedback::ModerationStatus;
use model::moderation::ModerationItem;
use model::search::fold;
use model::Lang;
use sqlx::Row;

/// Which items a list or an export holds; `None` filters nothing.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ItemFilter {
    pub topic: Option<String>,
    pub status: Option<ModerationStatus>,
    pub language: Option<Lang>,
    /// Inclusive, Unix seconds.
    pub from: Option<i64>,
    /// Exclusive, Unix seconds.
    pub to: Option<i64>,
    /// Words to find in the message, name or email (folded here, as the search text is).
    pub text: Option<String>,
}

/// One page of a list: which page (from 1) and how many items on each.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Paging {
    pub page: u32,
    pub per_page: u32,
}

/// The condition every list and export query shares; its parameters are `$1`–`$6`, bound by
/// [`bind_filter`] in that order.
const FILTER_CONDITION: &str = "($1 = '' OR topic = $1) AND ($2 = '' OR status = $2) \
    AND ($3 = '' OR language = $3) AND created_at >= $4 AND created_at < $5 \
    AND ($6 = '%' OR search_text LIKE $6 ESCAPE '\\')";

/// `%words%` for `LIKE`, with `%`, `_` and the escape character itself taken literally.
pub fn like_pattern(words: &str) -> String {
    let folded = fold(words);
    let mut pattern = String::from("%");
    for c in folded.chars() {
        if matches!(c, '%' | '_' | '\\') {
            pattern.push('\\');
        }
        pattern.push(c);
    }
    pattern.push('%');
    pattern
}

type AnyQuery<'q> = sqlx::query::Query<'q, sqlx::Any, sqlx::any::AnyArguments<'q>>;

fn bind_filter<'q>(query: AnyQuery<'q>, filter: &ItemFilter) -> AnyQuery<'q> {
    query
        .bind(filter.topic.clone().unwrap_or_default())
        .bind(filter.status.map_or("", ModerationStatus::code))
        .bind(filter.language.map_or("", Lang::code))
        .bind(filter.from.unwrap_or(i64::MIN))
        .bind(filter.to.unwrap_or(i64::MAX))
        .bind(
            filter
                .text
                .as_deref()
                .map_or_else(|| "%".to_string(), like_pattern),
        )
}

impl Store {
    /// One page of the items matching the filter, newest first, and how many match in all.
    pub async fn list(
        &self,
        filter: &ItemFilter,
        paging: Paging,
    ) -> Result<(Vec<ModerationItem>, i64), StoreError> {
        let total: i64 = bind_filter(
            sqlx::query(&format!(
                "SELECT COUNT(*) AS n FROM feedback WHERE {FILTER_CONDITION}"
            )),
            filter,
        )
        .fetch_one(&self.pool)
        .await?
        .try_get("n")?;
        let offset = i64::from(paging.page.max(1) - 1) * i64::from(paging.per_page);
        let rows = bind_filter(
            sqlx::query(&format!(
                "SELECT {ITEM_COLUMNS} FROM feedback WHERE {FILTER_CONDITION} \
                 ORDER BY id DESC LIMIT $7 OFFSET $8"
            )),
            filter,
        )
        .bind(i64::from(paging.per_page))
        .bind(offset)
        .fetch_all(&self.pool)
        .await?;
        let items = rows.iter().map(item_from_row).collect::<Result<_, _>>()?;
        Ok((items, total))
    }

    /// Every item matching the filter, oldest first (exports).
    pub async fn export(&self, filter: &ItemFilter) -> Result<Vec<ModerationItem>, StoreError> {
        let rows = bind_filter(
            sqlx::query(&format!(
                "SELECT {ITEM_COLUMNS} FROM feedback WHERE {FILTER_CONDITION} ORDER BY id"
            )),
            filter,
        )
        .fetch_all(&self.pool)
        .await?;
        rows.iter().map(item_from_row).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn like_patterns_are_folded_and_take_wildcards_literally() {
        assert_eq!(like_pattern("Süni"), "%suni%");
        assert_eq!(like_pattern("50%_off\\"), "%50\\%\\_off\\\\%");
    }
}

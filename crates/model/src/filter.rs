//! Filtering the measures list: the filters a reader can set (all kept in the URL's query string
//! so a filtered view can be shared) and the test of one measure against them.

use crate::lang::Lang;
use crate::search::{fold, Query};
use crate::snapshot::Snapshot;
use crate::status::Status;
use crate::strategy::{Measure, Strategy};

/// The measures page's filters. Every field maps to one query parameter.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct MeasureFilter {
    /// `goal`: a goal id (8.1).
    pub goal: Option<String>,
    /// `direction`: a direction id (8.1.1).
    pub direction: Option<String>,
    /// `lead`: the lead agency's slug.
    pub lead: Option<String>,
    /// `agency`: an agency in any role (lead or other), by slug.
    pub agency: Option<String>,
    /// `status`: a status code.
    pub status: Option<Status>,
    /// `year`: active in that year (the period includes it).
    pub year: Option<u16>,
    /// `flagship=1`: only measures linked to a flagship initiative.
    pub flagship_only: bool,
    /// `relevant=1`: only measures whose row also names "aidiyyəti qurumlar" (relevant agencies).
    pub relevant_agencies_only: bool,
    /// `q`: the search text as typed.
    pub q: String,
}

/// The query parameter names, in the order they are written.
pub const FILTER_PARAMS: [&str; 9] = [
    "goal",
    "direction",
    "lead",
    "agency",
    "status",
    "year",
    "flagship",
    "relevant",
    "q",
];

impl MeasureFilter {
    /// Reads the filters from query parameters (unknown or malformed values are ignored).
    pub fn from_params<'a>(get: impl Fn(&str) -> Option<&'a str>) -> MeasureFilter {
        let text = |key: &str| {
            get(key)
                .map(str::trim)
                .filter(|v| !v.is_empty())
                .map(str::to_string)
        };
        MeasureFilter {
            goal: text("goal"),
            direction: text("direction"),
            lead: text("lead"),
            agency: text("agency"),
            status: text("status").and_then(|s| s.parse().ok()),
            year: text("year").and_then(|y| y.parse().ok()),
            flagship_only: matches!(get("flagship"), Some("1" | "true")),
            relevant_agencies_only: matches!(get("relevant"), Some("1" | "true")),
            q: get("q").unwrap_or_default().to_string(),
        }
    }

    /// The filters as `(parameter, value)` pairs, only those that are set.
    pub fn to_params(&self) -> Vec<(&'static str, String)> {
        let mut params = Vec::new();
        let mut push = |key: &'static str, value: Option<String>| {
            if let Some(v) = value {
                params.push((key, v));
            }
        };
        push("goal", self.goal.clone());
        push("direction", self.direction.clone());
        push("lead", self.lead.clone());
        push("agency", self.agency.clone());
        push("status", self.status.map(|s| s.code().to_string()));
        push("year", self.year.map(|y| y.to_string()));
        push("flagship", self.flagship_only.then(|| "1".to_string()));
        push(
            "relevant",
            self.relevant_agencies_only.then(|| "1".to_string()),
        );
        push("q", (!self.q.trim().is_empty()).then(|| self.q.clone()));
        params
    }

    /// True when no filter is set.
    pub fn is_empty(&self) -> bool {
        self.to_params().is_empty()
    }

    /// True when the measure passes every filter except the search text.
    pub fn admits(&self, measure: &Measure, strategy: &Strategy, snapshot: &Snapshot) -> bool {
        let eq =
            |filter: &Option<String>, value: &str| filter.as_deref().is_none_or(|f| f == value);
        eq(&self.goal, &measure.goal)
            && eq(&self.direction, &measure.direction)
            && eq(&self.lead, &measure.lead.slug)
            && self.agency.as_deref().is_none_or(|a| measure.involves(a))
            && self
                .status
                .is_none_or(|s| snapshot.status_of(&measure.id) == s)
            && self.year.is_none_or(|y| measure.period.contains(y))
            && (!self.flagship_only || strategy.flagships_of(&measure.id).next().is_some())
            && (!self.relevant_agencies_only || measure.relevant_agencies)
    }
}

/// The text a measure is searched by in one language, folded: its id, title, results, progress
/// note and the source notes attached to it.
pub fn search_haystack(
    measure: &Measure,
    strategy: &Strategy,
    snapshot: &Snapshot,
    lang: Lang,
) -> String {
    let mut parts: Vec<&str> = vec![&measure.id, measure.title.in_lang(lang)];
    parts.extend(measure.results.iter().map(|cell| cell.text.in_lang(lang)));
    if let Some(note) = snapshot
        .progress_of(&measure.id)
        .and_then(|p| p.note.as_ref())
    {
        parts.push(note.in_lang(lang));
    }
    parts.extend(
        strategy
            .notes_for(&measure.id)
            .map(|note| note.text.in_lang(lang)),
    );
    fold(&parts.join(" \u{1f} "))
}

/// The measures that pass the filters and match the search, in document order.
/// `haystacks[i]` is [`search_haystack`] of `strategy.measures[i]`, computed once per language.
pub fn filter_measures<'a>(
    filter: &MeasureFilter,
    strategy: &'a Strategy,
    snapshot: &Snapshot,
    haystacks: &[String],
) -> Vec<&'a Measure> {
    let query = Query::new(&filter.q);
    strategy
        .measures
        .iter()
        .zip(haystacks)
        .filter(|(m, hay)| filter.admits(m, strategy, snapshot) && query.matches_folded(hay))
        .map(|(m, _)| m)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_support::{measure, snapshot_with, strategy_with};

    #[test]
    fn filters_round_trip_through_query_parameters() {
        let filter = MeasureFilter {
            goal: Some("8.1".into()),
            status: Some(Status::InProgress),
            year: Some(2027),
            flagship_only: true,
            relevant_agencies_only: true,
            q: "süni intellekt".into(),
            ..Default::default()
        };
        let params = filter.to_params();
        let back = MeasureFilter::from_params(|key| {
            params
                .iter()
                .find(|(k, _)| *k == key)
                .map(|(_, v)| v.as_str())
        });
        assert_eq!(back, filter);
        assert!(MeasureFilter::default().is_empty());
        let written: Vec<&str> = params.iter().map(|(k, _)| *k).collect();
        assert_eq!(
            written,
            ["goal", "status", "year", "flagship", "relevant", "q"],
            "parameters are written in FILTER_PARAMS order"
        );
        assert!(written.iter().all(|k| FILTER_PARAMS.contains(k)));
    }

    #[test]
    fn relevant_agencies_keeps_the_rows_that_name_them() {
        let mut named = measure("8.1.1.9");
        named.relevant_agencies = true;
        let mut also_named = measure("8.3.2.3");
        also_named.relevant_agencies = true;
        let strategy = strategy_with(vec![measure("8.1.1.1"), named, also_named]);
        let snapshot = snapshot_with(&[]);
        let haystacks: Vec<String> = strategy
            .measures
            .iter()
            .map(|m| search_haystack(m, &strategy, &snapshot, Lang::Az))
            .collect();
        let ids = |filter: &MeasureFilter| -> Vec<String> {
            filter_measures(filter, &strategy, &snapshot, &haystacks)
                .into_iter()
                .map(|m| m.id.clone())
                .collect()
        };
        let relevant = MeasureFilter::from_params(|key| (key == "relevant").then_some("1"));
        assert!(relevant.relevant_agencies_only);
        assert_eq!(relevant.to_params(), [("relevant", "1".to_string())]);
        assert_eq!(ids(&relevant), ["8.1.1.9", "8.3.2.3"]);
        assert_eq!(ids(&MeasureFilter::default()).len(), 3);
        let combined = MeasureFilter {
            goal: Some("8.3".into()),
            ..relevant.clone()
        };
        assert_eq!(ids(&combined), ["8.3.2.3"]);
        let off = MeasureFilter::from_params(|key| (key == "relevant").then_some("0"));
        assert!(!off.relevant_agencies_only, "only 1 or true turn it on");
    }

    #[test]
    fn malformed_parameters_are_ignored() {
        let filter = MeasureFilter::from_params(|key| match key {
            "status" => Some("finished"),
            "year" => Some("next"),
            "goal" => Some("  "),
            _ => None,
        });
        assert_eq!(filter, MeasureFilter::default());
    }
}

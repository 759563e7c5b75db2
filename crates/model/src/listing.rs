//! The measures list as a reader narrows it: each measure's search text folded once per language
//! ([`MeasureIndex`]), the measures a filter lets through ([`Matches`]), and those matches grouped
//! goal → direction and cut to the first pages ([`Listing`]), so that one keystroke adds or
//! removes at most a page of rows however many measures there are. Rendering is the app's.

use crate::filter::{search_haystack, MeasureFilter};
use crate::search::Query;
use crate::{Lang, Snapshot, Strategy};
use std::sync::{Arc, OnceLock};

/// How many matching measures the list shows at first, and how many more each "show more"
/// adds: as many as the strategy's 50 measures, so a reader of the real list sees all of them,
/// and no more, since the rows a keystroke swaps are what it costs (measured with
/// `scripts/bench-search.mjs`: 100 rows took 66 ms and a 113 ms long task on a 4x-slower phone's
/// budget; 50 rows about half).
pub const PAGE_SIZE: usize = 50;

/// The measures of one strategy prepared for searching in one language: folded once, by
/// [`MeasureIndex::fold`] or by the first search with words, whichever comes first (a list
/// without search text folds nothing), so that a keystroke folds nothing but the query.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MeasureIndex {
    /// The language the haystacks are in (first: indexes of two languages differ at once).
    lang: Lang,
    /// [`search_haystack`] of each of `strategy.measures`, in the same order: folded once (see
    /// [`MeasureIndex::haystacks`]).
    haystacks: OnceLock<Vec<String>>,
    /// The place in `strategy.directions` of each measure's direction (`None`: not listed there).
    directions: Vec<Option<usize>>,
    /// How many directions the strategy has.
    direction_count: usize,
}

impl MeasureIndex {
    /// Places every measure under its direction; their search texts are folded in `lang` when
    /// a search first needs them.
    pub fn new(strategy: &Strategy, lang: Lang) -> MeasureIndex {
        let place: std::collections::HashMap<&str, usize> = strategy
            .directions
            .iter()
            .enumerate()
            .map(|(at, d)| (d.id.as_str(), at))
            .collect();
        let directions = strategy
            .measures
            .iter()
            .map(|m| place.get(m.direction.as_str()).copied())
            .collect();
        MeasureIndex {
            lang,
            haystacks: OnceLock::new(),
            directions,
            direction_count: strategy.directions.len(),
        }
    }

    /// Folds every measure's search text now, if no search has yet (so that the first keystroke
    /// does not: the app calls it in a task of its own once the list is up). `strategy` and
    /// `snapshot` are the ones the index is for.
    pub fn fold(&self, strategy: &Strategy, snapshot: &Snapshot) {
        self.haystacks(strategy, snapshot);
    }

    /// Every measure's folded search text, folded now if no search has needed them before.
    /// `strategy` and `snapshot` are the ones the index is for.
    fn haystacks(&self, strategy: &Strategy, snapshot: &Snapshot) -> &[String] {
        self.haystacks.get_or_init(|| {
            strategy
                .measures
                .iter()
                .map(|m| search_haystack(m, strategy, snapshot, self.lang))
                .collect()
        })
    }

    /// The measures that pass `filter`, as places in `strategy.measures`, in document order.
    /// `strategy` and `snapshot` are the ones the index is for.
    pub fn matching(
        &self,
        filter: &MeasureFilter,
        strategy: &Strategy,
        snapshot: &Snapshot,
    ) -> Matches {
        let query = Query::new(&filter.q);
        let admitted = strategy
            .measures
            .iter()
            .enumerate()
            .filter(|(_, m)| filter.admits(m, strategy, snapshot))
            .map(|(at, _)| at);
        let measures: Vec<usize> = if query.is_empty() {
            admitted.collect()
        } else {
            let haystacks = self.haystacks(strategy, snapshot);
            admitted
                .filter(|&at| {
                    haystacks
                        .get(at)
                        .is_some_and(|hay| query.matches_folded(hay))
                })
                .collect()
        };
        Matches {
            lang: self.lang,
            filter: filter.clone(),
            query,
            measures,
            wider: None,
        }
    }

    /// The same as [`MeasureIndex::matching`], found from `earlier` matches (the filters before
    /// this change) where they hold the answer: with the same language and other filters, a
    /// search typed on from an earlier one ("suni in" → "suni int") tests only that search's
    /// matches, and a search typed back to an earlier one (a deleted letter) is that search's
    /// matches again. Anything else searches afresh.
    pub fn refine(
        &self,
        filter: &MeasureFilter,
        strategy: &Strategy,
        snapshot: &Snapshot,
        earlier: &Matches,
    ) -> Matches {
        let same_filters = |m: &Matches| {
            m.lang == self.lang
                && MeasureFilter {
                    q: String::new(),
                    ..filter.clone()
                } == MeasureFilter {
                    q: String::new(),
                    ..m.filter.clone()
                }
        };
        if !same_filters(earlier) {
            return self.matching(filter, strategy, snapshot);
        }
        let query = Query::new(&filter.q);
        // From the latest search back through the wider ones it was typed on from.
        let mut step = Some(earlier);
        while let Some(m) = step {
            if m.query == query {
                return Matches {
                    filter: filter.clone(),
                    ..m.clone()
                };
            }
            if query.narrows(&m.query) {
                let haystacks = self.haystacks(strategy, snapshot);
                let measures = m
                    .measures
                    .iter()
                    .copied()
                    .filter(|&at| {
                        haystacks
                            .get(at)
                            .is_some_and(|hay| query.matches_folded(hay))
                    })
                    .collect();
                return Matches {
                    lang: self.lang,
                    filter: filter.clone(),
                    query,
                    measures,
                    wider: Some(Arc::new(m.clone())),
                };
            }
            step = m.wider.as_deref();
        }
        self.matching(filter, strategy, snapshot)
    }
}

/// The measures one filter lets through, with the filter and language they were found for.
#[derive(Clone, Debug)]
pub struct Matches {
    lang: Lang,
    filter: MeasureFilter,
    /// `filter.q`, prepared.
    query: Query,
    /// Places in `strategy.measures`, in document order.
    measures: Vec<usize>,
    /// The matches of the wider search this one was narrowed from (same language and other
    /// filters), and so on back: where a deleted letter goes back to.
    wider: Option<Arc<Matches>>,
}

/// Equal when found for the same filters and language, with the same measures (however found).
impl PartialEq for Matches {
    fn eq(&self, other: &Matches) -> bool {
        self.lang == other.lang && self.filter == other.filter && self.measures == other.measures
    }
}

impl Eq for Matches {}

impl Matches {
    /// The matching measures, as places in `strategy.measures`, in document order.
    pub fn measures(&self) -> &[usize] {
        &self.measures
    }

    /// How many measures match.
    pub fn len(&self) -> usize {
        self.measures.len()
    }

    /// True when no measure matches.
    pub fn is_empty(&self) -> bool {
        self.measures.is_empty()
    }
}

/// The rows the list shows: the first `limit` matches in the order they are shown (goal, then
/// direction, then document order), grouped by direction.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Listing {
    /// Per direction (its place in `strategy.directions`): the places in `strategy.measures` of
    /// the measures shown under it.
    rows: Vec<Vec<usize>>,
    /// How many rows are shown (the sum of `rows`' lengths).
    shown: usize,
    /// How many matches could be shown (those whose direction is in the strategy).
    total: usize,
}

impl Listing {
    /// Groups the matches by direction and keeps the first `limit` in showing order: two passes
    /// over the matches, whatever `limit` is.
    pub fn new(index: &MeasureIndex, matches: &Matches, limit: usize) -> Listing {
        let place = |at: usize| index.directions.get(at).copied().flatten();
        let mut counts = vec![0usize; index.direction_count];
        for &at in matches.measures() {
            if let Some(direction) = place(at) {
                counts[direction] += 1;
            }
        }
        let total = counts.iter().sum();
        // Each direction's share of the first `limit` rows, in direction order.
        let mut left = limit;
        let quotas: Vec<usize> = counts
            .iter()
            .map(|&count| {
                let quota = count.min(left);
                left -= quota;
                quota
            })
            .collect();
        let mut rows: Vec<Vec<usize>> = quotas.iter().map(|&q| Vec::with_capacity(q)).collect();
        for &at in matches.measures() {
            if let Some(direction) = place(at) {
                if rows[direction].len() < quotas[direction] {
                    rows[direction].push(at);
                }
            }
        }
        Listing {
            rows,
            shown: limit.min(total),
            total,
        }
    }

    /// The measures shown under the direction at `direction` in `strategy.directions`, as places
    /// in `strategy.measures`.
    pub fn rows(&self, direction: usize) -> &[usize] {
        self.rows.get(direction).map_or(&[], Vec::as_slice)
    }

    /// How many rows are shown.
    pub fn shown(&self) -> usize {
        self.shown
    }

    /// How many matches there are to show.
    pub fn total(&self) -> usize {
        self.total
    }

    /// True when some matches are not shown yet.
    pub fn has_more(&self) -> bool {
        self.shown < self.total
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_support::{direction, measure, snapshot_with, strategy_with};

    /// Two directions, 8.1.1 and 8.1.2; `copies` measures in each, listed interleaved (as the
    /// benchmark's cloned strategy lists them): 8.1.1.0, 8.1.2.0, 8.1.1.1, 8.1.2.1, …
    fn interleaved(copies: usize) -> Strategy {
        let mut measures = Vec::new();
        for k in 0..copies {
            for d in ["8.1.1", "8.1.2"] {
                let mut m = measure(&format!("{d}.{k}"));
                if k % 2 == 1 {
                    m.title = crate::Text::new("Süni intellekt", "Artificial intelligence");
                }
                measures.push(m);
            }
        }
        let mut strategy = strategy_with(measures);
        strategy.directions = vec![direction("8.1.1"), direction("8.1.2")];
        strategy
    }

    fn ids(strategy: &Strategy, places: &[usize]) -> Vec<String> {
        places
            .iter()
            .map(|&at| strategy.measures[at].id.clone())
            .collect()
    }

    #[test]
    fn the_first_page_then_more_in_showing_order() {
        let strategy = interleaved(3);
        let snapshot = snapshot_with(&[]);
        let index = MeasureIndex::new(&strategy, Lang::Az);
        let all = index.matching(&MeasureFilter::default(), &strategy, &snapshot);
        assert_eq!(all.len(), 6);

        let first = Listing::new(&index, &all, 4);
        assert_eq!(
            ids(&strategy, first.rows(0)),
            ["8.1.1.0", "8.1.1.1", "8.1.1.2"]
        );
        assert_eq!(
            ids(&strategy, first.rows(1)),
            ["8.1.2.0"],
            "direction order first"
        );
        assert_eq!((first.shown(), first.total()), (4, 6));
        assert!(first.has_more());

        let more = Listing::new(&index, &all, 4 + 4);
        assert_eq!(
            ids(&strategy, more.rows(1)),
            ["8.1.2.0", "8.1.2.1", "8.1.2.2"]
        );
        assert_eq!((more.shown(), more.total()), (6, 6));
        assert!(!more.has_more());
        assert!(more.rows(2).is_empty(), "an unknown direction has no rows");
    }

    #[test]
    fn the_real_number_of_measures_fits_on_the_first_page() {
        let strategy = interleaved(25);
        let snapshot = snapshot_with(&[]);
        let index = MeasureIndex::new(&strategy, Lang::En);
        let all = index.matching(&MeasureFilter::default(), &strategy, &snapshot);
        let listing = Listing::new(&index, &all, PAGE_SIZE);
        assert_eq!((listing.shown(), listing.total()), (50, 50));
        assert!(!listing.has_more());
        let none = index.matching(
            &MeasureFilter {
                q: "zzzz".into(),
                ..Default::default()
            },
            &strategy,
            &snapshot,
        );
        let empty = Listing::new(&index, &none, PAGE_SIZE);
        assert_eq!((empty.shown(), empty.total()), (0, 0));
        assert!(empty.rows(0).is_empty() && empty.rows(1).is_empty());
    }

    #[test]
    fn measures_of_unknown_directions_are_not_counted_as_showable() {
        let mut strategy = interleaved(1);
        strategy.measures.push(measure("9.9.9.1"));
        let snapshot = snapshot_with(&[]);
        let index = MeasureIndex::new(&strategy, Lang::Az);
        let all = index.matching(&MeasureFilter::default(), &strategy, &snapshot);
        assert_eq!(all.len(), 3);
        let listing = Listing::new(&index, &all, PAGE_SIZE);
        assert_eq!((listing.shown(), listing.total()), (2, 2));
    }

    #[test]
    fn texts_are_folded_by_the_first_search_with_words_only() {
        let strategy = interleaved(2);
        let snapshot = snapshot_with(&[]);
        let index = MeasureIndex::new(&strategy, Lang::Az);
        let unfiltered = index.matching(&MeasureFilter::default(), &strategy, &snapshot);
        let by_goal = MeasureFilter {
            goal: Some("8.1".into()),
            q: "  ".into(),
            ..Default::default()
        };
        index.matching(&by_goal, &strategy, &snapshot);
        assert!(index.haystacks.get().is_none(), "no words, nothing folded");
        let folded_ahead = MeasureIndex::new(&strategy, Lang::Az);
        folded_ahead.fold(&strategy, &snapshot);
        assert_eq!(
            folded_ahead.haystacks.get().map(Vec::len),
            Some(strategy.measures.len())
        );
        let searched = MeasureFilter {
            q: "süni".into(),
            ..Default::default()
        };
        let found = index.refine(&searched, &strategy, &snapshot, &unfiltered);
        assert_eq!(found.measures(), &[2, 3]);
        assert_eq!(
            index.haystacks.get().map(Vec::len),
            Some(strategy.measures.len())
        );
    }

    #[test]
    fn refining_a_search_gives_what_searching_afresh_gives() {
        let strategy = interleaved(10);
        let snapshot = snapshot_with(&[]);
        let index = MeasureIndex::new(&strategy, Lang::Az);
        let search = |q: &str, goal: Option<&str>| MeasureFilter {
            q: q.into(),
            goal: goal.map(str::to_string),
            ..Default::default()
        };
        // Typing on, then deleting, changing a filter, and the other language: each step refined
        // from the one before equals a fresh search.
        let steps = [
            search("", None),
            search("s", None),
            search("sün", None),
            search("suni int", None),
            search("suni inte", None),
            search("suni", None),
            search("suni", Some("8.2")),
            search("suni", Some("8.1")),
            search("8.1.2", Some("8.1")),
            search("8.1.2 x", Some("8.1")),
        ];
        let mut earlier = index.matching(&steps[0], &strategy, &snapshot);
        for step in &steps[1..] {
            let refined = index.refine(step, &strategy, &snapshot, &earlier);
            assert_eq!(
                refined,
                index.matching(step, &strategy, &snapshot),
                "{step:?}"
            );
            earlier = refined;
        }
        // Typed on from "s" to "suni int", then back letter by letter: each step back is the
        // earlier search's matches.
        let mut earlier = index.matching(&search("", None), &strategy, &snapshot);
        let typed = "suni int";
        let mut seen = Vec::new();
        for end in (1..=typed.len()).chain((0..typed.len()).rev()) {
            let step = search(&typed[..end], None);
            let refined = index.refine(&step, &strategy, &snapshot, &earlier);
            assert_eq!(
                refined,
                index.matching(&step, &strategy, &snapshot),
                "{step:?}"
            );
            seen.push(refined.len());
            earlier = refined;
        }
        assert_eq!(seen.first(), Some(&10), "\"s\": the titles with \"Süni\"");
        assert_eq!(seen.last(), Some(&20), "back to everything");
        let depth = |m: &Matches| std::iter::successors(Some(m), |m| m.wider.as_deref()).count();
        assert_eq!(depth(&earlier), 1, "the empty search is where typing began");

        let english = MeasureIndex::new(&strategy, Lang::En);
        let intelligence = search("intelligence", None);
        let az = index.matching(&search("", None), &strategy, &snapshot);
        assert_eq!(
            english.refine(&intelligence, &strategy, &snapshot, &az),
            english.matching(&intelligence, &strategy, &snapshot)
        );
        assert_eq!(
            index
                .matching(&search("suni intellekt", None), &strategy, &snapshot)
                .len(),
            10
        );
    }
}

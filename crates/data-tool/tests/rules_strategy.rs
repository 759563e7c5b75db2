//! One broken fixture per rule of the strategy's source files (`data/strategy/*.toml`): each
//! test breaks one thing in a copy of `fixtures/minimal` and checks the exact
//! `file:line: field: message` the editor sees.

mod common;

use common::Fixture;

const GOAL: &str = "strategy/goal-8.1.toml";
const AGENCIES: &str = "strategy/agencies.toml";
const INDICATORS: &str = "strategy/indicators.toml";
const FLAGSHIPS: &str = "strategy/flagships.toml";
const CONTEXT: &str = "strategy/context.toml";
const NOTES: &str = "strategy/notes.toml";

/// The measure block of the minimal goal file, to list it twice.
const MEASURE_BLOCK: &str = "\n[[measure]]\nid = \"8.1.1.1\"\ndirection = \"8.1.1\"\nprose_ref = \"6.1.1.2.1\"\ntitle.az = \"Tədbir\"\ntitle.en = \"Measure\"\nlead = \"İN\"\nstart = 2026\nend = 2029\ninitial.az = \"İlkin\"\ninitial.en = \"Initial\"\nintermediate.az = \"Aralıq\"\nintermediate.en = \"Intermediate\"\nfinal.az = \"Yekun\"\nfinal.en = \"Final\"\n";

// Files

#[test]
fn a_required_strategy_file_is_missing() {
    Fixture::new()
        .remove(FLAGSHIPS)
        .assert_only("strategy/flagships.toml:1: file: missing: every strategy needs this file (see data/FORMAT.md)");
}

#[test]
fn there_is_no_goal_file() {
    Fixture::new()
        .remove(GOAL)
        .assert_reports("strategy/goal-8.1.toml:1: file: no goal files (goal-8.N.toml) found");
}

#[test]
fn a_field_the_format_does_not_know() {
    Fixture::new()
        .edit(GOAL, "relevant_agencies = false", "relevant_agencies = false\ncolour = \"red\"")
        .assert_reports("strategy/goal-8.1.toml:33: toml: unknown field `colour`, expected one of `id`, `direction`, `prose_ref`, `title`, `lead`, `others`, `relevant_agencies`, `start`, `end`, `initial`, `intermediate`, `final`, `spans`");
}

// The document and its period, the one home of the strategy's years

#[test]
fn the_strategy_period_ends_before_it_starts() {
    Fixture::new()
        .edit("strategy/document.toml", "start = 2026", "start = 2030")
        .assert_reports(
            "strategy/document.toml:2: document: end: ends (2029) before it starts (2030)",
        );
}

#[test]
fn the_strategy_years_come_from_the_document() {
    let f = Fixture::new();
    f.edit("strategy/document.toml", "end = 2029", "end = 2030")
        .edit(GOAL, "end = 2029", "end = 2030");
    f.assert_only(
        "strategy/indicators.toml:8: indicator 4.1.5: targets: the target for 2030 is missing",
    );
    f.edit(INDICATORS, "2029 = 40000 }", "2029 = 40000, 2030 = 50000 }")
        .edit(
            INDICATORS,
            "2029 = \"40.000\" }",
            "2029 = \"40.000\", 2030 = \"50.000\" }",
        )
        .assert_valid();
}

// Ids

#[test]
fn a_measure_is_listed_twice() {
    Fixture::new()
        .append(GOAL, MEASURE_BLOCK)
        .assert_only("strategy/goal-8.1.toml:43: measure 8.1.1.1: id: `8.1.1.1` is used twice (first at strategy/goal-8.1.toml:25): ids must be unique");
}

#[test]
fn an_acronym_names_two_agencies() {
    Fixture::new()
        .edit(AGENCIES, "aliases = [\"MB\"]", "aliases = [\"MB\", \"İN\"]")
        .assert_only("strategy/agencies.toml:12: agency AMB: aliases: `İN` is used twice (first at strategy/agencies.toml:3): ids must be unique");
}

#[test]
fn a_goal_id_is_malformed() {
    Fixture::new()
        .edit(GOAL, "id = \"8.1\"", "id = \"8.x\"")
        .assert_reports("strategy/goal-8.1.toml:2: goal 8.x: id: `8.x` is not a goal id like 8.1");
}

#[test]
fn a_direction_id_is_not_of_its_goal() {
    Fixture::new()
        .edit(GOAL, "id = \"8.1.1\"", "id = \"8.2.1\"")
        .assert_reports("strategy/goal-8.1.toml:10: direction 8.2.1: id: `8.2.1` is not a direction id of goal 8.1 (like 8.1.1)");
}

#[test]
fn an_indicator_id_is_malformed() {
    Fixture::new()
        .edit(INDICATORS, "id = \"4.1.5\"", "id = \"4.2.5\"")
        .assert_reports("strategy/indicators.toml:2: indicator 4.2.5: id: `4.2.5` is not an indicator id like 4.1.1");
}

#[test]
fn a_flagship_id_is_malformed() {
    Fixture::new()
        .edit(FLAGSHIPS, "id = \"6.2.1\"", "id = \"6.3.1\"")
        .assert_only("strategy/flagships.toml:2: flagship 6.3.1: id: `6.3.1` is not a flagship id like 6.2.1");
}

#[test]
fn a_context_figure_id_is_malformed() {
    Fixture::new()
        .edit(CONTEXT, "id = \"ict-share\"", "id = \"ICT_share\"")
        .assert_only("strategy/context.toml:2: fact ICT_share: id: use lower-case ASCII letters, digits and dashes");
}

#[test]
fn a_note_id_is_malformed() {
    Fixture::new()
        .edit(NOTES, "id = \"N-G-01\"", "id = \"N G 01\"")
        .assert_only("strategy/notes.toml:2: note N G 01: id: use ASCII letters, digits, dots and dashes (N-8.1-01)");
}

// Section references

#[test]
fn a_goal_names_no_section_5_1_objective() {
    Fixture::new()
        .edit(GOAL, "objective_ref = \"5.1.1\"", "objective_ref = \"5.2.1\"")
        .assert_only("strategy/goal-8.1.toml:3: goal 8.1: objective_ref: must name a section 5.1 objective like 5.1.1");
}

#[test]
fn a_direction_names_no_section_6_1_direction() {
    Fixture::new()
        .edit(GOAL, "prose_ref = \"6.1.1\"", "prose_ref = \"6.1\"")
        .assert_only("strategy/goal-8.1.toml:11: direction 8.1.1: prose_ref: must name a section 6.1 direction like 6.1.1");
}

#[test]
fn a_measure_names_no_section_6_1_measure() {
    Fixture::new()
        .edit(GOAL, "prose_ref = \"6.1.1.2.1\"", "prose_ref = \"6.1.1.2\"")
        .assert_only("strategy/goal-8.1.toml:27: measure 8.1.1.1: prose_ref: must name a section 6.1 measure like 6.1.1.2.1");
}

// Agencies

#[test]
fn an_agency_slug_is_not_its_folded_acronym() {
    Fixture::new()
        .edit(AGENCIES, "slug = \"in\"", "slug = \"in-x\"")
        .assert_only(
            "strategy/agencies.toml:2: agency İN: slug: must be the ASCII-folded acronym `in`",
        );
}

#[test]
fn an_english_name_basis_is_not_a_code() {
    Fixture::new()
        .edit(AGENCIES, "name_en_basis = \"official\"", "name_en_basis = \"officiall\"")
        .assert_only("strategy/agencies.toml:7: agency İN: name_en_basis: `officiall` is not one of: official, translation");
}

#[test]
fn a_lead_agency_is_unknown() {
    Fixture::new()
        .edit(GOAL, "lead = \"İN\"", "lead = \"QQ\"")
        .assert_only("strategy/goal-8.1.toml:30: measure 8.1.1.1: lead: agency `QQ` is not in agencies.toml (write the acronym as section 9 prints it)");
}

// Measures

#[test]
fn a_measure_id_is_not_of_its_direction() {
    Fixture::new()
        .edit(GOAL, "id = \"8.1.1.1\"", "id = \"8.1.2.1\"")
        .assert_reports("strategy/goal-8.1.toml:26: measure 8.1.2.1: direction: measure 8.1.2.1 cannot belong to direction 8.1.1");
}

#[test]
fn a_measure_ends_after_the_strategy() {
    Fixture::new()
        .edit(GOAL, "end = 2029", "end = 2030")
        .assert_only("strategy/goal-8.1.toml:34: measure 8.1.1.1: end: 2030 is outside the strategy's years 2026–2029");
}

#[test]
fn a_spanning_initial_cell_leaves_no_intermediate() {
    Fixture::new()
        .append(GOAL, "spans = \"initial-intermediate\"\n")
        .assert_only("strategy/goal-8.1.toml:37: measure 8.1.1.1: intermediate: the initial cell spans intermediate too: remove `intermediate`");
}

#[test]
fn a_spanning_intermediate_cell_leaves_no_final() {
    Fixture::new()
        .append(GOAL, "spans = \"intermediate-final\"\n")
        .assert_only("strategy/goal-8.1.toml:39: measure 8.1.1.1: final: the intermediate cell spans final too: remove `final`");
}

#[test]
fn a_span_is_not_one_of_the_two() {
    Fixture::new()
        .append(GOAL, "spans = \"all\"\n")
        .assert_exactly(&[
            "snapshots/2026-Q3/results.csv:2: stage: measure 8.1.1.1 has no initial result",
            "strategy/goal-8.1.toml:41: measure 8.1.1.1: spans: `all` is not `initial-intermediate` or `intermediate-final`",
        ]);
}

// Texts

#[test]
fn an_azerbaijani_text_is_missing() {
    Fixture::new()
        .edit(GOAL, "title.az = \"Tədbir\"\n", "")
        .assert_only("strategy/goal-8.1.toml:28: measure 8.1.1.1: title.az: the Azerbaijani text is missing: copy it from the source document");
}

#[test]
fn an_english_text_is_given_and_marked_missing() {
    Fixture::new()
        .edit(GOAL, "title.en = \"Measure\"\n", "title.en = \"Measure\"\ntitle.en_missing = true\n")
        .assert_only("strategy/goal-8.1.toml:30: measure 8.1.1.1: title.en_missing: `en_missing = true` but an English text is given: keep one of them");
}

#[test]
fn an_english_text_is_letter_spaced() {
    Fixture::new()
        .edit(GOAL, "risks.en = \"Risks\"", "risks.en = \"h i g h l y\"")
        .assert_only("strategy/goal-8.1.toml:17: direction 8.1.1: risks.en: holds letters separated by spaces (\"y ü k s ə k\"): join the word as printed");
}

#[test]
fn a_note_quotes_no_printed_wording() {
    Fixture::new()
        .edit(NOTES, "printed.az = \"AMB, MB\"\n", "")
        .assert_only(
            "strategy/notes.toml:1: note N-G-01: printed.az: the printed wording is missing",
        );
}

// Indicators

#[test]
fn an_indicator_unit_is_not_a_code() {
    Fixture::new()
        .edit(INDICATORS, "unit = \"persons\"", "unit = \"people\"")
        .assert_only("strategy/indicators.toml:5: indicator 4.1.5: unit: `people` is not one of: count, persons, mln_azn, percent");
}

#[test]
fn a_printed_target_is_missing() {
    Fixture::new()
        .edit(INDICATORS, ", 2029 = \"40.000\" }", " }")
        .assert_only("strategy/indicators.toml:9: indicator 4.1.5: targets_printed: the printed target for 2029 is missing");
}

#[test]
fn a_target_is_not_a_number() {
    Fixture::new()
        .edit(INDICATORS, "2029 = 40000 }", "2029 = nan }")
        .assert_only("strategy/indicators.toml:8: indicator 4.1.5: targets: the target for 2029 is not a number");
}

#[test]
fn a_target_is_for_a_year_outside_the_strategy() {
    Fixture::new()
        .edit(INDICATORS, "2029 = 40000 }", "2029 = 40000, 2030 = 50000 }")
        .assert_only("strategy/indicators.toml:8: indicator 4.1.5: targets: `2030` is not a year of the strategy (2026–2029)");
}

#[test]
fn a_cumulation_is_not_a_code() {
    Fixture::new()
        .edit(INDICATORS, "cumulative = \"not_stated\"", "cumulative = \"unknown\"")
        .assert_only("strategy/indicators.toml:10: indicator 4.1.5: cumulative: `unknown` is not one of: not_stated, cumulative, annual");
}

// Flagships

#[test]
fn a_flagship_links_to_no_measure() {
    let f = Fixture::new();
    let text = f.read(FLAGSHIPS);
    let without_link = &text[..text.find("\n[[flagship.link]]").unwrap()];
    f.write(FLAGSHIPS, &format!("{without_link}\n"))
        .assert_only("strategy/flagships.toml:1: flagship 6.2.1: link: a flagship needs at least one [[flagship.link]] to a measure");
}

#[test]
fn a_flagship_links_to_a_missing_measure() {
    Fixture::new()
        .edit(FLAGSHIPS, "measure = \"8.1.1.1\"", "measure = \"8.1.1.9\"")
        .assert_only(
            "strategy/flagships.toml:9: flagship 6.2.1: measure: measure `8.1.1.9` does not exist",
        );
}

#[test]
fn a_flagship_link_basis_is_not_a_code() {
    Fixture::new()
        .edit(FLAGSHIPS, "basis = \"stated\"", "basis = \"said\"")
        .assert_only("strategy/flagships.toml:10: flagship 6.2.1: basis: `said` is not one of: stated, inferred");
}

// Context figures

#[test]
fn a_context_figure_unit_is_not_a_code() {
    Fixture::new()
        .edit(CONTEXT, "unit = \"percent\"", "unit = \"pct\"")
        .assert_only("strategy/context.toml:5: fact ict-share: unit: `pct` is not one of: count, persons, mln_azn, percent");
}

#[test]
fn a_context_figure_qualifier_is_not_a_code() {
    Fixture::new()
        .edit(CONTEXT, "value_qualifier = \"exact\"", "value_qualifier = \"precise\"")
        .assert_only("strategy/context.toml:6: fact ict-share: value_qualifier: `precise` is not one of: exact, more_than, up_to, about");
}

// Source notes

#[test]
fn a_note_applies_to_nothing() {
    Fixture::new()
        .edit(NOTES, "applies_to = [\"document\", \"amb\"]", "applies_to = []")
        .assert_only("strategy/notes.toml:3: note N-G-01: applies_to: name at least one item, or \"document\"");
}

#[test]
fn a_note_applies_to_an_unknown_id() {
    Fixture::new()
        .edit(NOTES, "\"amb\"]", "\"xyz\"]")
        .assert_only(
            "strategy/notes.toml:3: note N-G-01: applies_to: `xyz` is not the id of any item",
        );
}

#[test]
fn a_note_kind_is_not_a_code() {
    Fixture::new()
        .edit(NOTES, "kind = \"inconsistency\"", "kind = \"typo\"")
        .assert_only("strategy/notes.toml:4: note N-G-01: kind: `typo` is not one of: contradiction, unclear, extraction, inconsistency, misprint");
}

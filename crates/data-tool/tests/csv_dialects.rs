//! CSV files as spreadsheets save them: UTF-8 with or without a byte order mark, `,` or `;`
//! between cells, CRLF line ends, read alike; legacy code pages, UTF-16 and the `?` of Excel's
//! plain "CSV" save refused at their file and line with "save it as CSV UTF-8".

mod common;

use common::Fixture;
use data_tool::project::Project;
use model::Lang;

const MEASURES: &str = "snapshots/2026-Q3/measures.csv";
const INDICATORS: &str = "snapshots/2026-Q3/indicators.csv";

#[test]
fn excel_with_azerbaijani_settings_bom_semicolons_crlf_and_comma_decimals_is_read() {
    let f = Fixture::new();
    f.write_bytes(
        INDICATORS,
        "\u{feff}indicator_id;year;value;as_of;source_az;source_en;note_az;note_en;first_reported_in\r\n4.1.5;2026;1,66;2026-09-30;İN;Ministry of Economy, Azerbaijan;;;\r\n"
            .as_bytes(),
    );
    f.write_bytes(
        MEASURES,
        "\u{feff}measure_id;status;first_reported_in;note_az;note_en\r\n8.1.1.1;in_progress;;Qeyd; with a comma, quoted\r\n"
            .as_bytes(),
    );
    let project = Project::load(&f.dir).unwrap();
    let snapshot = &project.snapshots[0].snapshot;
    assert_eq!(snapshot.indicators[0].value, 1.66);
    assert_eq!(
        snapshot.indicators[0].source.en.as_deref(),
        Some("Ministry of Economy, Azerbaijan")
    );
    assert_eq!(
        snapshot.measures[0].note.as_ref().unwrap().en.as_deref(),
        Some("with a comma, quoted")
    );
}

#[test]
fn utf8_without_bom_with_crlf_is_read_and_lines_are_counted_right() {
    let f = Fixture::new();
    f.write(
        MEASURES,
        "measure_id,status,first_reported_in,note_az,note_en\r\n8.1.1.1,in_progress,,Qeyd,Note\r\n8.1.1.1,completed,,,\r\n",
    );
    f.assert_only(
        "snapshots/2026-Q3/measures.csv:3: measure_id: measure `8.1.1.1` is listed twice",
    );
}

#[test]
fn a_legacy_code_page_is_refused_at_its_line() {
    let f = Fixture::new();
    // "Bakı" in Windows-1254: ı is the byte 0xFD.
    f.write_bytes(
        MEASURES,
        b"measure_id,status,first_reported_in,note_az,note_en\r\n8.1.1.1,in_progress,,Bak\xFD,Baku\r\n",
    );
    assert_eq!(
        f.problems_in(Lang::En),
        [
            "snapshots/2026-Q3/measures.csv:2: file: byte 0xFD is not UTF-8: the file is saved in a legacy code page (such as Windows-1254), which damages ə, ş, ğ; save it as CSV UTF-8",
            "snapshots/2026-Q3/results.csv:2: measure_id: measure 8.1.1.1 has a result but no status: add it to measures.csv",
        ]
    );
    assert_eq!(
        f.problems_in(Lang::Az)[0],
        "snapshots/2026-Q3/measures.csv:2: file: 0xFD baytı UTF-8 deyil: fayl köhnə kod səhifəsində (məsələn, Windows-1254) saxlanılıb və bu, ə, ş, ğ hərflərini korlayır; onu CSV UTF-8 kimi saxlayın"
    );
}

#[test]
fn utf16_is_refused() {
    let f = Fixture::new();
    let text = f.read(INDICATORS);
    let mut bytes = vec![0xFF, 0xFE];
    bytes.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
    f.write_bytes(INDICATORS, &bytes);
    f.assert_only("snapshots/2026-Q3/indicators.csv:1: file: the file is saved as UTF-16 (\"Unicode text\"): save it as CSV UTF-8");
}

#[test]
fn excels_plain_csv_save_with_question_marks_for_letters_is_refused() {
    let f = Fixture::new();
    f.edit(MEASURES, "Qeyd,Note", "R?q?msal xidm?t,Digital service");
    f.assert_only("snapshots/2026-Q3/measures.csv:2: note_az: `R?q?msal` has a `?` inside a word: a spreadsheet's plain \"CSV\" save turns ə and other letters into ?; save it as CSV UTF-8 and type the letters again");
    assert_eq!(
        f.problems_in(Lang::Az),
        ["snapshots/2026-Q3/measures.csv:2: note_az: `R?q?msal` sözünün içində `?` var: cədvəl proqramının adi \"CSV\" saxlaması ə və başqa hərfləri ? ilə əvəz edir; faylı CSV UTF-8 kimi saxlayın və hərfləri yenidən yazın"]
    );
}

#[test]
fn a_question_in_a_note_and_a_query_in_a_link_pass() {
    let f = Fixture::new();
    f.edit(MEASURES, "Qeyd,Note", "Hazırdır? Bəli.,Ready? Yes.");
    f.edit(
        "snapshots/2026-Q3/results.csv",
        "https://example.org/e",
        "https://example.org/e?id=7&lang=az",
    );
    f.assert_valid();
}

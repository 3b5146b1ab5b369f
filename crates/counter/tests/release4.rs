//! Release 4 reports (JR1, DB1, BR1, BR2, PR1) from the crate's own fixtures: header, metric
//! mapping, totals rows checked and left out.

use std::collections::BTreeMap;
use std::fs;
use std::path::PathBuf;

use konsortio_counter::{inspect, read_report, ErrorKind, Format, Metric, R4Metric, Release, ReportId};

fn fixture(name: &str) -> Vec<u8> {
    fs::read(PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures").join(name)).unwrap()
}

fn metrics(pairs: &[(&str, u64)]) -> BTreeMap<String, u64> {
    pairs.iter().map(|(k, v)| (k.to_string(), *v)).collect()
}

#[test]
fn each_r4_report_gives_its_metrics_under_r5_names() {
    /// (fixture, report, format, metric totals, distinct items)
    type Case = (&'static str, ReportId, Format, &'static [(&'static str, u64)], u64);
    let cases: &[Case] = &[
        ("r4_jr1.csv", ReportId::Jr1, Format::Csv, &[("Total_Item_Requests", 1377)], 2),
        (
            "r4_db1.tsv",
            ReportId::Db1,
            Format::Tsv,
            &[
                ("Searches_Regular", 305),
                ("R4_Searches_Federated_And_Automated", 40),
                ("R4_Result_Clicks", 90),
                ("R4_Record_Views", 78),
            ],
            2,
        ),
        ("r4_br1.csv", ReportId::Br1, Format::Csv, &[("Unique_Title_Requests", 33)], 2),
        ("r4_br2.tsv", ReportId::Br2, Format::Tsv, &[("Total_Item_Requests", 55)], 1),
        (
            "r4_pr1.csv",
            ReportId::Pr1,
            Format::CsvSemicolon,
            &[
                ("Searches_Platform", 1305),
                ("R4_Searches_Federated_And_Automated", 12),
                ("R4_Result_Clicks", 300),
                ("R4_Record_Views", 250),
            ],
            1,
        ),
    ];
    for (name, report_id, format, expected, items) in cases {
        let summary = inspect(name, fixture(name).as_slice()).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(summary.release, Release::R4, "{name}");
        assert_eq!(summary.report_id, *report_id, "{name}");
        assert_eq!(summary.format, *format, "{name}");
        assert_eq!(summary.metrics, metrics(expected), "{name}");
        assert_eq!(summary.item_count, *items, "{name}");
        assert_eq!(summary.institution_name.as_deref(), Some("University of Testing"), "{name}");
    }
}

#[test]
fn jr1_rows_keep_identifiers_r4_names_and_html_pdf_totals() {
    let report = read_report("r4_jr1.csv", fixture("r4_jr1.csv").as_slice()).unwrap();
    assert_eq!(report.header.report_name, "Journal Report 1 (R4)");
    assert_eq!(report.header.institution_id.as_deref(), Some("ISNI:0000000000000001"));
    assert_eq!(report.header.created.as_deref(), Some("2014-04-05"));
    assert_eq!(report.header.period.begin.to_string(), "2014-01-01");
    assert_eq!(report.rows.len(), 2, "the totals row is no usage row");
    let first = &report.rows[0];
    assert_eq!(first.item.name.as_deref(), Some("Journal of Examples"));
    assert_eq!(first.item.doi.as_deref(), Some("10.9999/joe"));
    assert_eq!(first.item.print_issn.as_deref(), Some("1111-1111"));
    assert_eq!(first.item.online_issn.as_deref(), Some("2222-2222"));
    assert_eq!(first.item.other.get("Reporting Period PDF").map(String::as_str), Some("900"));
    assert_eq!((first.metric, first.r4_metric), (Metric::TotalItemRequests, Some(R4Metric::FullTextArticleRequests)));
    assert_eq!(first.total, 1250);
    assert_eq!(report.rows[1].item.name.as_deref(), Some("Annals of Commas, Quotes and \"Edge\" Cases"));
}

#[test]
fn br2_keeps_its_section_type() {
    let report = read_report("r4_br2.tsv", fixture("r4_br2.tsv").as_slice()).unwrap();
    assert_eq!(report.header.report_filters.as_deref(), Some("Section_Type=Chapter"));
    assert_eq!(report.rows[0].r4_metric, Some(R4Metric::SectionRequests));
}

#[test]
fn a_totals_row_that_disagrees_with_the_rows_is_refused() {
    let err = inspect("r4_br1_wrong_total.csv", fixture("r4_br1_wrong_total.csv").as_slice()).unwrap_err();
    let expected = ErrorKind::TotalsRowMismatch { metric: "Unique_Title_Requests".into(), stated: 34, rows: 33 };
    assert_eq!((err.kind, err.at.row), (expected, Some(9)));
}

#[test]
fn r4_header_variants() {
    let jr1 = String::from_utf8(fixture("r4_jr1.csv")).unwrap();
    let cases: &[(&str, String, Result<ReportId, ErrorKind>)] = &[
        ("r3 title", jr1.replace("(R4)", "(R3)"), Err(ErrorKind::UnknownRelease("R3".into()))),
        (
            "jr5",
            jr1.replace("Journal Report 1", "Journal Report 5"),
            Err(ErrorKind::UnknownReport("Journal Report 5 (R4)".into())),
        ),
        (
            "no period",
            jr1.replace("Period covered by Report:\r\n2014-01-01 to 2014-03-31\r\n", ""),
            Err(ErrorKind::MissingHeader("Period covered by Report")),
        ),
        (
            "period on its label row",
            jr1.replace("Period covered by Report:\r\n", "Period covered by Report:,"),
            Ok(ReportId::Jr1),
        ),
        ("journal heading", jr1.replace("\r\n,Publisher", "\r\nJournal,Publisher"), Ok(ReportId::Jr1)),
        ("description row", jr1.replace(",Number of", "\r\nNumber of"), Ok(ReportId::Jr1)),
    ];
    for (name, text, expected) in cases {
        let got = inspect(name, text.as_bytes()).map(|s| s.report_id).map_err(|e| e.kind);
        assert_eq!(&got, expected, "{name}");
    }
}

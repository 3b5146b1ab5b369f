//! Tabular reports as vendors send them: every tolerated variation gives the same totals, and every
//! refused one a typed error at the right row and column.

use std::collections::BTreeMap;

use konsortio_counter::{inspect, read_report, synthetic, tabular_rows, ErrorKind, Format, Month};

/// A small TR_J1, in the layout of the Code of Practice; the variations below rewrite it.
const TR_J1: &str = "Report_Name\tJournal Requests (Controlled)
Report_ID\tTR_J1
Release\t5.1
Institution_Name\tUniversity of Testing
Institution_ID\tISNI:0000000000000001
Metric_Types\tTotal_Item_Requests; Unique_Item_Requests
Report_Filters\tData_Type=Journal; Access_Type=Controlled; Access_Method=Regular
Report_Attributes\t
Exceptions\t
Reporting_Period\tBegin_Date=2022-01-01; End_Date=2022-03-31
Created\t2023-02-15T09:11:12Z
Created_By\tTest Publisher
Registry_Record\thttps://registry.projectcounter.org/platform/1

Title\tPublisher\tPublisher_ID\tPlatform\tDOI\tProprietary_ID\tPrint_ISSN\tOnline_ISSN\tURI\tMetric_Type\tReporting_Period_Total\tJan-2022\tFeb-2022\tMar-2022
Journal A\tPress\tISNI:1\tPlat\t10.1/a\tP:A\t1234-5678\t\t\tTotal_Item_Requests\t65673\t65000\t600\t73
Journal A\tPress\tISNI:1\tPlat\t10.1/a\tP:A\t1234-5678\t\t\tUnique_Item_Requests\t1200\t1000\t200\t0
Journal B\tPress\tISNI:1\tPlat\t10.1/b\tP:B\t\t8765-4321\t\tTotal_Item_Requests\t7\t1\t2\t4
";

fn expected_metrics() -> BTreeMap<String, u64> {
    [("Total_Item_Requests".to_string(), 65680), ("Unique_Item_Requests".to_string(), 1200)].into()
}

fn lines_map(text: &str, f: impl Fn(usize, &str) -> String) -> String {
    text.lines().enumerate().map(|(i, l)| f(i + 1, l) + "\n").collect()
}

fn csv_quote(cell: &str, delimiter: char) -> String {
    if cell.contains(delimiter) || cell.contains('"') {
        format!("\"{}\"", cell.replace('"', "\"\""))
    } else {
        cell.to_string()
    }
}

fn to_csv(text: &str, delimiter: char) -> String {
    lines_map(text, |_, l| {
        l.split('\t').map(|c| csv_quote(c, delimiter)).collect::<Vec<_>>().join(&delimiter.to_string())
    })
}

fn with_months(a: &str, b: &str, c: &str) -> String {
    TR_J1.replace("Jan-2022\tFeb-2022\tMar-2022", &format!("{a}\t{b}\t{c}"))
}

#[test]
#[rustfmt::skip]
fn tolerated_variations_give_the_same_totals() {
    let utf16: Vec<u8> = [0xFF, 0xFE].into_iter().chain(TR_J1.encode_utf16().flat_map(u16::to_le_bytes)).collect();
    let cases: Vec<(&str, Vec<u8>, Format)> = vec![
        ("as published", TR_J1.into(), Format::Tsv),
        ("byte-order mark", format!("\u{feff}{TR_J1}").into(), Format::Tsv),
        ("UTF-16 with BOM", utf16, Format::Tsv),
        ("CRLF line ends", TR_J1.replace('\n', "\r\n").into(), Format::Tsv),
        ("trailing tabs on header rows", lines_map(TR_J1, |i, l| if i < 15 { format!("{l}\t\t\t\t") } else { l.into() }).into(), Format::Tsv),
        ("trailing tabs on every row", lines_map(TR_J1, |_, l| format!("{l}\t\t")).into(), Format::Tsv),
        ("extra blank lines", TR_J1.replace("\nReport_ID", "\n\n\nReport_ID").replace("\nJournal B", "\n\t\t\n\nJournal B").replace("\n\nTitle", "\n\n\n\nTitle").into(), Format::Tsv),
        ("no blank line before headings", TR_J1.replace("\n\nTitle", "\nTitle").into(), Format::Tsv),
        ("thousands separators", TR_J1.replace("\t65673\t65000\t", "\t65,673\t65,000\t").replace("\t1200\t1000", "\t1.200\t1 000").into(), Format::Tsv),
        ("comma CSV, quoted", to_csv(&TR_J1.replace("\t65673\t65000\t", "\t65,673\t65,000\t"), ',').into(), Format::Csv),
        ("semicolon CSV", to_csv(TR_J1, ';').into(), Format::CsvSemicolon),
        ("semicolon CSV, list values unquoted", TR_J1.replace('\t', ";").into(), Format::CsvSemicolon),
        ("extra leading columns", lines_map(TR_J1, |i, l| match i { 15 => format!("Institution_Name\tCustomer_ID\t{l}"), 16.. => format!("University of Testing\tC-42\t{l}"), _ => l.into(), }).into(), Format::Tsv),
        ("months as Jan 2022", with_months("Jan 2022", "Feb 2022", "Mar 2022").into(), Format::Tsv),
        ("months as 2022-01", with_months("2022-01", "2022-02", "2022-03").into(), Format::Tsv),
        ("months as 01/2022", with_months("01/2022", "02/2022", "03/2022").into(), Format::Tsv),
        ("months as January 2022", with_months("January 2022", "February 2022", "March 2022").into(), Format::Tsv),
        ("months as Jan-22", with_months("Jan-22", "Feb-22", "Mar-22").into(), Format::Tsv),
        ("months as dates", with_months("2022-01-01", "2022-02-01", "2022-03-01").into(), Format::Tsv),
        ("headings with spaces and in lower case", TR_J1.replace("Metric_Type\tReporting_Period_Total", "metric type\tReporting Period Total").into(), Format::Tsv),
        ("header labels with colons", TR_J1.replace("Release\t", "Release:\t").into(), Format::Tsv),
        ("release 5.0", TR_J1.replace("Release\t5.1", "Release\t5.0").into(), Format::Tsv),
        ("report id in lower case", TR_J1.replace("Report_ID\tTR_J1", "Report_ID\ttr_j1").into(), Format::Tsv),
        ("empty month cell", TR_J1.replace("\t1200\t1000\t200\t0", "\t1200\t1000\t200\t").into(), Format::Tsv),
        ("period given as months", TR_J1.replace("Begin_Date=2022-01-01; End_Date=2022-03-31", "Begin_Date=2022-01; End_Date=2022-03").into(), Format::Tsv),
        ("no monthly columns", lines_map(TR_J1, |i, l| if i >= 15 { l.split('\t').take(11).collect::<Vec<_>>().join("\t") } else { l.into() }).into(), Format::Tsv),
    ];
    for (name, bytes, format) in cases {
        let summary = inspect(name, bytes.as_slice()).unwrap_or_else(|e| panic!("{name}: {e}"));
        assert_eq!(summary.metrics, expected_metrics(), "{name}");
        assert_eq!((summary.row_count, summary.item_count), (3, 2), "{name}");
        assert_eq!(summary.format, format, "{name}");
        assert_eq!(summary.institution_name.as_deref(), Some("University of Testing"), "{name}");
    }
}

#[test]
fn rows_carry_items_months_and_extra_columns() {
    let text = lines_map(TR_J1, |i, l| match i {
        15 => format!("Customer_ID\t{l}"),
        16.. => format!("C-42\t{l}"),
        _ => l.into(),
    });
    let report = read_report("extra.tsv", text.as_bytes()).unwrap();
    let row = &report.rows[0];
    assert_eq!(row.source_row, 16);
    assert_eq!(row.item.name.as_deref(), Some("Journal A"));
    assert_eq!(row.item.print_issn.as_deref(), Some("1234-5678"));
    assert_eq!(row.item.online_issn, None);
    assert_eq!(row.item.other.get("Customer_ID").map(String::as_str), Some("C-42"));
    let months: Vec<(Month, u64)> = row.months.iter().map(|m| (m.month, m.count)).collect();
    assert_eq!(
        months,
        vec![
            (Month::new(2022, 1).unwrap(), 65000),
            (Month::new(2022, 2).unwrap(), 600),
            (Month::new(2022, 3).unwrap(), 73)
        ]
    );
    assert_eq!(report.header.metric_types, ["Total_Item_Requests", "Unique_Item_Requests"]);
    assert_eq!(
        report.header.report_filters.as_deref(),
        Some("Data_Type=Journal; Access_Type=Controlled; Access_Method=Regular")
    );
}

#[test]
fn header_exceptions_are_read() {
    let text = TR_J1.replace(
        "Exceptions\t\n",
        "Exceptions\t3031: Usage Not Ready for Requested Dates (only to 2022-02-28); 3040: Partial Data Returned\n",
    );
    let summary = inspect("exceptions.tsv", text.as_bytes()).unwrap();
    let codes: Vec<(u32, &str)> = summary.exceptions.iter().map(|e| (e.code, e.message.as_str())).collect();
    assert_eq!(codes, [(3031, "Usage Not Ready for Requested Dates"), (3040, "Partial Data Returned")]);
}

#[test]
fn the_pull_iterator_gives_the_rows_in_order() {
    let mut rows = tabular_rows("pull.tsv", TR_J1.as_bytes()).unwrap();
    assert_eq!(rows.header().report_id.as_str(), "TR_J1");
    let totals: Vec<u64> = rows.by_ref().map(|r| r.unwrap().total).collect();
    assert_eq!(totals, [65673, 1200, 7]);
    let broken = TR_J1.replace("\t7\t1\t2\t4", "\t7\t1\t2\t5");
    let results: Vec<_> = tabular_rows("broken.tsv", broken.as_bytes()).unwrap().collect();
    assert_eq!(results.len(), 3, "two rows, then the error, then nothing");
    assert!(matches!(results[2].as_ref().unwrap_err().kind, ErrorKind::TotalMismatch { stated: 7, months: 8 }));
}

/// (case, input, expected error, row, column); row and column are 1-based, `None` where the error
/// concerns the whole file.
type ErrorCase = (&'static str, Vec<u8>, ErrorKind, Option<u64>, Option<u64>);

#[rustfmt::skip]
fn error_cases() -> Vec<ErrorCase> {
    let t = |s: String| s.into_bytes();
    vec![
        ("0-byte file", vec![], ErrorKind::EmptyFile, None, None),
        ("only blank lines", b"\n\r\n  \n".to_vec(), ErrorKind::EmptyFile, None, None),
        ("BOM only", b"\xEF\xBB\xBF".to_vec(), ErrorKind::EmptyFile, None, None),
        ("not a report", b"Name\tAmount\nA\t1\n".to_vec(), ErrorKind::NotReportStart { row: 1, found: "Name".into() }, Some(1), Some(1)),
        ("release 4 in an R5 header", t(TR_J1.replace("Release\t5.1", "Release\t4")), ErrorKind::UnknownRelease("4".into()), Some(3), Some(2)),
        ("release 6", t(TR_J1.replace("Release\t5.1", "Release\t6")), ErrorKind::UnknownRelease("6".into()), Some(3), Some(2)),
        ("no release", t(TR_J1.replace("Release\t5.1\n", "")), ErrorKind::MissingHeader("Release"), Some(14), None),
        ("unknown report", t(TR_J1.replace("Report_ID\tTR_J1", "Report_ID\tTR_J9")), ErrorKind::UnknownReport("TR_J9".into()), Some(2), Some(2)),
        ("unknown header row", t(TR_J1.replace("Created_By\t", "Made_By\t")), ErrorKind::UnknownHeaderLabel("Made_By".into()), Some(12), Some(1)),
        ("header row twice", t(TR_J1.replace("Created_By\t", "Created\t")), ErrorKind::DuplicateHeader("Created".into()), Some(12), Some(1)),
        ("no reporting period", t(TR_J1.replace("Reporting_Period\tBegin_Date=2022-01-01; End_Date=2022-03-31\n", "")), ErrorKind::MissingHeader("Reporting_Period"), Some(14), None),
        ("unreadable period", t(TR_J1.replace("End_Date=2022-03-31", "End_Date=31/03/2022")), ErrorKind::BadHeaderValue { field: "Reporting_Period", value: "Begin_Date=2022-01-01; End_Date=31/03/2022".into(), }, Some(10), Some(2)),
        ("header only", t(TR_J1.split("\n\n").next().unwrap().to_string()), ErrorKind::MissingColumnHeadings, None, None),
        ("month outside the period", t(with_months("Jan-2022", "Feb-2022", "Apr-2022")), ErrorKind::MonthOutsidePeriod { month: Month::new(2022, 4).unwrap(), begin: "2022-01-01".into(), end: "2022-03-31".into(), }, Some(15), Some(14)),
        ("a month twice", t(with_months("Jan-2022", "Feb-2022", "Feb-2022")), ErrorKind::DuplicateColumn("Feb-2022".into()), Some(15), Some(14)),
        ("no month heading after the total", t(with_months("Jan-2022", "Feb-2022", "March")), ErrorKind::BadMonth("March".into()), Some(15), Some(14)),
        ("ambiguous date heading", t(with_months("Jan-2022", "Feb-2022", "03/01/2022")), ErrorKind::BadMonth("03/01/2022".into()), Some(15), Some(14)),
        ("no Metric_Type column", t(TR_J1.replace("\tMetric_Type\t", "\tMetric\t")), ErrorKind::MissingColumn("Metric_Type"), Some(15), None),
        ("negative count", t(TR_J1.replace("\t7\t1\t2\t4", "\t7\t-1\t4\t4")), ErrorKind::NegativeCount("-1".into()), Some(18), Some(12)),
        ("row numbers count blank lines", t(TR_J1.replace("\nJournal B", "\n\n\r\nJournal B").replace("\t7\t1\t2\t4", "\t7\t-1\t4\t4")), ErrorKind::NegativeCount("-1".into()), Some(20), Some(12)),
        ("non-numeric count", t(TR_J1.replace("\t7\t1\t2\t4", "\t7\tn/a\t2\t4")), ErrorKind::NotACount("n/a".into()), Some(18), Some(12)),
        ("fractional count", t(TR_J1.replace("\t7\t1\t2\t4", "\t7\t1.5\t2\t4")), ErrorKind::NotACount("1.5".into()), Some(18), Some(12)),
        ("total that is not the sum", t(TR_J1.replace("\t7\t1\t2\t4", "\t8\t1\t2\t4")), ErrorKind::TotalMismatch { stated: 8, months: 7 }, Some(18), Some(11)),
        ("unknown metric", t(TR_J1.replace("\tTotal_Item_Requests\t7", "\tTotal_Requests\t7")), ErrorKind::UnknownMetric("Total_Requests".into()), Some(18), Some(10)),
        ("file cut mid-row", t(TR_J1[..TR_J1.len() - 4].to_string()), ErrorKind::ShortRow { found: 13, expected: 14 }, Some(18), None),
        ("file cut mid-number", t(TR_J1[..TR_J1.find("\t73\n").unwrap() + 2].to_string()), ErrorKind::TotalMismatch { stated: 65673, months: 65607 }, Some(16), Some(11)),
        ("value without heading", t(TR_J1.replace("\t7\t1\t2\t4", "\t7\t1\t2\t4\t\tnote")), ErrorKind::CellWithoutHeading("note".into()), Some(18), Some(16)),
        ("invalid UTF-8", [TR_J1.replace("Journal B", "Journal \u{1}").as_bytes()].concat().iter().map(|&b| if b == 1 { 0xFF } else { b }).collect(), ErrorKind::Encoding, Some(18), Some(1)),
        ("legacy xls", vec![0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1], ErrorKind::LegacyXls, None, None),
        ("a zip that is no workbook", b"PK\x03\x04garbage".to_vec(), ErrorKind::Xlsx(String::new()), None, None),
        ("UTF-16 cut mid-character", vec![0xFF, 0xFE, b'R', 0, b'e'], ErrorKind::Truncated, None, None),
    ]
}

#[test]
fn refused_inputs_name_the_error_row_and_column() {
    for (name, input, expected, row, column) in error_cases() {
        let err = inspect("bad.tsv", input.as_slice()).expect_err(name);
        match (&err.kind, &expected) {
            (ErrorKind::Xlsx(_), ErrorKind::Xlsx(_)) => {}
            (got, expected) => assert_eq!(got, expected, "{name}: {err}"),
        }
        assert_eq!((err.at.row, err.at.column), (row, column), "{name}: {err}");
        assert_eq!(err.at.file, "bad.tsv", "{name}");
    }
}

#[test]
fn error_messages_name_file_row_column_and_heading() {
    let text = TR_J1.replace("\t7\t1\t2\t4", "\t7\tn/a\t2\t4");
    let err = inspect("Vendor TR_J1 2022.tsv", text.as_bytes()).unwrap_err();
    assert_eq!(err.to_string(), "Vendor TR_J1 2022.tsv, row 18, column 12 (Jan-2022): \"n/a\" is not a count");
}

#[test]
fn the_first_megabyte_of_a_large_report_is_refused() {
    let big = synthetic::tr_j1_tsv(20_000);
    assert!(big.len() > 4 << 20);
    for cut in [1 << 20, (1 << 20) + 17, (1 << 20) + 101, 3_333_333] {
        let err = inspect("head.tsv", &big.as_bytes()[..cut]).expect_err("a report cut mid-row is refused");
        assert!(
            matches!(
                err.kind,
                ErrorKind::ShortRow { .. } | ErrorKind::TotalMismatch { .. } | ErrorKind::UnknownMetric(_)
            ),
            "cut at {cut}: {err}"
        );
    }
    assert_eq!(inspect("whole.tsv", big.as_bytes()).unwrap().row_count, 40_000);
}

//! SUSHI JSON as servers send it: quirks that still mean one thing are read, the rest are typed
//! errors or the server's own exceptions.

use std::fs;
use std::path::PathBuf;

use konsortio_counter::{inspect, read_report, ErrorKind, Month, Summary};
use serde_json::{json, Value};

fn sample(name: &str) -> Value {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/counter-samples").join(name);
    serde_json::from_slice(&fs::read(path).unwrap()).unwrap()
}

fn inspect_json(value: &Value) -> Result<Summary, konsortio_counter::CounterError> {
    inspect("sushi.json", serde_json::to_vec(value).unwrap().as_slice())
}

fn lowercase_keys(value: &Value) -> Value {
    match value {
        Value::Object(o) => Value::Object(o.iter().map(|(k, v)| (k.to_lowercase(), lowercase_keys(v))).collect()),
        Value::Array(list) => Value::Array(list.iter().map(lowercase_keys).collect()),
        other => other.clone(),
    }
}

#[test]
fn quirks_that_keep_the_meaning_give_the_sample_totals() {
    for name in ["r51_TR_J1.json", "r5_TR_J1.json", "r51_TR.json", "r5_TR.json"] {
        let report = sample(name);
        let expected = inspect_json(&report).unwrap();
        let cases = [
            ("lowercase keys", lowercase_keys(&report)),
            ("wrapped in an object", json!({ "report": report })),
            ("wrapped twice", json!({ "data": { "Report": report }, "status": "ok" })),
            ("in a one-element list", json!([report])),
        ];
        for (case, value) in cases {
            let got = inspect_json(&value).unwrap_or_else(|e| panic!("{name}, {case}: {e}"));
            assert_eq!(got.metrics, expected.metrics, "{name}, {case}");
            assert_eq!((got.row_count, got.item_count), (expected.row_count, expected.item_count), "{name}, {case}");
        }
    }
}

fn exception(code: u32, message: &str) -> Value {
    json!({ "Code": code, "Severity": "Error", "Message": message, "Data": "customer 42" })
}

#[test]
fn exceptions_instead_of_a_report_are_the_servers_word() {
    let cases = [
        ("a bare exception", exception(2010, "Requestor Not Authorized to Access Service"), vec![2010]),
        (
            "a list of exceptions",
            json!([exception(1020, "Client has made too many requests"), exception(3000, "Report Not Supported")]),
            vec![1020, 3000],
        ),
        ("an exception wrapped", json!({ "Exception": exception(1000, "Service Not Available") }), vec![1000]),
        ("lowercase keys", json!({ "code": 2000, "message": "Requestor Not Authorized" }), vec![2000]),
    ];
    for (case, value, codes) in cases {
        let err = inspect_json(&value).unwrap_err();
        match err.kind {
            ErrorKind::SushiExceptions(found) => {
                assert_eq!(found.iter().map(|e| e.code).collect::<Vec<_>>(), codes, "{case}");
                assert!(!found[0].message.is_empty(), "{case}");
            }
            other => panic!("{case}: {other:?}"),
        }
    }
}

#[test]
fn a_report_without_items_keeps_its_header_exceptions() {
    let mut report = sample("r51_TR_J1.json");
    report["Report_Header"]["Exceptions"] =
        json!([{ "Code": 3030, "Message": "No Usage Available for Requested Dates" }]);
    report["Report_Items"] = json!([]);
    let summary = inspect_json(&report).unwrap();
    assert_eq!((summary.row_count, summary.metrics.len()), (0, 0));
    assert_eq!(summary.exceptions[0].code, 3030);
    report.as_object_mut().unwrap().remove("Report_Items");
    assert_eq!(inspect_json(&report).unwrap().exceptions[0].code, 3030);
}

#[test]
#[rustfmt::skip]
fn refused_documents_point_at_the_value() {
    let base = sample("r51_TR_J1.json");
    let counts = "/Report_Items/0/Attribute_Performance/0/Performance/Total_Item_Requests";
    let with = |pointer: &str, value: Value| {
        let mut doc = base.clone();
        *doc.pointer_mut(pointer).unwrap() = value;
        doc
    };
    let with_counts = |key: &str, value: Value| {
        let mut doc = base.clone();
        doc.pointer_mut(counts).unwrap().as_object_mut().unwrap().insert(key.to_string(), value);
        doc
    };
    let cases: Vec<(&str, Value, ErrorKind, String)> = vec![
        ("negative count", with_counts("2022-01", json!(-5)), ErrorKind::NegativeCount("-5".into()), format!("{counts}/2022-01")),
        ("fractional count", with_counts("2022-01", json!(2.5)), ErrorKind::NotACount("2.5".into()), format!("{counts}/2022-01")),
        ("text count", with_counts("2022-01", json!("many")), ErrorKind::NotACount("many".into()), format!("{counts}/2022-01")),
        ("month outside the period", with_counts("2023-01", json!(1)), ErrorKind::MonthOutsidePeriod { month: Month::new(2023, 1).unwrap(), begin: "2022-01-01".into(), end: "2022-12-31".into(), }, format!("{counts}/2023-01")),
        ("no month", with_counts("Total", json!(1)), ErrorKind::BadMonth("Total".into()), format!("{counts}/Total")),
        ("unknown metric", { let mut d = base.clone(); d.pointer_mut("/Report_Items/0/Attribute_Performance/0/Performance").unwrap().as_object_mut().unwrap().insert("Total_Hits".into(), json!({"2022-01": 1})); d }, ErrorKind::UnknownMetric("Total_Hits".into()), "/Report_Items/0/Attribute_Performance/0/Performance/Total_Hits".into()),
        ("release 4", with("/Report_Header/Release", json!("4")), ErrorKind::UnknownRelease("4".into()), "/Report_Header/Release".into()),
        ("unknown report", with("/Report_Header/Report_ID", json!("JR1")), ErrorKind::UnknownReport("JR1".into()), "/Report_Header/Report_ID".into()),
        ("no period", with("/Report_Header/Report_Filters", json!({})), ErrorKind::MissingHeader("Begin_Date and End_Date in Report_Filters"), "/Report_Header/Report_Filters".into()),
        ("items not a list", with("/Report_Items", json!({})), ErrorKind::JsonShape("Report_Items is no list".into()), "/Report_Items".into()),
        ("no performance", with("/Report_Items/0/Attribute_Performance/0/Performance", json!(7)), ErrorKind::JsonShape("Performance is missing or no object".into()), "/Report_Items/0/Attribute_Performance/0".into()),
    ];
    for (case, doc, expected, pointer) in cases {
        let err = inspect_json(&doc).unwrap_err();
        assert_eq!((&err.kind, err.at.pointer.as_deref()), (&expected, Some(pointer.as_str())), "{case}: {err}");
    }
}

#[test]
fn text_that_is_no_report_is_refused() {
    type Case = (&'static str, &'static [u8], fn(&ErrorKind) -> bool);
    let cases: &[Case] = &[
        ("truncated", br#"{"Report_Header": {"Release": "5.1", "#, |k| *k == ErrorKind::Truncated),
        ("syntax", br#"{"Report_Header": }"#, |k| matches!(k, ErrorKind::Json(_))),
        ("other object", br#"{"a": 1, "b": 2}"#, |k| *k == ErrorKind::NoReportHeader),
        ("empty list", b"[]", |k| *k == ErrorKind::NoReportHeader),
        ("deep nesting", b"[[[[[[[[[[1]]]]]]]]]]", |k| *k == ErrorKind::NoReportHeader),
    ];
    for (case, bytes, expected) in cases {
        let err = inspect("x.json", *bytes).unwrap_err();
        assert!(expected(&err.kind), "{case}: {err}");
    }
}

#[test]
fn item_report_parents_become_parent_columns() {
    let doc = json!({
        "Report_Header": {
            "Release": "5.1", "Report_ID": "IR", "Report_Name": "Item Report",
            "Report_Filters": { "Begin_Date": "2022-01-01", "End_Date": "2022-03-31" }
        },
        "Report_Items": [{
            "Title": "Title 1", "Data_Type": "Book",
            "Item_ID": { "ISBN": "979-8-88888-888-8" },
            "Items": [{
                "Item": "Item 3", "Platform": "Platform 1", "Authors": [{ "Name": "Author 3" }],
                "Item_ID": { "DOI": "10.9999/xxxxi03" },
                "Attribute_Performance": [{
                    "Data_Type": "Book_Segment", "YOP": "2022",
                    "Performance": { "Total_Item_Requests": { "2022-01": 662, "2022-02": 748 } }
                }]
            }]
        }]
    });
    let report = read_report("ir.json", serde_json::to_vec(&doc).unwrap().as_slice()).unwrap();
    let row = &report.rows[0];
    assert_eq!((row.item.name.as_deref(), row.item.doi.as_deref()), (Some("Item 3"), Some("10.9999/xxxxi03")));
    assert_eq!(row.item.data_type.as_deref(), Some("Book_Segment"));
    let other: Vec<(&str, &str)> = row.item.other.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    assert_eq!(
        other,
        [
            ("Authors", "Author 3"),
            ("Parent_Data_Type", "Book"),
            ("Parent_ISBN", "979-8-88888-888-8"),
            ("Parent_Title", "Title 1")
        ]
    );
    assert_eq!(row.total, 1410);
}

#[test]
fn release_5_item_reports_keep_contributors_parents_and_component_usage() {
    let month = |m: &str, metric: &str, count: u64| {
        json!({ "Period": { "Begin_Date": format!("2019-{m}-01"), "End_Date": format!("2019-{m}-28") },
                "Instance": [{ "Metric_Type": metric, "Count": count }] })
    };
    let doc = json!({
        "Report_Header": {
            "Release": "5", "Report_ID": "IR", "Report_Name": "Item Master Report",
            "Report_Filters": [{ "Name": "Begin_Date", "Value": "2019-01-01" }, { "Name": "End_Date", "Value": "2019-02-28" }]
        },
        "Report_Items": [{
            "Item": "Article 1", "Platform": "P", "Publisher": "Pub",
            "Item_ID": [{ "Type": "DOI", "Value": "10.9999/a1" }],
            "Item_Contributors": [{ "Type": "Author", "Name": "Doe, Jane" }],
            "Item_Dates": [{ "Type": "Publication_Date", "Value": "2018-05-01" }],
            "Item_Parent": { "Item_Name": "Journal X", "Data_Type": "Journal", "Item_ID": [{ "Type": "Online_ISSN", "Value": "1234-5678" }] },
            "Data_Type": "Article", "YOP": "2018",
            "Performance": [month("01", "Total_Item_Requests", 4), month("02", "Total_Item_Requests", 6)],
            "Item_Component": [{
                "Item_Name": "Figure 1", "Data_Type": "Image", "Item_ID": [{ "Type": "DOI", "Value": "10.9999/a1.f1" }],
                "Performance": [month("02", "Total_Item_Requests", 3)]
            }]
        }]
    });
    let report = read_report("ir5.json", serde_json::to_vec(&doc).unwrap().as_slice()).unwrap();
    let totals: Vec<u64> = report.rows.iter().map(|r| r.total).collect();
    assert_eq!(totals, [10, 3], "the item's row, then its component's");
    let item = &report.rows[0].item;
    assert_eq!(item.other.get("Authors").map(String::as_str), Some("Doe, Jane"));
    assert_eq!(item.other.get("Publication_Date").map(String::as_str), Some("2018-05-01"));
    assert_eq!(item.other.get("Parent_Title").map(String::as_str), Some("Journal X"));
    assert_eq!(item.other.get("Parent_Online_ISSN").map(String::as_str), Some("1234-5678"));
    let component = &report.rows[1].item;
    assert_eq!(component.other.get("Component_Title").map(String::as_str), Some("Figure 1"));
    assert_eq!(component.other.get("Component_DOI").map(String::as_str), Some("10.9999/a1.f1"));
    assert_eq!(component.doi.as_deref(), Some("10.9999/a1"));
}

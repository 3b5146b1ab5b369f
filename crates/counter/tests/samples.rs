//! The official COUNTER sample reports: each parses, its metric totals are those of its own
//! Reporting_Period_Total column, and its TSV, JSON and Excel forms agree.

use std::collections::BTreeMap;
use std::fs;
use std::path::PathBuf;

use konsortio_counter::{inspect, read_report, Format, Release, Summary};

fn samples() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/counter-samples")
}

fn sample_files(extension: &str) -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(samples())
        .expect("the COUNTER samples sit in ../shared/counter-samples beside the repository")
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(extension) && !n.contains("openapi"))
        .collect();
    names.sort();
    assert!(!names.is_empty(), "no {extension} samples");
    names
}

fn summary_of(name: &str) -> Summary {
    let bytes = fs::read(samples().join(name)).unwrap();
    inspect(name, bytes.as_slice()).unwrap_or_else(|e| panic!("{e}"))
}

/// The totals a TSV states, read the plain way: split on tabs, find the headings, add up the
/// Reporting_Period_Total column per Metric_Type.
fn stated_totals(name: &str) -> BTreeMap<String, u64> {
    let text = fs::read_to_string(samples().join(name)).unwrap();
    let mut lines = text.lines().map(|l| l.split('\t').collect::<Vec<_>>());
    let headings = lines.by_ref().find(|cells| cells.contains(&"Metric_Type")).unwrap();
    let metric = headings.iter().position(|h| *h == "Metric_Type").unwrap();
    let total = headings.iter().position(|h| *h == "Reporting_Period_Total").unwrap();
    let mut totals = BTreeMap::new();
    for cells in lines.filter(|cells| cells.len() > total) {
        *totals.entry(cells[metric].to_string()).or_insert(0) += cells[total].parse::<u64>().unwrap();
    }
    totals
}

#[test]
fn every_tsv_sample_totals_its_reporting_period_total_column() {
    for name in sample_files(".tsv") {
        let summary = summary_of(&name);
        assert_eq!(summary.metrics, stated_totals(&name), "{name}");
        assert_eq!(summary.format, Format::Tsv, "{name}");
        let release = if name.starts_with("r51_") { Release::R5_1 } else { Release::R5 };
        assert_eq!(summary.release, release, "{name}");
        let report = name.trim_start_matches("r51_").trim_start_matches("r5_").trim_end_matches(".tsv");
        assert_eq!(summary.report_id.as_str(), report, "{name}");
        assert!(summary.row_count > 0 && summary.item_count > 0, "{name}");
    }
}

#[test]
fn json_and_xlsx_forms_give_the_tsv_totals() {
    let others = sample_files(".json").into_iter().chain(sample_files(".xlsx"));
    for name in others {
        let tsv = name.rsplit_once('.').unwrap().0.to_string() + ".tsv";
        let (a, b) = (summary_of(&name), summary_of(&tsv));
        assert_eq!(a.metrics, b.metrics, "{name} vs {tsv}");
        assert_eq!((a.release, a.report_id, &a.report_name), (b.release, b.report_id, &b.report_name), "{name}");
        assert_eq!((a.row_count, a.item_count), (b.row_count, b.item_count), "{name} vs {tsv}");
        assert_eq!(a.reporting_period, b.reporting_period, "{name}");
        assert_eq!((&a.institution_name, &a.institution_id), (&b.institution_name, &b.institution_id), "{name}");
    }
}

#[test]
fn json_and_tsv_rows_carry_the_same_items_and_months() {
    for name in sample_files(".json") {
        let tsv = name.rsplit_once('.').unwrap().0.to_string() + ".tsv";
        let read = |n: &str| read_report(n, fs::read(samples().join(n)).unwrap().as_slice()).unwrap();
        let (json, text) = (read(&name), read(&tsv));
        // JSON leaves out months without usage; the table writes them as 0.
        let key = |r: &konsortio_counter::UsageRow| {
            let months: Vec<_> = r.months.iter().filter(|m| m.count > 0).copied().collect();
            (format!("{:?}", r.item), r.metric, r.total, months)
        };
        let mut a: Vec<_> = json.rows.iter().map(key).collect();
        let mut b: Vec<_> = text.rows.iter().map(key).collect();
        a.sort_by(|x, y| format!("{x:?}").cmp(&format!("{y:?}")));
        b.sort_by(|x, y| format!("{x:?}").cmp(&format!("{y:?}")));
        assert_eq!(a, b, "{name} vs {tsv}");
    }
}

#[test]
fn inspect_serialises_to_the_cli_shape() {
    let json = serde_json::to_value(summary_of("r51_TR_J1.tsv")).unwrap();
    assert_eq!(json["release"], "5.1");
    assert_eq!(json["report_id"], "TR_J1");
    assert_eq!(json["report_name"], "Journal Requests (Controlled)");
    assert_eq!(json["institution_name"], "Sample Institution");
    assert_eq!(json["institution_id"], "ISNI:1234123412341234");
    assert_eq!(json["reporting_period"]["begin"], "2022-01-01");
    assert_eq!(json["reporting_period"]["end"], "2022-12-31");
    assert_eq!(json["created"], "2023-02-15T09:11:12Z");
    assert_eq!(json["created_by"], "Sample Publisher");
    assert_eq!(json["metrics"]["Total_Item_Requests"], 8844);
    assert_eq!(json["metrics"]["Unique_Item_Requests"], 3792);
    assert_eq!((json["row_count"].as_u64(), json["item_count"].as_u64()), (Some(2), Some(1)));
    assert_eq!(json["metrics"].as_object().unwrap().len(), 2);
    assert_eq!(json["exceptions"], serde_json::json!([]));
}

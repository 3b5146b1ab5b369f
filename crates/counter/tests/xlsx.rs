//! Excel workbooks beyond the official sample: date cells as month headings, numeric cells, rows
//! with their empty cells left out, Release 4 in a sheet, and errors located by row and column.
//! The workbooks are written here, by a minimal writer (stored zip, inline strings).

use std::fs;
use std::path::PathBuf;

use konsortio_counter::{inspect, ErrorKind, Format};

/// A cell of a test workbook.
enum Cell {
    Text(String),
    Number(f64),
    /// An Excel serial date shown as a month ("mmm-yy").
    Date(u32),
}

/// Cells from tab-separated text: numbers become numeric cells, "@44562" a date cell, "" no cell.
fn sheet_from_tsv(text: &str) -> Vec<Vec<Option<Cell>>> {
    let cell = |c: &str| match c {
        "" => None,
        c if c.starts_with('@') => Some(Cell::Date(c[1..].parse().unwrap())),
        c => Some(c.parse::<f64>().map_or_else(|_| Cell::Text(c.to_string()), Cell::Number)),
    };
    text.lines().map(|line| line.split('\t').map(cell).collect()).collect()
}

fn column_name(i: usize) -> String {
    let mut name = String::new();
    let mut n = i + 1;
    while n > 0 {
        name.insert(0, (b'A' + ((n - 1) % 26) as u8) as char);
        n = (n - 1) / 26;
    }
    name
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

fn sheet_xml(rows: &[Vec<Option<Cell>>]) -> String {
    let mut xml = String::from(
        r#"<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>"#,
    );
    for (r, row) in rows.iter().enumerate() {
        if row.iter().all(Option::is_none) {
            continue; // Excel writes no element for an empty row
        }
        xml += &format!(r#"<row r="{}">"#, r + 1);
        for (c, cell) in row.iter().enumerate() {
            let at = format!("{}{}", column_name(c), r + 1);
            match cell {
                None => {}
                Some(Cell::Text(t)) => {
                    xml += &format!(r#"<c r="{at}" t="inlineStr"><is><t>{}</t></is></c>"#, escape(t))
                }
                Some(Cell::Number(n)) => xml += &format!(r#"<c r="{at}"><v>{n}</v></c>"#),
                Some(Cell::Date(d)) => xml += &format!(r#"<c r="{at}" s="1"><v>{d}</v></c>"#),
            }
        }
        xml += "</row>";
    }
    xml + "</sheetData></worksheet>"
}

const CONTENT_TYPES: &str = r#"<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>"#;
const RELS: &str = r#"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>"#;
const WORKBOOK: &str = r#"<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Report" sheetId="1" r:id="rId1"/></sheets></workbook>"#;
const WORKBOOK_RELS: &str = r#"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>"#;
const STYLES: &str = r#"<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><fonts count="1"><font/></fonts><fills count="1"><fill/></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf/></cellStyleXfs><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="17" applyNumberFormat="1"/></cellXfs></styleSheet>"#;

fn crc32(bytes: &[u8]) -> u32 {
    let mut crc = !0u32;
    for &b in bytes {
        crc ^= u32::from(b);
        for _ in 0..8 {
            crc = if crc & 1 == 1 { (crc >> 1) ^ 0xEDB8_8320 } else { crc >> 1 };
        }
    }
    !crc
}

/// A zip archive of stored (uncompressed) entries.
fn zip(entries: &[(&str, &[u8])]) -> Vec<u8> {
    let (mut out, mut central) = (Vec::new(), Vec::new());
    for (name, data) in entries {
        let offset = out.len() as u32;
        let fields = |sig: u32, central: bool| {
            let mut h = sig.to_le_bytes().to_vec();
            if central {
                h.extend(20u16.to_le_bytes());
            }
            for v in [20u16, 0, 0, 0, 0x21] {
                h.extend(v.to_le_bytes());
            }
            for v in [crc32(data), data.len() as u32, data.len() as u32] {
                h.extend(v.to_le_bytes());
            }
            h.extend((name.len() as u16).to_le_bytes());
            h.extend(0u16.to_le_bytes());
            if central {
                h.extend([0u8; 10]); // comment length, disk, internal and external attributes
                h.extend(offset.to_le_bytes());
            }
            h.extend(name.as_bytes());
            h
        };
        out.extend(fields(0x0403_4b50, false));
        out.extend(*data);
        central.extend(fields(0x0201_4b50, true));
    }
    let (central_offset, central_len, count) = (out.len() as u32, central.len() as u32, entries.len() as u16);
    out.extend(central);
    out.extend(0x0605_4b50u32.to_le_bytes());
    out.extend([0u8; 4]);
    out.extend(count.to_le_bytes());
    out.extend(count.to_le_bytes());
    out.extend(central_len.to_le_bytes());
    out.extend(central_offset.to_le_bytes());
    out.extend(0u16.to_le_bytes());
    out
}

fn workbook(rows: &[Vec<Option<Cell>>]) -> Vec<u8> {
    let sheet = sheet_xml(rows);
    zip(&[
        ("[Content_Types].xml", CONTENT_TYPES.as_bytes()),
        ("_rels/.rels", RELS.as_bytes()),
        ("xl/workbook.xml", WORKBOOK.as_bytes()),
        ("xl/_rels/workbook.xml.rels", WORKBOOK_RELS.as_bytes()),
        ("xl/styles.xml", STYLES.as_bytes()),
        ("xl/worksheets/sheet1.xml", sheet.as_bytes()),
    ])
}

/// A TR_J1 with date cells for months (44562 = 2022-01-01) and a row whose last month is left empty.
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

Title\tPublisher\tPublisher_ID\tPlatform\tDOI\tProprietary_ID\tPrint_ISSN\tOnline_ISSN\tURI\tMetric_Type\tReporting_Period_Total\t@44562\t@44593\t@44621
Journal A\tPress\t\tPlat\t10.1/a\tP:A\t1234-5678\t\t\tTotal_Item_Requests\t65673\t65000\t600\t73
Journal A\tPress\t\tPlat\t10.1/a\tP:A\t1234-5678\t\t\tUnique_Item_Requests\t1200\t1000\t200\t
";

#[test]
fn a_workbook_with_date_headings_and_sparse_rows() {
    let summary = inspect("tr_j1.xlsx", workbook(&sheet_from_tsv(TR_J1)).as_slice()).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(summary.format, Format::Xlsx);
    let metrics: Vec<(&str, u64)> = summary.metrics.iter().map(|(k, v)| (k.as_str(), *v)).collect();
    assert_eq!(metrics, [("Total_Item_Requests", 65673), ("Unique_Item_Requests", 1200)]);
    assert_eq!((summary.row_count, summary.item_count), (2, 1));
}

#[test]
fn a_release_4_report_in_a_workbook() {
    let csv = fs::read_to_string(PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/r4_br1.csv")).unwrap();
    let summary = inspect("br1.xlsx", workbook(&sheet_from_tsv(&csv.replace(',', "\t"))).as_slice()).unwrap();
    assert_eq!((summary.release.as_str(), summary.report_id.as_str()), ("4", "BR1"));
    assert_eq!(summary.metrics.get("Unique_Title_Requests"), Some(&33));
}

#[test]
fn workbook_errors_name_the_sheet_row_and_column() {
    let cases = [
        ("negative count", TR_J1.replace("\t600\t73", "\t-600\t73"), ErrorKind::NegativeCount("-600".into()), 15, 13),
        ("fraction", TR_J1.replace("\t600\t73", "\t600.5\t73"), ErrorKind::NotACount("600.5".into()), 15, 13),
        (
            "month outside the period",
            TR_J1.replace("@44621", "@44652"),
            ErrorKind::MonthOutsidePeriod {
                month: konsortio_counter::Month::new(2022, 4).unwrap(),
                begin: "2022-01-01".into(),
                end: "2022-03-31".into(),
            },
            14,
            14,
        ),
    ];
    for (name, text, expected, row, column) in cases {
        let err = inspect("bad.xlsx", workbook(&sheet_from_tsv(&text)).as_slice()).unwrap_err();
        assert_eq!((err.kind, err.at.row, err.at.column), (expected, Some(row), Some(column)), "{name}");
    }
}

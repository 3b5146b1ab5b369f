//! COUNTER usage reports read from bytes: Release 5.1 and 5 (tabular and SUSHI JSON) and Release 4
//! (tabular), every row checked, streamed with bounded memory or collected.
//!
//! # What it reads
//!
//! * Release 5.1 and 5, every report and standard view: PR, PR_P1, DR, DR_D1, DR_D2, TR, TR_B1,
//!   TR_B2, TR_B3, TR_J1..TR_J4, IR, IR_A1, IR_M1; as TSV, CSV (comma or semicolon), Excel .xlsx
//!   (first worksheet) and SUSHI JSON (5.1 `Attribute_Performance`, 5 `Performance`/`Instance`).
//! * Release 4 JR1, DB1, BR1, BR2 and PR1 as TSV, CSV and .xlsx.
//!
//! The format is told from the bytes (zip signature, a leading `{` or `[`, the delimiter that splits
//! the first row into a known label); the release and report from the header, never the file name.
//!
//! # What it tolerates, because the meaning stays unambiguous
//!
//! A UTF-8 byte-order mark, UTF-16 text with its BOM (Excel's "Unicode text"), trailing tabs or empty
//! cells, blank rows anywhere, thousands separators in counts ("65,673", "65.673", "65 673"), empty
//! count cells (0), extra columns anywhere before Reporting_Period_Total (Institution_Name,
//! Customer_ID...: kept in [`Item::other`]), headings and labels in other case or with spaces for
//! underscores, an unquoted header value split by the CSV delimiter, months headed "Jan-2022",
//! "Jan 2022", "January 2022", "Jan-22", "2022-01", "2022-01-01" or a date cell, "01/2022".
//! SUSHI JSON: keys in any case or without underscores, a report wrapped in an extra object or a
//! one-element list, an empty or missing Report_Items list (a report with no rows, its header
//! exceptions kept). A bare Exception object or a list of them is [`ErrorKind::SushiExceptions`].
//! Item reports keep their parents and components under the tabular IR's headings (Parent_Title,
//! Component_DOI...) in [`Item::other`]; a component's own usage becomes rows of its own.
//!
//! # What it refuses, with a [`CounterError`] naming the file, row and column (or JSON pointer)
//!
//! Everything else: an empty file, an unknown release or report, an unknown header label, a missing
//! Reporting_Period, Release or Report_ID, missing Metric_Type or Reporting_Period_Total columns, a
//! heading after Reporting_Period_Total that is no month, a month outside the reporting period,
//! negative, fractional or non-numeric counts, unknown metric types, a Reporting_Period_Total that
//! is not the sum of the row's months, a row shorter than the headings (a file cut mid-row), values
//! in columns without heading, invalid UTF-8, broken quoting, truncated JSON, legacy .xls. The first
//! error ends the parse: a caller that imports inside a transaction never half-imports a file.
//!
//! # Release 4 metrics
//!
//! Release 4 counts are reported under the closest Release 5 metric where that is unambiguous, and
//! keep their R4 name in [`UsageRow::r4_metric`]:
//!
//! | R4 report | R4 count | reported as |
//! |---|---|---|
//! | JR1 | successful full-text article requests (ft_total) | Total_Item_Requests |
//! | BR1 | successful title requests | Unique_Title_Requests |
//! | BR2 | successful section requests | Total_Item_Requests |
//! | DB1 | Regular Searches | Searches_Regular |
//! | PR1 | Regular Searches | Searches_Platform |
//! | DB1, PR1 | Searches-federated and automated | R4_Searches_Federated_And_Automated |
//! | DB1, PR1 | Result Clicks | R4_Result_Clicks |
//! | DB1, PR1 | Record Views | R4_Record_Views |
//!
//! The last three have no single R5 counterpart (R5 splits federated from automated searches, and
//! counts investigations differently), so they keep an R4-only metric. JR1's "Reporting Period HTML"
//! and "Reporting Period PDF" land in [`Item::other`]. The "Total for all journals/titles" row is
//! not a usage row: it must equal the sum of the rows, per metric, or the file is refused.

mod body;
mod cells;
mod error;
mod header;
mod model;
mod record;
mod summary;
mod sushi;
pub mod synthetic;
mod tabular;

use std::io::{Cursor, Read};

use serde::Serialize;

pub use cells::MAX_COUNT;
pub use error::{CounterError, ErrorKind, Location};
pub use model::{
    Exception, Header, Item, Metric, Month, MonthCount, Period, R4Metric, Release, Report, ReportId, UsageRow,
};
pub use summary::{ReportingPeriod, Summary};
pub use tabular::TabularRows;

/// How the report's bytes are laid out.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Format {
    Tsv,
    Csv,
    CsvSemicolon,
    Xlsx,
    Json,
}

impl Format {
    fn delimiter(self) -> char {
        match self {
            Format::Csv => ',',
            Format::CsvSemicolon => ';',
            _ => '\t',
        }
    }
}

/// Receives a report as it is read: the header once, then every usage row in file order.
pub trait Visitor {
    /// The visitor's own failures, and the parser's.
    type Error: From<CounterError>;

    fn header(&mut self, _header: &Header) -> Result<(), Self::Error> {
        Ok(())
    }

    fn row(&mut self, row: UsageRow) -> Result<(), Self::Error>;
}

/// How much of the input is looked at to tell its format.
const SNIFF_BYTES: u64 = 64 * 1024;

/// Reads a whole report from `input`, handing each row to `visitor` as soon as it is read. Memory
/// stays bounded for TSV and CSV; an xlsx is held compressed, a JSON document whole. `file` is the
/// label errors name. Returns the format and the header once the last row has been checked.
pub fn visit<R: Read, V: Visitor>(file: &str, mut input: R, visitor: &mut V) -> Result<(Format, Header), V::Error> {
    let io = |e: std::io::Error| CounterError::new(Location::file(file), ErrorKind::Io(e.to_string()));
    let mut prefix = Vec::new();
    input.by_ref().take(SNIFF_BYTES).read_to_end(&mut prefix).map_err(io)?;
    let sniffed = sniff(file, &prefix)?;
    match sniffed {
        Sniffed::Json | Sniffed::Xlsx | Sniffed::Utf16 { .. } => {
            let mut bytes = prefix;
            input.read_to_end(&mut bytes).map_err(io)?;
            visit_whole(file, sniffed, bytes, visitor)
        }
        Sniffed::Text { format, bom } => {
            prefix.drain(..if bom { 3 } else { 0 });
            let header = visit_text(file, Cursor::new(prefix).chain(input), format, visitor)?;
            Ok((format, header))
        }
    }
}

fn visit_whole<V: Visitor>(
    file: &str,
    sniffed: Sniffed,
    bytes: Vec<u8>,
    visitor: &mut V,
) -> Result<(Format, Header), V::Error> {
    match sniffed {
        Sniffed::Json => {
            let (header, rows) = sushi::parse(file, &bytes)?;
            visitor.header(&header)?;
            for row in rows {
                visitor.row(row)?;
            }
            Ok((Format::Json, header))
        }
        Sniffed::Xlsx => {
            let mut parser = tabular::TabularParser::new(file, '\t', true);
            tabular::each_sheet_row(file, bytes, &mut |record, row| feed(&mut parser, record, row, visitor))?;
            Ok((Format::Xlsx, parser.finish()?))
        }
        Sniffed::Utf16 { big_endian } => {
            let text = decode_utf16(file, &bytes, big_endian)?;
            let format = text_format(text.as_bytes());
            let header = visit_text(file, text.as_bytes(), format, visitor)?;
            Ok((format, header))
        }
        Sniffed::Text { .. } => unreachable!("text is streamed, not read whole"),
    }
}

fn visit_text<R: Read, V: Visitor>(file: &str, text: R, format: Format, visitor: &mut V) -> Result<Header, V::Error> {
    let mut parser = tabular::TabularParser::new(file, format.delimiter(), false);
    tabular::each_text_row(file, text, format.delimiter(), &mut |record, row| feed(&mut parser, record, row, visitor))?;
    Ok(parser.finish()?)
}

fn feed<V: Visitor>(
    parser: &mut tabular::TabularParser,
    record: &csv::StringRecord,
    row: u64,
    visitor: &mut V,
) -> Result<(), V::Error> {
    let usage = parser.push(record, row)?;
    if let Some(header) = parser.take_new_header() {
        visitor.header(header)?;
    }
    if let Some(usage) = usage {
        visitor.row(usage)?;
    }
    Ok(())
}

/// Calls `on_row` for every usage row; the closure form of [`visit`].
pub fn for_each_row<R: Read>(
    file: &str,
    input: R,
    on_row: impl FnMut(UsageRow),
) -> Result<(Format, Header), CounterError> {
    struct Each<F>(F);
    impl<F: FnMut(UsageRow)> Visitor for Each<F> {
        type Error = CounterError;
        fn row(&mut self, row: UsageRow) -> Result<(), CounterError> {
            (self.0)(row);
            Ok(())
        }
    }
    visit(file, input, &mut Each(on_row))
}

/// The whole report in memory; for small files (a 200,000-row TR_J1 takes a few hundred MB this way).
pub fn read_report<R: Read>(file: &str, input: R) -> Result<Report, CounterError> {
    let mut rows = Vec::new();
    let (format, header) = for_each_row(file, input, |row| rows.push(row))?;
    Ok(Report { format, header, rows })
}

/// A summary of the report without keeping its rows: release, report, period, exceptions, the total
/// of each metric, and row and item counts.
pub fn inspect<R: Read>(file: &str, input: R) -> Result<Summary, CounterError> {
    let mut tally = summary::Tally::default();
    let (format, header) = for_each_row(file, input, |row| tally.add(&row))?;
    Ok(tally.summary(file, format, header))
}

/// A pull-style iterator over the rows of a TSV or CSV report (xlsx and JSON: use [`visit`]).
pub fn tabular_rows<R: Read>(file: &str, mut input: R) -> Result<TabularRows<impl Read>, CounterError> {
    let io = |e: std::io::Error| CounterError::new(Location::file(file), ErrorKind::Io(e.to_string()));
    let mut prefix = Vec::new();
    input.by_ref().take(SNIFF_BYTES).read_to_end(&mut prefix).map_err(io)?;
    match sniff(file, &prefix)? {
        Sniffed::Text { format, bom } => {
            prefix.drain(..if bom { 3 } else { 0 });
            TabularRows::new(file, Cursor::new(prefix).chain(input), format.delimiter())
        }
        _ => Err(CounterError::new(Location::file(file), ErrorKind::NotText)),
    }
}

enum Sniffed {
    Text { format: Format, bom: bool },
    Utf16 { big_endian: bool },
    Xlsx,
    Json,
}

fn sniff(file: &str, prefix: &[u8]) -> Result<Sniffed, CounterError> {
    let fail = |kind| CounterError::new(Location::file(file), kind);
    if prefix.starts_with(b"PK\x03\x04") {
        return Ok(Sniffed::Xlsx);
    }
    if prefix.starts_with(&[0xD0, 0xCF, 0x11, 0xE0]) {
        return Err(fail(ErrorKind::LegacyXls));
    }
    if prefix.starts_with(&[0xFF, 0xFE]) || prefix.starts_with(&[0xFE, 0xFF]) {
        return Ok(Sniffed::Utf16 { big_endian: prefix[0] == 0xFE });
    }
    let bom = prefix.starts_with(b"\xEF\xBB\xBF");
    let body = &prefix[if bom { 3 } else { 0 }..];
    match body.iter().find(|b| !b.is_ascii_whitespace()) {
        None => Err(fail(ErrorKind::EmptyFile)),
        Some(b'{') | Some(b'[') => Ok(Sniffed::Json),
        Some(_) => Ok(Sniffed::Text { format: text_format(body), bom }),
    }
}

/// The delimiter that splits the first row into a known first cell (Report_Name, an R4 title);
/// failing that, the most frequent of tab, semicolon and comma.
fn text_format(text: &[u8]) -> Format {
    let text = String::from_utf8_lossy(text);
    let first_line = text.trim_start_matches('\u{feff}').lines().find(|l| !l.trim().is_empty()).unwrap_or("");
    let formats = [Format::Tsv, Format::CsvSemicolon, Format::Csv];
    let splits_into_label = |f: &Format| {
        let d = f.delimiter();
        let first = first_line.split(d).next().unwrap_or("").trim().trim_matches('"');
        first_line.contains(d) && (header::is_r5_label(first) || header::is_r4_title(first))
    };
    if let Some(format) = formats.iter().find(|f| splits_into_label(f)) {
        return *format;
    }
    let count = |f: &Format| text.matches(f.delimiter()).count();
    formats.iter().copied().rev().max_by_key(count).filter(|f| count(f) > 0).unwrap_or(Format::Tsv)
}

fn decode_utf16(file: &str, bytes: &[u8], big_endian: bool) -> Result<String, CounterError> {
    let fail = |kind| CounterError::new(Location::file(file), kind);
    let body = &bytes[2..];
    if body.len() % 2 != 0 {
        return Err(fail(ErrorKind::Truncated));
    }
    let units = body.chunks_exact(2).map(|p| {
        if big_endian {
            u16::from_be_bytes([p[0], p[1]])
        } else {
            u16::from_le_bytes([p[0], p[1]])
        }
    });
    char::decode_utf16(units).collect::<Result<String, _>>().map_err(|_| fail(ErrorKind::Encoding))
}

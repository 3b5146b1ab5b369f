//! Typed errors that name the file, and the row and column (or JSON path) where the input went wrong.

use std::fmt;

use crate::model::{Exception, Month};

/// Where in the input an error was found: the caller's file label, then the most precise place known.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Location {
    pub file: String,
    /// 1-based row (line of a text file, row of a sheet, line of a JSON document).
    pub row: Option<u64>,
    /// 1-based column (cell of a row, character of a JSON line).
    pub column: Option<u64>,
    /// The column heading, when the column has one.
    pub heading: Option<String>,
    /// JSON pointer to the offending value in a SUSHI document.
    pub pointer: Option<String>,
}

impl Location {
    pub fn file(file: &str) -> Self {
        Location { file: file.to_string(), row: None, column: None, heading: None, pointer: None }
    }

    pub fn row(file: &str, row: u64) -> Self {
        Location { row: Some(row), ..Location::file(file) }
    }

    pub fn cell(file: &str, row: u64, column: usize, heading: Option<&str>) -> Self {
        Location {
            column: Some(column as u64 + 1),
            heading: heading.filter(|h| !h.is_empty()).map(str::to_string),
            ..Location::row(file, row)
        }
    }

    pub fn pointer(file: &str, pointer: &str) -> Self {
        Location { pointer: Some(pointer.to_string()), ..Location::file(file) }
    }
}

impl fmt::Display for Location {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.file)?;
        if let Some(row) = self.row {
            write!(f, ", row {row}")?;
        }
        if let Some(column) = self.column {
            write!(f, ", column {column}")?;
        }
        if let Some(heading) = &self.heading {
            write!(f, " ({heading})")?;
        }
        if let Some(pointer) = &self.pointer {
            write!(f, ", at {pointer}")?;
        }
        Ok(())
    }
}

/// An input that cannot be imported as it stands, and where.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{at}: {kind}")]
pub struct CounterError {
    /// Boxed to keep `Result<_, CounterError>` small on the per-row path.
    pub at: Box<Location>,
    pub kind: ErrorKind,
}

impl CounterError {
    pub fn new(at: Location, kind: ErrorKind) -> Self {
        CounterError { at: Box::new(at), kind }
    }
}

/// What is wrong with the input. Bugs are assertions, never one of these.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ErrorKind {
    #[error("the file is empty")]
    EmptyFile,
    #[error("not a COUNTER report: no Report_Header in the JSON document")]
    NoReportHeader,
    #[error("not a COUNTER report: {0:?} is no report title")]
    NoReportTitle(String),
    #[error("not a COUNTER report: row {row} starts with {found:?}, not Report_Name nor an R4 report title")]
    NotReportStart { row: u64, found: String },
    #[error("unsupported file format: not TSV or CSV text")]
    NotText,
    #[error("unsupported file format: legacy Excel .xls: save it as .xlsx, CSV or TSV")]
    LegacyXls,
    #[error("unknown or unsupported COUNTER release {0:?} (supported: 5.1, 5, 4)")]
    UnknownRelease(String),
    #[error("unknown or unsupported report {0:?}")]
    UnknownReport(String),
    #[error("unknown header row {0:?}")]
    UnknownHeaderLabel(String),
    #[error("the header lacks {0}")]
    MissingHeader(&'static str),
    #[error("the header gives {0} twice")]
    DuplicateHeader(String),
    #[error("{field} has an unreadable value {value:?}")]
    BadHeaderValue { field: &'static str, value: String },
    #[error("the file ends before the column headings row (truncated?)")]
    MissingColumnHeadings,
    #[error("the column headings lack {0}")]
    MissingColumn(&'static str),
    #[error("column {0:?} appears twice")]
    DuplicateColumn(String),
    #[error("{0:?} is not a month heading")]
    BadMonth(String),
    #[error("month {month} lies outside the reporting period {begin} to {end}")]
    MonthOutsidePeriod { month: Month, begin: String, end: String },
    #[error("month {0} appears twice for the same item and metric")]
    DuplicateMonth(Month),
    #[error("{0:?} is not a count")]
    NotACount(String),
    #[error("negative count {0:?}")]
    NegativeCount(String),
    #[error("count {0:?} is too large")]
    CountTooLarge(String),
    #[error("unknown metric type {0:?}")]
    UnknownMetric(String),
    #[error("the row has {found} cells where the headings have {expected} (truncated?)")]
    ShortRow { found: usize, expected: usize },
    #[error("a value {0:?} stands in a column without heading")]
    CellWithoutHeading(String),
    #[error("Reporting_Period_Total is {stated} but the months add up to {months}")]
    TotalMismatch { stated: u64, months: u64 },
    #[error("the totals row gives {stated} for {metric} but the rows add up to {rows}")]
    TotalsRowMismatch { metric: String, stated: u64, rows: u64 },
    #[error("the file ends in the middle (truncated?)")]
    Truncated,
    #[error("text is not valid UTF-8")]
    Encoding,
    #[error("malformed text: {0}")]
    Malformed(String),
    #[error("malformed JSON: {0}")]
    Json(String),
    #[error("unexpected JSON: {0}")]
    JsonShape(String),
    #[error("unreadable Excel workbook: {0}")]
    Xlsx(String),
    #[error("unreadable Excel workbook: the workbook has no worksheet")]
    NoWorksheet,
    #[error("read failed: {0}")]
    Io(String),
    #[error("the SUSHI server answered with exceptions instead of a report: {}", list_exceptions(.0))]
    SushiExceptions(Vec<Exception>),
}

fn list_exceptions(exceptions: &[Exception]) -> String {
    let texts: Vec<String> = exceptions.iter().map(|e| format!("{}: {}", e.code, e.message)).collect();
    texts.join("; ")
}

//! Errors of the crates that know no languages (a vendor's COUNTER file, a SUSHI server) as sentences each language can say (decision 46).

use konsortio_core::explain::{Step, Value};
use konsortio_counter::{CounterError, ErrorKind, Exception, Location};
use konsortio_sushi::SushiError;

/// A COUNTER file that cannot be read: where (a sentence too), then what is wrong. Values a
/// vendor wrote (headings, cells, titles) are shown as they are; the counter crate's own
/// explanations of a JSON shape, a CSV reader's or the system's words stay English.
pub(crate) fn counter_said(error: &CounterError) -> Step {
    Step::said(
        "err-counter",
        error.to_string(),
        [("at", location(&error.at)), ("detail", Value::detail(counter_kind_said(&error.kind)))],
    )
}

/// "members.csv, row 3, column 4 (Metric_Type)", "r.json, at /Report_Items/0".
fn location(at: &Location) -> Value {
    let text = at.to_string();
    let file = || ("file", Value::text(&at.file));
    let step = match (at.row, at.column, &at.heading, &at.pointer) {
        (None, None, None, None) => return Value::text(&at.file),
        (Some(row), None, None, None) => Step::said("err-counter-row", text, [file(), ("row", Value::count(row))]),
        (Some(row), Some(column), None, None) => {
            Step::said("err-counter-cell", text, [file(), ("row", Value::count(row)), ("column", Value::count(column))])
        }
        (Some(row), Some(column), Some(heading), None) => Step::said(
            "err-counter-cell-heading",
            text,
            [file(), ("row", Value::count(row)), ("column", Value::count(column)), ("heading", Value::text(heading))],
        ),
        (None, None, None, Some(pointer)) => {
            Step::said("err-counter-pointer", text, [file(), ("pointer", Value::text(pointer))])
        }
        // No reader gives these together: said as the English writes it.
        _ => return Value::text(text),
    };
    Value::detail(step)
}

fn counter_kind_said(kind: &ErrorKind) -> Step {
    let text = kind.to_string();
    let t = |s: &str| Value::text(s);
    let count = |n: u64| Value::count(n);
    match kind {
        ErrorKind::EmptyFile => Step::said("err-counter-empty", text, []),
        ErrorKind::NoReportHeader => Step::said("err-counter-no-report-header", text, []),
        ErrorKind::NoReportTitle(title) => Step::said("err-counter-no-title", text, [("value", t(title))]),
        ErrorKind::NotReportStart { row, found } => {
            Step::said("err-counter-first-cell", text, [("row", count(*row)), ("value", t(found))])
        }
        ErrorKind::NotText => Step::said("err-counter-format-text", text, []),
        ErrorKind::LegacyXls => Step::said("err-counter-format-xls", text, []),
        ErrorKind::UnknownRelease(value) => Step::said("err-counter-release", text, [("value", t(value))]),
        ErrorKind::UnknownReport(value) => Step::said("err-counter-report", text, [("value", t(value))]),
        ErrorKind::UnknownHeaderLabel(value) => Step::said("err-counter-header-label", text, [("value", t(value))]),
        ErrorKind::MissingHeader(name) => Step::said("err-counter-header-missing", text, [("name", t(name))]),
        ErrorKind::DuplicateHeader(name) => Step::said("err-counter-header-twice", text, [("name", t(name))]),
        ErrorKind::BadHeaderValue { field, value } => {
            Step::said("err-counter-header-value", text, [("field", t(field)), ("value", t(value))])
        }
        ErrorKind::MissingColumnHeadings => Step::said("err-counter-no-headings", text, []),
        ErrorKind::MissingColumn(name) => Step::said("err-counter-column-missing", text, [("name", t(name))]),
        ErrorKind::DuplicateColumn(name) => Step::said("err-counter-column-twice", text, [("name", t(name))]),
        ErrorKind::BadMonth(value) => Step::said("err-counter-month", text, [("value", t(value))]),
        ErrorKind::MonthOutsidePeriod { month, begin, end } => Step::said(
            "err-counter-month-outside",
            text,
            [("month", t(&month.to_string())), ("begin", t(begin)), ("end", t(end))],
        ),
        ErrorKind::DuplicateMonth(month) => {
            Step::said("err-counter-month-twice", text, [("month", t(&month.to_string()))])
        }
        ErrorKind::NotACount(value) => Step::said("err-counter-not-count", text, [("value", t(value))]),
        ErrorKind::NegativeCount(value) => Step::said("err-counter-negative", text, [("value", t(value))]),
        ErrorKind::CountTooLarge(value) => Step::said("err-counter-too-large", text, [("value", t(value))]),
        ErrorKind::UnknownMetric(value) => Step::said("err-counter-metric", text, [("value", t(value))]),
        ErrorKind::ShortRow { found, expected } => Step::said(
            "err-counter-short-row",
            text,
            [("found", Value::count(*found)), ("expected", Value::count(*expected))],
        ),
        ErrorKind::CellWithoutHeading(value) => Step::said("err-counter-no-heading", text, [("value", t(value))]),
        ErrorKind::TotalMismatch { stated, months } => {
            Step::said("err-counter-total", text, [("stated", count(*stated)), ("months", count(*months))])
        }
        ErrorKind::TotalsRowMismatch { metric, stated, rows } => Step::said(
            "err-counter-totals-row",
            text,
            [("metric", t(metric)), ("stated", count(*stated)), ("rows", count(*rows))],
        ),
        ErrorKind::Truncated => Step::said("err-counter-truncated", text, []),
        ErrorKind::Encoding => Step::said("err-counter-encoding", text, []),
        ErrorKind::Malformed(reason) => Step::said("err-counter-malformed", text, [("reason", t(reason))]),
        ErrorKind::Json(reason) => Step::said("err-counter-json", text, [("reason", t(reason))]),
        ErrorKind::JsonShape(reason) => Step::said("err-counter-json-shape", text, [("reason", t(reason))]),
        ErrorKind::NoWorksheet => Step::said("err-counter-xlsx-no-sheet", text, []),
        ErrorKind::Xlsx(reason) => Step::said("err-counter-xlsx", text, [("reason", t(reason))]),
        ErrorKind::Io(reason) => Step::said("err-counter-io", text, [("reason", t(reason))]),
        ErrorKind::SushiExceptions(exceptions) => {
            let list: Vec<String> = exceptions.iter().map(|e| format!("{}: {}", e.code, e.message)).collect();
            Step::said("err-counter-exceptions", text, [("exceptions", t(&list.join("; ")))])
        }
    }
}

/// Why a file is no COUNTER report: the reasons the counter crate gives, each a sentence;
/// another reason is shown as the crate words it.
/// A SUSHI request's failure as a sentence. Texts from the server (its exceptions) and the
/// connection's words come as the error has them, already redacted: nothing here is taken from
/// a request's URL (decision 42).
pub fn sushi_said(error: &SushiError) -> Step {
    let text = error.to_string();
    let t = |s: &str| Value::text(s);
    let list = |exceptions: &[Exception]| Value::text(konsortio_sushi::list(exceptions));
    match error {
        SushiError::Request { message } => request_said(message),
        SushiError::BadEndpoint { endpoint, message } => bad_endpoint(text, endpoint, message),
        SushiError::MissingCredential { endpoint, field } => {
            Step::said("err-sushi-missing-credential", text, [("endpoint", t(endpoint)), ("field", t(field))])
        }
        SushiError::Unauthorised { endpoint, exceptions } => {
            Step::said("err-sushi-unauthorised", text, [("endpoint", t(endpoint)), ("exceptions", list(exceptions))])
        }
        SushiError::Busy { endpoint, attempts } => {
            Step::said("err-sushi-busy", text, [("endpoint", t(endpoint)), ("attempts", Value::count(*attempts))])
        }
        SushiError::Refused { endpoint, status: 200, exceptions } => {
            Step::said("err-sushi-refused", text, [("endpoint", t(endpoint)), ("exceptions", list(exceptions))])
        }
        SushiError::Refused { endpoint, status, exceptions } => Step::said(
            "err-sushi-refused-http",
            text,
            [("endpoint", t(endpoint)), ("status", t(&status.to_string())), ("exceptions", list(exceptions))],
        ),
        SushiError::Http { endpoint, status } => {
            Step::said("err-sushi-http", text, [("endpoint", t(endpoint)), ("status", t(&status.to_string()))])
        }
        SushiError::Timeout { endpoint, seconds } => {
            Step::said("err-sushi-timeout", text, [("endpoint", t(endpoint)), ("seconds", Value::count(*seconds))])
        }
        SushiError::Connection { endpoint, message } => {
            Step::said("err-sushi-connection", text, [("endpoint", t(endpoint)), ("reason", connection(message))])
        }
        SushiError::Malformed { endpoint, message } => {
            Step::said("err-sushi-malformed", text, [("endpoint", t(endpoint)), ("reason", t(message))])
        }
    }
}

/// A report id or period typed that is not one (the texts `ReportRequest::parse` gives).
fn request_said(message: &str) -> Step {
    let text = message.to_string();
    let between = |before: &str, after: &str| message.strip_prefix(before)?.strip_suffix(after);
    if let Some(report) = between("'", "' is not a COUNTER Release 5 report id (TR_J1, DR, PR...)") {
        return Step::said("err-sushi-report-id", text, [("value", Value::text(report))]);
    }
    if let Some(month) = between("--from '", "' is not a month (YYYY-MM)") {
        return Step::said("err-sushi-from", text, [("value", Value::text(month))]);
    }
    if let Some(month) = between("--to '", "' is not a month (YYYY-MM)") {
        return Step::said("err-sushi-to", text, [("value", Value::text(month))]);
    }
    if let Some((begin, end)) = between("the period ", " ends before it begins").and_then(|p| p.split_once(" to ")) {
        return Step::said("err-sushi-period", text, [("begin", Value::text(begin)), ("end", Value::text(end))]);
    }
    Step::english(text)
}

/// A base URL the client will not use (the texts `check_base_url` gives).
fn bad_endpoint(text: String, endpoint: &str, message: &str) -> Step {
    let whys = [
        ("does not begin with https:// or http://", "err-sushi-url-scheme"),
        ("has no host", "err-sushi-url-host"),
        ("has a query, a fragment or spaces; give the URL the /reports paths hang off", "err-sushi-url-query"),
    ];
    for (why, key) in whys {
        let url = message.strip_prefix("base URL '").and_then(|m| m.strip_suffix(why)?.strip_suffix("' "));
        if let Some(url) = url {
            return Step::said(key, text, [("endpoint", Value::text(endpoint)), ("url", Value::text(url))]);
        }
    }
    Step::english(text)
}

/// Why no answer came: the client's own reasons as sentences, a library's words as they are.
fn connection(message: &str) -> Value {
    let said = |key: &str| Value::detail(Step::said(key, message, []));
    match message {
        "connection refused" => said("err-sushi-connection-refused"),
        "the connection was dropped before a whole answer came" => said("err-sushi-connection-dropped"),
        "the host is not found (check the base URL and the network)" => said("err-sushi-connection-host"),
        "cannot connect (connection refused or unreachable)" => said("err-sushi-connection-failed"),
        _ => match message.strip_prefix("TLS failed: ") {
            Some(reason) => {
                Value::detail(Step::said("err-sushi-connection-tls", message, [("reason", Value::text(reason))]))
            }
            None => Value::text(message),
        },
    }
}

/// A record's kind or a missing thing's, as a phrase of the reader's language; a table's name
/// (vat_rates) stays as the CSV files write it.
pub(crate) fn kind_value(kind: &str) -> Value {
    match kind {
        "deal" => Value::phrase("err-kind-deal"),
        "invoice" => Value::phrase("err-kind-invoice"),
        "participant" => Value::phrase("err-kind-participant"),
        "participation" => Value::phrase("err-kind-participation"),
        "member" => Value::phrase("err-kind-member"),
        "resource" => Value::phrase("err-kind-resource"),
        "vendor" => Value::phrase("err-kind-vendor"),
        "funder" => Value::phrase("err-kind-funder"),
        "offer" => Value::phrase("err-kind-offer"),
        "licence" => Value::phrase("err-kind-licence"),
        "database" => Value::phrase("err-kind-database"),
        "usage import" => Value::phrase("err-kind-usage-import"),
        "usage mapping" => Value::phrase("err-kind-usage-mapping"),
        "SUSHI endpoint" => Value::phrase("err-kind-sushi-endpoint"),
        "SUSHI credentials" => Value::phrase("err-kind-sushi-credentials"),
        other => Value::text(other),
    }
}

/// Nothing of `kind` with `key`. A member's credentials at an endpoint and a participant of a
/// deal's year are keyed by more than one code ("FI-A at EBSCO", "FI-A in D-1 2026": codes
/// have no spaces): each part is said in its place.
pub(crate) fn not_found_said(text: String, kind: &str, key: &str) -> Step {
    let t = |s: &str| Value::text(s);
    if kind == "SUSHI credentials" {
        if let Some((member, endpoint)) = key.split_once(" at ") {
            return Step::said("err-not-found-credentials", text, [("member", t(member)), ("endpoint", t(endpoint))]);
        }
    }
    if kind == "participant" {
        let parts = key.split_once(" in ").and_then(|(member, rest)| Some((member, rest.rsplit_once(' ')?)));
        if let Some((member, (deal, year))) = parts {
            if let Ok(year) = year.parse::<i32>() {
                return Step::said(
                    "err-not-found-participant",
                    text,
                    [("member", t(member)), ("deal", t(deal)), ("year", Value::year(year))],
                );
            }
        }
    }
    Step::said("err-not-found", text, [("kind", kind_value(kind)), ("key", t(key))])
}

//! What a SUSHI server's answer means: a report (with warnings), no usage, a report queued, a
//! server too busy, an authorisation error, another refusal, or something that is no answer.

use std::collections::BTreeMap;

use konsortio_counter::{CounterError, ErrorKind, Exception, Header, UsageRow, Visitor};

/// A report read through once: its header, and its rows and totals without keeping them.
#[derive(Clone, Debug)]
pub struct Probe {
    pub header: Header,
    pub rows: u64,
    /// The sum of each metric's counts (the report's own Reporting_Period_Totals).
    pub metrics: BTreeMap<String, u64>,
}

/// The meaning of one answer.
#[derive(Clone, Debug)]
pub enum Answer {
    Report(Box<Probe>),
    /// 3030, or a report without items and without an exception saying why.
    NoUsage(Vec<Exception>),
    /// 1011: ask again later.
    Queued(Vec<Exception>),
    /// 1020 (or 1000, 1010): back off, then ask again.
    Busy(Vec<Exception>),
    /// 2000 to 2999.
    Unauthorised(Vec<Exception>),
    /// Any other exception without usage: the request cannot succeed as it is.
    Refused(Vec<Exception>),
    /// An HTTP error status whose body is neither a report nor exceptions.
    Http,
    /// A success status whose body is no COUNTER report.
    Malformed(CounterError),
}

/// Codes that ask to come back later, and those that refuse the credentials.
const QUEUED: u32 = 1011;
const BUSY: [u32; 3] = [1000, 1010, 1020];
const NO_USAGE: u32 = 3030;

fn is_authorisation(code: u32) -> bool {
    (2000..3000).contains(&code)
}

/// Reads the answer's body as the counter parser reads a file (`label` names it in errors).
pub fn answer(label: &str, status: u16, body: &[u8]) -> Answer {
    let success = (200..300).contains(&status);
    if body.iter().all(u8::is_ascii_whitespace) {
        return if success { Answer::Malformed(empty(label)) } else { Answer::Http };
    }
    let mut probe = ProbeVisitor::default();
    match konsortio_counter::visit(label, body, &mut probe) {
        Ok((_, header)) => report(Probe { header, rows: probe.rows, metrics: probe.metrics }),
        Err(CounterError { kind: ErrorKind::SushiExceptions(exceptions), .. }) => by_exceptions(exceptions),
        Err(_) if !success => Answer::Http,
        Err(error) => Answer::Malformed(error),
    }
}

fn empty(label: &str) -> CounterError {
    CounterError::new(konsortio_counter::Location::file(label), ErrorKind::EmptyFile)
}

/// A report: usage if it has rows; else what its header's exceptions say.
fn report(probe: Probe) -> Answer {
    if probe.rows > 0 {
        return Answer::Report(Box::new(probe));
    }
    let exceptions = probe.header.exceptions.clone();
    if exceptions.is_empty() {
        return Answer::NoUsage(Vec::new());
    }
    match by_exceptions(exceptions) {
        // A report with no rows whose exceptions only warn (3031, 3040): still no usage.
        Answer::Refused(exceptions) if exceptions.iter().all(|e| e.code >= 3000) => Answer::NoUsage(exceptions),
        other => other,
    }
}

/// Exceptions in place of a report, the weightiest deciding: authorisation, then queued, busy,
/// no usage, anything else.
fn by_exceptions(exceptions: Vec<Exception>) -> Answer {
    let has = |test: &dyn Fn(u32) -> bool| exceptions.iter().any(|e| test(e.code));
    if has(&is_authorisation) {
        Answer::Unauthorised(exceptions)
    } else if has(&|c| c == QUEUED) {
        Answer::Queued(exceptions)
    } else if has(&|c| BUSY.contains(&c)) {
        Answer::Busy(exceptions)
    } else if has(&|c| c == NO_USAGE) {
        Answer::NoUsage(exceptions)
    } else {
        Answer::Refused(exceptions)
    }
}

#[derive(Default)]
struct ProbeVisitor {
    rows: u64,
    metrics: BTreeMap<String, u64>,
}

impl Visitor for ProbeVisitor {
    type Error = CounterError;

    fn row(&mut self, row: UsageRow) -> Result<(), CounterError> {
        self.rows += 1;
        *self.metrics.entry(row.metric.as_str().to_string()).or_default() += row.total;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kind(status: u16, body: &str) -> String {
        let found = answer("answer", status, body.as_bytes());
        let name = format!("{found:?}");
        name.split('(').next().unwrap().to_string()
    }

    const HEADER: &str = r#""Report_Header": {"Release": "5.1", "Report_ID": "PR", "Report_Name": "Platform Report",
        "Report_Filters": {"Begin_Date": "2025-01-01", "End_Date": "2025-01-31"}"#;

    #[test]
    fn answers_mean_what_their_codes_say() {
        let exception = |code: u32| format!(r#"{{"Code": {code}, "Message": "m", "Severity": "Error"}}"#);
        let cases = [
            (202, exception(1011), "Queued"),
            (429, exception(1020), "Busy"),
            (503, exception(1010), "Busy"),
            (401, exception(2020), "Unauthorised"),
            (403, format!("[{}, {}]", exception(3030), exception(2010)), "Unauthorised"),
            (200, exception(3030), "NoUsage"),
            (400, exception(3020), "Refused"),
            (200, format!(r#"{{{HEADER}, "Exceptions": [{}]}}, "Report_Items": []}}"#, exception(3030)), "NoUsage"),
            (200, format!(r#"{{{HEADER}, "Exceptions": [{}]}}, "Report_Items": []}}"#, exception(1011)), "Queued"),
            (200, format!(r#"{{{HEADER}, "Exceptions": [{}]}}}}"#, exception(3031)), "NoUsage"),
            (200, format!(r#"{{{HEADER}}}, "Report_Items": []}}"#), "NoUsage"),
            (200, format!(r#"{{"Report": {{{HEADER}}}, "Report_Items": []}}}}"#), "NoUsage"),
            (500, "<html>Internal Server Error</html>".to_string(), "Http"),
            (500, String::new(), "Http"),
            (200, "<html>Maintenance</html>".to_string(), "Malformed"),
            (200, r#"{"Report_Header": {"Release": "5.1""#.to_string(), "Malformed"),
            (200, String::new(), "Malformed"),
        ];
        for (status, body, expected) in cases {
            assert_eq!(kind(status, &body), expected, "{status} {body}");
        }
    }
}

//! The header block of a tabular report: Release 5 / 5.1 label rows (`Report_ID<TAB>TR_J1`) and the
//! Release 4 layout (report title in row 1, customer, identifier, "Period covered by Report:", "Date run:").

use std::collections::HashMap;

use chrono::NaiveDate;

use crate::cells::{self, End};
use crate::error::{CounterError, ErrorKind, Location};
use crate::model::{Exception, Header, Period, Release, ReportId};
use crate::record::Cells;

/// The Release 5 / 5.1 header labels, as [`cells::key`] reduces them.
const R5_LABELS: [&str; 14] = [
    "report_name",
    "report_id",
    "release",
    "institution_name",
    "institution_id",
    "customer_id",
    "metric_types",
    "report_filters",
    "report_attributes",
    "exceptions",
    "reporting_period",
    "created",
    "created_by",
    "registry_record",
];

/// Whether a first cell opens a Release 5 / 5.1 header.
pub fn is_r5_label(cell: &str) -> bool {
    R5_LABELS.contains(&cells::key(cell).as_str())
}

/// Whether a first cell is a Release 4 (or older) report title such as "Journal Report 1 (R4)".
pub fn is_r4_title(cell: &str) -> bool {
    r4_title_parts(cell).is_some()
}

/// ("journal report 1", "r4") from "Journal Report 1 (R4)".
fn r4_title_parts(cell: &str) -> Option<(String, String)> {
    let t = cell.trim().trim_start_matches('\u{feff}').to_ascii_lowercase();
    let (name, release) = t.strip_suffix(')')?.rsplit_once('(')?;
    let name = name.split_whitespace().collect::<Vec<_>>().join(" ");
    let release = release.trim().to_string();
    let kinds = ["journal report", "book report", "database report", "platform report", "multimedia report"];
    let is_release = release.starts_with('r') && release.len() > 1 && release[1..].bytes().all(|b| b.is_ascii_digit());
    (kinds.iter().any(|k| name.starts_with(k)) && is_release).then_some((name, release))
}

/// Collects the label rows of a Release 5 / 5.1 header until the column headings arrive.
#[derive(Default)]
pub struct R5Header {
    fields: HashMap<String, (String, u64)>,
}

impl R5Header {
    pub fn push(&mut self, file: &str, cells: &Cells, row: u64) -> Result<(), CounterError> {
        let label = cells::key(cells.get(0));
        if !R5_LABELS.contains(&label.as_str()) {
            let kind = ErrorKind::UnknownHeaderLabel(cells.get(0).trim().to_string());
            return Err(CounterError::new(Location::cell(file, row, 0, None), kind));
        }
        if self.fields.contains_key(&label) {
            let kind = ErrorKind::DuplicateHeader(cells.get(0).trim().to_string());
            return Err(CounterError::new(Location::cell(file, row, 0, None), kind));
        }
        self.fields.insert(label, (cells.value_after_label(), row));
        Ok(())
    }

    pub fn finish(mut self, file: &str, headings_row: u64) -> Result<Header, CounterError> {
        let value = |fields: &HashMap<String, (String, u64)>, label: &str| {
            fields.get(label).map(|(v, _)| v.clone()).filter(|v| !v.is_empty())
        };
        let (release_text, release_row) = self.required(file, "release", "Release", headings_row)?;
        let release = Release::parse_r5(&release_text).ok_or_else(|| {
            CounterError::new(Location::cell(file, release_row, 1, None), ErrorKind::UnknownRelease(release_text))
        })?;
        let (id_text, id_row) = self.required(file, "report_id", "Report_ID", headings_row)?;
        let report_id = ReportId::parse_r5(&id_text).ok_or_else(|| {
            CounterError::new(Location::cell(file, id_row, 1, None), ErrorKind::UnknownReport(id_text))
        })?;
        let (period_text, period_row) = self.required(file, "reporting_period", "Reporting_Period", headings_row)?;
        let period = r5_period(&period_text).ok_or_else(|| {
            let kind = ErrorKind::BadHeaderValue { field: "Reporting_Period", value: period_text.clone() };
            CounterError::new(Location::cell(file, period_row, 1, None), kind)
        })?;
        let exceptions = match self.fields.remove("exceptions") {
            Some((text, row)) => tabular_exceptions(&text).ok_or_else(|| {
                let kind = ErrorKind::BadHeaderValue { field: "Exceptions", value: text.clone() };
                CounterError::new(Location::cell(file, row, 1, None), kind)
            })?,
            None => Vec::new(),
        };
        let f = &self.fields;
        Ok(Header {
            release,
            report_id,
            report_name: value(f, "report_name").unwrap_or_else(|| report_id.as_str().to_string()),
            institution_name: value(f, "institution_name"),
            institution_id: value(f, "institution_id"),
            customer_id: value(f, "customer_id"),
            metric_types: value(f, "metric_types").map(|m| split_list(&m)).unwrap_or_default(),
            report_filters: value(f, "report_filters"),
            report_attributes: value(f, "report_attributes"),
            exceptions,
            period,
            created: value(f, "created"),
            created_by: value(f, "created_by"),
            registry_record: value(f, "registry_record"),
        })
    }

    fn required(
        &self,
        file: &str,
        label: &str,
        name: &'static str,
        headings_row: u64,
    ) -> Result<(String, u64), CounterError> {
        match self.fields.get(label) {
            Some((value, row)) if !value.is_empty() => Ok((value.clone(), *row)),
            Some((_, row)) => {
                Err(CounterError::new(Location::cell(file, *row, 1, None), ErrorKind::MissingHeader(name)))
            }
            None => Err(CounterError::new(Location::row(file, headings_row), ErrorKind::MissingHeader(name))),
        }
    }
}

/// "Total_Item_Requests; Unique_Item_Requests" (or with '|') as a list.
pub fn split_list(text: &str) -> Vec<String> {
    text.split([';', '|']).map(str::trim).filter(|s| !s.is_empty()).map(str::to_string).collect()
}

/// "Begin_Date=2022-01-01; End_Date=2022-12-31", or "2022-01-01 to 2022-12-31".
pub fn r5_period(text: &str) -> Option<Period> {
    let (mut begin, mut end) = (None, None);
    for pair in text.split(';') {
        match pair.split_once('=') {
            Some((k, v)) if cells::key(k) == "begin_date" => begin = cells::period_date(v, End::Begin),
            Some((k, v)) if cells::key(k) == "end_date" => end = cells::period_date(v, End::End),
            _ => {}
        }
    }
    match (begin, end) {
        (Some(begin), Some(end)) => period(begin, end),
        _ => r4_period(text),
    }
}

/// "2014-01-01 to 2014-12-31".
pub fn r4_period(text: &str) -> Option<Period> {
    let (b, e) = text.split_once(" to ")?;
    period(cells::period_date(b, End::Begin)?, cells::period_date(e, End::End)?)
}

fn period(begin: NaiveDate, end: NaiveDate) -> Option<Period> {
    (begin <= end).then_some(Period { begin, end })
}

/// "3030: No Usage Available for Requested Dates (data); 3031: ..." as exceptions. A "; " inside a
/// message stays in the message unless an exception code follows it.
pub fn tabular_exceptions(text: &str) -> Option<Vec<Exception>> {
    let mut starts = vec![0];
    for (i, _) in text.match_indices(';') {
        let rest = text[i + 1..].trim_start();
        let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
        if digits > 0 && rest[digits..].trim_start().starts_with(':') {
            starts.push(i + 1);
        }
    }
    starts.push(text.len() + 1);
    let pieces = starts.windows(2).map(|w| text[w[0]..w[1] - 1].trim().trim_end_matches(';').trim());
    pieces.filter(|p| !p.is_empty()).map(one_exception).collect()
}

fn one_exception(text: &str) -> Option<Exception> {
    let (code, rest) = text.split_once(':')?;
    let code: u32 = code.trim().parse().ok()?;
    let rest = rest.trim();
    let (message, data) = match rest.strip_suffix(')').and_then(|r| r.split_once(" (")) {
        Some((message, data)) => (message.to_string(), Some(data.to_string())),
        None => (rest.to_string(), None),
    };
    Some(Exception { code, message, severity: None, data, help_url: None })
}

/// What the next value row of a Release 4 header holds.
#[derive(Clone, Copy, PartialEq)]
enum R4Pending {
    Nothing,
    Period,
    DateRun,
    SectionType,
}

/// Collects the Release 4 header: the title row, then customer, institutional identifier, and
/// labelled values, until the column headings arrive.
pub struct R4Header {
    report_id: ReportId,
    report_name: String,
    pending: R4Pending,
    positional: Vec<String>,
    period: Option<(String, u64)>,
    created: Option<String>,
    section_type: Option<String>,
}

impl R4Header {
    pub fn start(file: &str, cells: &Cells, row: u64) -> Result<R4Header, CounterError> {
        let title = cells.get(0).trim().trim_start_matches('\u{feff}').trim();
        let at = || Location::cell(file, row, 0, None);
        let (name, release) = r4_title_parts(title)
            .ok_or_else(|| CounterError::new(at(), ErrorKind::NoReportTitle(title.to_string())))?;
        if release != "r4" {
            return Err(CounterError::new(at(), ErrorKind::UnknownRelease(release.to_uppercase())));
        }
        let report_id = match name.as_str() {
            "journal report 1" => ReportId::Jr1,
            "database report 1" => ReportId::Db1,
            "book report 1" => ReportId::Br1,
            "book report 2" => ReportId::Br2,
            "platform report 1" => ReportId::Pr1,
            _ => return Err(CounterError::new(at(), ErrorKind::UnknownReport(title.to_string()))),
        };
        Ok(R4Header {
            report_id,
            report_name: title.to_string(),
            pending: R4Pending::Nothing,
            positional: Vec::new(),
            period: None,
            created: None,
            section_type: None,
        })
    }

    pub fn push(&mut self, file: &str, cells: &Cells, row: u64) -> Result<(), CounterError> {
        let first = cells.get(0).trim();
        let label = cells::key(first);
        let pending = match label.as_str() {
            "period_covered_by_report" => R4Pending::Period,
            "date_run" => R4Pending::DateRun,
            "section_type" => R4Pending::SectionType,
            _ => R4Pending::Nothing,
        };
        if pending != R4Pending::Nothing {
            self.pending = pending;
            let same_row = cells.value_after_label();
            if !same_row.is_empty() {
                self.take_value(same_row, row);
            }
            return Ok(());
        }
        if self.pending != R4Pending::Nothing {
            self.take_value(cells.joined(), row);
            return Ok(());
        }
        if label.starts_with("number_of_successful") || label.starts_with("total_searches") {
            return Ok(()); // the report's description, where a vendor moved it to a row of its own
        }
        if self.positional.len() == 2 {
            let kind = ErrorKind::UnknownHeaderLabel(first.to_string());
            return Err(CounterError::new(Location::cell(file, row, 0, None), kind));
        }
        self.positional.push(cells.joined());
        Ok(())
    }

    fn take_value(&mut self, value: String, row: u64) {
        match self.pending {
            R4Pending::Period => self.period = Some((value, row)),
            R4Pending::DateRun => self.created = Some(value),
            R4Pending::SectionType => self.section_type = Some(value),
            R4Pending::Nothing => unreachable!("a value is taken only for a pending label"),
        }
        self.pending = R4Pending::Nothing;
    }

    pub fn finish(self, file: &str, headings_row: u64) -> Result<Header, CounterError> {
        let (text, row) = self.period.ok_or_else(|| {
            CounterError::new(Location::row(file, headings_row), ErrorKind::MissingHeader("Period covered by Report"))
        })?;
        let period = r4_period(&text).ok_or_else(|| {
            let kind = ErrorKind::BadHeaderValue { field: "Period covered by Report", value: text.clone() };
            CounterError::new(Location::row(file, row), kind)
        })?;
        let mut positional = self.positional.into_iter().filter(|p| !p.is_empty());
        Ok(Header {
            release: Release::R4,
            report_id: self.report_id,
            report_name: self.report_name,
            institution_name: positional.next(),
            institution_id: positional.next(),
            customer_id: None,
            metric_types: Vec::new(),
            report_filters: self.section_type.map(|s| format!("Section_Type={s}")),
            report_attributes: None,
            exceptions: Vec::new(),
            period,
            created: self.created,
            created_by: None,
            registry_record: None,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn exceptions_split_only_before_a_code() {
        let text = "3031: Usage Not Ready for Requested Dates (request was 2016-01-01 to 2016-12-31; usage only to 2016-08-31); 3040: Partial Data Returned";
        let found = tabular_exceptions(text).unwrap();
        assert_eq!(found.len(), 2);
        assert_eq!(found[0].code, 3031);
        assert_eq!(found[0].data.as_deref(), Some("request was 2016-01-01 to 2016-12-31; usage only to 2016-08-31"));
        assert_eq!((found[1].code, found[1].message.as_str()), (3040, "Partial Data Returned"));
        assert_eq!(tabular_exceptions("no code here"), None);
    }

    #[test]
    fn periods() {
        let p = r5_period("Begin_Date=2022-01-01; End_Date=2022-12-31").unwrap();
        assert_eq!((p.begin.to_string(), p.end.to_string()), ("2022-01-01".into(), "2022-12-31".into()));
        let p = r5_period("Begin_Date=2022-01; End_Date=2022-02").unwrap();
        assert_eq!(p.end.to_string(), "2022-02-28");
        assert!(r4_period("2014-01-01 to 2014-12-31").is_some());
        assert!(r5_period("Begin_Date=2022-12-01; End_Date=2022-01-31").is_none());
    }

    #[test]
    fn r4_titles() {
        assert!(is_r4_title("Journal Report 1 (R4)"));
        assert!(is_r4_title("\u{feff}Book Report 2 (R4)"));
        assert!(is_r4_title("Journal Report 1 (R3)"));
        assert!(!is_r4_title("Journal Report 1 (R4);Number of Successful Full-Text Article Requests"));
        assert!(!is_r4_title("Report_Name"));
    }
}

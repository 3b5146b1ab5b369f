//! The table under the header: what each column heading means, and each row turned into a usage
//! row (or, in Release 4, a "Total for all ..." row kept aside for checking).

use crate::cells;
use crate::error::{CounterError, ErrorKind, Location};
use crate::model::{Header, Item, Metric, Month, MonthCount, R4Metric, Release, ReportId, UsageRow};
use crate::record::Cells;

/// What a column holds.
#[derive(Debug, Clone, PartialEq)]
enum Role {
    Name,
    Publisher,
    PublisherId,
    Platform,
    Doi,
    ProprietaryId,
    Isbn,
    PrintIssn,
    OnlineIssn,
    Uri,
    DataType,
    SectionType,
    Yop,
    AccessType,
    AccessMethod,
    Metric,
    R4Activity,
    Total,
    Month(Month),
    Other(String),
    Unnamed,
}

fn role_of(heading: &str, release: Release) -> Role {
    if let Some(month) = cells::month_heading(heading) {
        return Role::Month(month);
    }
    match cells::key(heading).as_str() {
        "" => Role::Unnamed,
        "title" | "item" | "database" | "journal" | "book" => Role::Name,
        "publisher" => Role::Publisher,
        "publisher_id" => Role::PublisherId,
        "platform" => Role::Platform,
        "doi" | "journal_doi" | "book_doi" => Role::Doi,
        "proprietary_id" | "proprietary_identifier" => Role::ProprietaryId,
        "isbn" => Role::Isbn,
        "print_issn" => Role::PrintIssn,
        "online_issn" => Role::OnlineIssn,
        "uri" => Role::Uri,
        "data_type" => Role::DataType,
        "section_type" => Role::SectionType,
        "yop" => Role::Yop,
        "access_type" => Role::AccessType,
        "access_method" => Role::AccessMethod,
        "metric_type" if release != Release::R4 => Role::Metric,
        "user_activity" if release == Release::R4 => Role::R4Activity,
        "reporting_period_total" => Role::Total,
        _ => Role::Other(heading.trim().to_string()),
    }
}

/// Whether a heading may stand after Reporting_Period_Total, where only months belong.
fn allowed_after_total(role: &Role) -> bool {
    match role {
        Role::Month(_) | Role::Unnamed => true,
        Role::Other(h) => matches!(cells::key(h).as_str(), "reporting_period_html" | "reporting_period_pdf"),
        _ => false,
    }
}

/// The metric a Release 4 report implies when it has no User Activity column.
fn implied_r4_metric(report: ReportId) -> Option<R4Metric> {
    match report {
        ReportId::Jr1 => Some(R4Metric::FullTextArticleRequests),
        ReportId::Br1 => Some(R4Metric::TitleRequests),
        ReportId::Br2 => Some(R4Metric::SectionRequests),
        _ => None,
    }
}

/// A parsed row of the table.
#[allow(clippy::large_enum_variant)] // moved out once per row and never stored: boxing would allocate per row
pub enum Line {
    Usage(UsageRow),
    /// A Release 4 "Total for all journals" row: the metric, and its period total.
    R4Totals(Metric, u64),
}

/// The column headings row, understood.
pub struct Columns {
    release: Release,
    report_id: ReportId,
    headings: Vec<String>,
    roles: Vec<Role>,
    months: Vec<(usize, Month)>,
    metric: usize,
    total: usize,
    name: Option<usize>,
    /// Cells a row must have: up to the last named heading.
    required_len: usize,
    /// A sheet leaves empty trailing cells out; a text file that does so was cut short.
    pad_short_rows: bool,
}

impl Columns {
    pub fn new(
        file: &str,
        header: &Header,
        cells: &Cells,
        row: u64,
        pad_short_rows: bool,
    ) -> Result<Columns, CounterError> {
        let release = header.release;
        let headings: Vec<String> = (0..cells.len()).map(|i| cells.get(i).trim().to_string()).collect();
        let mut roles: Vec<Role> = headings.iter().map(|h| role_of(h, release)).collect();
        if release == Release::R4 && roles.first() == Some(&Role::Unnamed) && !roles.contains(&Role::Name) {
            roles[0] = Role::Name; // R4 leaves the journal/title column's heading empty
        }
        let at = |i: usize| Location::cell(file, row, i, Some(&headings[i]));
        let find = |wanted: &Role| roles.iter().position(|r| r == wanted);
        let total = find(&Role::Total).ok_or_else(|| {
            CounterError::new(Location::row(file, row), ErrorKind::MissingColumn("Reporting_Period_Total"))
        })?;
        let metric = match release {
            Release::R4 => find(&Role::R4Activity).unwrap_or(usize::MAX),
            _ => find(&Role::Metric)
                .ok_or_else(|| CounterError::new(Location::row(file, row), ErrorKind::MissingColumn("Metric_Type")))?,
        };
        if metric == usize::MAX && implied_r4_metric(header.report_id).is_none() {
            return Err(CounterError::new(Location::row(file, row), ErrorKind::MissingColumn("User Activity")));
        }
        for (i, role) in roles.iter().enumerate() {
            if i > total && !allowed_after_total(role) {
                return Err(CounterError::new(at(i), ErrorKind::BadMonth(headings[i].clone())));
            }
            if *role != Role::Unnamed && roles[..i].contains(role) {
                return Err(CounterError::new(at(i), ErrorKind::DuplicateColumn(headings[i].clone())));
            }
        }
        let months: Vec<(usize, Month)> = roles
            .iter()
            .enumerate()
            .filter_map(|(i, r)| if let Role::Month(m) = r { Some((i, *m)) } else { None })
            .collect();
        if let Some(&(i, month)) = months.iter().find(|(_, m)| !header.period.contains(*m)) {
            let kind = ErrorKind::MonthOutsidePeriod {
                month,
                begin: header.period.begin.to_string(),
                end: header.period.end.to_string(),
            };
            return Err(CounterError::new(at(i), kind));
        }
        let required_len = roles.iter().rposition(|r| *r != Role::Unnamed).map_or(0, |i| i + 1);
        let name = find(&Role::Name);
        Ok(Columns {
            release,
            report_id: header.report_id,
            headings,
            roles,
            months,
            metric,
            total,
            name,
            required_len,
            pad_short_rows,
        })
    }

    fn at(&self, file: &str, row: u64, column: usize) -> Location {
        Location::cell(file, row, column, self.headings.get(column).map(String::as_str))
    }

    /// One data row of the table.
    pub fn line(&self, file: &str, cells: &Cells, row: u64) -> Result<Line, CounterError> {
        self.check_shape(file, cells, row)?;
        let (metric, r4_metric) = self.metric_of(file, cells, row)?;
        let count_at =
            |i: usize| cells::count(cells.get(i)).map_err(|kind| CounterError::new(self.at(file, row, i), kind));
        let total = count_at(self.total)?;
        let mut months = Vec::with_capacity(self.months.len());
        for &(i, month) in &self.months {
            months.push(MonthCount { month, count: count_at(i)? });
        }
        if !months.is_empty() {
            let sum: u64 = months.iter().map(|m| m.count).sum();
            if sum != total {
                let kind = ErrorKind::TotalMismatch { stated: total, months: sum };
                return Err(CounterError::new(self.at(file, row, self.total), kind));
            }
        }
        if self.release == Release::R4 && self.is_totals_row(cells) {
            return Ok(Line::R4Totals(metric, total));
        }
        let item = self.item(cells);
        Ok(Line::Usage(UsageRow { source_row: row, item, metric, r4_metric, total, months }))
    }

    fn check_shape(&self, file: &str, cells: &Cells, row: u64) -> Result<(), CounterError> {
        if cells.len() < self.required_len && !self.pad_short_rows {
            let kind = ErrorKind::ShortRow { found: cells.len(), expected: self.required_len };
            return Err(CounterError::new(Location::row(file, row), kind));
        }
        let unnamed = (0..cells.used_len()).find(|&i| {
            let heading = self.roles.get(i).unwrap_or(&Role::Unnamed);
            *heading == Role::Unnamed && !cells.get(i).trim().is_empty()
        });
        match unnamed {
            Some(i) => {
                let kind = ErrorKind::CellWithoutHeading(cells.get(i).trim().to_string());
                Err(CounterError::new(self.at(file, row, i), kind))
            }
            None => Ok(()),
        }
    }

    fn metric_of(&self, file: &str, cells: &Cells, row: u64) -> Result<(Metric, Option<R4Metric>), CounterError> {
        let unknown = |text: &str| {
            CounterError::new(self.at(file, row, self.metric), ErrorKind::UnknownMetric(text.trim().to_string()))
        };
        if self.release != Release::R4 {
            let text = cells.get(self.metric);
            return Metric::parse_r5(text).map(|m| (m, None)).ok_or_else(|| unknown(text));
        }
        let r4 = match implied_r4_metric(self.report_id) {
            Some(implied) if self.metric == usize::MAX => implied,
            _ => {
                let text = cells.get(self.metric);
                R4Metric::parse_activity(text).ok_or_else(|| unknown(text))?
            }
        };
        Ok((r4.to_r5(self.report_id), Some(r4)))
    }

    fn is_totals_row(&self, cells: &Cells) -> bool {
        let name = self.name.map_or("", |i| cells.get(i));
        let key = cells::key(name);
        key.starts_with("total_for_all") || key == "total"
    }

    fn item(&self, cells: &Cells) -> Item {
        let mut item = Item::default();
        for (i, role) in self.roles.iter().enumerate() {
            let text = cells.get(i).trim();
            if text.is_empty() {
                continue;
            }
            let value = Some(text.to_string());
            match role {
                Role::Name => item.name = value,
                Role::Publisher => item.publisher = value,
                Role::PublisherId => item.publisher_id = value,
                Role::Platform => item.platform = value,
                Role::Doi => item.doi = value,
                Role::ProprietaryId => item.proprietary_id = value,
                Role::Isbn => item.isbn = value,
                Role::PrintIssn => item.print_issn = value,
                Role::OnlineIssn => item.online_issn = value,
                Role::Uri => item.uri = value,
                Role::DataType => item.data_type = value,
                Role::SectionType => item.section_type = value,
                Role::Yop => item.yop = value,
                Role::AccessType => item.access_type = value,
                Role::AccessMethod => item.access_method = value,
                Role::Other(heading) => {
                    item.other.insert(heading.clone(), text.to_string());
                }
                Role::Metric | Role::R4Activity | Role::Total | Role::Month(_) | Role::Unnamed => {}
            }
        }
        item
    }
}

/// Whether a row is the column headings row of a Release 5 / 5.1 table.
pub fn is_r5_headings(cells: &Cells) -> bool {
    (0..cells.len()).any(|i| matches!(cells::key(cells.get(i)).as_str(), "metric_type" | "reporting_period_total"))
}

/// Whether a row is the column headings row of a Release 4 table.
pub fn is_r4_headings(cells: &Cells) -> bool {
    (0..cells.len()).any(|i| cells::key(cells.get(i)) == "reporting_period_total")
}

//! The parsed report: releases, report ids, metric types, months, the header and one usage row per item and metric.

use std::collections::BTreeMap;
use std::fmt;

use chrono::{Datelike, NaiveDate};
use serde::{Serialize, Serializer};

/// The COUNTER Code of Practice release a report follows, read from the report's own header.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Release {
    R4,
    R5,
    R5_1,
}

impl Release {
    pub fn as_str(self) -> &'static str {
        match self {
            Release::R4 => "4",
            Release::R5 => "5",
            Release::R5_1 => "5.1",
        }
    }

    /// "5.1", "5", "5.0", "5.0.2", "R5" and the like; `None` for anything else (Release 4 is read from
    /// its own header layout, never from a Release row).
    pub fn parse_r5(text: &str) -> Option<Release> {
        let t = text.trim();
        let t = t.strip_prefix(['R', 'r']).unwrap_or(t);
        let mut parts = t.split('.');
        let major = parts.next()?;
        let minor = parts.next().unwrap_or("0");
        if major != "5" || !parts.all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit())) {
            return None;
        }
        match minor {
            "0" => Some(Release::R5),
            "1" => Some(Release::R5_1),
            _ => None,
        }
    }
}

impl Serialize for Release {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

macro_rules! named_enum {
    ($(#[$meta:meta])* $name:ident { $($variant:ident => $text:literal,)* }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum $name { $($variant,)* }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant,)*];

            pub fn as_str(self) -> &'static str {
                match self { $($name::$variant => $text,)* }
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl Serialize for $name {
            fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str(self.as_str())
            }
        }
    };
}

named_enum!(
    /// The reports and standard views of Release 5 and 5.1, and the Release 4 reports still in circulation.
    ReportId {
        Pr => "PR", PrP1 => "PR_P1",
        Dr => "DR", DrD1 => "DR_D1", DrD2 => "DR_D2",
        Tr => "TR", TrB1 => "TR_B1", TrB2 => "TR_B2", TrB3 => "TR_B3",
        TrJ1 => "TR_J1", TrJ2 => "TR_J2", TrJ3 => "TR_J3", TrJ4 => "TR_J4",
        Ir => "IR", IrA1 => "IR_A1", IrM1 => "IR_M1",
        Jr1 => "JR1", Db1 => "DB1", Br1 => "BR1", Br2 => "BR2", Pr1 => "PR1",
    }
);

impl ReportId {
    /// A Release 5 / 5.1 report id as written in a header ("TR_J1", "tr_j1").
    pub fn parse_r5(text: &str) -> Option<ReportId> {
        let wanted = text.trim();
        ReportId::ALL.iter().copied().find(|id| !id.is_r4() && id.as_str().eq_ignore_ascii_case(wanted))
    }

    pub fn is_r4(self) -> bool {
        matches!(self, ReportId::Jr1 | ReportId::Db1 | ReportId::Br1 | ReportId::Br2 | ReportId::Pr1)
    }
}

named_enum!(
    /// A metric type: the twelve of Release 5 / 5.1, and the three Release 4 activities that have no
    /// unambiguous Release 5 counterpart.
    Metric {
        TotalItemInvestigations => "Total_Item_Investigations",
        TotalItemRequests => "Total_Item_Requests",
        UniqueItemInvestigations => "Unique_Item_Investigations",
        UniqueItemRequests => "Unique_Item_Requests",
        UniqueTitleInvestigations => "Unique_Title_Investigations",
        UniqueTitleRequests => "Unique_Title_Requests",
        LimitExceeded => "Limit_Exceeded",
        NoLicense => "No_License",
        SearchesRegular => "Searches_Regular",
        SearchesAutomated => "Searches_Automated",
        SearchesFederated => "Searches_Federated",
        SearchesPlatform => "Searches_Platform",
        R4SearchesFederatedAndAutomated => "R4_Searches_Federated_And_Automated",
        R4ResultClicks => "R4_Result_Clicks",
        R4RecordViews => "R4_Record_Views",
    }
);

impl Metric {
    /// A Release 5 metric type name, tolerating case and spaces for underscores.
    pub fn parse_r5(text: &str) -> Option<Metric> {
        let wanted = text.trim().replace(' ', "_");
        Metric::ALL.iter().copied().find(|m| !m.is_r4_only() && m.as_str().eq_ignore_ascii_case(&wanted))
    }

    pub fn is_r4_only(self) -> bool {
        matches!(self, Metric::R4SearchesFederatedAndAutomated | Metric::R4ResultClicks | Metric::R4RecordViews)
    }
}

named_enum!(
    /// What a Release 4 report counted, by the name the R4 report prints (the "User Activity" of DB1 and
    /// PR1) or, where the report implies it, by what its title says it counts.
    R4Metric {
        FullTextArticleRequests => "Full-Text Article Requests",
        TitleRequests => "Title Requests",
        SectionRequests => "Section Requests",
        RegularSearches => "Regular Searches",
        SearchesFederatedAndAutomated => "Searches-federated and automated",
        ResultClicks => "Result Clicks",
        RecordViews => "Record Views",
    }
);

impl R4Metric {
    /// A DB1/PR1 "User Activity" value.
    pub fn parse_activity(text: &str) -> Option<R4Metric> {
        let wanted: String = text.trim().to_ascii_lowercase().replace(['-', '_'], " ");
        let wanted = wanted.split_whitespace().collect::<Vec<_>>().join(" ");
        let activity = [
            R4Metric::RegularSearches,
            R4Metric::SearchesFederatedAndAutomated,
            R4Metric::ResultClicks,
            R4Metric::RecordViews,
        ];
        activity.into_iter().find(|m| m.as_str().to_ascii_lowercase().replace('-', " ") == wanted)
    }

    /// The Release 5 metric this R4 count is reported under (see the crate docs for the mapping).
    pub fn to_r5(self, report: ReportId) -> Metric {
        match (self, report) {
            (R4Metric::FullTextArticleRequests, _) => Metric::TotalItemRequests,
            (R4Metric::TitleRequests, _) => Metric::UniqueTitleRequests,
            (R4Metric::SectionRequests, _) => Metric::TotalItemRequests,
            (R4Metric::RegularSearches, ReportId::Pr1) => Metric::SearchesPlatform,
            (R4Metric::RegularSearches, _) => Metric::SearchesRegular,
            (R4Metric::SearchesFederatedAndAutomated, _) => Metric::R4SearchesFederatedAndAutomated,
            (R4Metric::ResultClicks, _) => Metric::R4ResultClicks,
            (R4Metric::RecordViews, _) => Metric::R4RecordViews,
        }
    }
}

/// A calendar month, the unit COUNTER counts in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Month {
    year: u16,
    month: u8,
}

impl Month {
    pub fn new(year: u16, month: u8) -> Option<Month> {
        ((1..=12).contains(&month) && (1000..=9999).contains(&year)).then_some(Month { year, month })
    }

    /// The month of a date whose year has four digits, as every date this crate reads has.
    pub fn of(date: NaiveDate) -> Month {
        let month = Month::new(date.year() as u16, date.month() as u8);
        month.expect("dates are read with four-digit years only")
    }

    pub fn year(self) -> u16 {
        self.year
    }

    pub fn month(self) -> u8 {
        self.month
    }
}

impl fmt::Display for Month {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}", self.year, self.month)
    }
}

impl Serialize for Month {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

/// The reporting period from the header, first and last day included.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Period {
    pub begin: NaiveDate,
    pub end: NaiveDate,
}

impl Period {
    pub fn contains(&self, month: Month) -> bool {
        Month::of(self.begin) <= month && month <= Month::of(self.end)
    }
}

/// An exception the report (or the SUSHI server instead of a report) declares.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Exception {
    pub code: u32,
    pub message: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub severity: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub data: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub help_url: Option<String>,
}

/// The report header, whatever the format it came in.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Header {
    pub release: Release,
    pub report_id: ReportId,
    pub report_name: String,
    pub institution_name: Option<String>,
    pub institution_id: Option<String>,
    pub customer_id: Option<String>,
    /// The Metric_Types header row, split; empty when the report lists none (master reports).
    pub metric_types: Vec<String>,
    pub report_filters: Option<String>,
    pub report_attributes: Option<String>,
    pub exceptions: Vec<Exception>,
    pub period: Period,
    pub created: Option<String>,
    pub created_by: Option<String>,
    pub registry_record: Option<String>,
}

/// What identifies and describes the item a row counts: the title, database, platform or item, its
/// identifiers and the attributes the report breaks usage down by. Empty cells are `None`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash, Serialize)]
pub struct Item {
    /// Title (TR), Database (DR), Item (IR); `None` in platform reports, whose item is the platform.
    pub name: Option<String>,
    pub publisher: Option<String>,
    pub publisher_id: Option<String>,
    pub platform: Option<String>,
    pub doi: Option<String>,
    pub proprietary_id: Option<String>,
    pub isbn: Option<String>,
    pub print_issn: Option<String>,
    pub online_issn: Option<String>,
    pub uri: Option<String>,
    pub data_type: Option<String>,
    pub section_type: Option<String>,
    pub yop: Option<String>,
    pub access_type: Option<String>,
    pub access_method: Option<String>,
    /// Every other non-empty column by its heading: Authors, Publication_Date, Parent_*, Component_*,
    /// extra leading columns such as Institution_Name or Customer_ID, R4's ISSN or HTML/PDF totals.
    pub other: BTreeMap<String, String>,
}

impl Item {
    /// The fields that say which title, database, platform or item this is, leaving out the attributes
    /// usage is broken down by (Data_Type, YOP, Access_Type...), so that rows of one item count once.
    pub fn identity(&self) -> [Option<&str>; 10] {
        [
            &self.name,
            &self.publisher,
            &self.publisher_id,
            &self.platform,
            &self.doi,
            &self.proprietary_id,
            &self.isbn,
            &self.print_issn,
            &self.online_issn,
            &self.uri,
        ]
        .map(|f| f.as_deref())
    }
}

/// The count for one month.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct MonthCount {
    pub month: Month,
    pub count: u64,
}

/// One item's usage for one metric type: a row of a tabular report, or one metric of one
/// Attribute_Performance (5.1) or Report_Item (5) of a SUSHI document.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct UsageRow {
    /// Where the row came from: the 1-based row of a tabular file, or the 1-based Report_Items entry.
    pub source_row: u64,
    pub item: Item,
    pub metric: Metric,
    /// The Release 4 name of the metric, for R4 reports.
    pub r4_metric: Option<R4Metric>,
    /// Reporting_Period_Total; equal to the sum of `months` whenever the report has monthly columns.
    pub total: u64,
    /// The monthly counts in the order the report gives them; empty when the report excludes monthly details.
    pub months: Vec<MonthCount>,
}

/// A whole report, collected; for large files use [`crate::visit`] instead.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Report {
    pub format: crate::Format,
    pub header: Header,
    pub rows: Vec<UsageRow>,
}

impl Report {
    /// The sum over items and months of each metric type in the report.
    pub fn metric_totals(&self) -> BTreeMap<Metric, u64> {
        let mut totals = BTreeMap::new();
        for row in &self.rows {
            *totals.entry(row.metric).or_insert(0) += row.total;
        }
        totals
    }
}

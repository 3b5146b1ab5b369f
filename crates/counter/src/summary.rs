//! `inspect`: what a report file holds, in brief, computed while streaming it and stored nowhere.

use std::collections::hash_map::DefaultHasher;
use std::collections::{BTreeMap, HashSet};
use std::hash::{Hash, Hasher};

use chrono::NaiveDate;
use serde::Serialize;

use crate::model::{Exception, Header, Release, ReportId, UsageRow};
use crate::Format;

/// A report file in brief; serialises as `{"release": "5.1", "report_id": "TR_J1", "metrics": {...}, ...}`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Summary {
    pub file: String,
    pub format: Format,
    pub release: Release,
    pub report_id: ReportId,
    pub report_name: String,
    pub institution_name: Option<String>,
    pub institution_id: Option<String>,
    pub reporting_period: ReportingPeriod,
    pub created: Option<String>,
    pub created_by: Option<String>,
    pub exceptions: Vec<Exception>,
    /// The sum over items and months of each metric type, by its name.
    pub metrics: BTreeMap<String, u64>,
    /// Usage rows: table rows, or (item, attributes, metric) combinations of a SUSHI document.
    pub row_count: u64,
    /// Distinct items by name and identifiers (not by Data_Type, YOP or other attributes).
    pub item_count: u64,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct ReportingPeriod {
    pub begin: NaiveDate,
    pub end: NaiveDate,
}

/// Adds up rows as they stream past; only a hash per distinct item is kept.
#[derive(Default)]
pub struct Tally {
    metrics: BTreeMap<&'static str, u64>,
    rows: u64,
    items: HashSet<u64>,
}

impl Tally {
    pub fn add(&mut self, row: &UsageRow) {
        let sum = self.metrics.entry(row.metric.as_str()).or_insert(0);
        *sum = sum.saturating_add(row.total);
        self.rows += 1;
        let mut hasher = DefaultHasher::new();
        row.item.identity().hash(&mut hasher);
        self.items.insert(hasher.finish());
    }

    pub fn summary(self, file: &str, format: Format, header: Header) -> Summary {
        Summary {
            file: file.to_string(),
            format,
            release: header.release,
            report_id: header.report_id,
            report_name: header.report_name,
            institution_name: header.institution_name,
            institution_id: header.institution_id,
            reporting_period: ReportingPeriod { begin: header.period.begin, end: header.period.end },
            created: header.created,
            created_by: header.created_by,
            exceptions: header.exceptions,
            metrics: self.metrics.into_iter().map(|(k, v)| (k.to_string(), v)).collect(),
            row_count: self.rows,
            item_count: self.items.len() as u64,
        }
    }
}

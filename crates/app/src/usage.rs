//! Usage reports (COUNTER): what a vendor's file holds, a member's reports imported and
//! matched to resources, cost per use, usage as a split basis and usage CSV; reports harvested
//! over SUSHI.

mod basis;
mod cost;
mod harvest;
mod import;
mod matching;
mod report;
mod sushi;
mod tally;

use std::collections::{BTreeMap, BTreeSet, HashSet};
use std::path::Path;

use konsortio_core::explain::Value;
pub use konsortio_counter::Summary;
use konsortio_store::{AuditEntry, Reads, UsageReads};
pub use konsortio_store::{UsageImport, UsageMapping};
use serde::Serialize;

pub(crate) use basis::derived_metrics;
pub(crate) use cost::{compute, Scope};
pub use cost::{CostPerUse, CostPerUseReport, USAGE_COLUMNS};
pub use harvest::{HarvestEvent, HarvestOutcome, HarvestRequest, MemberHarvest};
pub use import::UsageImportSummary;
use matching::{Match, ReportClass, Resolver};
pub use sushi::{
    shown_key, ApiKeyChange, CredentialsInput, SushiCredentials, SushiEndpoint, SushiEndpointView, SUSHI_COLUMNS,
};

use crate::csvio::file_label;
use crate::{now, App, AppError};

/// The metric cost per use and usage bases read unless told otherwise.
pub const DEFAULT_METRIC: &str = "Unique_Item_Requests";

/// Inspects a COUNTER report file: release, report, institution, period, exceptions and the
/// total of each metric type, streamed (a large file is never held whole).
pub fn inspect_usage(path: &Path) -> Result<Summary, AppError> {
    let file = std::fs::File::open(path).map_err(|e| AppError::io(path, e))?;
    Ok(konsortio_counter::inspect(&file_label(path), std::io::BufReader::new(file))?)
}

/// A vendor's platform (and, in database reports, database) that matched no resource, or
/// several: what `map_usage` should be told.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct UnmatchedName {
    pub platform: Option<String>,
    pub database: Option<String>,
    /// The resources the name fits equally well, when it is ambiguous.
    pub candidates: Vec<String>,
    /// Distinct items (titles, databases...) under the name.
    pub items: u64,
    /// Members whose reports name it.
    pub members: u64,
}

/// A COUNTER metric type by its name, in any case; the default when none is given.
pub(crate) fn counter_metric(name: Option<&str>) -> Result<&'static str, AppError> {
    let Some(name) = name else {
        return Ok(DEFAULT_METRIC);
    };
    konsortio_counter::Metric::ALL.iter().map(|m| m.as_str()).find(|m| m.eq_ignore_ascii_case(name.trim())).ok_or_else(
        || {
            let all: Vec<&str> = konsortio_counter::Metric::ALL.iter().map(|m| m.as_str()).collect();
            let text = format!("'{name}' is not a COUNTER metric type; use one of {}", all.join(", "));
            let args = [("value", Value::text(name)), ("allowed", Value::text(all.join(", ")))];
            AppError::invalid("err-usage-metric-type", text, args)
        },
    )
}

impl App {
    /// Every imported report, by member, report and period.
    pub fn usage_imports(&self) -> Result<Vec<UsageImport>, AppError> {
        Ok(self.store.usage_imports()?)
    }

    /// The sum of each metric's counts stored for an import (as its file gave them).
    pub fn usage_totals(&self, import: i64) -> Result<BTreeMap<String, u64>, AppError> {
        Ok(self.store.usage_totals(import)?)
    }

    /// Deletes an imported report (by its id in `usage_imports`).
    pub fn delete_usage_import(&mut self, id: i64) -> Result<UsageImport, AppError> {
        let actor = self.actor.name.clone();
        self.store.write(|tx| {
            let import =
                tx.usage_import(id)?.ok_or_else(|| AppError::NotFound { kind: "usage import", key: id.to_string() })?;
            tx.delete_usage_import(id)?;
            tx.audit(&AuditEntry {
                at: now(),
                actor,
                action: "delete".into(),
                kind: "usage".into(),
                key: format!("{} / {} / {} to {}", import.member, import.report_id, import.begin, import.end),
                detail: import.file.clone(),
            })?;
            Ok(import)
        })
    }

    /// The user's mappings of vendors' names to resources.
    pub fn usage_mappings(&self) -> Result<Vec<UsageMapping>, AppError> {
        Ok(self.store.usage_mappings()?)
    }

    /// Remembers that a vendor's platform, database or title name, or an identifier (ISSN,
    /// ISBN, DOI, proprietary id), as reports give it, means `resource`. Applies to reports
    /// imported before and after; case and runs of spaces do not matter.
    pub fn map_usage(&mut self, name: &str, resource: &str) -> Result<(), AppError> {
        if name.trim().is_empty() {
            return Err(AppError::invalid("err-usage-map-empty", "the name to map is empty".into(), []));
        }
        let actor = self.actor.name.clone();
        self.store.write(|tx| {
            if !tx.exists("resources", resource)? {
                return Err(AppError::NotFound { kind: "resource", key: resource.into() });
            }
            tx.map_usage(name, resource)?;
            tx.audit(&AuditEntry {
                at: now(),
                actor,
                action: "map".into(),
                kind: "usage_mappings".into(),
                key: name.trim().into(),
                detail: resource.into(),
            })?;
            Ok(())
        })
    }

    /// Forgets the mapping of a name.
    pub fn unmap_usage(&mut self, name: &str) -> Result<(), AppError> {
        let actor = self.actor.name.clone();
        self.store.write(|tx| {
            if !tx.unmap_usage(name)? {
                return Err(AppError::NotFound { kind: "usage mapping", key: name.into() });
            }
            tx.audit(&AuditEntry {
                at: now(),
                actor,
                action: "unmap".into(),
                kind: "usage_mappings".into(),
                key: name.trim().into(),
                detail: String::new(),
            })?;
            Ok(())
        })
    }

    /// The names in imported reports that match no resource, or several, by platform (and
    /// database, in database reports).
    pub fn unmatched_usage(&self) -> Result<Vec<UnmatchedName>, AppError> {
        let r = &self.store;
        let mut resolver = Resolver::load(r)?;
        type Names = (Vec<usize>, HashSet<i64>, BTreeSet<String>);
        let mut found: BTreeMap<(Option<String>, Option<String>), Names> = BTreeMap::new();
        for import in r.usage_imports()? {
            let class = ReportClass::of(&import.report_id);
            for item in r.usage_item_ids(import.id)? {
                let candidates = match resolver.resolve(r, item, class)? {
                    Match::Resource(_) => continue,
                    Match::Ambiguous(c) => c.clone(),
                    Match::Unmatched => Vec::new(),
                };
                let stored = r.usage_item(item)?;
                let database = stored.get("name").filter(|_| class == ReportClass::Databases).map(str::to_string);
                let entry = found.entry((stored.get("platform").map(str::to_string), database)).or_default();
                entry.0 = candidates;
                entry.1.insert(item);
                entry.2.insert(import.member.clone());
            }
        }
        let codes = &resolver.matcher.codes;
        Ok(found
            .into_iter()
            .map(|((platform, database), (candidates, items, members))| UnmatchedName {
                platform,
                database,
                candidates: candidates.into_iter().map(|i| codes[i].to_string()).collect(),
                items: items.len() as u64,
                members: members.len() as u64,
            })
            .collect())
    }
}

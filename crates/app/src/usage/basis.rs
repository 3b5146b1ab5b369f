//! Usage as a split basis: the metrics named `usage_<COUNTER metric>`, derived per member and
//! year from the imported reports of the deal's resource (decision 32, docs/RULES.md).

use std::collections::BTreeMap;

use konsortio_core::explain::Value;
use konsortio_core::records::{Member, MetricValue};
use konsortio_core::rule::{is_derived_usage, DERIVED_USAGE_PREFIX};
use konsortio_store::{Reads, UsageImport, UsageReads};
use rust_decimal::Decimal;

use super::counter_metric;
use super::matching::Resolver;
use super::tally::{member_usage, overlaps, MemberUsage, Membership, Wanted};
use crate::{App, AppError};

/// The derived metric name that reads a COUNTER metric: Unique_Item_Requests is
/// `usage_unique_item_requests`.
pub fn derived_name(counter_metric: &str) -> String {
    format!("{DERIVED_USAGE_PREFIX}{}", counter_metric.to_ascii_lowercase())
}

/// The COUNTER metric a derived name reads.
fn counter_metric_of(name: &str) -> Result<&'static str, AppError> {
    assert!(is_derived_usage(name), "only derived names are read from reports");
    let wanted = &name[DERIVED_USAGE_PREFIX.len()..];
    konsortio_counter::Metric::ALL.iter().map(|m| m.as_str()).find(|m| m.eq_ignore_ascii_case(wanted)).ok_or_else(
        || {
            let all: Vec<String> = konsortio_counter::Metric::ALL.iter().map(|m| derived_name(m.as_str())).collect();
            let all = all.join(", ");
            let text = format!("'{name}' names no COUNTER metric; metrics derived from imported reports are {all}");
            let args = [("value", Value::text(name)), ("allowed", Value::text(all))];
            AppError::invalid("err-usage-derived-metric", text, args)
        },
    )
}

/// Each member's value of the derived metric `name` for `resource` in the years from
/// `first_year` to `last_year`: the sum of its counts of the metric matched to the resource
/// in the year's months inside its membership. A year with no such counts has no value
/// (a rule's `avg N` leaves it out; a single year is an error naming the member).
pub(crate) fn derived_metrics(
    r: &impl Reads,
    resource: &str,
    name: &str,
    first_year: i32,
    last_year: i32,
) -> Result<Vec<MetricValue>, AppError> {
    let metric = counter_metric_of(name)?;
    let mut resolver = Resolver::load(r)?;
    let Some(index) = resolver.matcher.resource_index(resource) else {
        return Err(AppError::NotFound { kind: "resource", key: resource.into() });
    };
    let window = (first_year * 12, last_year * 12 + 11);
    let mut by_member: BTreeMap<String, Vec<UsageImport>> = BTreeMap::new();
    for import in r.usage_imports()?.into_iter().filter(|i| overlaps(i, window)) {
        by_member.entry(import.member.clone()).or_default().push(import);
    }
    let members: BTreeMap<String, Member> = r.all::<Member>()?.into_iter().map(|m| (m.code.clone(), m)).collect();
    let mut out = Vec::new();
    let mut usage = MemberUsage::new(resolver.matcher.codes.len(), window);
    let metric = r.usage_metric_id(metric)?;
    for (code, imports) in &by_member {
        let wanted = Wanted { metric, window, membership: Membership::of(&members[code]), resource: Some(index) };
        let imports: Vec<&UsageImport> = imports.iter().collect();
        member_usage(r, &mut resolver, &imports, &wanted, &mut usage)?;
        for year in first_year..=last_year {
            if let Some(uses) = usage.year(index, year) {
                out.push(MetricValue { member: code.clone(), year, metric: name.into(), value: Decimal::from(uses) });
            }
        }
    }
    Ok(out)
}

impl App {
    /// What a split of a deal for `resource` reads as its usage basis: each member's counts of
    /// `metric` (default Unique_Item_Requests) per year, as the metric `usage_<metric>`
    /// (for example `usage_unique_item_requests`) that a rule names.
    pub fn usage_basis(
        &self,
        resource: &str,
        metric: Option<&str>,
        first_year: i32,
        last_year: i32,
    ) -> Result<Vec<MetricValue>, AppError> {
        let name = derived_name(counter_metric(metric)?);
        derived_metrics(&self.store, resource, &name, first_year, last_year)
    }
}

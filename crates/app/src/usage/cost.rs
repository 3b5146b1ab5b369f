//! Cost per use: each member's payable share of a finalised split over its uses of the deal's
//! resource in the split's months; consortium-wide, the deal's price over all participants'
//! uses. Exact integers, rounded once, half to even, to the currency's minor unit and two more
//! digits (decision 31). And the usage CSV.

use std::collections::HashMap;
use std::io::Write;
use std::sync::Arc;

use konsortio_core::records::{Deal, Member, Resource};
use konsortio_core::{Currency, Money};
use konsortio_store::{month_of, Reads, SplitAmounts, UsageImport, UsageReads};
use rust_decimal::Decimal;
use serde::Serialize;

use super::counter_metric;
use super::matching::Resolver;
use super::tally::{member_usage, overlaps, year_window, MemberUsage, Membership, Wanted};
use crate::exports::neutralised;
use crate::{App, AppError};

/// The cost per use of one member's share of a deal, or (member `None`) of the deal's price
/// for the consortium as a whole.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct CostPerUse {
    pub member: Option<Arc<str>>,
    pub resource: Arc<str>,
    /// The deal whose finalised split gave the share; `None` for usage of a resource with no
    /// finalised share (in the usage CSV only).
    pub deal: Option<Arc<str>>,
    pub year: i32,
    pub currency: Currency,
    /// The member's payable share; consortium-wide, the deal's price (what members pay and
    /// what a funder pays together).
    #[serde(with = "rust_decimal::serde::str_option")]
    pub share: Option<Decimal>,
    /// Uses of the metric in the split's months inside the membership; `None` when no
    /// imported report covers any of those months.
    pub uses: Option<u64>,
    /// share / uses, rounded half to even to the minor unit and two more digits (4 decimals
    /// for EUR); `None` without uses.
    #[serde(with = "rust_decimal::serde::str_option")]
    pub cost_per_use: Option<Decimal>,
}

/// Cost per use for a year and metric.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct CostPerUseReport {
    pub year: i32,
    pub metric: String,
    /// By member code, then deal.
    pub members: Vec<CostPerUse>,
    /// One per finalised split of the year, by deal.
    pub consortium: Vec<CostPerUse>,
}

/// Columns of the usage CSV (docs/CSV.md).
pub const USAGE_COLUMNS: &[&str] = &[
    "year",
    "scope",
    "member",
    "member_name",
    "resource",
    "resource_name",
    "deal",
    "metric",
    "uses",
    "currency",
    "share",
    "cost_per_use",
];

impl App {
    /// Cost per use of every finalised share of `year` by the COUNTER `metric` (default
    /// Unique_Item_Requests), for every member or one, and consortium-wide.
    pub fn cost_per_use(
        &self,
        year: i32,
        metric: Option<&str>,
        member: Option<&str>,
    ) -> Result<CostPerUseReport, AppError> {
        let metric = counter_metric(metric)?;
        if let Some(code) = member.filter(|c| !self.store.exists("members", c).unwrap_or(false)) {
            return Err(AppError::NotFound { kind: "member", key: code.into() });
        }
        let mut report = compute(&self.store, year, metric, Scope::Shares)?;
        if let Some(code) = member {
            report.members.retain(|row| row.member.as_deref() == Some(code));
        }
        Ok(report)
    }

    /// Writes the usage CSV of `year`: every member's uses of each resource with its share and
    /// cost per use (and uses of resources it has no finalised share of), then the consortium's
    /// rows. Cells are neutralised against spreadsheet formulas. Returns the number of rows.
    pub fn export_usage(&self, year: i32, metric: Option<&str>, out: &mut dyn Write) -> Result<usize, AppError> {
        let metric = counter_metric(metric)?;
        let report = compute(&self.store, year, metric, Scope::SharesAndUsage)?;
        let names = |kind: &str| -> Result<HashMap<String, String>, AppError> {
            Ok(match kind {
                "members" => self.store.all::<Member>()?.into_iter().map(|m| (m.code, m.name)).collect(),
                _ => self.store.all::<Resource>()?.into_iter().map(|r| (r.code, r.name)).collect(),
            })
        };
        let (members, resources) = (names("members")?, names("resources")?);
        let mut w = csv::Writer::from_writer(out);
        let io = |e: csv::Error| AppError::File { file: "(usage CSV)".into(), message: e.to_string().into() };
        w.write_record(USAGE_COLUMNS).map_err(io)?;
        let text = |v: Option<String>| v.unwrap_or_default();
        let rows = report.members.iter().chain(&report.consortium);
        for row in rows.clone() {
            let member = row.member.as_deref();
            let cells = [
                year.to_string(),
                if member.is_some() { "member" } else { "consortium" }.to_string(),
                text(member.map(str::to_string)),
                text(member.and_then(|m| members.get(m).cloned())),
                row.resource.to_string(),
                text(resources.get(&*row.resource).cloned()),
                text(row.deal.as_deref().map(str::to_string)),
                metric.to_string(),
                text(row.uses.map(|u| u.to_string())),
                row.currency.to_string(),
                text(row.share.map(|s| s.to_string())),
                text(row.cost_per_use.map(|c| c.to_string())),
            ];
            w.write_record(cells.iter().map(|c| neutralised(c).into_owned())).map_err(io)?;
        }
        w.flush().map_err(|e| AppError::File { file: "(usage CSV)".into(), message: e.to_string().into() })?;
        Ok(rows.count())
    }
}

/// What cost per use reads, by member index (members in code order).
struct Inputs {
    resolver: Resolver,
    splits: Vec<SplitAmounts>,
    /// Each split's deal and the index of the deal's resource.
    split_deals: Vec<(Arc<str>, usize)>,
    members: Vec<Member>,
    codes: Vec<Arc<str>>,
    /// Each member's shares: (split, payable minor units).
    shares: Vec<Vec<(usize, i64)>>,
    imports: Vec<Vec<UsageImport>>,
}

fn inputs(r: &impl Reads, year: i32) -> Result<Inputs, AppError> {
    let resolver = Resolver::load(r)?;
    let splits = r.finalised_amounts(year)?;
    let deal_resource = deal_resources(r, &resolver)?;
    let split_deals = splits.iter().map(|s| (Arc::from(s.deal.as_str()), deal_resource[&s.deal])).collect();
    let members = r.all::<Member>()?;
    let index: HashMap<&str, usize> = members.iter().enumerate().map(|(i, m)| (m.code.as_str(), i)).collect();
    let mut shares = vec![Vec::new(); members.len()];
    for (s, split) in splits.iter().enumerate() {
        for (member, payable) in &split.payable {
            shares[index[&**member]].push((s, *payable));
        }
    }
    let mut imports = vec![Vec::new(); members.len()];
    for import in r.usage_imports()?.into_iter().filter(|i| overlaps(i, year_window(year))) {
        imports[index[import.member.as_str()]].push(import);
    }
    let codes = members.iter().map(|m| Arc::from(m.code.as_str())).collect();
    Ok(Inputs { resolver, splits, split_deals, members, codes, shares, imports })
}

/// Whose rows cost per use computes.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Scope<'a> {
    /// Every finalised share, and the consortium's rows.
    Shares,
    /// And each member's uses of resources it has no share of (the usage CSV).
    SharesAndUsage,
    /// One member's shares only (its statement); no consortium rows.
    Member(&'a str),
}

/// Cost per use of the year's finalised shares in `scope`.
pub(crate) fn compute(r: &impl Reads, year: i32, metric: &str, scope: Scope) -> Result<CostPerUseReport, AppError> {
    let currency = r.consortium()?.map(|c| c.currency);
    let Inputs { mut resolver, splits, split_deals, members, codes, shares, imports } = inputs(r, year)?;
    let window = year_window(year);
    let metric_id = r.usage_metric_id(metric)?;
    let usage_only = scope == Scope::SharesAndUsage;
    let mut totals = vec![(0u64, false); splits.len()];
    let mut rows = Vec::with_capacity(splits.iter().map(|s| s.payable.len()).sum());
    let mut usage = MemberUsage::new(resolver.matcher.codes.len(), window);
    for (m, member) in members.iter().enumerate() {
        let skipped = match scope {
            Scope::Member(code) => member.code != code,
            _ => shares[m].is_empty() && (!usage_only || imports[m].is_empty()),
        };
        if skipped {
            continue;
        }
        let wanted = Wanted { metric: metric_id, window, membership: Membership::of(member), resource: None };
        member_usage(r, &mut resolver, &imports[m].iter().collect::<Vec<_>>(), &wanted, &mut usage)?;
        let mut shared = Vec::with_capacity(shares[m].len());
        for &(s, payable) in &shares[m] {
            let (split, (deal, resource)) = (&splits[s], &split_deals[s]);
            // The split's months: a month counts when any day of it is in the period.
            let uses = usage.sum(*resource, month_of(split.period.start), month_of(split.period.end));
            totals[s] = (totals[s].0 + uses.unwrap_or(0), totals[s].1 || uses.is_some());
            shared.push(*resource);
            let resource = Arc::clone(&resolver.matcher.codes[*resource]);
            rows.push(row(Some(&codes[m]), resource, deal, split, payable, uses));
        }
        if usage_only {
            let currency = currency.ok_or_else(no_consortium)?;
            let mut others: Vec<usize> = usage.resources().iter().copied().filter(|r| !shared.contains(r)).collect();
            others.sort_by_key(|r| &resolver.matcher.codes[*r]);
            for resource in others {
                rows.push(CostPerUse {
                    member: Some(Arc::clone(&codes[m])),
                    resource: Arc::clone(&resolver.matcher.codes[resource]),
                    deal: None,
                    year,
                    currency,
                    share: None,
                    uses: usage.year(resource, year),
                    cost_per_use: None,
                });
            }
        }
    }
    let whole = !matches!(scope, Scope::Member(_));
    let consortium = (0..splits.len())
        .filter(|_| whole)
        .map(|s| {
            let (split, (deal, resource), (uses, reported)) = (&splits[s], &split_deals[s], totals[s]);
            let resource = Arc::clone(&resolver.matcher.codes[*resource]);
            row(None, resource, deal, split, split.total_minor, reported.then_some(uses))
        })
        .collect();
    Ok(CostPerUseReport { year, metric: metric.to_string(), members: rows, consortium })
}

pub(super) fn no_consortium() -> AppError {
    let text = "the database has no consortium yet: import consortium.csv";
    AppError::invalid("err-usage-no-consortium", text.into(), [])
}

/// Each deal's resource, by its index in the matcher.
fn deal_resources(r: &impl Reads, resolver: &Resolver) -> Result<HashMap<String, usize>, AppError> {
    let index: HashMap<&str, usize> = resolver.matcher.codes.iter().enumerate().map(|(i, code)| (&**code, i)).collect();
    let resource = |deal: &Deal| *index.get(deal.resource.as_str()).expect("a deal's resource exists (foreign key)");
    Ok(r.all::<Deal>()?.into_iter().map(|d| (resource(&d), d)).map(|(i, d)| (d.code, i)).collect())
}

fn row(
    member: Option<&Arc<str>>,
    resource: Arc<str>,
    deal: &Arc<str>,
    split: &SplitAmounts,
    amount_minor: i64,
    uses: Option<u64>,
) -> CostPerUse {
    CostPerUse {
        member: member.cloned(),
        resource,
        deal: Some(Arc::clone(deal)),
        year: split.year,
        currency: split.currency,
        share: Some(Money::from_minor(amount_minor, split.currency).amount()),
        uses,
        cost_per_use: per_use(amount_minor, uses, split.currency),
    }
}

/// amount / uses, exactly, rounded half to even to the minor unit and two more digits.
pub(crate) fn per_use(amount_minor: i64, uses: Option<u64>, currency: Currency) -> Option<Decimal> {
    let uses = i128::from(uses.filter(|u| *u > 0)?);
    let hundredths = i128::from(amount_minor) * 100;
    let (mut q, rem) = (hundredths.div_euclid(uses), hundredths.rem_euclid(uses));
    if 2 * rem > uses || (2 * rem == uses && q % 2 != 0) {
        q += 1;
    }
    Some(Decimal::from_i128_with_scale(q, u32::from(currency.minor_units()) + 2))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cost_per_use_is_exact_and_rounded_half_to_even() {
        let eur = Currency::from_code("EUR").unwrap();
        let jpy = Currency::from_code("JPY").unwrap();
        // (amount in minor units, uses, currency, cost per use)
        let cases: &[(i64, Option<u64>, Currency, Option<&str>)] = &[
            (1_000_000, Some(3), eur, Some("3333.3333")),
            (1_000_000, Some(6), eur, Some("1666.6667")),
            (1, Some(8), eur, Some("0.0012")), // 0.00125: the even neighbour
            (3, Some(8), eur, Some("0.0038")), // 0.00375: the even neighbour
            (12_345, Some(1), eur, Some("123.4500")),
            (0, Some(5), eur, Some("0.0000")),
            (500, Some(0), eur, None),
            (500, None, eur, None),
            (100_000, Some(7), jpy, Some("14285.71")),
        ];
        for (amount, uses, currency, expected) in cases {
            let got = per_use(*amount, *uses, *currency).map(|d| d.to_string());
            assert_eq!(got.as_deref(), *expected, "{amount} / {uses:?} {currency}");
        }
    }
}

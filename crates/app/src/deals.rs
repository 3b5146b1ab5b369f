//! Deal use cases: build a split's input from the store, compute, explain, compare, finalise.

use std::collections::BTreeMap;

use chrono::Datelike;
use konsortio_core::explain::Value;
use konsortio_core::records::{Deal, Member, MetricValue, OfferVersion, Participation};
use konsortio_core::rule::is_derived_usage;
use konsortio_core::{
    compare, explain, split, Comparison, Explanation, FundingRule, Offer, Participant, Period, Scenario, Split,
    SplitInput,
};
use konsortio_store::{AuditEntry, FrozenSplit, Reads, Tx};

use crate::{now, App, AppError};

/// A split as the user sees it: its input, its result, and whether it is finalised.
#[derive(Clone, Debug)]
pub struct SplitView {
    pub input: SplitInput,
    pub split: Split,
    /// When and by whom it was finalised; None for a draft computed now.
    pub finalised: Option<(String, String)>,
}

/// A scenario given as a name and a rule text (as the desktop app sends it).
#[derive(Clone, Debug, serde::Deserialize)]
pub struct ScenarioText {
    pub name: String,
    pub rule: String,
}

impl App {
    /// The split of `deal` for `year`: the frozen one if finalised (and no other rule is
    /// asked for), else computed now from the current data.
    pub fn split(&self, deal: &str, year: i32, rule: Option<&str>) -> Result<SplitView, AppError> {
        if rule.is_none() {
            if let Some(frozen) = self.store.load_split(deal, year)? {
                let list_price = frozen
                    .input
                    .offer
                    .price(year, frozen.split.shares().len() as u32, frozen.input.currency)
                    .ok()
                    .and_then(|p| p.list_price);
                let mut split = frozen.split;
                split.list_price = list_price;
                return Ok(SplitView {
                    input: frozen.input,
                    split,
                    finalised: Some((frozen.finalised_at, frozen.finalised_by)),
                });
            }
        }
        let input = self.split_input(deal, year, rule)?;
        let split = split(&input).map_err(|error| AppError::Split { deal: deal.into(), year, error })?;
        Ok(SplitView { input, split, finalised: None })
    }

    /// Explains one member's share in the deal's split for the year.
    pub fn explain(&self, deal: &str, year: i32, member: &str, rule: Option<&str>) -> Result<Explanation, AppError> {
        let view = self.split(deal, year, rule)?;
        explain(&view.input, member)
            .map_err(|error| AppError::Split { deal: deal.into(), year, error })?
            .ok_or_else(|| AppError::NotFound { kind: "participant", key: format!("{member} in {deal} {year}") })
    }

    /// Runs several rules on the deal's participants for the year.
    pub fn compare(&self, deal: &str, year: i32, scenarios: &[ScenarioText]) -> Result<Comparison, AppError> {
        let scenarios = scenarios
            .iter()
            .map(|s| Ok(Scenario { name: s.name.clone(), rule: parse_rule(&s.rule)? }))
            .collect::<Result<Vec<_>, AppError>>()?;
        let rules: Vec<&FundingRule> = scenarios.iter().map(|s| &s.rule).collect();
        let input = split_input_for(&self.store, deal, year, None, &rules)?;
        compare(&input, &scenarios).map_err(|error| AppError::Scenario { deal: deal.into(), year, error })
    }

    /// Computes the split and freezes it with every input it used. A finalised split is
    /// never recomputed or replaced.
    pub fn finalise(&mut self, deal: &str, year: i32) -> Result<FrozenSplit, AppError> {
        let actor = self.actor.name.clone();
        self.store.write(|tx| finalise_in(tx, &actor, deal, year))
    }

    /// Everything the engine needs for the deal's split in `year`, read from the store.
    pub fn split_input(&self, deal_code: &str, year: i32, rule: Option<&str>) -> Result<SplitInput, AppError> {
        split_input(&self.store, deal_code, year, rule)
    }
}

/// Computes and freezes a split inside an open transaction.
pub(crate) fn finalise_in(tx: &Tx, actor: &str, deal: &str, year: i32) -> Result<FrozenSplit, AppError> {
    let input = split_input(tx, deal, year, None)?;
    let split = split(&input).map_err(|error| AppError::Split { deal: deal.into(), year, error })?;
    let frozen = FrozenSplit {
        input,
        split,
        engine_version: konsortio_core::ENGINE_VERSION,
        finalised_at: now(),
        finalised_by: actor.to_string(),
    };
    tx.insert_split(&frozen)?;
    tx.audit(&AuditEntry {
        at: frozen.finalised_at.clone(),
        actor: actor.to_string(),
        action: "finalise".into(),
        kind: "splits".into(),
        key: format!("{deal} / {year}"),
        detail: format!("total {}, funder {}", frozen.split.total, frozen.split.funder_part),
    })?;
    Ok(frozen)
}

/// Everything the engine needs for the deal's split in `year`, read through `r`.
pub(crate) fn split_input(
    r: &impl Reads,
    deal_code: &str,
    year: i32,
    rule: Option<&str>,
) -> Result<SplitInput, AppError> {
    split_input_for(r, deal_code, year, rule, &[])
}

/// The split input, with the metrics that `other_rules` read loaded too (for comparisons).
fn split_input_for(
    r: &impl Reads,
    deal_code: &str,
    year: i32,
    rule: Option<&str>,
    other_rules: &[&FundingRule],
) -> Result<SplitInput, AppError> {
    let deal = deal(r, deal_code)?;
    let deal_period = Period::new(deal.start_date, deal.end_date).expect("deal dates are checked on import");
    let period = deal_period.intersect(&Period::year(year)).ok_or_else(|| {
        let text = format!("deal {deal_code} runs {deal_period}, not in {year}");
        let args = [
            ("deal", Value::text(deal_code)),
            ("start", Value::date(deal_period.start)),
            ("end", Value::date(deal_period.end)),
            ("year", Value::year(year)),
        ];
        AppError::invalid("err-deal-not-in-year", text, args)
    })?;
    let rule = match rule {
        Some(text) => parse_rule(text)?,
        None => deal.rule.clone(),
    };
    let consortium = r
        .consortium()?
        .ok_or_else(|| AppError::Invalid("the database has no consortium yet: import consortium.csv".into()))?;
    let offer = offer(r, &deal)?;
    let mut rules = vec![&rule];
    rules.extend_from_slice(other_rules);
    let participants = participants(r, &deal, &period, year, &rules)?;
    Ok(SplitInput {
        deal: deal.code.clone(),
        year,
        period,
        currency: consortium.currency,
        offer,
        funder: deal.funder.clone(),
        rule,
        participants,
    })
}

fn deal(r: &impl Reads, code: &str) -> Result<Deal, AppError> {
    r.all_where::<Deal>("code", code)?
        .into_iter()
        .next()
        .ok_or_else(|| AppError::NotFound { kind: "deal", key: code.into() })
}

/// The offer version in force: the highest version number.
fn offer(r: &impl Reads, deal: &Deal) -> Result<Offer, AppError> {
    let latest =
        r.all_where::<OfferVersion>("deal", &deal.code)?.into_iter().max_by_key(|o| o.version).ok_or_else(|| {
            let text = format!("deal {} has no offer yet: import offers.csv", deal.code);
            AppError::invalid("err-deal-no-offer", text, [("deal", Value::text(&deal.code))])
        })?;
    Ok(Offer {
        currency: latest.currency,
        list_price: latest.list_price,
        pricing: latest.pricing,
        first_year: deal.start_date.year(),
        annual_cap_pct: latest.annual_cap_pct,
        index_pct: latest.index_pct,
        rate: latest.rate,
    })
}

/// The deal's participants in `period`: opted-in members of an open deal, or every member
/// of a closed one; each with its dates inside the period, the metrics the rule needs and
/// its finalised share of last year.
fn participants(
    r: &impl Reads,
    deal: &Deal,
    period: &Period,
    year: i32,
    rules: &[&FundingRule],
) -> Result<Vec<Participant>, AppError> {
    let members: BTreeMap<String, Member> = r.all::<Member>()?.into_iter().map(|m| (m.code.clone(), m)).collect();
    let taking_part: Vec<(&Member, Option<chrono::NaiveDate>, Option<chrono::NaiveDate>)> = if deal.open {
        r.all_where::<Participation>("deal", &deal.code)?
            .into_iter()
            .map(|p| (&members[&p.member], p.joined, p.left))
            .collect()
    } else {
        members.values().map(|m| (m, None, None)).collect()
    };
    let metrics = metrics_for(r, rules, year, &deal.resource)?;
    let last_year: BTreeMap<String, i64> = r.finalised_payable(&deal.code, year - 1)?.into_iter().collect();
    let currency = r.consortium()?.map(|c| c.currency);
    let mut out = Vec::new();
    for (member, joined, left) in taking_part {
        let joined = later(Some(member.join_date), joined);
        let left = earlier(member.leave_date, left);
        let overlaps = joined.is_none_or(|j| j <= period.end) && left.is_none_or(|l| l >= period.start);
        if !overlaps {
            continue;
        }
        out.push(Participant {
            code: member.code.as_str().into(),
            name: member.name.as_str().into(),
            metrics: std::sync::Arc::new(metrics.get(&member.code).cloned().unwrap_or_default()),
            joined: joined.filter(|j| *j > period.start),
            left: left.filter(|l| *l < period.end),
            last_year: last_year
                .get(&member.code)
                .and_then(|minor| currency.map(|c| konsortio_core::Money::from_minor(*minor, c).amount())),
            standalone: None,
        });
    }
    Ok(out)
}

/// The metrics the rules read, for the years they read (so a frozen input holds just
/// those), by member. Those named `usage_<COUNTER metric>` come from the usage imported
/// for the deal's `resource` (decision 32); the others as entered.
fn metrics_for(
    r: &impl Reads,
    rules: &[&FundingRule],
    year: i32,
    resource: &str,
) -> Result<BTreeMap<String, konsortio_core::split::Metrics>, AppError> {
    let mut wanted: BTreeMap<String, (i32, i32)> = BTreeMap::new();
    for rule in rules {
        let last = rule.metrics_year.unwrap_or(year - 1);
        for (metric, years) in rule.metrics_needed() {
            let first = last - i32::try_from(years).expect("few years") + 1;
            let span = wanted.entry(metric).or_insert((first, last));
            *span = (span.0.min(first), span.1.max(last));
        }
    }
    let mut by_member: BTreeMap<String, konsortio_core::split::Metrics> = BTreeMap::new();
    if wanted.is_empty() {
        return Ok(by_member);
    }
    for (metric, (first, last)) in &wanted {
        for m in r.all_where::<MetricValue>("metric", metric)? {
            if (*first..=*last).contains(&m.year) {
                by_member.entry(m.member).or_default().insert(&m.metric, m.year, m.value);
            }
        }
    }
    for (name, (first, last)) in wanted.iter().filter(|(name, _)| is_derived_usage(name)) {
        for m in crate::usage::derived_metrics(r, resource, name, *first, *last)? {
            by_member.entry(m.member).or_default().insert(&m.metric, m.year, m.value);
        }
    }
    Ok(by_member)
}

fn later(a: Option<chrono::NaiveDate>, b: Option<chrono::NaiveDate>) -> Option<chrono::NaiveDate> {
    a.into_iter().chain(b).max()
}

fn earlier(a: Option<chrono::NaiveDate>, b: Option<chrono::NaiveDate>) -> Option<chrono::NaiveDate> {
    a.into_iter().chain(b).min()
}

pub(crate) fn parse_rule(text: &str) -> Result<FundingRule, AppError> {
    text.parse().map_err(|e: konsortio_core::RuleError| AppError::Invalid(e.said()))
}

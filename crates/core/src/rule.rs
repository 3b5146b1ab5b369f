//! Funding rules and their one-line text form (docs/RULES.md): parsing and canonical printing.

use std::collections::BTreeMap;
use std::fmt;
use std::str::FromStr;

use crate::explain::{Step, Value};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use thiserror::Error;

/// What a central funder pays.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Central {
    None,
    /// The funder pays everything; members' notional shares are still computed.
    Full,
    /// The funder pays this percentage of the price.
    Percent(Decimal),
    /// The funder pays a fixed amount (at most the price).
    Amount(Decimal),
    /// Members' shares are computed on the whole price; the funder pays each up to this cap.
    CapPerMember(Decimal),
}

/// How a member's weight in one component of the formula is found.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Basis {
    Equal,
    /// Proportional to a metric, averaged over the last `avg_years` years (1 = that year only).
    Metric {
        name: String,
        avg_years: u32,
    },
    /// The band with the highest lower bound not above the member's metric gives its weight.
    Bands {
        metric: String,
        bands: Vec<Band>,
    },
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Band {
    pub from: Decimal,
    pub weight: Decimal,
}

/// One part of a weighted mix: `pct` percent of the amount goes by `basis`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Component {
    pub pct: Decimal,
    pub basis: Basis,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Prorata {
    #[default]
    Months,
    Days,
    None,
}

/// A ceiling expressed as a percentage of a member metric (e.g. 2 % of budget).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MetricCeiling {
    pub pct: Decimal,
    pub metric: String,
}

/// A complete funding rule: central part, the shared-budget formula, bounds and pro rata.
/// Amounts are plain decimals in the split's currency.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct FundingRule {
    pub central: Central,
    /// The formula's components; empty means equal shares.
    pub shared: Vec<Component>,
    pub flat_fee: Option<Decimal>,
    pub fixed: BTreeMap<String, Decimal>,
    pub floor: Option<Decimal>,
    pub member_floors: BTreeMap<String, Decimal>,
    pub ceiling: Option<Decimal>,
    pub member_ceilings: BTreeMap<String, Decimal>,
    pub metric_ceiling: Option<MetricCeiling>,
    pub max_increase_pct: Option<Decimal>,
    pub publish_step_pct: Option<Decimal>,
    pub prorata: Prorata,
    pub metrics_year: Option<i32>,
}

impl Default for Central {
    fn default() -> Self {
        Central::None
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Error)]
#[error("rule clause '{clause}': {message}")]
pub struct RuleError {
    pub clause: String,
    pub message: Step,
}

impl RuleError {
    /// The error as a sentence each language can say, the clause's own fault inside.
    pub fn said(&self) -> Step {
        let args = [("clause", Value::text(&self.clause)), ("detail", Value::detail(self.message.clone()))];
        Step::said("err-rule", self.to_string(), args)
    }
}

/// A rule's fault that names the text it could not read.
fn bad(key: &str, text: String, value: &str) -> Step {
    Step::said(key, text, [("value", Value::text(value))])
}

impl FundingRule {
    /// The formula's components, with the empty formula read as equal shares.
    pub fn components(&self) -> Vec<Component> {
        if self.shared.is_empty() {
            vec![Component { pct: Decimal::ONE_HUNDRED, basis: Basis::Equal }]
        } else {
            self.shared.clone()
        }
    }

    /// Metric names the rule reads, with how many years back each needs.
    pub fn metrics_needed(&self) -> BTreeMap<String, u32> {
        let mut needed = BTreeMap::new();
        for c in &self.shared {
            match &c.basis {
                Basis::Equal => {}
                Basis::Metric { name, avg_years } => {
                    let years = needed.entry(name.clone()).or_insert(1);
                    *years = (*years).max(*avg_years);
                }
                Basis::Bands { metric, .. } => {
                    needed.entry(metric.clone()).or_insert(1);
                }
            }
        }
        if let Some(mc) = &self.metric_ceiling {
            needed.entry(mc.metric.clone()).or_insert(1);
        }
        needed
    }

    pub fn has_bounds(&self) -> bool {
        self.floor.is_some()
            || self.ceiling.is_some()
            || !self.member_floors.is_empty()
            || !self.member_ceilings.is_empty()
            || self.metric_ceiling.is_some()
            || self.max_increase_pct.is_some()
    }
}

impl FromStr for FundingRule {
    type Err = RuleError;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        let mut rule = FundingRule::default();
        for clause in text.split(';').map(str::trim).filter(|c| !c.is_empty()) {
            parse_clause(&mut rule, clause).map_err(|message| RuleError { clause: clause.to_string(), message })?;
        }
        check_mix(&rule.shared)
            .map_err(|message| RuleError { clause: format!("shared: {}", ComponentsText(&rule.shared)), message })?;
        Ok(rule)
    }
}

fn parse_clause(rule: &mut FundingRule, clause: &str) -> Result<(), Step> {
    let (name, value) =
        clause.split_once(':').ok_or_else(|| Step::said("err-rule-no-colon", "expected 'name: value'", []))?;
    let (name, value) = (name.trim(), value.trim());
    if let Some((kind, member)) = name.split_once('@') {
        let member = member.trim();
        if member.is_empty() {
            return Err(Step::said("err-rule-no-member", "expected a member code after '@'", []));
        }
        let amount = amount(value)?;
        let map = match kind.trim() {
            "floor" => &mut rule.member_floors,
            "ceiling" => &mut rule.member_ceilings,
            other => {
                return Err(bad(
                    "err-rule-member-clause",
                    format!("'{other}@' is not a clause; use floor@ or ceiling@"),
                    other,
                ))
            }
        };
        map.insert(member.to_string(), amount);
        return Ok(());
    }
    match name {
        "central" => rule.central = central(value)?,
        "shared" => rule.shared = components(value)?,
        "flat" => rule.flat_fee = Some(amount(value)?),
        "fixed" => rule.fixed = member_amounts(value)?,
        "floor" => rule.floor = Some(amount(value)?),
        "ceiling" => ceiling(rule, value)?,
        "max-increase" => rule.max_increase_pct = Some(percent(value)?),
        "publish" => rule.publish_step_pct = Some(publish_step(value)?),
        "prorata" => rule.prorata = prorata(value)?,
        "metrics-year" => rule.metrics_year = Some(year(value)?),
        other => {
            return Err(bad("err-rule-unknown-clause", format!("unknown clause '{other}' (see docs/RULES.md)"), other))
        }
    }
    Ok(())
}

fn central(value: &str) -> Result<Central, Step> {
    if value == "full" {
        return Ok(Central::Full);
    }
    if let Some(cap) = value.strip_prefix("cap ") {
        return Ok(Central::CapPerMember(amount(cap)?));
    }
    if value.ends_with('%') {
        let pct = percent(value)?;
        if pct > Decimal::ONE_HUNDRED {
            return Err(Step::said("err-rule-central-over", "a funder cannot pay more than 100%", []));
        }
        return Ok(Central::Percent(pct));
    }
    Ok(Central::Amount(amount(value)?))
}

fn ceiling(rule: &mut FundingRule, value: &str) -> Result<(), Step> {
    match value.split_once(" of ") {
        Some((pct, metric)) => {
            rule.metric_ceiling = Some(MetricCeiling { pct: percent(pct)?, metric: metric_name(metric)? });
        }
        None => rule.ceiling = Some(amount(value)?),
    }
    Ok(())
}

fn components(value: &str) -> Result<Vec<Component>, Step> {
    let parts: Vec<&str> = split_top_level(value, '+');
    let single = parts.len() == 1;
    parts.into_iter().map(|p| component(p.trim(), single)).collect()
}

fn component(text: &str, single: bool) -> Result<Component, Step> {
    let (pct, basis_text) = match text.split_once('%') {
        Some((pct, rest)) if !rest.trim_start().starts_with("of") && is_number(pct.trim()) => {
            (percent(&format!("{}%", pct.trim()))?, rest.trim())
        }
        _ if single => (Decimal::ONE_HUNDRED, text),
        _ => {
            return Err(bad("err-rule-needs-percent", format!("'{text}' needs a percentage, like '40% {text}'"), text))
        }
    };
    Ok(Component { pct, basis: basis(basis_text)? })
}

fn basis(text: &str) -> Result<Basis, Step> {
    if text == "equal" {
        return Ok(Basis::Equal);
    }
    if let Some(rest) = text.strip_prefix("bands ") {
        return bands(rest.trim());
    }
    let words: Vec<&str> = text.split_whitespace().collect();
    match words.as_slice() {
        [metric] => Ok(Basis::Metric { name: metric_name(metric)?, avg_years: 1 }),
        [metric, "avg", n] => {
            let avg_years: u32 =
                n.parse().map_err(|_| bad("err-rule-years", format!("'{n}' is not a number of years"), n))?;
            if !(1..=10).contains(&avg_years) {
                return Err(Step::said("err-rule-average", "an average runs over 1 to 10 years", []));
            }
            Ok(Basis::Metric { name: metric_name(metric)?, avg_years })
        }
        _ => Err(bad(
            "err-rule-basis",
            format!("'{text}' is not a basis: use equal, a metric, 'METRIC avg N' or 'bands METRIC (...)'"),
            text,
        )),
    }
}

fn bands(text: &str) -> Result<Basis, Step> {
    let (metric, list) = text
        .split_once('(')
        .ok_or_else(|| Step::said("err-rule-band-list", "bands need a list: bands fte (0=1, 5000=2)", []))?;
    let list = list
        .trim()
        .strip_suffix(')')
        .ok_or_else(|| Step::said("err-rule-band-end", "the band list must end with ')'", []))?;
    let mut bands = Vec::new();
    for item in list.split(',') {
        let item = item.trim();
        let (from, weight) = item
            .split_once('=')
            .ok_or_else(|| bad("err-rule-band-item", format!("band '{item}' should be FROM=WEIGHT"), item))?;
        bands.push(Band { from: number(from)?, weight: number(weight)? });
    }
    if bands.windows(2).any(|w| w[0].from >= w[1].from) {
        return Err(Step::said("err-rule-band-order", "band lower bounds must increase", []));
    }
    if bands.first().is_some_and(|b| b.from > Decimal::ZERO) {
        let text = "the first band must start at 0 so that every member falls in a band";
        return Err(Step::said("err-rule-band-zero", text, []));
    }
    Ok(Basis::Bands { metric: metric_name(metric)?, bands })
}

fn check_mix(components: &[Component]) -> Result<(), Step> {
    let total: Decimal = components.iter().map(|c| c.pct).sum();
    if !components.is_empty() && total != Decimal::ONE_HUNDRED {
        let text = format!("the component percentages add up to {}%, not 100%", total.normalize());
        return Err(Step::said("err-rule-mix", text, [("total", Value::percent(total))]));
    }
    Ok(())
}

fn member_amounts(value: &str) -> Result<BTreeMap<String, Decimal>, Step> {
    let mut map = BTreeMap::new();
    for item in value.split(',') {
        let item = item.trim();
        let (member, amt) = item
            .split_once('=')
            .ok_or_else(|| bad("err-rule-fixed-item", format!("'{item}' should be MEMBER=AMOUNT"), item))?;
        let member = member.trim();
        if member.is_empty() || map.insert(member.to_string(), amount(amt)?).is_some() {
            return Err(bad("err-rule-fixed-twice", format!("member '{member}' is missing or given twice"), member));
        }
    }
    Ok(map)
}

fn prorata(value: &str) -> Result<Prorata, Step> {
    match value {
        "months" => Ok(Prorata::Months),
        "days" => Ok(Prorata::Days),
        "none" => Ok(Prorata::None),
        _ => Err(bad("err-rule-prorata", format!("'{value}' is not months, days or none"), value)),
    }
}

fn publish_step(value: &str) -> Result<Decimal, Step> {
    let step = percent(value)?;
    if step.is_zero() || (Decimal::ONE_HUNDRED % step) != Decimal::ZERO {
        return Err(Step::said("err-rule-publish", "the step must divide 100% (for example 0.1% or 0.01%)", []));
    }
    Ok(step)
}

fn year(value: &str) -> Result<i32, Step> {
    let year = value.parse::<i32>().ok().filter(|y| (1900..=2200).contains(y));
    year.ok_or_else(|| bad("err-rule-year", format!("'{value}' is not a year"), value))
}

fn percent(text: &str) -> Result<Decimal, Step> {
    let t = text.trim();
    let digits = t.strip_suffix('%').ok_or_else(|| bad("err-rule-percent", format!("'{t}' should end with %"), t))?;
    let pct = number(digits)?;
    Ok(pct)
}

fn amount(text: &str) -> Result<Decimal, Step> {
    number(text)
}

fn number(text: &str) -> Result<Decimal, Step> {
    let t = text.trim();
    if !is_number(t) {
        return Err(bad("err-rule-number", format!("'{t}' is not a non-negative number"), t));
    }
    Decimal::from_str(t).map_err(|_| bad("err-field-number", format!("'{t}' is not a number"), t))
}

fn is_number(t: &str) -> bool {
    !t.is_empty()
        && t.chars().all(|c| c.is_ascii_digit() || c == '.')
        && t.chars().filter(|c| *c == '.').count() <= 1
        && t != "."
}

/// Metric names that begin with this are derived from imported COUNTER reports, not entered:
/// `usage_unique_item_requests` is a member's Unique_Item_Requests of the deal's resource
/// (docs/RULES.md, decision 32).
pub const DERIVED_USAGE_PREFIX: &str = "usage_";

/// Whether a metric is derived from imported COUNTER reports.
pub fn is_derived_usage(name: &str) -> bool {
    name.starts_with(DERIVED_USAGE_PREFIX)
}

/// A metric name: lower-case letters, digits and '_', starting with a letter.
pub fn metric_name(text: &str) -> Result<String, Step> {
    let t = text.trim();
    let ok = t.chars().next().is_some_and(|c| c.is_ascii_lowercase())
        && t.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_');
    if ok {
        Ok(t.to_string())
    } else {
        Err(bad("err-metric-name", format!("'{t}' is not a metric name (lower-case letters, digits and _)"), t))
    }
}

fn split_top_level(text: &str, sep: char) -> Vec<&str> {
    let (mut depth, mut start, mut parts) = (0i32, 0usize, Vec::new());
    for (i, ch) in text.char_indices() {
        match ch {
            '(' => depth += 1,
            ')' => depth -= 1,
            c if c == sep && depth == 0 => {
                parts.push(&text[start..i]);
                start = i + c.len_utf8();
            }
            _ => {}
        }
    }
    parts.push(&text[start..]);
    parts
}

fn n(d: Decimal) -> Decimal {
    d.normalize()
}

struct ComponentsText<'a>(&'a [Component]);

impl fmt::Display for ComponentsText<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let single = self.0.len() == 1;
        for (i, c) in self.0.iter().enumerate() {
            if i > 0 {
                f.write_str(" + ")?;
            }
            if !single || c.pct != Decimal::ONE_HUNDRED {
                write!(f, "{}% ", n(c.pct))?;
            }
            write!(f, "{}", c.basis)?;
        }
        Ok(())
    }
}

impl fmt::Display for Basis {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Basis::Equal => f.write_str("equal"),
            Basis::Metric { name, avg_years: 1 } => f.write_str(name),
            Basis::Metric { name, avg_years } => write!(f, "{name} avg {avg_years}"),
            Basis::Bands { metric, bands } => {
                let list: Vec<String> = bands.iter().map(|b| format!("{}={}", n(b.from), n(b.weight))).collect();
                write!(f, "bands {metric} ({})", list.join(", "))
            }
        }
    }
}

/// The canonical text: clauses in a fixed order, so equal rules print equal text.
impl fmt::Display for FundingRule {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut clauses: Vec<String> = Vec::new();
        match &self.central {
            Central::None => {}
            Central::Full => clauses.push("central: full".into()),
            Central::Percent(p) => clauses.push(format!("central: {}%", n(*p))),
            Central::Amount(a) => clauses.push(format!("central: {}", n(*a))),
            Central::CapPerMember(a) => clauses.push(format!("central: cap {}", n(*a))),
        }
        if !self.shared.is_empty() {
            clauses.push(format!("shared: {}", ComponentsText(&self.shared)));
        }
        if let Some(fee) = self.flat_fee {
            clauses.push(format!("flat: {}", n(fee)));
        }
        if !self.fixed.is_empty() {
            let list: Vec<String> = self.fixed.iter().map(|(m, a)| format!("{m}={}", n(*a))).collect();
            clauses.push(format!("fixed: {}", list.join(", ")));
        }
        push_bounds(self, &mut clauses);
        if let Some(step) = self.publish_step_pct {
            clauses.push(format!("publish: {}%", n(step)));
        }
        match self.prorata {
            Prorata::Months => {}
            Prorata::Days => clauses.push("prorata: days".into()),
            Prorata::None => clauses.push("prorata: none".into()),
        }
        if let Some(y) = self.metrics_year {
            clauses.push(format!("metrics-year: {y}"));
        }
        f.write_str(&clauses.join("; "))
    }
}

fn push_bounds(rule: &FundingRule, clauses: &mut Vec<String>) {
    if let Some(floor) = rule.floor {
        clauses.push(format!("floor: {}", n(floor)));
    }
    for (m, a) in &rule.member_floors {
        clauses.push(format!("floor@{m}: {}", n(*a)));
    }
    if let Some(ceiling) = rule.ceiling {
        clauses.push(format!("ceiling: {}", n(ceiling)));
    }
    for (m, a) in &rule.member_ceilings {
        clauses.push(format!("ceiling@{m}: {}", n(*a)));
    }
    if let Some(mc) = &rule.metric_ceiling {
        clauses.push(format!("ceiling: {}% of {}", n(mc.pct), mc.metric));
    }
    if let Some(p) = rule.max_increase_pct {
        clauses.push(format!("max-increase: {}%", n(p)));
    }
}

impl Serialize for FundingRule {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.to_string())
    }
}

impl<'de> Deserialize<'de> for FundingRule {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let text = String::deserialize(d)?;
        text.parse().map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rule_texts_print_back_canonically() {
        let cases = [
            ("", ""),
            ("central: full", "central: full"),
            (
                "central: 75%; shared: 80% income + 10% research_income + 10% fte; floor: 500; max-increase: 10%",
                "central: 75%; shared: 80% income + 10% research_income + 10% fte; floor: 500; max-increase: 10%",
            ),
            ("shared: population ; flat: 1000.00", "shared: population; flat: 1000"),
            ("shared: bands fte (0=1, 5000=2, 20000=3.5)", "shared: bands fte (0=1, 5000=2, 20000=3.5)"),
            ("shared: usage avg 3; prorata: days", "shared: usage avg 3; prorata: days"),
            (
                "ceiling: 2% of budget; ceiling: 40000; floor@FI-HY: 900",
                "floor@FI-HY: 900; ceiling: 40000; ceiling: 2% of budget",
            ),
            (
                "central: cap 10000; fixed: B=5, A=7; publish: 0.1%",
                "central: cap 10000; fixed: A=7, B=5; publish: 0.1%",
            ),
            (
                "shared: 20% equal + 40% fte + 40% budget; metrics-year: 2024",
                "shared: 20% equal + 40% fte + 40% budget; metrics-year: 2024",
            ),
        ];
        for (text, canonical) in cases {
            let rule: FundingRule = text.parse().unwrap_or_else(|e| panic!("{text}: {e}"));
            assert_eq!(rule.to_string(), canonical, "{text}");
            assert_eq!(canonical.parse::<FundingRule>().unwrap(), rule, "{canonical}");
        }
    }

    #[test]
    fn bad_rules_name_the_clause_and_the_problem() {
        let cases = [
            ("central: 120%", "rule clause 'central: 120%': a funder cannot pay more than 100%"),
            ("shared: 80% income + 10% fte", "rule clause 'shared: 80% income + 10% fte': the component percentages add up to 90%, not 100%"),
            ("shared: income + fte", "rule clause 'shared: income + fte': 'income' needs a percentage, like '40% income'"),
            ("floor: -5", "rule clause 'floor: -5': '-5' is not a non-negative number"),
            ("colour: blue", "rule clause 'colour: blue': unknown clause 'colour' (see docs/RULES.md)"),
            ("shared: FTE", "rule clause 'shared: FTE': 'FTE' is not a metric name (lower-case letters, digits and _)"),
            ("shared: bands fte (100=1)", "rule clause 'shared: bands fte (100=1)': the first band must start at 0 so that every member falls in a band"),
            ("publish: 0.3%", "rule clause 'publish: 0.3%': the step must divide 100% (for example 0.1% or 0.01%)"),
            ("fixed: A=1, A=2", "rule clause 'fixed: A=1, A=2': member 'A' is missing or given twice"),
            ("prorata weekly", "rule clause 'prorata weekly': expected 'name: value'"),
        ];
        for (text, message) in cases {
            let err = text.parse::<FundingRule>().unwrap_err();
            assert_eq!(err.to_string(), message, "{text}");
        }
    }
}

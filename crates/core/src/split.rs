//! The split engine: each participant's share of a deal and the funder's part, exact to the cent.

use std::collections::{BTreeMap, HashSet};
use std::sync::Arc;

use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use thiserror::Error;

use crate::bounds::{self, Bound};
use crate::explain::{Explanation, Step, Trace};
use crate::money::{Currency, Money, MoneyError};
use crate::period::{part_factor, prorata_part, Period};
use crate::pricing::{Offer, PricingError};
use crate::rounding::apportion;
use crate::rule::{Basis, Central, Component, FundingRule};

/// Bumped whenever a change to the engine could change any share; frozen with every split.
pub const ENGINE_VERSION: u32 = 1;

/// A member's per-year metrics: metric name -> year -> value.
pub type Metrics = BTreeMap<String, BTreeMap<i32, Decimal>>;

/// A member taking part in a deal, with what the rule may need to know about it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Participant {
    pub code: String,
    pub name: String,
    /// Shared, since one member's metrics serve every deal it takes part in.
    pub metrics: Arc<Metrics>,
    pub joined: Option<NaiveDate>,
    pub left: Option<NaiveDate>,
    /// Last year's finalised payable share, in the split's currency.
    #[serde(with = "rust_decimal::serde::str_option")]
    pub last_year: Option<Decimal>,
    /// What the member would pay alone (overrides the offer's list price), split currency.
    #[serde(with = "rust_decimal::serde::str_option")]
    pub standalone: Option<Decimal>,
}

/// Everything a split depends on; frozen as it is when a split is finalised.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SplitInput {
    pub deal: String,
    pub year: i32,
    /// The part of the deal inside the year; pro rata is measured against it.
    pub period: Period,
    /// The consortium's currency: the split is computed in it.
    pub currency: Currency,
    pub offer: Offer,
    pub funder: Option<String>,
    pub rule: FundingRule,
    pub participants: Vec<Participant>,
}

/// One participant's result: what it pays and what the funder pays for it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Share {
    pub code: String,
    pub payable: Money,
    pub funded: Money,
}

impl Share {
    /// The member's whole share of the price: what it pays plus what the funder pays for it.
    pub fn notional(&self) -> Money {
        self.payable.checked_add(self.funded).expect("share amounts share a currency")
    }
}

/// A computed split. Invariant (asserted): the payable shares plus the funder's part equal
/// the total exactly, and no amount is negative.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Split {
    pub total: Money,
    pub funder_part: Money,
    pub list_price: Option<Money>,
    pub shares: Vec<Share>,
}

#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum SplitError {
    #[error("the deal has no participants")]
    NoParticipants,
    #[error("member {0} takes part twice")]
    DuplicateMember(String),
    #[error("member {member} does not take part in {period} (it takes part {dates})")]
    OutsidePeriod { member: String, period: Period, dates: String },
    #[error("the rule names member {member} in '{clause}', but it does not take part")]
    UnknownMember { clause: String, member: String },
    #[error("member {member} has no '{metric}' for {year}")]
    MissingMetric { member: String, metric: String, year: i32 },
    #[error("member {member} has a negative '{metric}' ({value}) for {year}")]
    NegativeMetric { member: String, metric: String, year: i32, value: Decimal },
    #[error(
        "the weights of '{basis}' add up to zero: no participant has a positive value, so nothing can be shared by it"
    )]
    ZeroWeights { basis: String },
    #[error("the fixed amounts add up to {fixed}, more than the {amount} to share")]
    FixedExceed { fixed: Money, amount: Money },
    #[error("every participant has a fixed amount, adding up to {fixed}, but {amount} must be shared")]
    AllFixed { fixed: Money, amount: Money },
    #[error("the flat fees add up to {fees}, more than the {amount} left to share")]
    FlatExceed { fees: Money, amount: Money },
    #[error("impossible bounds: {0}")]
    ImpossibleBounds(String),
    #[error("rule amount {amount} has more decimals than {currency} allows")]
    RuleAmountTooPrecise { amount: Decimal, currency: Currency },
    #[error(transparent)]
    Pricing(#[from] PricingError),
    #[error(transparent)]
    Money(#[from] MoneyError),
}

/// Computes the split.
pub fn split(input: &SplitInput) -> Result<Split, SplitError> {
    let (canonical, order) = canonical(input);
    let split = run(&canonical, &mut Trace::off())?;
    Ok(match order {
        None => split,
        Some(order) => in_input_order(split, &order),
    })
}

/// Explains one member's share step by step (runs the same computation, watching that member).
pub fn explain(input: &SplitInput, member: &str) -> Result<Option<Explanation>, SplitError> {
    let (canonical, _) = canonical(input);
    let Some(i) = canonical.participants.iter().position(|p| p.code == member) else {
        return Ok(None);
    };
    let mut trace = Trace::watching(i);
    run(&canonical, &mut trace)?;
    Ok(Some(Explanation { member: member.to_string(), steps: trace.steps }))
}

/// The input with its participants in code order, and the permutation used (None if the
/// input was in order already). Decimal sums round in their last digit in an order-dependent
/// way; computing in one canonical order makes every result independent of input order.
fn canonical(input: &SplitInput) -> (std::borrow::Cow<'_, SplitInput>, Option<Vec<usize>>) {
    let ps = &input.participants;
    if ps.windows(2).all(|w| w[0].code < w[1].code) {
        return (std::borrow::Cow::Borrowed(input), None);
    }
    let mut order: Vec<usize> = (0..ps.len()).collect();
    order.sort_by(|a, b| ps[*a].code.cmp(&ps[*b].code));
    let participants = order.iter().map(|i| ps[*i].clone()).collect();
    (std::borrow::Cow::Owned(SplitInput { participants, ..input.clone() }), Some(order))
}

/// Puts the shares of a split computed in canonical order back in the input's order.
fn in_input_order(mut split: Split, order: &[usize]) -> Split {
    let mut shares: Vec<Option<Share>> = vec![None; order.len()];
    for (position, share) in order.iter().zip(split.shares.drain(..)) {
        shares[*position] = Some(share);
    }
    split.shares = shares.into_iter().map(|s| s.expect("a permutation")).collect();
    split
}

/// What the engine needs, derived once from the input.
struct Ctx<'a> {
    input: &'a SplitInput,
    rule: &'a FundingRule,
    cur: Currency,
    metrics_year: i32,
    /// Pro-rata factor per participant (1 when in for the whole period).
    factors: Vec<Decimal>,
    /// Negotiated fixed amount per participant, if any.
    fixed: Vec<Option<Decimal>>,
    /// The participants without a fixed amount: those the formula and bounds apply to.
    open: Vec<usize>,
    keys: Vec<&'a str>,
}

fn run(input: &SplitInput, trace: &mut Trace) -> Result<Split, SplitError> {
    let ctx = Ctx::new(input, trace)?;
    let n = u32::try_from(input.participants.len()).expect("participant count fits u32");
    let price = input.offer.price(input.year, n, ctx.cur)?;
    for step in &price.steps {
        trace.all("price", || step.clone());
    }
    let total = price.total;
    trace.all("total", || format!("The price to split for {} is {total}, among {n} participants.", input.year));
    let (payable, funded) = match &ctx.rule.central {
        Central::None => (shared_rounded(&ctx, total.amount(), trace)?, zeros(n as usize)),
        Central::Full => full_funding(&ctx, total, trace)?,
        Central::Percent(pct) => {
            let part = total.times(*pct / Decimal::ONE_HUNDRED).round_half_even();
            trace.all("central", || format!("{} pays {}% of the price: {part}.", ctx.funder(), pct.normalize()));
            part_funding(&ctx, total, part, trace)?
        }
        Central::Amount(amount) => {
            let part = ctx.money(*amount)?.min(total)?;
            trace.all("central", || format!("{} pays a fixed {part}.", ctx.funder()));
            part_funding(&ctx, total, part, trace)?
        }
        Central::CapPerMember(cap) => capped_funding(&ctx, total, ctx.money(*cap)?, trace)?,
    };
    let split = assemble(&ctx, total, price.list_price, &payable, &funded);
    conclude(&ctx, &split, trace);
    Ok(split)
}

impl<'a> Ctx<'a> {
    fn new(input: &'a SplitInput, trace: &mut Trace) -> Result<Ctx<'a>, SplitError> {
        if input.participants.is_empty() {
            return Err(SplitError::NoParticipants);
        }
        let mut seen = HashSet::with_capacity(input.participants.len());
        for p in &input.participants {
            if !seen.insert(p.code.as_str()) {
                return Err(SplitError::DuplicateMember(p.code.clone()));
            }
        }
        let rule = &input.rule;
        for (clause, map) in
            [("fixed", &rule.fixed), ("floor@", &rule.member_floors), ("ceiling@", &rule.member_ceilings)]
        {
            if let Some(member) = map.keys().find(|m| !seen.contains(m.as_str())) {
                return Err(SplitError::UnknownMember { clause: clause.into(), member: member.clone() });
            }
        }
        let factors = prorata_factors(input, trace)?;
        let fixed: Vec<Option<Decimal>> = input.participants.iter().map(|p| rule.fixed.get(&p.code).copied()).collect();
        let open = (0..fixed.len()).filter(|i| fixed[*i].is_none()).collect();
        Ok(Ctx {
            input,
            rule,
            cur: input.currency,
            metrics_year: rule.metrics_year.unwrap_or(input.year - 1),
            factors,
            fixed,
            open,
            keys: input.participants.iter().map(|p| p.code.as_str()).collect(),
        })
    }

    fn n(&self) -> usize {
        self.input.participants.len()
    }

    /// A rule amount as money; amounts finer than the currency's minor unit are an error.
    fn money(&self, amount: Decimal) -> Result<Money, SplitError> {
        let m = Money::new(amount, self.cur);
        if m.is_whole_minor() {
            Ok(m)
        } else {
            Err(SplitError::RuleAmountTooPrecise { amount, currency: self.cur })
        }
    }

    fn m(&self, amount: Decimal) -> Money {
        Money::new(amount, self.cur)
    }

    fn funder(&self) -> String {
        self.input.funder.clone().unwrap_or_else(|| "The central funder".into())
    }

    /// A metric of member `i`, averaged over `years` years up to the metrics year; years with
    /// no value are left out of the average, and no value at all is an error.
    fn metric(&self, i: usize, name: &str, years: u32) -> Result<(Decimal, Vec<i32>), SplitError> {
        let p = &self.input.participants[i];
        let first = self.metrics_year - i32::try_from(years).expect("few years") + 1;
        let by_year = p.metrics.get(name);
        // The common case, one year, needs no list and no division.
        if years == 1 {
            let value = by_year.and_then(|m| m.get(&self.metrics_year)).ok_or_else(|| SplitError::MissingMetric {
                member: p.code.clone(),
                metric: name.into(),
                year: self.metrics_year,
            })?;
            check_metric(p, name, self.metrics_year, *value)?;
            return Ok((*value, Vec::new()));
        }
        let mut used = Vec::new();
        let mut sum = Decimal::ZERO;
        for year in first..=self.metrics_year {
            if let Some(value) = by_year.and_then(|m| m.get(&year)) {
                check_metric(p, name, year, *value)?;
                sum += *value;
                used.push(year);
            }
        }
        if used.is_empty() {
            return Err(SplitError::MissingMetric {
                member: p.code.clone(),
                metric: name.into(),
                year: self.metrics_year,
            });
        }
        Ok((sum / Decimal::from(used.len()), used))
    }
}

fn check_metric(p: &Participant, name: &str, year: i32, value: Decimal) -> Result<(), SplitError> {
    if value.is_sign_negative() && !value.is_zero() {
        return Err(SplitError::NegativeMetric { member: p.code.clone(), metric: name.into(), year, value });
    }
    Ok(())
}

fn prorata_factors(input: &SplitInput, trace: &mut Trace) -> Result<Vec<Decimal>, SplitError> {
    let mut factors = Vec::with_capacity(input.participants.len());
    for (i, p) in input.participants.iter().enumerate() {
        let part = prorata_part(&input.period, p.joined, p.left, input.rule.prorata).map_err(|()| {
            let dates = format!(
                "from {} to {}",
                p.joined.map_or("the start".into(), |d| d.to_string()),
                p.left.map_or("the end".into(), |d| d.to_string())
            );
            SplitError::OutsidePeriod { member: p.code.clone(), period: input.period, dates }
        })?;
        let factor = part_factor(part);
        if let Some((num, den)) = part {
            let unit = if input.rule.prorata == crate::rule::Prorata::Days { "days" } else { "months" };
            trace.member(i, "prorata", || {
                format!(
                    "You take part {num} of the period's {den} {unit} (from {} to {}): your weight counts {num}/{den}.",
                    p.joined.map_or("its start".into(), |d| d.to_string()),
                    p.left.map_or("its end".into(), |d| d.to_string()),
                )
            });
        }
        factors.push(factor);
    }
    Ok(factors)
}

fn zeros(n: usize) -> Vec<i64> {
    vec![0; n]
}

/// The whole price is funded: members pay nothing; their notional shares use the formula.
fn full_funding(ctx: &Ctx, total: Money, trace: &mut Trace) -> Result<(Vec<i64>, Vec<i64>), SplitError> {
    trace.all("central", || format!("{} pays the whole price, {total}; members pay nothing.", ctx.funder()));
    trace.all("notional", || "Your notional share (what you receive) is computed by the formula; bounds do not apply, as members pay nothing.".into());
    let weights = formula(ctx, total.amount(), trace)?;
    let funded = round_shares(ctx, &weights, total, trace);
    Ok((zeros(ctx.n()), funded))
}

/// A funder pays `part`; members share the rest by the rule, and the funder's part is
/// attributed to members in proportion to their formula shares of the whole price.
fn part_funding(ctx: &Ctx, total: Money, part: Money, trace: &mut Trace) -> Result<(Vec<i64>, Vec<i64>), SplitError> {
    let rest = total.checked_sub(part)?;
    trace.all("rest", || format!("Members share the remaining {rest}."));
    let payable = if rest.is_zero() { zeros(ctx.n()) } else { shared_rounded(ctx, rest.amount(), trace)? };
    let mut quiet = Trace::off();
    let weights = formula(ctx, total.amount(), &mut quiet)?;
    let attributed = scale(&weights, part.amount(), total.amount());
    let funded = round_shares(ctx, &attributed, part, &mut quiet);
    if let Some(i) = trace.watched() {
        let mine = Money::from_minor(funded[i], ctx.cur);
        let pct = pct_text(weights[i] / total.amount());
        trace.member(i, "central", || {
            format!("{}'s {part} is attributed to members by their formula shares of the whole price: yours is {pct}% → {mine}.", ctx.funder())
        });
    }
    Ok((payable, funded))
}

/// Shares are computed on the whole price; the funder pays each member's share up to `cap`.
fn capped_funding(ctx: &Ctx, total: Money, cap: Money, trace: &mut Trace) -> Result<(Vec<i64>, Vec<i64>), SplitError> {
    let notional = shared_rounded(ctx, total.amount(), trace)?;
    let cap_minor = cap.to_minor();
    let funded: Vec<i64> = notional.iter().map(|s| (*s).min(cap_minor)).collect();
    let payable: Vec<i64> = notional.iter().zip(&funded).map(|(s, f)| s - f).collect();
    if let Some(i) = trace.watched() {
        let (f, p) = (Money::from_minor(funded[i], ctx.cur), Money::from_minor(payable[i], ctx.cur));
        trace.member(i, "central", || {
            format!("{} pays each member's share up to {cap}: {f} of yours; you pay the rest, {p}.", ctx.funder())
        });
    }
    Ok((payable, funded))
}

fn scale(weights: &[Decimal], amount: Decimal, of: Decimal) -> Vec<Decimal> {
    let factor = amount / of;
    weights.iter().map(|w| *w * factor).collect()
}

/// The shared-budget rule on `amount`: formula, published weights, bounds, then rounding.
fn shared_rounded(ctx: &Ctx, amount: Decimal, trace: &mut Trace) -> Result<Vec<i64>, SplitError> {
    let mut shares = formula(ctx, amount, trace)?;
    if let Some(step) = ctx.rule.publish_step_pct {
        shares = publish(ctx, &shares, step, trace);
    }
    if ctx.rule.has_bounds() {
        shares = bound(ctx, &shares, trace)?;
    }
    Ok(round_shares(ctx, &shares, ctx.m(amount), trace))
}

/// Exact shares of `amount` by the formula: fixed amounts, flat fees, then the components.
fn formula(ctx: &Ctx, amount: Decimal, trace: &mut Trace) -> Result<Vec<Decimal>, SplitError> {
    let n = ctx.n();
    let mut shares = vec![Decimal::ZERO; n];
    let fixed_sum: Decimal = ctx.fixed.iter().flatten().sum();
    let mut rest = amount - fixed_sum;
    if rest.is_sign_negative() && !rest.is_zero() {
        return Err(SplitError::FixedExceed { fixed: ctx.m(fixed_sum), amount: ctx.m(amount) });
    }
    let open = &ctx.open;
    for (i, fixed) in ctx.fixed.iter().enumerate() {
        if let Some(a) = fixed {
            shares[i] = ctx.money(*a)?.amount();
            trace.member(i, "fixed", || format!("You pay a negotiated fixed amount of {}.", ctx.m(*a)));
        }
    }
    if open.is_empty() {
        if !rest.is_zero() {
            return Err(SplitError::AllFixed { fixed: ctx.m(fixed_sum), amount: ctx.m(amount) });
        }
        return Ok(shares);
    }
    if fixed_sum > Decimal::ZERO {
        trace.all("fixed", || {
            format!(
                "Fixed negotiated amounts take {}; {} is left for the other {} members.",
                ctx.m(fixed_sum),
                ctx.m(rest),
                open.len()
            )
        });
    }
    if let Some(fee) = ctx.rule.flat_fee {
        rest = flat_fees(ctx, &open, ctx.money(fee)?, rest, &mut shares, trace)?;
    }
    for component in ctx.rule.components() {
        let part = rest * component.pct / Decimal::ONE_HUNDRED;
        add_component(ctx, &open, &component, part, &mut shares, trace)?;
    }
    Ok(shares)
}

fn flat_fees(
    ctx: &Ctx,
    open: &[usize],
    fee: Money,
    rest: Decimal,
    shares: &mut [Decimal],
    trace: &mut Trace,
) -> Result<Decimal, SplitError> {
    let mut fees = Decimal::ZERO;
    for &i in open {
        let f = fee.amount() * ctx.factors[i];
        shares[i] += f;
        fees += f;
        if ctx.factors[i] == Decimal::ONE {
            trace.member(i, "flat", || format!("Flat fee: {fee}."));
        } else {
            trace.member(i, "flat", || {
                format!("Flat fee: {fee} × your pro-rata factor {} = {}.", ctx.factors[i].normalize(), ctx.m(f))
            });
        }
    }
    if fees > rest {
        return Err(SplitError::FlatExceed { fees: ctx.m(fees), amount: ctx.m(rest) });
    }
    trace.all("flat", || {
        format!("Flat fees of {fee} per member take {}; {} is left for the formula.", ctx.m(fees), ctx.m(rest - fees))
    });
    Ok(rest - fees)
}

/// Adds one component's part, split in proportion to each open member's weight × pro-rata factor.
fn add_component(
    ctx: &Ctx,
    open: &[usize],
    c: &Component,
    part: Decimal,
    shares: &mut [Decimal],
    trace: &mut Trace,
) -> Result<(), SplitError> {
    let mut weights = Vec::with_capacity(open.len());
    let mut total_weight = Decimal::ZERO;
    for &i in open {
        let w = basis_weight(ctx, i, &c.basis, trace)? * ctx.factors[i];
        total_weight += w;
        weights.push(w);
    }
    if total_weight.is_zero() {
        return Err(SplitError::ZeroWeights { basis: c.basis.to_string() });
    }
    let per_weight = part / total_weight;
    for (&i, w) in open.iter().zip(&weights) {
        let s = *w * per_weight;
        shares[i] += s;
        trace.member(i, "component", || {
            format!(
                "{}% of the amount ({}) goes by {}: your weight {} of {} in all = {}% → {}.",
                c.pct.normalize(),
                ctx.m(part),
                c.basis,
                num(w.round_dp(6)),
                num(total_weight.round_dp(6)),
                pct_text(*w / total_weight),
                ctx.m(s)
            )
        });
    }
    Ok(())
}

fn basis_weight(ctx: &Ctx, i: usize, basis: &Basis, trace: &mut Trace) -> Result<Decimal, SplitError> {
    match basis {
        Basis::Equal => Ok(Decimal::ONE),
        Basis::Metric { name, avg_years } => {
            let (value, years) = ctx.metric(i, name, *avg_years)?;
            if *avg_years > 1 {
                trace.member(i, "metric", || format!("Your {name} averaged over {years:?}: {}.", num(value)));
            } else {
                trace.member(i, "metric", || format!("Your {name} in {}: {}.", ctx.metrics_year, num(value)));
            }
            Ok(value)
        }
        Basis::Bands { metric, bands } => {
            let (value, _) = ctx.metric(i, metric, 1)?;
            let band = bands.iter().rev().find(|b| b.from <= value).expect("the first band starts at 0");
            trace.member(i, "band", || {
                format!(
                    "Your {metric} in {} is {}: band from {} with weight {}.",
                    ctx.metrics_year,
                    num(value),
                    num(band.from),
                    num(band.weight)
                )
            });
            Ok(band.weight)
        }
    }
}

/// Rounds the open members' percentages to the published step (adding up to exactly 100 %)
/// and applies them as published.
fn publish(ctx: &Ctx, shares: &[Decimal], step: Decimal, trace: &mut Trace) -> Vec<Decimal> {
    let open = &ctx.open;
    let pool: Decimal = open.iter().map(|i| shares[*i]).sum();
    if pool.is_zero() {
        return shares.to_vec();
    }
    let steps_in_100 = (Decimal::ONE_HUNDRED / step).trunc();
    let exact: Vec<Decimal> = open.iter().map(|i| shares[*i] / pool * steps_in_100).collect();
    let keys: Vec<&str> = open.iter().map(|i| ctx.keys[*i]).collect();
    let units = apportion(&exact, &keys, i64::try_from(steps_in_100).expect("step count fits"));
    let mut published = shares.to_vec();
    for (k, &i) in open.iter().enumerate() {
        let pct = Decimal::from(units[k]) * step;
        published[i] = pool * pct / Decimal::ONE_HUNDRED;
        trace.member(i, "publish", || {
            format!(
                "Your weight is published as {}% (to the nearest {}%, all adding up to 100%): {} of {} = {}.",
                pct.normalize(),
                step.normalize(),
                pct.normalize(),
                ctx.m(pool),
                ctx.m(published[i])
            )
        });
    }
    published
}

/// Applies floors and ceilings, redistributing the excess among the unbounded members.
fn bound(ctx: &Ctx, shares: &[Decimal], trace: &mut Trace) -> Result<Vec<Decimal>, SplitError> {
    let open = &ctx.open;
    let mut limits = Vec::with_capacity(open.len());
    for &i in open {
        limits.push(member_bound(ctx, i, trace)?);
    }
    let pool: Decimal = open.iter().map(|i| shares[*i]).sum();
    let formula_shares: Vec<Decimal> = open.iter().map(|i| shares[*i]).collect();
    let solved = bounds::solve(&formula_shares, &limits, pool).map_err(|e| bounds_error(ctx, &open, e))?;
    let mut out = shares.to_vec();
    for (k, &i) in open.iter().enumerate() {
        out[i] = solved.shares[k];
        explain_bound(ctx, i, formula_shares[k], &limits[k], &solved, k, trace);
    }
    Ok(out)
}

fn bounds_error(ctx: &Ctx, open: &[usize], e: bounds::BoundsError) -> SplitError {
    let m = |d: Decimal| ctx.m(d);
    SplitError::ImpossibleBounds(match e {
        bounds::BoundsError::Crossed { index, floor, ceiling } => {
            format!("member {} has a floor of {} above its ceiling of {}", ctx.keys[open[index]], m(floor), m(ceiling))
        }
        bounds::BoundsError::FloorsTooHigh { floors, pool } => {
            format!("the floors add up to {}, more than the {} to share", m(floors), m(pool))
        }
        bounds::BoundsError::CeilingsTooLow { ceilings, pool } => {
            format!("the ceilings add up to {}, less than the {} to share", m(ceilings), m(pool))
        }
    })
}

/// The tightest floor and ceiling for member `i`, rounded inwards to the minor unit.
fn member_bound(ctx: &Ctx, i: usize, trace: &mut Trace) -> Result<Bound, SplitError> {
    let p = &ctx.input.participants[i];
    let rule = ctx.rule;
    let floor = [rule.floor, rule.member_floors.get(&p.code).copied()].into_iter().flatten().max();
    // The reasons are kept as values and put in words only when this member is explained:
    // this runs for every member of every bounded deal.
    let mut ceilings: Vec<(Decimal, CeilingSource)> = Vec::new();
    if let Some(c) = rule.ceiling {
        ceilings.push((c, CeilingSource::Uniform));
    }
    if let Some(c) = rule.member_ceilings.get(&p.code) {
        ceilings.push((*c, CeilingSource::Own));
    }
    if let Some(mc) = &rule.metric_ceiling {
        let (value, _) = ctx.metric(i, &mc.metric, 1)?;
        ceilings.push((value * mc.pct / Decimal::ONE_HUNDRED, CeilingSource::Metric(value)));
    }
    if let (Some(pct), Some(last)) = (rule.max_increase_pct, p.last_year) {
        ceilings.push((last * (Decimal::ONE + pct / Decimal::ONE_HUNDRED), CeilingSource::LastYear(last)));
    } else if rule.max_increase_pct.is_some() {
        trace
            .member(i, "bound", || "You had no finalised share last year, so no increase limit applies to you.".into());
    }
    let ceiling = ceilings.iter().min_by(|a, b| a.0.cmp(&b.0));
    if let Some((c, source)) = ceiling {
        trace.member(i, "bound", || format!("Your ceiling: {} ({}).", ctx.m(*c).round_down(), source.words(ctx)));
    }
    if let Some(f) = floor {
        trace.member(i, "bound", || format!("Your floor: {}.", ctx.m(f).round_up()));
    }
    Ok(Bound {
        floor: floor.map_or(Decimal::ZERO, |f| ctx.m(f).round_up().amount()),
        ceiling: ceiling.map(|(c, _)| ctx.m(*c).round_down().amount()),
    })
}

/// Where a member's ceiling comes from.
enum CeilingSource {
    Uniform,
    Own,
    /// A percentage of a metric with this value.
    Metric(Decimal),
    /// Last year's share plus the allowed increase.
    LastYear(Decimal),
}

impl CeilingSource {
    fn words(&self, ctx: &Ctx) -> String {
        let rule = ctx.rule;
        match self {
            CeilingSource::Uniform => "the ceiling".into(),
            CeilingSource::Own => "your own ceiling".into(),
            CeilingSource::Metric(value) => {
                let mc = rule.metric_ceiling.as_ref().expect("a metric ceiling");
                format!("{}% of your {} ({})", mc.pct.normalize(), mc.metric, value.normalize())
            }
            CeilingSource::LastYear(last) => {
                let pct = rule.max_increase_pct.expect("an increase limit");
                format!("last year's {} plus at most {}%", ctx.m(*last), pct.normalize())
            }
        }
    }
}

fn explain_bound(
    ctx: &Ctx,
    i: usize,
    before: Decimal,
    limit: &Bound,
    solved: &bounds::Solved,
    k: usize,
    trace: &mut Trace,
) {
    if trace.watched() != Some(i) {
        return;
    }
    let after = solved.shares[k];
    let text = match solved.status[k] {
        bounds::Status::AtFloor => format!("The formula gives you {}, below your floor: you pay the floor, {}.", ctx.m(before), ctx.m(limit.floor)),
        bounds::Status::AtCeiling => format!("The formula gives you {}, above your ceiling: you pay the ceiling, {}.", ctx.m(before), ctx.m(after)),
        bounds::Status::Free if solved.scale == Decimal::ONE => "No bound applies to any member: the formula stands.".into(),
        bounds::Status::Free => format!(
            "Members held to a floor or ceiling pay {} {} than the formula gives them; the unbounded members' shares are scaled by {} to make up for it: {} → {}.",
            ctx.m(solved.moved.abs()),
            if solved.moved.is_sign_positive() { "more" } else { "less" },
            solved.scale.round_dp(6).normalize(),
            ctx.m(before),
            ctx.m(after)
        ),
    };
    trace.member(i, "bound", || text);
}

/// Rounds exact shares of `total` to minor units by the largest-remainder method.
fn round_shares(ctx: &Ctx, exact: &[Decimal], total: Money, trace: &mut Trace) -> Vec<i64> {
    let per_major = Decimal::from(ctx.cur.minor_per_major());
    let units: Vec<Decimal> = exact.iter().map(|x| *x * per_major).collect();
    let rounded = apportion(&units, &ctx.keys, total.to_minor());
    if let Some(i) = trace.watched() {
        let r = Money::from_minor(rounded[i], ctx.cur);
        trace.member(i, "rounding", || {
            format!(
                "Exact share {} rounded to {r}: every share is rounded down to the minor unit and the units left over go to the largest remainders, so the shares add up exactly to {total}.",
                exact[i].round_dp(6).normalize()
            )
        });
    }
    rounded
}

fn assemble(ctx: &Ctx, total: Money, list_price: Option<Money>, payable: &[i64], funded: &[i64]) -> Split {
    let shares: Vec<Share> = ctx
        .keys
        .iter()
        .enumerate()
        .map(|(i, code)| Share {
            code: (*code).to_string(),
            payable: Money::from_minor(payable[i], ctx.cur),
            funded: Money::from_minor(funded[i], ctx.cur),
        })
        .collect();
    let paid: i64 = payable.iter().sum();
    let funder_minor: i64 = funded.iter().sum();
    assert!(payable.iter().chain(funded).all(|a| *a >= 0), "negative share in {}", ctx.input.deal);
    assert_eq!(paid + funder_minor, total.to_minor(), "split of {} does not add up", ctx.input.deal);
    Split { total, funder_part: Money::from_minor(funder_minor, ctx.cur), list_price, shares }
}

fn conclude(ctx: &Ctx, split: &Split, trace: &mut Trace) {
    let Some(i) = trace.watched() else { return };
    let s = &split.shares[i];
    let text = if s.funded.is_zero() {
        format!("You pay {}.", s.payable)
    } else {
        format!(
            "You pay {}; {} pays {} for you; your notional share is {}.",
            s.payable,
            ctx.funder(),
            s.funded,
            s.notional()
        )
    };
    trace.steps.push(Step { key: "result".into(), text });
}

/// A plain number for an explanation, its thousands grouped: 1,234,567.5.
fn num(d: Decimal) -> String {
    crate::money::group_thousands(&d.normalize().to_string())
}

/// Percentage text with four decimals for a fraction.
fn pct_text(fraction: Decimal) -> String {
    (fraction * Decimal::ONE_HUNDRED).round_dp(4).normalize().to_string()
}

//! The split engine: each participant's share of a deal and the funder's part, exact to the cent.

use std::borrow::Cow;
use std::sync::Arc;

use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use thiserror::Error;

use crate::bounds::{self, Bound};
use crate::exact::{
    checked_mul, common_digits, div_rem, mul_div, mul_div_up, pow10, ratio, scaled, Per, ATOMS_PER_MINOR, ATOM_DIGITS,
};
use crate::explain::{step, Explanation, Said, Step, Trace, Value};
use crate::money::{Currency, Money, MoneyError};
use crate::period::{prorata_part, Period};
use crate::pricing::{Offer, PricingError};
use crate::rounding::apportion;
use crate::rule::{Basis, Central, Component, FundingRule};

/// Bumped whenever a change to the engine could change any share; frozen with every split.
pub const ENGINE_VERSION: u32 = 1;

use crate::metrics::MetricName;
pub use crate::metrics::Metrics;

/// A member taking part in a deal, with what the rule may need to know about it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Participant {
    /// Shared (cheap to clone), since one member takes part in many deals.
    pub code: Arc<str>,
    pub name: Arc<str>,
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

/// One participant's result: what it pays and what the funder pays for it. A view of one
/// of a [`Split`]'s shares (`split.shares()`, `split.share(i)`), which keeps them compact.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Share<'a> {
    pub code: &'a str,
    pub payable: Money,
    pub funded: Money,
}

impl Share<'_> {
    /// The member's whole share of the price: what it pays plus what the funder pays for it.
    pub fn notional(&self) -> Money {
        self.payable.checked_add(self.funded).expect("share amounts share a currency")
    }
}

/// A share as a split holds it: 32 bytes, the amounts in minor units of the split's currency
/// (900,000 shares of the benchmark took 64 bytes each as `Money`; decision 35).
#[derive(Clone, Debug, PartialEq, Eq)]
struct ShareMinor {
    code: Arc<str>,
    payable_minor: i64,
    funded_minor: i64,
}

/// A computed split. Invariant (asserted): the payable shares plus the funder's part equal
/// the total exactly, and no amount is negative. Every amount is in the total's currency.
/// (De)serialised as before the shares were packed: each share with its amounts as `Money`.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(try_from = "wire::Split")]
pub struct Split {
    pub total: Money,
    pub funder_part: Money,
    pub list_price: Option<Money>,
    shares: Vec<ShareMinor>,
}

impl Split {
    /// A split from its amounts (read back or built by hand). Each share's amounts must be in
    /// the total's currency, in whole minor units, and within `i64` minor units.
    pub fn new(
        total: Money,
        funder_part: Money,
        list_price: Option<Money>,
        shares: impl IntoIterator<Item = (Arc<str>, Money, Money)>,
    ) -> Result<Split, MoneyError> {
        let currency = total.currency();
        let minor = |m: Money| m.in_currency(currency).and_then(|m| m.try_minor());
        minor(funder_part)?;
        let shares = shares
            .into_iter()
            .map(|(code, payable, funded)| {
                Ok(ShareMinor { code, payable_minor: minor(payable)?, funded_minor: minor(funded)? })
            })
            .collect::<Result<_, MoneyError>>()?;
        Ok(Split { total, funder_part, list_price, shares })
    }

    /// A split from amounts already in minor units of the total's currency (the store's form).
    pub fn from_minor(
        total: Money,
        funder_part: Money,
        list_price: Option<Money>,
        shares: impl IntoIterator<Item = (Arc<str>, i64, i64)>,
    ) -> Split {
        let shares = shares
            .into_iter()
            .map(|(code, payable_minor, funded_minor)| ShareMinor { code, payable_minor, funded_minor })
            .collect();
        Split { total, funder_part, list_price, shares }
    }

    /// The split's currency: the total's, and every share's.
    pub fn currency(&self) -> Currency {
        self.total.currency()
    }

    /// The shares, in the input's participant order.
    pub fn shares(&self) -> impl ExactSizeIterator<Item = Share<'_>> + DoubleEndedIterator + Clone + '_ {
        self.shares.iter().map(|s| self.view(s))
    }

    /// Share `i` (in the input's participant order); panics if there is none.
    pub fn share(&self, i: usize) -> Share<'_> {
        self.view(&self.shares[i])
    }

    /// Each share as (code, payable, funded) in minor units of the split's currency.
    pub fn shares_minor(&self) -> impl ExactSizeIterator<Item = (&Arc<str>, i64, i64)> + '_ {
        self.shares.iter().map(|s| (&s.code, s.payable_minor, s.funded_minor))
    }

    /// What the members pay, in minor units (the funder's part is the rest of the total).
    pub fn paid_minor(&self) -> i64 {
        self.shares.iter().map(|s| s.payable_minor).sum()
    }

    fn view<'a>(&self, s: &'a ShareMinor) -> Share<'a> {
        let currency = self.currency();
        Share {
            code: &s.code,
            payable: Money::from_minor(s.payable_minor, currency),
            funded: Money::from_minor(s.funded_minor, currency),
        }
    }
}

impl Serialize for Split {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut s = serializer.serialize_struct("Split", 4)?;
        s.serialize_field("total", &self.total)?;
        s.serialize_field("funder_part", &self.funder_part)?;
        s.serialize_field("list_price", &self.list_price)?;
        s.serialize_field("shares", &SharesAsMoney(self))?;
        s.end()
    }
}

struct SharesAsMoney<'a>(&'a Split);

impl Serialize for SharesAsMoney<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(self.0.shares())
    }
}

/// The serialised form of a split, read back through [`Split::new`]'s checks.
mod wire {
    use std::sync::Arc;

    use serde::Deserialize;

    use crate::money::{Money, MoneyError};

    #[derive(Deserialize)]
    pub(super) struct Split {
        total: Money,
        funder_part: Money,
        list_price: Option<Money>,
        shares: Vec<Share>,
    }

    #[derive(Deserialize)]
    struct Share {
        code: Arc<str>,
        payable: Money,
        funded: Money,
    }

    impl TryFrom<Split> for super::Split {
        type Error = MoneyError;

        fn try_from(w: Split) -> Result<super::Split, MoneyError> {
            let shares = w.shares.into_iter().map(|s| (s.code, s.payable, s.funded));
            super::Split::new(w.total, w.funder_part, w.list_price, shares)
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum SplitError {
    #[error("the deal has no participants")]
    NoParticipants,
    #[error("member {0} takes part twice")]
    DuplicateMember(String),
    #[error(
        "member {member} does not take part in {period} (it takes part from {} to {})",
        or_words(joined, "the start"),
        or_words(left, "the end")
    )]
    OutsidePeriod { member: String, period: Period, joined: Option<NaiveDate>, left: Option<NaiveDate> },
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
    #[error("the weights of '{basis}' are too large or have too many decimals to weigh exactly")]
    WeightsTooLarge { basis: String },
    #[error("impossible bounds: {0}")]
    ImpossibleBounds(Step),
    #[error("{amount} is more than a split can hold: amounts are kept in minor units up to {max}", max = i64::MAX)]
    AmountTooLarge { amount: Money },
    #[error("rule amount {amount} has more decimals than {currency} allows")]
    RuleAmountTooPrecise { amount: Decimal, currency: Currency },
    #[error(transparent)]
    Pricing(#[from] PricingError),
    #[error(transparent)]
    Money(#[from] MoneyError),
}

/// A participation's date, or the words for an open end ("the start", "the end").
fn or_words(date: &Option<NaiveDate>, words: &str) -> String {
    date.map_or(words.to_string(), |d| d.to_string())
}

impl SplitError {
    /// The error as a sentence each language can say (decision 46).
    pub fn said(&self) -> Step {
        use SplitError as E;
        let text = self.to_string();
        let t = |s: &str| Value::text(s);
        let date_or = |d: &Option<NaiveDate>, phrase| d.map_or_else(|| Value::phrase(phrase), Value::date);
        match self {
            E::NoParticipants => Step::said("err-split-no-participants", text, []),
            E::DuplicateMember(m) => Step::said("err-split-twice", text, [("member", t(m))]),
            E::OutsidePeriod { member, period, joined, left } => Step::said(
                "err-split-outside",
                text,
                [
                    ("member", t(member)),
                    ("start", Value::date(period.start)),
                    ("end", Value::date(period.end)),
                    ("from", date_or(joined, "err-split-open-start")),
                    ("to", date_or(left, "err-split-open-end")),
                ],
            ),
            E::UnknownMember { clause, member } => {
                Step::said("err-split-unknown-member", text, [("clause", t(clause)), ("member", t(member))])
            }
            E::MissingMetric { member, metric, year } => Step::said(
                "err-split-missing-metric",
                text,
                [("member", t(member)), ("metric", t(metric)), ("year", Value::year(*year))],
            ),
            E::NegativeMetric { member, metric, year, value } => Step::said(
                "err-split-negative-metric",
                text,
                [
                    ("member", t(member)),
                    ("metric", t(metric)),
                    ("year", Value::year(*year)),
                    ("value", t(&value.to_string())),
                ],
            ),
            E::ZeroWeights { basis } => Step::said("err-split-zero-weights", text, [("basis", t(basis))]),
            E::FixedExceed { fixed, amount } => Step::said(
                "err-split-fixed-exceed",
                text,
                [("fixed", Value::money(*fixed)), ("amount", Value::money(*amount))],
            ),
            E::AllFixed { fixed, amount } => Step::said(
                "err-split-all-fixed",
                text,
                [("fixed", Value::money(*fixed)), ("amount", Value::money(*amount))],
            ),
            E::FlatExceed { fees, amount } => Step::said(
                "err-split-flat-exceed",
                text,
                [("fees", Value::money(*fees)), ("amount", Value::money(*amount))],
            ),
            E::WeightsTooLarge { basis } => Step::said("err-split-weights-large", text, [("basis", t(basis))]),
            E::ImpossibleBounds(detail) => {
                Step::said("err-split-bounds", text, [("detail", Value::detail(detail.clone()))])
            }
            E::AmountTooLarge { amount } => {
                Step::said("err-split-too-large", text, [("amount", Value::money(*amount))])
            }
            E::RuleAmountTooPrecise { amount, currency } => Step::said(
                "err-split-too-precise",
                text,
                [("amount", t(&amount.to_string())), ("currency", t(currency.code()))],
            ),
            E::Pricing(e) => e.said(),
            E::Money(e) => e.said(),
        }
    }
}

/// Computes the split.
pub fn split(input: &SplitInput) -> Result<Split, SplitError> {
    let (canonical, order) = canonical(input)?;
    let split = run(&canonical, &mut Trace::off())?;
    Ok(match order {
        None => split,
        Some(order) => in_input_order(split, &order),
    })
}

/// Explains one member's share step by step (runs the same computation, watching that member).
pub fn explain(input: &SplitInput, member: &str) -> Result<Option<Explanation>, SplitError> {
    let (canonical, _) = canonical(input)?;
    let Some(i) = canonical.participants.iter().position(|p| &*p.code == member) else {
        return Ok(None);
    };
    let mut trace = Trace::watching(i);
    run(&canonical, &mut trace)?;
    Ok(Some(Explanation { member: member.to_string(), steps: trace.steps }))
}

/// The input with its participants in code order, and the permutation used (None if the
/// input was in order already); a member taking part twice is an error. Computing in one
/// canonical order makes every result independent of input order by construction, and
/// leaves duplicates side by side.
fn canonical(input: &SplitInput) -> Result<(Cow<'_, SplitInput>, Option<Vec<usize>>), SplitError> {
    let ps = &input.participants;
    let duplicate =
        |a: &Participant, b: &Participant| (a.code == b.code).then(|| SplitError::DuplicateMember(a.code.to_string()));
    if ps.windows(2).all(|w| code_less(&w[0].code, &w[1].code)) {
        return Ok((Cow::Borrowed(input), None));
    }
    let mut order: Vec<usize> = (0..ps.len()).collect();
    order.sort_by(|a, b| ps[*a].code.cmp(&ps[*b].code));
    if let Some(e) = order.windows(2).find_map(|w| duplicate(&ps[w[0]], &ps[w[1]])) {
        return Err(e);
    }
    let participants = order.iter().map(|i| ps[*i].clone()).collect();
    Ok((Cow::Owned(SplitInput { participants, ..input.clone() }), Some(order)))
}

/// `a < b` as strings (by bytes), inline: member codes are short, and a call to compare
/// each pair took as long as the rest of the check.
#[inline]
fn code_less(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    for (x, y) in a.iter().zip(b) {
        if x != y {
            return x < y;
        }
    }
    a.len() < b.len()
}

/// Puts the shares of a split computed in canonical order back in the input's order.
fn in_input_order(mut split: Split, order: &[usize]) -> Split {
    let mut shares: Vec<Option<ShareMinor>> = vec![None; order.len()];
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
    /// Pro-rata part per participant, in `den`ths of the period (`den` when in for all of it).
    part: Vec<i128>,
    den: i128,
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
    if trace.watched().is_some() {
        trace.steps.extend(price.steps.iter().cloned());
    }
    let total = price.total;
    if let Err(MoneyError::Overflow) = total.try_minor() {
        return Err(SplitError::AmountTooLarge { amount: total });
    }
    trace.all("explain-total", || {
        (
            format!("The price to split for {} is {total}, among {n} {}.", input.year, plural(n.into(), "participant")),
            vec![("year", Value::year(input.year)), ("total", Value::money(total)), ("n", Value::count(n))],
        )
    });
    let formula = Formula::new(&ctx)?;
    let (payable, funded) = match &ctx.rule.central {
        Central::None => (shared_rounded(&ctx, &formula, total, trace)?, zeros(n as usize)),
        Central::Full => full_funding(&ctx, &formula, total, trace)?,
        Central::Percent(pct) => {
            let part = total.times(*pct / Decimal::ONE_HUNDRED).round_half_even();
            trace.all("explain-central-percent", || {
                (
                    format!("{} pays {}% of the price: {part}.", ctx.funder(), pct.normalize()),
                    vec![("funder", ctx.funder_value()), ("pct", Value::percent(*pct)), ("part", Value::money(part))],
                )
            });
            part_funding(&ctx, &formula, total, part, trace)?
        }
        Central::Amount(amount) => {
            let part = ctx.money(*amount)?.min(total)?;
            trace.all("explain-central-fixed", || {
                (
                    format!("{} pays a fixed {part}.", ctx.funder()),
                    vec![("funder", ctx.funder_value()), ("part", Value::money(part))],
                )
            });
            part_funding(&ctx, &formula, total, part, trace)?
        }
        Central::CapPerMember(cap) => capped_funding(&ctx, &formula, total, ctx.money(*cap)?, trace)?,
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
        let keys: Vec<&str> = input.participants.iter().map(|p| &*p.code).collect();
        let rule = &input.rule;
        for (clause, map) in
            [("fixed", &rule.fixed), ("floor@", &rule.member_floors), ("ceiling@", &rule.member_ceilings)]
        {
            // Participants come in code order (see `canonical`).
            if let Some(member) = map.keys().find(|m| keys.binary_search(&m.as_str()).is_err()) {
                return Err(SplitError::UnknownMember { clause: clause.into(), member: member.clone() });
            }
        }
        let (part, den) = prorata_parts(input, trace)?;
        let n = input.participants.len();
        let (fixed, open) = if rule.fixed.is_empty() {
            (vec![None; n], (0..n).collect())
        } else {
            let fixed: Vec<Option<Decimal>> =
                input.participants.iter().map(|p| rule.fixed.get(&*p.code).copied()).collect();
            let open = (0..n).filter(|i| fixed[*i].is_none()).collect();
            (fixed, open)
        };
        Ok(Ctx {
            input,
            rule,
            cur: input.currency,
            metrics_year: rule.metrics_year.unwrap_or(input.year - 1),
            part,
            den,
            fixed,
            open,
            keys,
        })
    }

    fn n(&self) -> usize {
        self.input.participants.len()
    }

    /// A rule amount as money; amounts finer than the currency's minor unit are an error.
    fn money(&self, amount: Decimal) -> Result<Money, SplitError> {
        let m = Money::new(amount, self.cur);
        match m.try_minor() {
            Ok(_) => Ok(m),
            Err(MoneyError::TooPrecise { .. }) => Err(SplitError::RuleAmountTooPrecise { amount, currency: self.cur }),
            Err(_) => Err(SplitError::AmountTooLarge { amount: m }),
        }
    }

    fn m(&self, amount: Decimal) -> Money {
        Money::new(amount, self.cur)
    }

    /// Whole-minor money in atoms.
    fn atoms(&self, money: Money) -> i128 {
        i128::from(money.to_minor()) * ATOMS_PER_MINOR
    }

    /// Atoms as exact money (for words and errors).
    fn of_atoms(&self, atoms: i128) -> Money {
        let digits = ATOM_DIGITS + u32::from(self.cur.minor_units());
        self.m(Decimal::from_i128_with_scale(atoms, digits))
    }

    /// A pro-rata part as a factor, for words.
    fn factor(&self, i: usize) -> Decimal {
        ratio(self.part[i], self.den)
    }

    /// ⌊amount × num / den⌋ in minor units, for an amount in major units (a bound).
    fn minor_down(&self, amount: Decimal, num: i128, den: i128) -> i128 {
        let per_major = i128::from(self.cur.minor_per_major());
        mul_div(amount.mantissa().max(0), num * per_major, den * pow10(amount.scale()))
    }

    /// ⌈amount⌉ in minor units, for an amount in major units (a floor).
    fn minor_up(&self, amount: Decimal) -> i128 {
        let per_major = i128::from(self.cur.minor_per_major());
        mul_div_up(amount.mantissa().max(0), per_major, pow10(amount.scale()))
    }

    fn funder(&self) -> String {
        self.input.funder.clone().unwrap_or_else(|| "The central funder".into())
    }

    /// The funder for a step's values: its name, or the phrase for an unnamed one.
    fn funder_value(&self) -> Value {
        self.input.funder.as_ref().map_or_else(|| Value::phrase("explain-funder-default"), Value::text)
    }

    /// A metric of member `i`, averaged over `years` years up to the metrics year; years with
    /// no value are left out of the average, and no value at all is an error.
    fn metric(&self, i: usize, name: &str, years: u32) -> Result<(Decimal, Vec<i32>), SplitError> {
        let name = &MetricName::new(name);
        if years == 1 {
            return Ok((self.metric_in(i, name, self.metrics_year)?, Vec::new()));
        }
        let (sum, used) = self.metric_sum(i, name, years)?;
        Ok((sum / Decimal::from(used.count()), used.years().collect()))
    }

    /// A metric of member `i` in one year.
    #[inline]
    fn metric_in(&self, i: usize, name: &MetricName, year: i32) -> Result<Decimal, SplitError> {
        let p = &self.input.participants[i];
        let Some(value) = p.metrics.find(name, year) else {
            return Err(missing_metric(p, name.as_str(), year));
        };
        check_metric(p, name.as_str(), year, value)?;
        Ok(value)
    }

    /// The sum of a metric over the years up to the metrics year that have a value, and those
    /// years (without allocating: it runs once per member and component).
    fn metric_sum(&self, i: usize, name: &MetricName, years: u32) -> Result<(Decimal, YearsUsed), SplitError> {
        let p = &self.input.participants[i];
        let first = self.metrics_year - i32::try_from(years).expect("few years") + 1;
        assert!(years <= 64, "the rule allows averages of at most 10 years");
        let mut used = YearsUsed { first, mask: 0 };
        // Values with the same number of decimals add up as integers (what `Decimal`'s sum
        // gives when it fits 96 bits); any other mix as decimals.
        // Ok: the mantissas so far, all of the one scale; Err: the sum as a decimal.
        let mut acc: Result<(i128, Option<u32>), Decimal> = Ok((0, None));
        p.metrics.each_year(name, first, self.metrics_year, |year, value| {
            let bit = year - first;
            check_metric(p, name.as_str(), year, value)?;
            acc = match acc {
                Ok((m, scale))
                    if !value.is_sign_negative()
                        && scale.is_none_or(|s| s == value.scale())
                        && m + value.mantissa() < 1 << 96 =>
                {
                    Ok((m + value.mantissa(), Some(value.scale())))
                }
                Ok((m, scale)) => Err(Decimal::from_i128_with_scale(m, scale.unwrap_or(0)) + value),
                Err(sum) => Err(sum + value),
            };
            used.mask |= 1 << bit;
            Ok::<_, SplitError>(())
        })?;
        let sum = match acc {
            Ok((m, scale)) => Decimal::from_i128_with_scale(m, scale.unwrap_or(0)),
            Err(sum) => sum,
        };
        if used.mask == 0 {
            return Err(missing_metric(p, name.as_str(), self.metrics_year));
        }
        Ok((sum, used))
    }
}

/// The years of an average that had a value: bit k stands for `first + k`.
#[derive(Clone, Copy)]
struct YearsUsed {
    first: i32,
    mask: u64,
}

impl YearsUsed {
    fn count(self) -> u32 {
        self.mask.count_ones()
    }

    fn years(self) -> impl Iterator<Item = i32> {
        (0..64).filter(move |k| self.mask & (1 << k) != 0).map(move |k| self.first + k)
    }
}

#[inline]
fn check_metric(p: &Participant, name: &str, year: i32, value: Decimal) -> Result<(), SplitError> {
    if value.is_sign_negative() && !value.is_zero() {
        return Err(negative_metric(p, name, year, value));
    }
    Ok(())
}

#[cold]
fn negative_metric(p: &Participant, name: &str, year: i32, value: Decimal) -> SplitError {
    SplitError::NegativeMetric { member: p.code.to_string(), metric: name.into(), year, value }
}

#[cold]
fn missing_metric(p: &Participant, name: &str, year: i32) -> SplitError {
    SplitError::MissingMetric { member: p.code.to_string(), metric: name.into(), year }
}

/// Each participant's part of the period and the period's length, in months or days by the
/// rule (a participant in for the whole period has `den` of `den`).
fn prorata_parts(input: &SplitInput, trace: &mut Trace) -> Result<(Vec<i128>, i128), SplitError> {
    let den = match input.rule.prorata {
        crate::rule::Prorata::Months => input.period.months(),
        crate::rule::Prorata::Days => input.period.days(),
        crate::rule::Prorata::None => 1,
    };
    let mut parts = Vec::with_capacity(input.participants.len());
    let valid = input.period.start <= input.period.end;
    for (i, p) in input.participants.iter().enumerate() {
        if valid && p.joined.is_none() && p.left.is_none() {
            // In for the whole period: what `prorata_part` finds, without its date arithmetic.
            parts.push(i128::from(den));
            continue;
        }
        let part = prorata_part(&input.period, p.joined, p.left, input.rule.prorata).map_err(|()| {
            SplitError::OutsidePeriod {
                member: p.code.to_string(),
                period: input.period,
                joined: p.joined,
                left: p.left,
            }
        })?;
        if let Some((num, of)) = part {
            assert_eq!(of, den, "a pro-rata part is measured against the period");
            let days = input.rule.prorata == crate::rule::Prorata::Days;
            let (unit, key) = if days { ("day", "explain-prorata-days") } else { ("month", "explain-prorata-months") };
            trace.member(i, key, || {
                (
                    format!(
                        "You take part {num} of the period's {den} {} (from {} to {}): your weight counts {num}/{den}.",
                        plural(den, unit),
                        p.joined.map_or("its start".into(), |d| d.to_string()),
                        p.left.map_or("its end".into(), |d| d.to_string()),
                    ),
                    // Words for "its start" and "its end" would need a form of their own in
                    // every language: the dates say the same.
                    vec![
                        ("num", Value::count(num)),
                        ("den", Value::count(den)),
                        ("from", Value::date(p.joined.unwrap_or(input.period.start))),
                        ("to", Value::date(p.left.unwrap_or(input.period.end))),
                    ],
                )
            });
        }
        parts.push(i128::from(part.map_or(den, |(num, _)| num)));
    }
    Ok((parts, i128::from(den)))
}

fn zeros(n: usize) -> Vec<i64> {
    vec![0; n]
}

/// The whole price is funded: members pay nothing; their notional shares use the formula.
fn full_funding(
    ctx: &Ctx,
    formula: &Formula,
    total: Money,
    trace: &mut Trace,
) -> Result<(Vec<i64>, Vec<i64>), SplitError> {
    trace.all("explain-central-full", || {
        (
            format!("{} pays the whole price, {total}; members pay nothing.", ctx.funder()),
            vec![("funder", ctx.funder_value()), ("total", Value::money(total))],
        )
    });
    trace.all("explain-notional", || {
        ("Your notional share (what you receive) is computed by the formula; bounds do not apply, as members pay nothing.".into(), vec![])
    });
    let weights = formula.apply(ctx, total, trace)?;
    let funded = round_shares(ctx, &weights, total, trace);
    Ok((zeros(ctx.n()), funded))
}

/// A funder pays `part`; members share the rest by the rule, and the funder's part is
/// attributed to members in proportion to their formula shares of the whole price.
fn part_funding(
    ctx: &Ctx,
    formula: &Formula,
    total: Money,
    part: Money,
    trace: &mut Trace,
) -> Result<(Vec<i64>, Vec<i64>), SplitError> {
    let rest = total.checked_sub(part)?;
    trace.all("explain-rest", || (format!("Members share the remaining {rest}."), vec![("rest", Value::money(rest))]));
    let payable = if rest.is_zero() { zeros(ctx.n()) } else { shared_rounded(ctx, formula, rest, trace)? };
    let mut quiet = Trace::off();
    let weights = formula.apply(ctx, total, &mut quiet)?;
    let (part_atoms, total_atoms) = (ctx.atoms(part), ctx.atoms(total));
    let per = Per::new(part_atoms, total_atoms.max(1));
    let attributed: Vec<i128> = weights.iter().map(|w| per.of(*w)).collect();
    let funded = round_shares(ctx, &attributed, part, &mut quiet);
    if let Some(i) = trace.watched() {
        let mine = Money::from_minor(funded[i], ctx.cur);
        let pct = ratio(weights[i], total_atoms);
        trace.member(i, "explain-central-attributed", || {
            (
                format!("{}'s {part} is attributed to members by their formula shares of the whole price: yours is {}% → {mine}.", ctx.funder(), pct_text(pct)),
                vec![
                    ("funder", ctx.funder_value()),
                    ("part", Value::money(part)),
                    ("pct", pct_value(pct)),
                    ("share", Value::money(mine)),
                ],
            )
        });
    }
    Ok((payable, funded))
}

/// Shares are computed on the whole price; the funder pays each member's share up to `cap`.
fn capped_funding(
    ctx: &Ctx,
    formula: &Formula,
    total: Money,
    cap: Money,
    trace: &mut Trace,
) -> Result<(Vec<i64>, Vec<i64>), SplitError> {
    let notional = shared_rounded(ctx, formula, total, trace)?;
    let cap_minor = cap.to_minor();
    let funded: Vec<i64> = notional.iter().map(|s| (*s).min(cap_minor)).collect();
    let payable: Vec<i64> = notional.iter().zip(&funded).map(|(s, f)| s - f).collect();
    if let Some(i) = trace.watched() {
        let (f, p) = (Money::from_minor(funded[i], ctx.cur), Money::from_minor(payable[i], ctx.cur));
        trace.member(i, "explain-central-cap", || {
            (
                format!("{} pays each member's share up to {cap}: {f} of yours; you pay the rest, {p}.", ctx.funder()),
                vec![
                    ("funder", ctx.funder_value()),
                    ("cap", Value::money(cap)),
                    ("funded", Value::money(f)),
                    ("payable", Value::money(p)),
                ],
            )
        });
    }
    Ok((payable, funded))
}

/// The shared-budget rule on `amount`: formula, published weights, bounds, then rounding.
fn shared_rounded(ctx: &Ctx, formula: &Formula, amount: Money, trace: &mut Trace) -> Result<Vec<i64>, SplitError> {
    let mut shares = formula.apply(ctx, amount, trace)?;
    if let Some(step) = ctx.rule.publish_step_pct {
        shares = publish(ctx, &shares, step, trace);
    }
    if ctx.rule.has_bounds() {
        shares = bound(ctx, &shares, trace)?;
    }
    Ok(round_shares(ctx, &shares, amount, trace))
}

/// The formula, evaluated once per split: fixed amounts, flat fees and each component's
/// integer weights. Applying it to an amount is then plain integer arithmetic, so the funder's
/// attribution and the members' shares reuse one evaluation.
struct Formula {
    /// Fixed amount per participant, in atoms (0 for open members).
    fixed: Vec<i128>,
    fixed_sum: i128,
    /// The flat fee and each open member's pro-rata fee, in atoms.
    fee: Option<(Money, Vec<i128>)>,
    components: Vec<Weighed>,
}

/// One component with each open member's weight (basis × pro-rata part) as an integer.
struct Weighed {
    component: Component,
    weights: Vec<i128>,
    total: i128,
    /// Integer weight per unit of the weight as the member reads it.
    unit: i128,
}

impl Formula {
    fn new(ctx: &Ctx) -> Result<Formula, SplitError> {
        let mut fixed = vec![0; ctx.n()];
        for (i, amount) in ctx.fixed.iter().enumerate() {
            if let Some(a) = amount {
                fixed[i] = ctx.atoms(ctx.money(*a)?);
            }
        }
        let fixed_sum = fixed.iter().sum();
        let fee = match ctx.rule.flat_fee {
            Some(f) if !ctx.open.is_empty() => {
                let fee = ctx.money(f)?;
                let atoms = ctx.atoms(fee);
                Some((fee, ctx.open.iter().map(|&i| mul_div(atoms, ctx.part[i], ctx.den)).collect()))
            }
            _ => None,
        };
        let components = if ctx.open.is_empty() {
            Vec::new()
        } else {
            ctx.rule.components().into_iter().map(|c| weigh(ctx, c)).collect::<Result<_, _>>()?
        };
        Ok(Formula { fixed, fixed_sum, fee, components })
    }

    /// Exact shares of `amount` in atoms: fixed amounts, flat fees, then the components.
    fn apply(&self, ctx: &Ctx, amount: Money, trace: &mut Trace) -> Result<Vec<i128>, SplitError> {
        let amount_atoms = ctx.atoms(amount);
        let mut rest = amount_atoms - self.fixed_sum;
        if rest < 0 {
            return Err(SplitError::FixedExceed { fixed: ctx.of_atoms(self.fixed_sum), amount });
        }
        let mut shares = self.fixed.clone();
        let fixed = if trace.watched().is_some() { &ctx.fixed[..] } else { &[] };
        for (i, a) in fixed.iter().enumerate() {
            if let Some(a) = a {
                trace.member(i, "explain-fixed-member", || {
                    (
                        format!("You pay a negotiated fixed amount of {}.", ctx.m(*a)),
                        vec![("amount", Value::money(ctx.m(*a)))],
                    )
                });
            }
        }
        let open = &ctx.open;
        if open.is_empty() {
            if rest != 0 {
                return Err(SplitError::AllFixed { fixed: ctx.of_atoms(self.fixed_sum), amount });
            }
            return Ok(shares);
        }
        if self.fixed_sum > 0 {
            trace.all("explain-fixed-all", || {
                (
                    format!(
                        "Fixed negotiated amounts take {}; {} is left for the other {} {}.",
                        ctx.of_atoms(self.fixed_sum),
                        ctx.of_atoms(rest),
                        open.len(),
                        plural(i64::try_from(open.len()).unwrap_or(i64::MAX), "member")
                    ),
                    vec![
                        ("fixed", Value::money(ctx.of_atoms(self.fixed_sum))),
                        ("rest", Value::money(ctx.of_atoms(rest))),
                        ("n", Value::count(open.len())),
                    ],
                )
            });
        }
        if let Some((fee, fees)) = &self.fee {
            rest = flat_fees(ctx, *fee, fees, rest, &mut shares, trace)?;
        }
        for c in &self.components {
            let pct = c.component.pct;
            let part = mul_div(rest, pct.mantissa(), 100 * pow10(pct.scale()));
            let per = Per::new(part, c.total);
            if trace.watched().is_none() && open.len() == shares.len() {
                // Every member is open (no fixed amounts) and none is explained: the plain loop.
                for (share, &w) in shares.iter_mut().zip(&c.weights) {
                    *share += per.of(w);
                }
                continue;
            }
            for (k, &i) in open.iter().enumerate() {
                let s = per.of(c.weights[k]);
                shares[i] += s;
                if trace.watched() == Some(i) {
                    explain_component(ctx, i, c, c.weights[k], ctx.of_atoms(part), ctx.of_atoms(s), trace);
                }
            }
        }
        Ok(shares)
    }
}

fn flat_fees(
    ctx: &Ctx,
    fee: Money,
    fees: &[i128],
    rest: i128,
    shares: &mut [i128],
    trace: &mut Trace,
) -> Result<i128, SplitError> {
    let mut sum = 0;
    for (&i, f) in ctx.open.iter().zip(fees) {
        shares[i] += f;
        sum += f;
        if ctx.part[i] == ctx.den {
            trace.member(i, "explain-flat", || (format!("Flat fee: {fee}."), vec![("fee", Value::money(fee))]));
        } else {
            trace.member(i, "explain-flat-prorata", || {
                (
                    format!(
                        "Flat fee: {fee} × your pro-rata factor {} = {}.",
                        ctx.factor(i).normalize(),
                        ctx.of_atoms(*f)
                    ),
                    vec![
                        ("fee", Value::money(fee)),
                        ("factor", Value::number(ctx.factor(i))),
                        ("amount", Value::money(ctx.of_atoms(*f))),
                    ],
                )
            });
        }
    }
    if sum > rest {
        return Err(SplitError::FlatExceed { fees: ctx.of_atoms(sum), amount: ctx.of_atoms(rest) });
    }
    trace.all("explain-flat-all", || {
        (
            format!(
                "Flat fees of {fee} per member take {}; {} is left for the formula.",
                ctx.of_atoms(sum),
                ctx.of_atoms(rest - sum)
            ),
            vec![
                ("fee", Value::money(fee)),
                ("fees", Value::money(ctx.of_atoms(sum))),
                ("rest", Value::money(ctx.of_atoms(rest - sum))),
            ],
        )
    });
    Ok(rest - sum)
}

/// Each open member's weight for one component as an integer: the basis (a metric scaled
/// by a power of ten to a whole number, an average times a common multiple of the year
/// counts, a band's weight) times the member's pro-rata part. Runs for every open member of
/// every deal: plain loops into vectors sized once, the integer weight written in place.
fn weigh(ctx: &Ctx, component: Component) -> Result<Weighed, SplitError> {
    let too_big = || SplitError::WeightsTooLarge { basis: component.basis.to_string() };
    let (mut weights, unit) = match &component.basis {
        Basis::Equal => (vec![1; ctx.open.len()], 1),
        Basis::Metric { name, avg_years: 1 } => metric_weights(ctx, name, too_big)?,
        Basis::Metric { name, avg_years } => average_weights(ctx, name, *avg_years, too_big)?,
        Basis::Bands { metric, bands } => {
            let digits = common_digits(bands.iter().map(|b| b.weight));
            // Each band's integer weight once, not once per member.
            let band_weights: Vec<Option<i128>> = bands.iter().map(|b| scaled(b.weight, digits)).collect();
            let mut base = Vec::with_capacity(ctx.open.len());
            let metric = &MetricName::new(metric);
            for &i in &ctx.open {
                let value = ctx.metric_in(i, metric, ctx.metrics_year)?;
                let band = bands.iter().rposition(|b| b.from <= value).expect("the first band starts at 0");
                base.push(band_weights[band].ok_or_else(too_big)?);
            }
            (base, pow10(digits))
        }
    };
    let mut total = 0i128;
    if ctx.den == 1 {
        // No pro rata (every part is 1 of 1): the weights stand as they are.
        for w in &weights {
            total = total.checked_add(*w).ok_or_else(too_big)?;
        }
    } else {
        for (w, &i) in weights.iter_mut().zip(&ctx.open) {
            *w = checked_mul(*w, ctx.part[i]).ok_or_else(too_big)?;
            total = total.checked_add(*w).ok_or_else(too_big)?;
        }
    }
    if total == 0 {
        return Err(SplitError::ZeroWeights { basis: component.basis.to_string() });
    }
    Ok(Weighed { component, weights, total, unit: unit * ctx.den })
}

/// Each open member's metric in the metrics year as an integer count of 10⁻ᵈ, and 10ᵈ.
fn metric_weights(ctx: &Ctx, name: &str, too_big: impl Fn() -> SplitError) -> Result<(Vec<i128>, i128), SplitError> {
    let name = &MetricName::new(name);
    // One pass keeps each value's mantissa: when all the values have the same number of
    // decimals (nearly always), those are the integer weights already.
    let mut base = Vec::with_capacity(ctx.open.len());
    let mut scales = None;
    let mut mixed = false;
    let year = ctx.metrics_year;
    for &i in &ctx.open {
        let value = match ctx.input.participants[i].metrics.find(name, year) {
            Some(v) if !v.is_sign_negative() || v.is_zero() => v,
            // Missing or negative: the error `metric_in` gives.
            _ => return Err(ctx.metric_in(i, name, year).expect_err("a missing or negative metric")),
        };
        base.push(value.mantissa());
        match scales {
            None => scales = Some(value.scale()),
            Some(s) => mixed |= s != value.scale(),
        }
    }
    if !mixed {
        return Ok((base, pow10(scales.unwrap_or(0))));
    }
    let mut values = Vec::with_capacity(ctx.open.len());
    for &i in &ctx.open {
        values.push(ctx.metric_in(i, name, ctx.metrics_year)?);
    }
    let digits = common_digits(values.iter().copied());
    let mut base = Vec::with_capacity(values.len());
    for v in values {
        base.push(scaled(v, digits).ok_or_else(&too_big)?);
    }
    Ok((base, pow10(digits)))
}

/// Each open member's average of a metric over `years` years, times a multiple of every
/// possible count of years with a value (so that it is whole), as an integer, and the unit.
fn average_weights(
    ctx: &Ctx,
    name: &str,
    years: u32,
    too_big: impl Fn() -> SplitError,
) -> Result<(Vec<i128>, i128), SplitError> {
    let mut sums = Vec::with_capacity(ctx.open.len());
    let name = &MetricName::new(name);
    for &i in &ctx.open {
        let (sum, used) = ctx.metric_sum(i, name, years)?;
        sums.push((sum, i128::from(used.count())));
    }
    let digits = common_digits(sums.iter().map(|s| s.0));
    let counts = (1..=i128::from(years)).fold(1, lcm);
    let mut base = Vec::with_capacity(sums.len());
    for (sum, count) in sums {
        base.push(scaled(sum, digits).and_then(|s| checked_mul(s, div_rem(counts, count).0)).ok_or_else(&too_big)?);
    }
    Ok((base, pow10(digits) * counts))
}

fn lcm(a: i128, b: i128) -> i128 {
    fn gcd(a: i128, b: i128) -> i128 {
        if b == 0 {
            a
        } else {
            gcd(b, a % b)
        }
    }
    a / gcd(a, b) * b
}

/// The watched member's words for one component: its metric or band, then its part.
fn explain_component(ctx: &Ctx, i: usize, c: &Weighed, weight: i128, part: Money, share: Money, trace: &mut Trace) {
    match &c.component.basis {
        Basis::Equal => {}
        Basis::Metric { name, avg_years } => {
            if let Ok((value, years)) = ctx.metric(i, name, *avg_years) {
                if *avg_years > 1 {
                    trace.member(i, "explain-metric-average", || {
                        let list: Vec<String> = years.iter().map(i32::to_string).collect();
                        (
                            format!("Your {name} averaged over {years:?}: {}.", num(value)),
                            vec![
                                ("metric", Value::text(name.clone())),
                                ("years", Value::text(list.join(", "))),
                                ("value", Value::number(value)),
                            ],
                        )
                    });
                } else {
                    trace.member(i, "explain-metric", || {
                        (
                            format!("Your {name} in {}: {}.", ctx.metrics_year, num(value)),
                            vec![
                                ("metric", Value::text(name.clone())),
                                ("year", Value::year(ctx.metrics_year)),
                                ("value", Value::number(value)),
                            ],
                        )
                    });
                }
            }
        }
        Basis::Bands { metric, bands } => {
            if let Ok(value) = ctx.metric_in(i, &MetricName::new(metric), ctx.metrics_year) {
                let band = bands.iter().rev().find(|b| b.from <= value).expect("the first band starts at 0");
                trace.member(i, "explain-band", || {
                    (
                        format!(
                            "Your {metric} in {} is {}: band from {} with weight {}.",
                            ctx.metrics_year,
                            num(value),
                            num(band.from),
                            num(band.weight)
                        ),
                        vec![
                            ("metric", Value::text(metric.clone())),
                            ("year", Value::year(ctx.metrics_year)),
                            ("value", Value::number(value)),
                            ("from", Value::number(band.from)),
                            ("weight", Value::number(band.weight)),
                        ],
                    )
                });
            }
        }
    }
    trace.member(i, "explain-component", || {
        let basis = match c.component.basis {
            Basis::Equal => Value::phrase("explain-basis-equal"),
            ref other => Value::text(other.to_string()),
        };
        (
            format!(
                "{}% of the amount ({part}) goes by {}: your weight {} of {} in all = {}% → {share}.",
                c.component.pct.normalize(),
                c.component.basis,
                num(ratio(weight, c.unit).round_dp(6)),
                num(ratio(c.total, c.unit).round_dp(6)),
                pct_text(ratio(weight, c.total)),
            ),
            vec![
                ("pct", Value::percent(c.component.pct)),
                ("part", Value::money(part)),
                ("basis", basis),
                ("weight", Value::number(ratio(weight, c.unit).round_dp(6))),
                ("weights", Value::number(ratio(c.total, c.unit).round_dp(6))),
                ("share_pct", pct_value(ratio(weight, c.total))),
                ("share", Value::money(share)),
            ],
        )
    });
}

/// Rounds the open members' percentages to the published step (adding up to exactly 100 %)
/// and applies them as published.
fn publish(ctx: &Ctx, shares: &[i128], step: Decimal, trace: &mut Trace) -> Vec<i128> {
    let open = &ctx.open;
    let pool: i128 = open.iter().map(|i| shares[*i]).sum();
    if pool == 0 {
        return shares.to_vec();
    }
    let steps_in_100 = i64::try_from((Decimal::ONE_HUNDRED / step).trunc()).expect("step count fits");
    let nums: Vec<i128> = open.iter().map(|i| shares[*i] * i128::from(steps_in_100)).collect();
    let keys: Vec<&str> = open.iter().map(|i| ctx.keys[*i]).collect();
    let units = apportion(&nums, pool, &keys, steps_in_100);
    let mut published = shares.to_vec();
    for (k, &i) in open.iter().enumerate() {
        let pct = Decimal::from(units[k]) * step;
        published[i] = mul_div(pool, i128::from(units[k]) * step.mantissa(), 100 * pow10(step.scale()));
        trace.member(i, "explain-publish", || {
            (
                format!(
                    "Your weight is published as {}% (to the nearest {}%, all adding up to 100%): {}% of {} = {}.",
                    pct.normalize(),
                    step.normalize(),
                    pct.normalize(),
                    ctx.of_atoms(pool),
                    ctx.of_atoms(published[i])
                ),
                vec![
                    ("pct", Value::percent(pct)),
                    ("step", Value::percent(step)),
                    ("pool", Value::money(ctx.of_atoms(pool))),
                    ("share", Value::money(ctx.of_atoms(published[i]))),
                ],
            )
        });
    }
    published
}

/// Applies floors and ceilings, redistributing the excess among the unbounded members.
fn bound(ctx: &Ctx, shares: &[i128], trace: &mut Trace) -> Result<Vec<i128>, SplitError> {
    let open = &ctx.open;
    let uniform = UniformBounds::new(ctx);
    let mut limits = Vec::with_capacity(open.len());
    for &i in open {
        limits.push(member_bound(ctx, &uniform, i, trace)?);
    }
    let formula_shares: Vec<i128> = open.iter().map(|i| shares[*i]).collect();
    let pool: i128 = formula_shares.iter().sum();
    let solved = bounds::solve(&formula_shares, &limits, pool).map_err(|e| bounds_error(ctx, open, e))?;
    let mut out = shares.to_vec();
    for (k, &i) in open.iter().enumerate() {
        out[i] = solved.shares[k];
        if trace.watched() == Some(i) {
            explain_bound(ctx, i, formula_shares[k], &limits[k], &solved, k, trace);
        }
    }
    Ok(out)
}

fn bounds_error(ctx: &Ctx, open: &[usize], e: bounds::BoundsError) -> SplitError {
    let m = |atoms: i128| ctx.of_atoms(atoms);
    SplitError::ImpossibleBounds(match e {
        bounds::BoundsError::Crossed { index, floor, ceiling } => {
            let member = &ctx.keys[open[index]];
            let (floor, ceiling) = (m(floor), m(ceiling));
            Step::said(
                "err-split-bounds-crossed",
                format!("member {member} has a floor of {floor} above its ceiling of {ceiling}"),
                [
                    ("member", Value::text(&**member)),
                    ("floor", Value::money(floor)),
                    ("ceiling", Value::money(ceiling)),
                ],
            )
        }
        bounds::BoundsError::FloorsTooHigh { floors, pool } => {
            let (floors, pool) = (m(floors), m(pool));
            Step::said(
                "err-split-floors-high",
                format!("the floors add up to {floors}, more than the {pool} to share"),
                [("floors", Value::money(floors)), ("pool", Value::money(pool))],
            )
        }
        bounds::BoundsError::CeilingsTooLow { ceilings, pool } => {
            let (ceilings, pool) = (m(ceilings), m(pool));
            Step::said(
                "err-split-ceilings-low",
                format!("the ceilings add up to {ceilings}, less than the {pool} to share"),
                [("ceilings", Value::money(ceilings)), ("pool", Value::money(pool))],
            )
        }
    })
}

/// The bounds every member shares, in minor units, rounded inwards.
struct UniformBounds<'a> {
    floor: Option<i128>,
    ceiling: Option<i128>,
    /// The metric of a ceiling by metric, prepared for its lookups.
    metric: Option<MetricName<'a>>,
    /// An increase limit as the fraction (100 + pct) / 100 of last year's share.
    growth: Option<(i128, i128)>,
}

impl<'a> UniformBounds<'a> {
    fn new(ctx: &Ctx<'a>) -> UniformBounds<'a> {
        UniformBounds {
            floor: ctx.rule.floor.map(|f| ctx.minor_up(f)),
            ceiling: ctx.rule.ceiling.map(|c| ctx.minor_down(c, 1, 1)),
            metric: ctx.rule.metric_ceiling.as_ref().map(|mc| MetricName::new(&mc.metric)),
            growth: ctx.rule.max_increase_pct.map(|pct| {
                let growth = Decimal::ONE_HUNDRED + pct;
                (growth.mantissa(), 100 * pow10(growth.scale()))
            }),
        }
    }
}

/// The tightest floor and ceiling for member `i`, rounded inwards to the minor unit, in atoms.
fn member_bound(ctx: &Ctx, uniform: &UniformBounds, i: usize, trace: &mut Trace) -> Result<Bound, SplitError> {
    let p = &ctx.input.participants[i];
    let rule = ctx.rule;
    let own_floor = if rule.member_floors.is_empty() { None } else { rule.member_floors.get(&*p.code) };
    let floor = match (uniform.floor, own_floor.map(|f| ctx.minor_up(*f))) {
        (Some(a), Some(b)) => Some(a.max(b)),
        (a, b) => a.or(b),
    };
    // The reasons are kept as values and put in words only when this member is explained:
    // this runs for every member of every bounded deal.
    // The lowest ceiling wins; on a tie, the first named (as a stable sort would keep it).
    let mut ceiling: Option<(i128, CeilingSource)> = None;
    let mut consider = |c: i128, source: CeilingSource| {
        if ceiling.as_ref().is_none_or(|(lowest, _)| c < *lowest) {
            ceiling = Some((c, source));
        }
    };
    if let Some(c) = uniform.ceiling {
        consider(c, CeilingSource::Uniform);
    }
    if let Some(c) = if rule.member_ceilings.is_empty() { None } else { rule.member_ceilings.get(&*p.code) } {
        consider(ctx.minor_down(*c, 1, 1), CeilingSource::Own);
    }
    if let (Some(mc), Some(metric)) = (&rule.metric_ceiling, &uniform.metric) {
        let value = ctx.metric_in(i, metric, ctx.metrics_year)?;
        consider(ctx.minor_down(value, mc.pct.mantissa(), 100 * pow10(mc.pct.scale())), CeilingSource::Metric(value));
    }
    if let (Some((num, den)), Some(last)) = (uniform.growth, p.last_year) {
        consider(ctx.minor_down(last, num, den), CeilingSource::LastYear(last));
    } else if rule.max_increase_pct.is_some() {
        trace.member(i, "explain-no-last-year", || {
            ("You had no finalised share last year, so no increase limit applies to you.".into(), vec![])
        });
    }
    let minor = |m: i128| Money::from_minor(i64::try_from(m).expect("bound fits i64 minor units"), ctx.cur);
    if let Some((c, source)) = &ceiling {
        trace.member(i, source.key(), || source.said(ctx, minor(*c)));
    }
    if let Some(f) = floor {
        trace.member(i, "explain-floor", || {
            (format!("Your floor: {}.", minor(f)), vec![("floor", Value::money(minor(f)))])
        });
    }
    Ok(Bound { floor: floor.unwrap_or(0) * ATOMS_PER_MINOR, ceiling: ceiling.map(|(c, _)| c * ATOMS_PER_MINOR) })
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
    fn key(&self) -> &'static str {
        match self {
            CeilingSource::Uniform => "explain-ceiling-uniform",
            CeilingSource::Own => "explain-ceiling-own",
            CeilingSource::Metric(_) => "explain-ceiling-metric",
            CeilingSource::LastYear(_) => "explain-ceiling-last-year",
        }
    }

    /// "Your ceiling: … (why)." and its values.
    fn said(&self, ctx: &Ctx, ceiling: Money) -> Said {
        let text = format!("Your ceiling: {ceiling} ({}).", self.words(ctx));
        let mut args = vec![("ceiling", Value::money(ceiling))];
        match self {
            CeilingSource::Uniform | CeilingSource::Own => {}
            CeilingSource::Metric(value) => {
                let mc = ctx.rule.metric_ceiling.as_ref().expect("a metric ceiling");
                args.push(("pct", Value::percent(mc.pct)));
                args.push(("metric", Value::text(mc.metric.clone())));
                args.push(("value", Value::number(*value)));
            }
            CeilingSource::LastYear(last) => {
                args.push(("last", Value::money(ctx.m(*last))));
                args.push(("pct", Value::percent(ctx.rule.max_increase_pct.expect("an increase limit"))));
            }
        }
        (text, args)
    }

    fn words(&self, ctx: &Ctx) -> String {
        let rule = ctx.rule;
        match self {
            CeilingSource::Uniform => "the ceiling".into(),
            CeilingSource::Own => "your own ceiling".into(),
            CeilingSource::Metric(value) => {
                let mc = rule.metric_ceiling.as_ref().expect("a metric ceiling");
                format!("{}% of your {} ({})", mc.pct.normalize(), mc.metric, num(*value))
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
    before: i128,
    limit: &Bound,
    solved: &bounds::Solved,
    k: usize,
    trace: &mut Trace,
) {
    let after = solved.shares[k];
    let m = |atoms: i128| ctx.of_atoms(atoms);
    let money = |atoms: i128| Value::money(m(atoms));
    let (key, said): (&str, Said) = match (solved.status[k], solved.scale) {
        (bounds::Status::AtFloor, _) => (
            "explain-bound-floor",
            (
                format!("The formula gives you {}, below your floor: you pay the floor, {}.", m(before), m(limit.floor)),
                vec![("formula", money(before)), ("floor", money(limit.floor))],
            ),
        ),
        (bounds::Status::AtCeiling, _) => (
            "explain-bound-ceiling",
            (
                format!("The formula gives you {}, above your ceiling: you pay the ceiling, {}.", m(before), m(after)),
                vec![("formula", money(before)), ("ceiling", money(after))],
            ),
        ),
        (bounds::Status::Free, None) => {
            ("explain-bound-none", ("No bound applies to any member: the formula stands.".into(), vec![]))
        }
        (bounds::Status::Free, Some((num, den))) => (
            if solved.moved >= 0 { "explain-bound-scaled-more" } else { "explain-bound-scaled-less" },
            (
                format!(
                    "Members held to a floor or ceiling pay {} {} than the formula gives them; the unbounded members' shares are scaled by {} to make up for it: {} → {}.",
                    m(solved.moved.abs()),
                    if solved.moved >= 0 { "more" } else { "less" },
                    ratio(num, den).round_dp(6).normalize(),
                    m(before),
                    m(after)
                ),
                vec![
                    ("moved", money(solved.moved.abs())),
                    ("factor", Value::number(ratio(num, den).round_dp(6))),
                    ("formula", money(before)),
                    ("share", money(after)),
                ],
            ),
        ),
    };
    trace.member(i, key, || said);
}

/// Rounds exact shares (atoms) of `total` to minor units by the largest-remainder method.
fn round_shares(ctx: &Ctx, exact: &[i128], total: Money, trace: &mut Trace) -> Vec<i64> {
    let rounded = apportion(exact, ATOMS_PER_MINOR, &ctx.keys, total.to_minor());
    if let Some(i) = trace.watched() {
        let r = Money::from_minor(rounded[i], ctx.cur);
        let exact = ctx.of_atoms(exact[i]).amount().round_dp(6);
        trace.member(i, "explain-rounding", || {
            (
                format!(
                    "Exact share {} rounded to {r}: every share is rounded down to the minor unit and the units left over go to the largest remainders, so the shares add up exactly to {total}.",
                    exact.normalize()
                ),
                vec![
                    ("exact", Value::number(exact)),
                    ("share", Value::money(r)),
                    ("total", Value::money(total)),
                ],
            )
        });
    }
    rounded
}

fn assemble(ctx: &Ctx, total: Money, list_price: Option<Money>, payable: &[i64], funded: &[i64]) -> Split {
    let shares: Vec<ShareMinor> = ctx
        .input
        .participants
        .iter()
        .zip(payable.iter().zip(funded))
        .map(|(p, (&payable_minor, &funded_minor))| ShareMinor { code: p.code.clone(), payable_minor, funded_minor })
        .collect();
    let paid: i64 = payable.iter().sum();
    let funder_minor: i64 = funded.iter().sum();
    assert!(payable.iter().chain(funded).all(|a| *a >= 0), "negative share in {}", ctx.input.deal);
    assert_eq!(paid + funder_minor, total.to_minor(), "split of {} does not add up", ctx.input.deal);
    Split { total, funder_part: Money::from_minor(funder_minor, ctx.cur), list_price, shares }
}

fn conclude(ctx: &Ctx, split: &Split, trace: &mut Trace) {
    let Some(i) = trace.watched() else { return };
    let s = split.share(i);
    let result = if s.funded.is_zero() {
        step("explain-result", (format!("You pay {}.", s.payable), vec![("payable", Value::money(s.payable))]))
    } else {
        step(
            "explain-result-funded",
            (
                format!(
                    "You pay {}; {} pays {} for you; your notional share is {}.",
                    s.payable,
                    ctx.funder(),
                    s.funded,
                    s.notional()
                ),
                vec![
                    ("payable", Value::money(s.payable)),
                    ("funder", ctx.funder_value()),
                    ("funded", Value::money(s.funded)),
                    ("notional", Value::money(s.notional())),
                ],
            ),
        )
    };
    trace.steps.push(result);
}

/// A plain number for an explanation, its thousands grouped: 1,234,567.5.
fn num(d: Decimal) -> String {
    crate::money::group_thousands(&d.normalize().to_string())
}

/// An English noun for a count: "1 member", "2 members" (the other languages' plurals are
/// in their messages).
fn plural(n: i64, noun: &str) -> String {
    if n == 1 {
        noun.to_string()
    } else {
        format!("{noun}s")
    }
}

/// Percentage text with four decimals for a fraction.
fn pct_text(fraction: Decimal) -> String {
    (fraction * Decimal::ONE_HUNDRED).round_dp(4).normalize().to_string()
}

/// A fraction as a step's percentage, with four decimals as `pct_text` writes it.
fn pct_value(fraction: Decimal) -> Value {
    Value::percent((fraction * Decimal::ONE_HUNDRED).round_dp(4))
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        #[test]
        fn codes_compare_as_strings(a in "[A-Za-z0-9é]{0,10}", b in "[A-Za-z0-9é]{0,10}") {
            proptest::prop_assert_eq!(code_less(&a, &b), a < b);
            proptest::prop_assert_eq!(code_less(&b, &a), b < a);
        }
    }

    #[test]
    fn a_split_put_back_in_input_order_equals_one_built_in_it() {
        let eur = Currency::from_code("EUR").unwrap();
        let m = |minor: i64| Money::from_minor(minor, eur);
        let rows = [("M2", 300, 0), ("M10", 100, 5), ("M1", 200, 0)];
        let in_order: Vec<(Arc<str>, Money, Money)> =
            rows.iter().map(|(c, p, f)| ((*c).into(), m(*p), m(*f))).collect();
        let expected = Split::new(m(605), m(5), None, in_order).unwrap();
        // Computed in code order (M1, M10, M2), then put back.
        let canonical =
            Split::from_minor(m(605), m(5), None, [2, 1, 0].map(|i| (rows[i].0.into(), rows[i].1, rows[i].2)));
        let back = in_input_order(canonical, &[2, 1, 0]);
        assert_eq!(back, expected);
        let codes: Vec<(&str, i64, i64)> = back.shares_minor().map(|(c, p, f)| (&**c, p, f)).collect();
        assert_eq!(codes, [("M2", 300, 0), ("M10", 100, 5), ("M1", 200, 0)]);
        assert_eq!(back.share(1).code, "M10");
        assert_eq!(back.paid_minor(), 600);
    }
}

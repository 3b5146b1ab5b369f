//! Deal pricing: a vendor offer's price for a year and a participant count, in the consortium's currency.

use std::collections::BTreeMap;
use std::fmt;
use std::str::FromStr;

use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use thiserror::Error;

use crate::explain::{step, Step, Value};
use crate::money::{Currency, Money, MoneyError};

/// One tier of a participant-count price: from `from` participants on, `amount` applies.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Tier {
    pub from: u32,
    #[serde(with = "rust_decimal::serde::str")]
    pub amount: Decimal,
}

/// How the vendor prices the deal (amounts in the offer's currency).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Pricing {
    /// One consortium price, whoever joins.
    Total(Decimal),
    /// Each participant pays the tier's amount for the number of participants.
    PerSite(Vec<Tier>),
    /// The tier's amount is the total price for the number of participants.
    TotalByCount(Vec<Tier>),
}

/// A recorded exchange rate: units of the consortium currency per unit of the offer's currency.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ExchangeRate {
    #[serde(with = "rust_decimal::serde::str")]
    pub rate: Decimal,
    pub date: NaiveDate,
    pub source: String,
}

/// A vendor's offer as it stands (the version in force).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Offer {
    pub currency: Currency,
    /// The stand-alone price one site would pay, in the offer's currency.
    #[serde(with = "rust_decimal::serde::str_option")]
    pub list_price: Option<Decimal>,
    pub pricing: Pricing,
    /// The first year of the deal: the year the tier price applies as it is.
    pub first_year: i32,
    #[serde(with = "rust_decimal::serde::str_option")]
    pub annual_cap_pct: Option<Decimal>,
    /// A price index per year (percent); the yearly rise is the lower of cap and index.
    pub index_pct: BTreeMap<i32, Decimal>,
    pub rate: Option<ExchangeRate>,
}

#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum PricingError {
    #[error("'{text}' is not a pricing: {message}")]
    BadPricing { text: String, message: Step },
    #[error("the deal needs at least {needed} participants and has {have}: it falls through")]
    TooFewParticipants { needed: u32, have: u32 },
    #[error("the offer is in {offer} and the consortium works in {consortium}: the offer needs an exchange rate")]
    MissingRate { offer: Currency, consortium: Currency },
    #[error("the offer starts in {first_year}; there is no price for {year}")]
    YearBeforeOffer { first_year: i32, year: i32 },
    #[error("a price must be positive, got {0}")]
    NotPositive(Decimal),
    #[error(transparent)]
    Money(#[from] MoneyError),
}

/// The price of a deal for one year, with how it was reached.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct YearPrice {
    /// In the consortium's currency, rounded to its minor unit.
    pub total: Money,
    /// The stand-alone price per site, converted the same way.
    pub list_price: Option<Money>,
    /// The price in the offer's currency before conversion.
    pub offer_total: Money,
    pub steps: Vec<Step>,
}

impl Offer {
    /// Prices the deal for `year` with `participants` taking part, in `consortium` currency.
    pub fn price(&self, year: i32, participants: u32, consortium: Currency) -> Result<YearPrice, PricingError> {
        let mut steps = Vec::new();
        let base = self.base_price(participants, &mut steps)?;
        let in_offer = self.escalate(base, year, &mut steps)?;
        let total = self.convert(in_offer, consortium, &mut steps)?;
        let list_price = self
            .list_price
            .map(|lp| self.convert(Money::new(lp, self.currency), consortium, &mut Vec::new()))
            .transpose()?;
        Ok(YearPrice { total, list_price, offer_total: in_offer, steps })
    }

    fn base_price(&self, participants: u32, steps: &mut Vec<Step>) -> Result<Money, PricingError> {
        let money = |d: Decimal| Money::new(d, self.currency);
        let base = match &self.pricing {
            Pricing::Total(total) => {
                steps.push(step(
                    "explain-price-total",
                    (format!("Consortium price: {}.", money(*total)), vec![("price", Value::money(money(*total)))]),
                ));
                money(*total)
            }
            Pricing::PerSite(tiers) => {
                let tier = tier_for(tiers, participants)?;
                let total = money(tier.amount * Decimal::from(participants));
                steps.push(step(
                    "explain-price-per-site",
                    (
                        format!(
                            "Per-site price for {participants} participant{} (tier from {}): {} × {participants} = {total}.",
                            if participants == 1 { "" } else { "s" },
                            tier.from,
                            money(tier.amount)
                        ),
                        vec![
                            ("n", Value::count(participants)),
                            ("from", Value::count(tier.from)),
                            ("price", Value::money(money(tier.amount))),
                            ("total", Value::money(total)),
                        ],
                    ),
                ));
                total
            }
            Pricing::TotalByCount(tiers) => {
                let tier = tier_for(tiers, participants)?;
                steps.push(step(
                    "explain-price-by-count",
                    (
                        format!(
                            "Price for {participants} participant{} (tier from {}): {}.",
                            if participants == 1 { "" } else { "s" },
                            tier.from,
                            money(tier.amount)
                        ),
                        vec![
                            ("n", Value::count(participants)),
                            ("from", Value::count(tier.from)),
                            ("price", Value::money(money(tier.amount))),
                        ],
                    ),
                ));
                money(tier.amount)
            }
        };
        if base.amount() <= Decimal::ZERO {
            return Err(PricingError::NotPositive(base.amount()));
        }
        Ok(base.round_half_even())
    }

    /// Applies the yearly rise (lower of cap and index) for each year after the first,
    /// rounding to the minor unit each year as the vendor invoices it.
    fn escalate(&self, base: Money, year: i32, steps: &mut Vec<Step>) -> Result<Money, PricingError> {
        if year < self.first_year {
            return Err(PricingError::YearBeforeOffer { first_year: self.first_year, year });
        }
        let mut price = base;
        for y in self.first_year + 1..=year {
            let Some(rise) = self.rise(y) else { continue };
            price = price.times(Decimal::ONE + rise / Decimal::ONE_HUNDRED).round_half_even();
            steps.push(step(
                "explain-price-rise",
                (
                    format!("{y}: price rises by {}% to {price}.", rise.normalize()),
                    vec![("year", Value::year(y)), ("pct", Value::percent(rise)), ("price", Value::money(price))],
                ),
            ));
        }
        Ok(price)
    }

    fn rise(&self, year: i32) -> Option<Decimal> {
        match (self.annual_cap_pct, self.index_pct.get(&year)) {
            (Some(cap), Some(index)) => Some(cap.min(*index)),
            (Some(cap), None) => Some(cap),
            (None, Some(index)) => Some(*index),
            (None, None) => None,
        }
    }

    fn convert(&self, price: Money, consortium: Currency, steps: &mut Vec<Step>) -> Result<Money, PricingError> {
        if self.currency == consortium {
            return Ok(price);
        }
        let rate = self.rate.as_ref().ok_or(PricingError::MissingRate { offer: self.currency, consortium })?;
        let converted = Money::new(price.amount() * rate.rate, consortium).round_half_even();
        steps.push(step(
            "explain-price-converted",
            (
                format!(
                    "Converted at {} {consortium} per {} ({}, {}): {converted}.",
                    rate.rate.normalize(),
                    self.currency,
                    rate.source,
                    rate.date
                ),
                vec![
                    ("rate", Value::number(rate.rate)),
                    ("to", Value::text(consortium.code())),
                    ("from", Value::text(self.currency.code())),
                    ("source", Value::text(rate.source.clone())),
                    ("date", Value::date(rate.date)),
                    ("price", Value::money(converted)),
                ],
            ),
        ));
        Ok(converted)
    }
}

fn tier_for(tiers: &[Tier], participants: u32) -> Result<&Tier, PricingError> {
    tiers
        .iter()
        .rev()
        .find(|t| t.from <= participants)
        .ok_or(PricingError::TooFewParticipants { needed: tiers[0].from, have: participants })
}

impl FromStr for Pricing {
    type Err = PricingError;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        let bad = |message: Step| PricingError::BadPricing { text: text.to_string(), message };
        let t = text.trim();
        let expected = || Step::said("err-pricing-shape", "expected 'total AMOUNT' or 'per-site FROM=AMOUNT, ...'", []);
        let (kind, rest) = t.split_once(' ').ok_or_else(|| bad(expected()))?;
        let rest = rest.trim();
        match kind {
            "total" if !rest.contains('=') => Ok(Pricing::Total(positive(rest).map_err(bad)?)),
            "total" => Ok(Pricing::TotalByCount(tiers(rest).map_err(bad)?)),
            "per-site" => Ok(Pricing::PerSite(tiers(rest).map_err(bad)?)),
            _ => Err(bad(Step::said("err-pricing-kind", "it must start with 'total' or 'per-site'", []))),
        }
    }
}

fn tiers(text: &str) -> Result<Vec<Tier>, Step> {
    let mut tiers = Vec::new();
    for item in text.split(',') {
        let item = item.trim();
        let (from, amount) = item
            .split_once('=')
            .ok_or_else(|| bad("err-pricing-tier", format!("tier '{item}' should be FROM=AMOUNT"), item))?;
        let from = from.trim();
        let from: u32 =
            from.parse().map_err(|_| bad("err-pricing-count", format!("'{from}' is not a participant count"), from))?;
        tiers.push(Tier { from, amount: positive(amount)? });
    }
    if tiers.windows(2).any(|w| w[0].from >= w[1].from) {
        return Err(Step::said("err-pricing-tier-order", "tier counts must increase", []));
    }
    if tiers.first().is_some_and(|t| t.from == 0) {
        return Err(Step::said("err-pricing-tier-zero", "the first tier starts at 1 participant or more", []));
    }
    Ok(tiers)
}

fn positive(text: &str) -> Result<Decimal, Step> {
    let d = crate::money::parse_decimal(text).map_err(|e| e.said())?;
    if d <= Decimal::ZERO {
        let t = text.trim();
        return Err(bad("err-pricing-positive", format!("{t} is not a positive amount"), t));
    }
    Ok(d)
}

/// A pricing's fault that names the text it could not read.
fn bad(key: &str, text: String, value: &str) -> Step {
    Step::said(key, text, [("value", Value::text(value))])
}

impl PricingError {
    /// The error as a sentence each language can say.
    pub fn said(&self) -> Step {
        let text = self.to_string();
        match self {
            PricingError::BadPricing { text: pricing, message } => {
                let args = [("pricing", Value::text(pricing)), ("detail", Value::detail(message.clone()))];
                Step::said("err-pricing", text, args)
            }
            PricingError::TooFewParticipants { needed, have } => Step::said(
                "err-pricing-too-few",
                text,
                [("needed", Value::count(*needed)), ("have", Value::count(*have))],
            ),
            PricingError::MissingRate { offer, consortium } => Step::said(
                "err-pricing-no-rate",
                text,
                [("offer", Value::text(offer.code())), ("consortium", Value::text(consortium.code()))],
            ),
            PricingError::YearBeforeOffer { first_year, year } => Step::said(
                "err-pricing-year-before",
                text,
                [("first", Value::year(*first_year)), ("year", Value::year(*year))],
            ),
            PricingError::NotPositive(d) => {
                Step::said("err-pricing-not-positive", text, [("value", Value::text(d.to_string()))])
            }
            PricingError::Money(e) => e.said(),
        }
    }
}

impl fmt::Display for Pricing {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let list = |tiers: &[Tier]| {
            tiers.iter().map(|t| format!("{}={}", t.from, t.amount.normalize())).collect::<Vec<_>>().join(", ")
        };
        match self {
            Pricing::Total(a) => write!(f, "total {}", a.normalize()),
            Pricing::PerSite(t) => write!(f, "per-site {}", list(t)),
            Pricing::TotalByCount(t) => write!(f, "total {}", list(t)),
        }
    }
}

impl Serialize for Pricing {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.to_string())
    }
}

impl<'de> Deserialize<'de> for Pricing {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        String::deserialize(d)?.parse().map_err(serde::de::Error::custom)
    }
}

/// Parses an index list like `2025=3.1, 2026=2.4`.
pub fn parse_index(text: &str) -> Result<BTreeMap<i32, Decimal>, Step> {
    let mut index = BTreeMap::new();
    for item in text.split(',').map(str::trim).filter(|s| !s.is_empty()) {
        let (year, pct) = item
            .split_once('=')
            .ok_or_else(|| bad("err-index-item", format!("'{item}' should be YEAR=PERCENT"), item))?;
        let year = year.trim();
        let year: i32 = year.parse().map_err(|_| bad("err-rule-year", format!("'{year}' is not a year"), year))?;
        let pct = crate::money::parse_decimal(pct).map_err(|e| e.said())?;
        index.insert(year, pct);
    }
    Ok(index)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn offer(pricing: &str, currency: &str) -> Offer {
        Offer {
            currency: Currency::from_code(currency).unwrap(),
            list_price: Some(Decimal::from(15000)),
            pricing: pricing.parse().unwrap(),
            first_year: 2024,
            annual_cap_pct: None,
            index_pct: BTreeMap::new(),
            rate: None,
        }
    }

    fn eur() -> Currency {
        Currency::from_code("EUR").unwrap()
    }

    #[test]
    fn prices_by_participant_count() {
        // (pricing, participants, expected total)
        let cases = [
            ("total 120000", 3, "120000.00"),
            ("per-site 1=9500, 5=8500, 10=7000", 4, "38000.00"),
            ("per-site 1=9500, 5=8500, 10=7000", 5, "42500.00"),
            ("per-site 1=9500, 5=8500, 10=7000", 12, "84000.00"),
            ("total 1=80000, 10=95000", 9, "80000.00"),
            ("total 1=80000, 10=95000", 10, "95000.00"),
        ];
        for (pricing, n, expected) in cases {
            let price = offer(pricing, "EUR").price(2024, n, eur()).unwrap();
            assert_eq!(price.total.plain(), expected, "{pricing} with {n}");
        }
        let err = offer("per-site 5=8500", "EUR").price(2024, 3, eur()).unwrap_err();
        assert_eq!(err.to_string(), "the deal needs at least 5 participants and has 3: it falls through");
    }

    #[test]
    fn multi_year_rise_is_the_lower_of_cap_and_index() {
        let mut o = offer("total 100000", "EUR");
        o.annual_cap_pct = Some(Decimal::from(4));
        o.index_pct = parse_index("2025=3.1, 2026=5.5").unwrap();
        // 2025: +3.1 % (index below cap); 2026: +4 % (cap below index); 2027: cap (no index).
        let expected = [(2024, "100000.00"), (2025, "103100.00"), (2026, "107224.00"), (2027, "111512.96")];
        for (year, total) in expected {
            assert_eq!(o.price(year, 1, eur()).unwrap().total.plain(), total, "{year}");
        }
    }

    #[test]
    fn foreign_offer_is_converted_at_its_recorded_rate() {
        let mut o = offer("total 100000.55", "USD");
        assert!(matches!(o.price(2024, 1, eur()), Err(PricingError::MissingRate { .. })));
        o.rate = Some(ExchangeRate {
            rate: "0.9234".parse().unwrap(),
            date: "2024-01-02".parse().unwrap(),
            source: "ECB reference rate".into(),
        });
        let price = o.price(2024, 1, eur()).unwrap();
        // 100000.55 × 0.9234 = 92340.50787 -> 92340.51
        assert_eq!(price.total.plain(), "92340.51");
        assert_eq!(price.list_price.unwrap().plain(), "13851.00");
        assert!(price.steps.last().unwrap().text.contains("ECB reference rate"));
    }

    #[test]
    fn bad_pricing_texts() {
        for text in ["total", "total -5", "per-site 5=100, 3=50", "flat 100", "per-site 0=10"] {
            assert!(text.parse::<Pricing>().is_err(), "{text}");
        }
    }
}

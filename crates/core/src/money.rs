//! Money: an exact decimal amount with its ISO 4217 currency; never a float.

use std::fmt;
use std::str::FromStr;

use crate::explain::{Step, Value};
use rust_decimal::prelude::ToPrimitive;
use rust_decimal::{Decimal, RoundingStrategy};
use serde::{Deserialize, Serialize};
use thiserror::Error;

/// ISO 4217 currencies we know, with their minor units (decimal places).
/// The list is the currencies a consortium bills in plus those with unusual minor units;
/// an unknown code is an error, never a guess.
const CURRENCIES: &[(&str, u8)] = &[
    ("AED", 2),
    ("ARS", 2),
    ("AUD", 2),
    ("BGN", 2),
    ("BHD", 3),
    ("BRL", 2),
    ("CAD", 2),
    ("CHF", 2),
    ("CLP", 0),
    ("CNY", 2),
    ("COP", 2),
    ("CZK", 2),
    ("DKK", 2),
    ("EGP", 2),
    ("EUR", 2),
    ("GBP", 2),
    ("HKD", 2),
    ("HUF", 2),
    ("IDR", 2),
    ("ILS", 2),
    ("INR", 2),
    ("IQD", 3),
    ("ISK", 0),
    ("JOD", 3),
    ("JPY", 0),
    ("KRW", 0),
    ("KWD", 3),
    ("LYD", 3),
    ("MXN", 2),
    ("MYR", 2),
    ("NOK", 2),
    ("NZD", 2),
    ("OMR", 3),
    ("PHP", 2),
    ("PKR", 2),
    ("PLN", 2),
    ("QAR", 2),
    ("RON", 2),
    ("RSD", 2),
    ("RUB", 2),
    ("SAR", 2),
    ("SEK", 2),
    ("SGD", 2),
    ("THB", 2),
    ("TND", 3),
    ("TRY", 2),
    ("TWD", 2),
    ("UAH", 2),
    ("UGX", 0),
    ("USD", 2),
    ("VND", 0),
    ("XAF", 0),
    ("XOF", 0),
    ("ZAR", 2),
];

/// An ISO 4217 currency. Constructed only from a known code, so its minor unit is always right.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Currency {
    code: [u8; 3],
    minor_units: u8,
}

#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum MoneyError {
    #[error("unknown currency code '{0}' (expected an ISO 4217 code such as EUR)")]
    UnknownCurrency(String),
    #[error("cannot combine {left} and {right}: amounts in different currencies")]
    CurrencyMismatch { left: Currency, right: Currency },
    #[error("'{0}' is not a decimal amount")]
    NotAnAmount(String),
    #[error("{amount} has more decimals than {currency} allows ({minor_units})")]
    TooPrecise { amount: Decimal, currency: Currency, minor_units: u8 },
    #[error("amount out of range")]
    Overflow,
}

impl MoneyError {
    /// The error as a sentence each language can say (decision 46).
    pub fn said(&self) -> Step {
        let text = self.to_string();
        let t = |s: String| Value::text(s);
        match self {
            MoneyError::UnknownCurrency(code) => Step::said("err-money-currency", text, [("value", t(code.clone()))]),
            MoneyError::CurrencyMismatch { left, right } => {
                Step::said("err-money-mismatch", text, [("left", t(left.to_string())), ("right", t(right.to_string()))])
            }
            MoneyError::NotAnAmount(value) => Step::said("err-money-not-amount", text, [("value", t(value.clone()))]),
            MoneyError::TooPrecise { amount, currency, minor_units } => Step::said(
                "err-money-too-precise",
                text,
                [
                    ("amount", t(amount.to_string())),
                    ("currency", t(currency.to_string())),
                    ("decimals", Value::count(*minor_units)),
                ],
            ),
            MoneyError::Overflow => Step::said("err-money-overflow", text, []),
        }
    }
}

impl Currency {
    pub fn from_code(code: &str) -> Result<Currency, MoneyError> {
        let upper = code.trim().to_ascii_uppercase();
        CURRENCIES
            .iter()
            .find(|(c, _)| *c == upper)
            .map(|(c, minor)| {
                let b = c.as_bytes();
                Currency { code: [b[0], b[1], b[2]], minor_units: *minor }
            })
            .ok_or_else(|| MoneyError::UnknownCurrency(code.trim().to_string()))
    }

    pub fn code(&self) -> &str {
        std::str::from_utf8(&self.code).expect("currency codes are ASCII")
    }

    /// Decimal places of the currency's minor unit (EUR 2, JPY 0, KWD 3).
    pub fn minor_units(&self) -> u8 {
        self.minor_units
    }

    /// How many minor units make one major unit (100 for EUR).
    pub fn minor_per_major(&self) -> i64 {
        10i64.pow(u32::from(self.minor_units))
    }
}

impl fmt::Debug for Currency {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

impl fmt::Display for Currency {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

impl FromStr for Currency {
    type Err = MoneyError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Currency::from_code(s)
    }
}

impl Serialize for Currency {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.code())
    }
}

impl<'de> Deserialize<'de> for Currency {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let code = String::deserialize(d)?;
        Currency::from_code(&code).map_err(serde::de::Error::custom)
    }
}

/// An amount of money in one currency. The amount is exact; it is rounded to the currency's
/// minor unit only at named steps (`round_half_even`, the largest-remainder split).
#[derive(Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Money {
    #[serde(with = "rust_decimal::serde::str")]
    amount: Decimal,
    currency: Currency,
}

impl Money {
    pub fn new(amount: Decimal, currency: Currency) -> Money {
        Money { amount, currency }
    }

    pub fn zero(currency: Currency) -> Money {
        Money::new(Decimal::ZERO, currency)
    }

    /// An amount given in minor units (cents for EUR).
    pub fn from_minor(minor: i64, currency: Currency) -> Money {
        Money::new(Decimal::new(minor, u32::from(currency.minor_units)), currency)
    }

    /// Parses "1234.56" in the given currency; more decimals than the currency has is an error.
    pub fn parse(text: &str, currency: Currency) -> Result<Money, MoneyError> {
        let amount = parse_decimal(text)?;
        let money = Money::new(amount, currency);
        if !money.is_whole_minor() {
            return Err(MoneyError::TooPrecise { amount, currency, minor_units: currency.minor_units });
        }
        Ok(money)
    }

    pub fn amount(&self) -> Decimal {
        self.amount
    }

    pub fn currency(&self) -> Currency {
        self.currency
    }

    pub fn is_zero(&self) -> bool {
        self.amount.is_zero()
    }

    pub fn is_negative(&self) -> bool {
        self.amount.is_sign_negative() && !self.amount.is_zero()
    }

    /// True when the amount has no digits below the currency's minor unit.
    pub fn is_whole_minor(&self) -> bool {
        self.amount.round_dp(u32::from(self.currency.minor_units)) == self.amount
    }

    /// The amount in minor units; the amount must already be whole minor units.
    pub fn to_minor(&self) -> i64 {
        match self.try_minor() {
            Ok(minor) => minor,
            Err(MoneyError::TooPrecise { .. }) => panic!("to_minor on unrounded {self}"),
            Err(_) => panic!("money amount {self} does not fit in i64 minor units"),
        }
    }

    /// The amount in minor units: an error if it has digits below the minor unit, or more
    /// minor units than an `i64` holds (about 92 quadrillion euros: refused, never wrapped).
    pub fn try_minor(&self) -> Result<i64, MoneyError> {
        if self.amount.scale() == u32::from(self.currency.minor_units) {
            // Already at the minor unit (every amount the engine makes): the digits are it.
            return i64::try_from(self.amount.mantissa()).map_err(|_| MoneyError::Overflow);
        }
        if !self.is_whole_minor() {
            let minor_units = self.currency.minor_units;
            return Err(MoneyError::TooPrecise { amount: self.amount, currency: self.currency, minor_units });
        }
        self.amount
            .checked_mul(Decimal::from(self.currency.minor_per_major()))
            .and_then(|m| m.to_i64())
            .ok_or(MoneyError::Overflow)
    }

    /// The same money, checked to be in `currency`.
    pub fn in_currency(self, currency: Currency) -> Result<Money, MoneyError> {
        self.same_currency(Money::zero(currency))?;
        Ok(self)
    }

    /// Rounds to the minor unit, half to even (banker's rounding): the one rounding rule for
    /// single amounts (a funder's percentage, a converted price).
    pub fn round_half_even(&self) -> Money {
        let dp = u32::from(self.currency.minor_units);
        Money::new(self.amount.round_dp_with_strategy(dp, RoundingStrategy::MidpointNearestEven), self.currency)
    }

    /// Rounds down (towards zero) to the minor unit: used for ceilings, so a rounded share
    /// can never exceed the bound it was held to.
    pub fn round_down(&self) -> Money {
        let dp = u32::from(self.currency.minor_units);
        Money::new(self.amount.round_dp_with_strategy(dp, RoundingStrategy::ToZero), self.currency)
    }

    /// Rounds up (away from zero) to the minor unit: used for floors.
    pub fn round_up(&self) -> Money {
        let dp = u32::from(self.currency.minor_units);
        Money::new(self.amount.round_dp_with_strategy(dp, RoundingStrategy::AwayFromZero), self.currency)
    }

    pub fn checked_add(&self, other: Money) -> Result<Money, MoneyError> {
        self.same_currency(other)?;
        let sum = self.amount.checked_add(other.amount).ok_or(MoneyError::Overflow)?;
        Ok(Money::new(sum, self.currency))
    }

    pub fn checked_sub(&self, other: Money) -> Result<Money, MoneyError> {
        self.same_currency(other)?;
        let diff = self.amount.checked_sub(other.amount).ok_or(MoneyError::Overflow)?;
        Ok(Money::new(diff, self.currency))
    }

    /// Multiplies by a plain factor (a percentage as a fraction, a rate of increase); exact.
    pub fn times(&self, factor: Decimal) -> Money {
        Money::new(self.amount * factor, self.currency)
    }

    pub fn min(self, other: Money) -> Result<Money, MoneyError> {
        self.same_currency(other)?;
        Ok(if other.amount < self.amount { other } else { self })
    }

    fn same_currency(&self, other: Money) -> Result<(), MoneyError> {
        if self.currency == other.currency {
            Ok(())
        } else {
            Err(MoneyError::CurrencyMismatch { left: self.currency, right: other.currency })
        }
    }

    /// The amount as text with exactly the currency's decimals (no thousands separator),
    /// the form used in CSV files and golden outputs.
    pub fn plain(&self) -> String {
        let dp = u32::from(self.currency.minor_units);
        let mut a = self.amount.round_dp(dp);
        a.rescale(dp);
        a.to_string()
    }

    /// The amount grouped in thousands with a comma, for human-readable tables: `1,234.56`.
    pub fn grouped(&self) -> String {
        group_thousands(&self.plain())
    }
}

impl fmt::Display for Money {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}", self.grouped(), self.currency)
    }
}

impl fmt::Debug for Money {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}", self.amount, self.currency)
    }
}

/// Parses a plain decimal ("1234.5", "-3", "0.001"); rejects exponents, commas and blanks.
pub fn parse_decimal(text: &str) -> Result<Decimal, MoneyError> {
    let t = text.trim();
    let well_formed = !t.is_empty()
        && t.chars().all(|c| c.is_ascii_digit() || c == '.' || c == '-')
        && t.chars().filter(|c| *c == '.').count() <= 1
        && !t[1.min(t.len())..].contains('-');
    if !well_formed {
        return Err(MoneyError::NotAnAmount(text.to_string()));
    }
    Decimal::from_str(t).map_err(|_| MoneyError::NotAnAmount(text.to_string()))
}

/// Groups the integer digits of a plain decimal string in thousands: "-1234567.5" -> "-1,234,567.5".
pub fn group_thousands(plain: &str) -> String {
    let (sign, rest) = plain.strip_prefix('-').map_or(("", plain), |r| ("-", r));
    let (int, frac) = rest.split_once('.').map_or((rest, None), |(i, f)| (i, Some(f)));
    let mut grouped = String::with_capacity(plain.len() + int.len() / 3);
    for (i, ch) in int.chars().enumerate() {
        if i > 0 && (int.len() - i) % 3 == 0 {
            grouped.push(',');
        }
        grouped.push(ch);
    }
    match frac {
        Some(f) => format!("{sign}{grouped}.{f}"),
        None => format!("{sign}{grouped}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dec(s: &str) -> Decimal {
        Decimal::from_str(s).unwrap()
    }

    fn eur() -> Currency {
        Currency::from_code("EUR").unwrap()
    }

    #[test]
    fn minor_units_follow_iso_4217() {
        let cases = [("EUR", 2), ("jpy", 0), ("KWD", 3), ("TRY", 2), ("CNY", 2), ("ISK", 0)];
        for (code, minor) in cases {
            assert_eq!(Currency::from_code(code).unwrap().minor_units(), minor, "{code}");
        }
        assert_eq!(Currency::from_code("XYZ"), Err(MoneyError::UnknownCurrency("XYZ".into())));
    }

    #[test]
    fn adding_two_currencies_is_an_error() {
        let a = Money::parse("1.00", eur()).unwrap();
        let b = Money::parse("1", Currency::from_code("JPY").unwrap()).unwrap();
        assert!(matches!(a.checked_add(b), Err(MoneyError::CurrencyMismatch { .. })));
        assert_eq!(a.checked_add(a).unwrap().plain(), "2.00");
    }

    #[test]
    fn parse_rejects_floats_in_disguise_and_extra_precision() {
        assert!(Money::parse("1e3", eur()).is_err());
        assert!(Money::parse("1,000.00", eur()).is_err());
        assert!(Money::parse("", eur()).is_err());
        assert!(Money::parse("1.001", eur()).is_err());
        assert!(Money::parse("10", Currency::from_code("JPY").unwrap()).is_ok());
        assert!(Money::parse("10.5", Currency::from_code("JPY").unwrap()).is_err());
    }

    #[test]
    fn rounding_steps_are_named_and_exact() {
        let m = Money::new(dec("2.345"), eur());
        assert_eq!(m.round_half_even().plain(), "2.34");
        assert_eq!(Money::new(dec("2.355"), eur()).round_half_even().plain(), "2.36");
        assert_eq!(m.round_down().plain(), "2.34");
        assert_eq!(m.round_up().plain(), "2.35");
        assert_eq!(Money::from_minor(123456, eur()).plain(), "1234.56");
        assert_eq!(Money::from_minor(123456, eur()).to_minor(), 123456);
    }

    #[test]
    fn minor_units_beyond_i64_are_an_error_not_a_wrapped_number() {
        let max = Money::from_minor(i64::MAX, eur());
        assert_eq!(max.try_minor(), Ok(i64::MAX));
        let beyond = max.checked_add(Money::from_minor(1, eur())).unwrap();
        assert_eq!(beyond.try_minor(), Err(MoneyError::Overflow));
        assert_eq!(Money::new(dec("1e20"), eur()).try_minor(), Err(MoneyError::Overflow));
        assert!(matches!(Money::new(dec("1.005"), eur()).try_minor(), Err(MoneyError::TooPrecise { .. })));
        assert_eq!(Money::new(dec("12.5"), eur()).try_minor(), Ok(1250));
        assert_eq!(Money::new(dec("-3"), Currency::from_code("KWD").unwrap()).try_minor(), Ok(-3000));
    }

    #[test]
    fn display_groups_thousands() {
        assert_eq!(Money::new(dec("1234567.5"), eur()).to_string(), "1,234,567.50 EUR");
        assert_eq!(group_thousands("-1234"), "-1,234");
        assert_eq!(group_thousands("999"), "999");
        assert_eq!(group_thousands("100000.25"), "100,000.25");
    }
}

//! VAT on invoices: categories (EN 16931 codes), the treatment of a line, and the breakdown
//! per category, rounded once per category so that net + VAT = gross exactly.

use std::collections::BTreeMap;
use std::fmt;

use rust_decimal::{Decimal, RoundingStrategy};
use serde::{Deserialize, Serialize};

use crate::explain::{Step, Value};
use crate::money::{Currency, Money};

/// The VAT category of a line, as EN 16931 codes it (UNCL 5305).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum VatCategory {
    /// S: VAT charged at a rate above zero.
    Standard,
    /// Z: taxable at a zero rate.
    ZeroRated,
    /// E: exempt from VAT (a reason is required).
    Exempt,
    /// AE: the buyer accounts for the VAT (cross-border business services in the EU).
    ReverseCharge,
    /// K: intra-community supply (goods; kept for completeness).
    IntraCommunity,
    /// G: export outside the EU.
    Export,
    /// O: outside the scope of VAT (a reason is required).
    NotSubject,
}

impl VatCategory {
    pub const ALL: [VatCategory; 7] = [
        VatCategory::Standard,
        VatCategory::ZeroRated,
        VatCategory::Exempt,
        VatCategory::ReverseCharge,
        VatCategory::IntraCommunity,
        VatCategory::Export,
        VatCategory::NotSubject,
    ];

    /// The UNCL 5305 code used in e-invoices and in the vat_rates file.
    pub fn code(self) -> &'static str {
        match self {
            VatCategory::Standard => "S",
            VatCategory::ZeroRated => "Z",
            VatCategory::Exempt => "E",
            VatCategory::ReverseCharge => "AE",
            VatCategory::IntraCommunity => "K",
            VatCategory::Export => "G",
            VatCategory::NotSubject => "O",
        }
    }

    pub fn from_code(code: &str) -> Option<VatCategory> {
        VatCategory::ALL.into_iter().find(|c| c.code() == code)
    }

    /// Whether VAT is charged (a rate above zero); every other category charges none.
    pub fn charges_vat(self) -> bool {
        self == VatCategory::Standard
    }

    /// Whether the invoice must say why no VAT is charged.
    pub fn needs_reason(self) -> bool {
        !matches!(self, VatCategory::Standard | VatCategory::ZeroRated)
    }
}

impl fmt::Display for VatCategory {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// How one line is taxed: its category, its rate in percent, and for lines without VAT the
/// reason (a VATEX code and words, with the words in other languages where the consortium
/// gave them).
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Treatment {
    pub category: VatCategory,
    #[serde(with = "rust_decimal::serde::str")]
    pub rate: Decimal,
    pub reason_code: Option<String>,
    /// The reason in the consortium's default words (the `reason` column).
    pub reason: Option<String>,
    /// The reason by language code ("fi", "sv", "tr", "zh"), for documents in that language;
    /// absent from documents issued before translations existed.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub reasons: BTreeMap<String, String>,
}

impl Treatment {
    /// A treatment with its reason in the default words only.
    pub fn new(category: VatCategory, rate: Decimal, reason_code: Option<String>, reason: Option<String>) -> Treatment {
        Treatment { category, rate, reason_code, reason, reasons: BTreeMap::new() }
    }

    /// The reason as a document in `language` prints it: its translation if there is one,
    /// else the default words.
    pub fn reason_in(&self, language: &str) -> Option<&str> {
        self.reasons.get(language).or(self.reason.as_ref()).map(String::as_str)
    }
}

/// The VAT of one category and rate on an invoice.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct VatSubtotal {
    pub treatment: Treatment,
    pub taxable: Money,
    pub tax: Money,
}

/// VAT of a taxable amount at a rate in percent, rounded once to the minor unit, half away
/// from zero (the commercial rounding EN 16931 and tax offices expect).
pub fn tax_on(taxable: Money, rate: Decimal) -> Money {
    let dp = u32::from(taxable.currency().minor_units());
    let exact = taxable.amount() * rate / Decimal::ONE_HUNDRED;
    Money::new(exact.round_dp_with_strategy(dp, RoundingStrategy::MidpointAwayFromZero), taxable.currency())
}

/// The VAT breakdown of a set of lines: one subtotal per treatment, in the order the
/// treatments first appear; the tax of each is computed on the category's total, once.
pub fn breakdown<'a>(lines: impl IntoIterator<Item = (&'a Treatment, Money)>, currency: Currency) -> Vec<VatSubtotal> {
    let mut out: Vec<VatSubtotal> = Vec::new();
    for (treatment, net) in lines {
        assert_eq!(net.currency(), currency, "a line in another currency than its invoice");
        match out.iter_mut().find(|s| &s.treatment == treatment) {
            Some(s) => s.taxable = s.taxable.checked_add(net).expect("same currency"),
            None => out.push(VatSubtotal { treatment: treatment.clone(), taxable: net, tax: Money::zero(currency) }),
        }
    }
    for s in &mut out {
        s.tax = if s.treatment.category.charges_vat() {
            tax_on(s.taxable, s.treatment.rate)
        } else {
            Money::zero(currency)
        };
    }
    out
}

/// Checks the form of a VAT identifier for a buyer in `country`: in the EU, the country's
/// two-letter prefix (EL for Greece) and 2 to 13 letters or digits; elsewhere, a tax number
/// of 5 to 20 letters, digits or dashes. Returns the message for a bad one.
pub fn check_vat_id(country: &str, vat_id: &str) -> Result<(), Step> {
    let id = vat_id.trim();
    let bad = |key: &str, text: String, prefix: &str| {
        Step::said(key, text, [("value", Value::text(id)), ("prefix", Value::text(prefix))])
    };
    if is_eu(country) {
        let prefix = if country == "GR" { "EL" } else { country };
        let rest = id
            .strip_prefix(prefix)
            .ok_or_else(|| bad("err-vat-id-prefix", format!("'{id}' does not start with {prefix}"), prefix))?;
        let ok = (2..=13).contains(&rest.len()) && rest.chars().all(|c| c.is_ascii_alphanumeric());
        if !ok {
            let text = format!("'{id}' is not a VAT number ({prefix} then 2 to 13 letters or digits)");
            return Err(bad("err-vat-id-eu", text, prefix));
        }
        if country == "FI" && !(rest.len() == 8 && rest.chars().all(|c| c.is_ascii_digit())) {
            return Err(bad("err-vat-id-fi", format!("'{id}' is not a Finnish VAT number (FI and 8 digits)"), prefix));
        }
        return Ok(());
    }
    let ok = (5..=20).contains(&id.len()) && id.chars().all(|c| c.is_ascii_alphanumeric() || c == '-');
    if ok {
        Ok(())
    } else {
        Err(bad("err-vat-id-other", format!("'{id}' is not a tax number (5 to 20 letters, digits or dashes)"), ""))
    }
}

/// Member states of the EU (ISO 3166 codes), for the VAT id form and reverse charge.
pub fn is_eu(country: &str) -> bool {
    const EU: [&str; 27] = [
        "AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR", "HR", "HU", "IE", "IT", "LT", "LU",
        "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK",
    ];
    EU.contains(&country)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn eur(s: &str) -> Money {
        Money::parse(s, Currency::from_code("EUR").unwrap()).unwrap()
    }

    fn standard(rate: &str) -> Treatment {
        Treatment::new(VatCategory::Standard, rate.parse().unwrap(), None, None)
    }

    #[test]
    fn tax_is_rounded_once_per_category_half_away_from_zero() {
        // (rate, taxable, tax)
        let cases = [
            ("25.5", "100.00", "25.50"),
            ("25.5", "0.10", "0.03"),
            ("10", "0.05", "0.01"),
            ("14", "1234.56", "172.84"),
        ];
        for (rate, taxable, tax) in cases {
            assert_eq!(tax_on(eur(taxable), rate.parse().unwrap()).plain(), tax, "{taxable} at {rate} %");
        }
    }

    #[test]
    fn breakdown_sums_lines_of_a_category_before_rounding() {
        // Three lines of 0.10 at 25.5 %: per line 0.03 each (0.09), on the total 0.30 -> 0.08.
        let s = standard("25.5");
        let lines = [(&s, eur("0.10")), (&s, eur("0.10")), (&s, eur("0.10"))];
        let b = breakdown(lines, Currency::from_code("EUR").unwrap());
        assert_eq!(b.len(), 1);
        assert_eq!((b[0].taxable.plain(), b[0].tax.plain()), ("0.30".into(), "0.08".into()));
    }

    #[test]
    fn categories_without_vat_charge_none_and_keep_their_own_subtotal() {
        let (s, ae) = (
            standard("10"),
            Treatment::new(
                VatCategory::ReverseCharge,
                Decimal::ZERO,
                Some("VATEX-EU-AE".into()),
                Some("Reverse charge".into()),
            ),
        );
        let b = breakdown(
            [(&s, eur("50.00")), (&ae, eur("70.00")), (&s, eur("5.00"))],
            Currency::from_code("EUR").unwrap(),
        );
        let got: Vec<(&str, String, String)> =
            b.iter().map(|v| (v.treatment.category.code(), v.taxable.plain(), v.tax.plain())).collect();
        assert_eq!(got, [("S", "55.00".into(), "5.50".into()), ("AE", "70.00".into(), "0.00".into())]);
    }

    #[test]
    fn vat_ids_are_checked_by_country() {
        let cases = [
            ("FI", "FI03136475", true),
            ("FI", "FI0313647", false),
            ("FI", "SE03136475", false),
            ("SE", "SE202100297401", true),
            ("GR", "EL123456789", true),
            ("TR", "2240057493", true),
            ("CN", "91110000400000", true),
            ("CN", "no", false),
        ];
        for (country, id, ok) in cases {
            assert_eq!(check_vat_id(country, id).is_ok(), ok, "{country} {id}");
        }
    }
}

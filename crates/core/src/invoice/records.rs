//! The records invoicing reads: funders (who receive the funder's invoice), VAT rates per
//! country and resource kind, and exchange rates with their date and source.

use chrono::NaiveDate;
use rust_decimal::Decimal;

use crate::explain::{Step, Value};
use crate::invoice::vat::{Treatment, VatCategory};
use crate::money::Currency;
use crate::records::{dec_text, opt, FieldError, Fields, Record, LANGUAGES, RESOURCE_KINDS};

/// A central funder's billing details; deals name it in their `funder` field.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Funder {
    pub name: String,
    pub country: String,
    pub city: Option<String>,
    pub address: Option<String>,
    pub postcode: Option<String>,
    pub vat_id: Option<String>,
    pub language: String,
    pub currency: Currency,
    pub email: Option<String>,
}

impl Record for Funder {
    const KIND: &'static str = "funders";
    const FIELDS: &'static [&'static str] =
        &["name", "country", "city", "address", "postcode", "vat_id", "language", "currency", "email"];
    const KEY: &'static [&'static str] = &["name"];

    fn read(f: &Fields) -> Result<Self, FieldError> {
        Ok(Funder {
            name: f.text("name")?,
            country: f.country("country")?,
            city: f.optional("city"),
            address: f.optional("address"),
            postcode: f.optional("postcode"),
            vat_id: f.optional("vat_id"),
            language: f.one_of("language", LANGUAGES)?,
            currency: f.currency("currency")?,
            email: f.optional("email"),
        })
    }

    fn write(&self) -> Vec<String> {
        vec![
            self.name.clone(),
            self.country.clone(),
            opt(&self.city),
            opt(&self.address),
            opt(&self.postcode),
            opt(&self.vat_id),
            self.language.clone(),
            self.currency.to_string(),
            opt(&self.email),
        ]
    }
}

/// The VAT treatment of a resource kind for buyers in a country, from a date on. `*` in
/// country or resource_kind matches any; the most specific row wins, then the latest date.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct VatRate {
    pub country: String,
    pub resource_kind: String,
    pub valid_from: NaiveDate,
    pub treatment: Treatment,
}

/// The languages a VAT rate's reason may be given in besides the default `reason` column,
/// each in a column `reason_{code}`.
pub const REASON_LANGUAGES: [&str; 4] = ["fi", "sv", "tr", "zh"];

impl Record for VatRate {
    const KIND: &'static str = "vat_rates";
    const FIELDS: &'static [&'static str] = &[
        "country",
        "resource_kind",
        "valid_from",
        "category",
        "rate",
        "reason_code",
        "reason",
        "reason_fi",
        "reason_sv",
        "reason_tr",
        "reason_zh",
    ];
    const KEY: &'static [&'static str] = &["country", "resource_kind", "valid_from"];
    /// The reason in other languages came with schema 8; older files have no such columns.
    const OPTIONAL: &'static [&'static str] = &["reason_fi", "reason_sv", "reason_tr", "reason_zh"];

    fn read(f: &Fields) -> Result<Self, FieldError> {
        let country = if f.text("country")? == "*" { "*".to_string() } else { f.country("country")? };
        let resource_kind = f.text("resource_kind")?;
        if resource_kind != "*" && !RESOURCE_KINDS.contains(&resource_kind.as_str()) {
            let allowed = RESOURCE_KINDS.join(", ");
            let text = format!("'{resource_kind}' is not * or one of {allowed}");
            let args = [("value", Value::text(&resource_kind)), ("allowed", Value::text(allowed))];
            return Err(FieldError::new("resource_kind", Step::said("err-field-kind-or-any", text, args)));
        }
        let code = f.text("category")?;
        let category = VatCategory::from_code(&code).ok_or_else(|| {
            let codes = VatCategory::ALL.iter().map(|c| c.code()).collect::<Vec<_>>().join(", ");
            let text = format!("'{code}' is not a VAT category ({codes})");
            let args = [("value", Value::text(&code)), ("allowed", Value::text(codes))];
            FieldError::new("category", Step::said("err-vat-category", text, args))
        })?;
        let rate = f.non_negative("rate")?;
        if category.charges_vat() == rate.is_zero() {
            let message = if rate.is_zero() {
                Step::said("err-vat-rate-zero", "must be above 0 for category S", [])
            } else {
                Step::said("err-vat-rate-not-zero", "must be 0 for this category", [])
            };
            return Err(FieldError::new("rate", message));
        }
        if rate >= Decimal::ONE_HUNDRED {
            let text = format!("{rate} is not a percentage below 100");
            return Err(FieldError::value("rate", "err-vat-rate-100", text, &rate.to_string()));
        }
        let reason = f.optional("reason");
        if let Some(lang) = REASON_LANGUAGES.iter().find(|l| f.optional(&format!("reason_{l}")).is_some()) {
            if reason.is_none() {
                let text = "is a translation of the reason: give the reason itself in the column 'reason' too";
                return Err(FieldError::new(
                    &format!("reason_{lang}"),
                    Step::said("err-vat-reason-translated", text, []),
                ));
            }
        }
        if category.needs_reason() && reason.is_none() {
            let text = format!("is required for category {code}: the invoice must say why no VAT is charged");
            let args = [("category", Value::text(&code))];
            return Err(FieldError::new("reason", Step::said("err-vat-reason-required", text, args)));
        }
        Ok(VatRate {
            country,
            resource_kind,
            valid_from: f.date("valid_from")?,
            treatment: Treatment {
                category,
                rate,
                reason_code: f.optional("reason_code"),
                reason,
                reasons: REASON_LANGUAGES
                    .iter()
                    .filter_map(|lang| Some((lang.to_string(), f.optional(&format!("reason_{lang}"))?)))
                    .collect(),
            },
        })
    }

    fn write(&self) -> Vec<String> {
        let t = &self.treatment;
        vec![
            self.country.clone(),
            self.resource_kind.clone(),
            self.valid_from.to_string(),
            t.category.code().to_string(),
            dec_text(&Some(t.rate)),
            opt(&t.reason_code),
            opt(&t.reason),
        ]
        .into_iter()
        .chain(REASON_LANGUAGES.iter().map(|lang| t.reasons.get(*lang).cloned().unwrap_or_default()))
        .collect()
    }
}

/// The treatment in force for a buyer country and resource kind on a date: the most
/// specific matching row (exact country before `*`, exact kind before `*`), then the latest.
pub fn treatment_for<'a>(rates: &'a [VatRate], country: &str, kind: &str, date: NaiveDate) -> Option<&'a VatRate> {
    let specificity = |r: &VatRate| (r.country == country, r.resource_kind == kind, r.valid_from);
    rates
        .iter()
        .filter(|r| (r.country == country || r.country == "*") && (r.resource_kind == kind || r.resource_kind == "*"))
        .filter(|r| r.valid_from <= date)
        .max_by_key(|r| specificity(r))
}

/// One unit of `from` is worth `rate` of `to` on `date`, according to `source`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FxRate {
    pub from: Currency,
    pub to: Currency,
    pub date: NaiveDate,
    pub rate: Decimal,
    pub source: String,
}

impl Record for FxRate {
    const KIND: &'static str = "exchange_rates";
    const FIELDS: &'static [&'static str] = &["from_currency", "to_currency", "date", "rate", "source"];
    const KEY: &'static [&'static str] = &["from_currency", "to_currency", "date"];

    fn read(f: &Fields) -> Result<Self, FieldError> {
        let rate = f.non_negative("rate")?;
        if rate.is_zero() {
            return Err(FieldError::new("rate", Step::said("err-fx-rate-zero", "must be above 0", [])));
        }
        let (from, to) = (f.currency("from_currency")?, f.currency("to_currency")?);
        if from == to {
            let text = format!("is the same currency as from_currency ({from})");
            let args = [("currency", Value::text(from.code()))];
            return Err(FieldError::new("to_currency", Step::said("err-fx-same-currency", text, args)));
        }
        Ok(FxRate { from, to, date: f.date("date")?, rate, source: f.text("source")? })
    }

    fn write(&self) -> Vec<String> {
        vec![
            self.from.to_string(),
            self.to.to_string(),
            self.date.to_string(),
            dec_text(&Some(self.rate)),
            self.source.clone(),
        ]
    }
}

/// The latest rate from `from` to `to` on or before `date`.
pub fn rate_for(rates: &[FxRate], from: Currency, to: Currency, date: NaiveDate) -> Option<&FxRate> {
    rates.iter().filter(|r| r.from == from && r.to == to && r.date <= date).max_by_key(|r| r.date)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::records::read_row;

    /// A vat_rates row; the columns left out (the reason in other languages) are empty.
    fn read(row: &[&str]) -> Result<VatRate, FieldError> {
        let mut row = row.to_vec();
        row.resize(VatRate::FIELDS.len(), "");
        read_row::<VatRate>(&row)
    }

    fn rate(row: &[&str]) -> VatRate {
        read(row).unwrap()
    }

    #[test]
    fn the_most_specific_then_latest_vat_row_applies() {
        let rates = [
            rate(&["FI", "*", "2024-09-01", "S", "25.5", "", ""]),
            rate(&["FI", "ebooks", "2024-09-01", "S", "10", "", ""]),
            rate(&["FI", "ebooks", "2025-01-01", "S", "14", "", ""]),
            rate(&["*", "*", "2020-01-01", "O", "0", "VATEX-EU-O", "Not subject to Finnish VAT"]),
        ];
        let on = |c: &str, k: &str, d: &str| {
            treatment_for(&rates, c, k, d.parse().unwrap())
                .map(|r| (r.treatment.category.code(), r.treatment.rate.to_string()))
        };
        assert_eq!(on("FI", "ebooks", "2024-12-31"), Some(("S", "10".into())));
        assert_eq!(on("FI", "ebooks", "2025-01-01"), Some(("S", "14".into())));
        assert_eq!(on("FI", "database", "2025-06-01"), Some(("S", "25.5".into())));
        assert_eq!(on("CN", "database", "2025-06-01"), Some(("O", "0".into())));
        assert_eq!(on("FI", "database", "2024-01-01"), Some(("O", "0".into())));
    }

    #[test]
    fn vat_rows_that_cannot_be_right_are_refused() {
        // (row, field)
        let cases: [(&[&str], &str); 6] = [
            (&["FI", "*", "2024-09-01", "S", "0", "", ""], "rate"),
            (&["SE", "*", "2024-09-01", "AE", "25", "", "Reverse charge"], "rate"),
            (&["SE", "*", "2024-09-01", "AE", "0", "", ""], "reason"),
            (&["SE", "films", "2024-09-01", "S", "25", "", ""], "resource_kind"),
            (&["SE", "*", "2024-09-01", "X", "25", "", ""], "category"),
            (&["TR", "*", "2024-09-01", "O", "0", "", "", "", "", "KDV'ye tabi değildir", ""], "reason_tr"),
        ];
        for (row, field) in cases {
            assert_eq!(read(row).unwrap_err().field, field, "{row:?}");
        }
    }

    #[test]
    fn a_reason_is_said_in_the_documents_language_where_the_rate_gives_it() {
        let not_subject = ["*", "*", "2020-01-01", "O", "0", "VATEX-EU-O", "Not subject to VAT"];
        let translated = [&not_subject[..], &["Ei arvonlisäveron alainen", "", "", "不征收增值税"]].concat();
        let t = rate(&translated).treatment;
        let said: Vec<Option<&str>> = ["fi", "sv", "tr", "zh", "en"].iter().map(|l| t.reason_in(l)).collect();
        assert_eq!(
            said,
            [
                Some("Ei arvonlisäveron alainen"),
                Some("Not subject to VAT"),
                Some("Not subject to VAT"),
                Some("不征收增值税"),
                Some("Not subject to VAT")
            ]
        );
        assert_eq!(rate(&translated).write(), translated, "written back as read");
        assert!(rate(&not_subject).treatment.reasons.is_empty());
    }
}

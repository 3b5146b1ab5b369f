//! The catalogue's records (vendors, resources, licences, members, deals, ...) as typed values,
//! with one list of fields each that the CSV files and the store both use.

use std::collections::BTreeMap;
use std::str::FromStr;

use chrono::NaiveDate;
use rust_decimal::Decimal;

use crate::explain::{Step, Value};
use crate::money::{parse_decimal, Currency};
use crate::pricing::{parse_index, ExchangeRate, Pricing};
use crate::rule::{is_derived_usage, metric_name, FundingRule};

/// A field that could not be read: which one, and why (a sentence each language can say).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldError {
    pub field: String,
    pub message: Step,
}

impl FieldError {
    pub(crate) fn new(field: &str, message: Step) -> FieldError {
        FieldError { field: field.to_string(), message }
    }

    /// The value as typed is not what the field takes: `key`'s sentence names it as `value`.
    pub(crate) fn value(field: &str, key: &str, text: String, value: &str) -> FieldError {
        FieldError::new(field, Step::said(key, text, [("value", Value::text(value))]))
    }

    /// The field's date lies before the date of field `other`.
    pub(crate) fn before(field: &str, other: &str) -> FieldError {
        FieldError::new(
            field,
            Step::said("err-field-before", format!("is before {other}"), [("other", Value::text(other))]),
        )
    }
}

/// A record kind: its table, its fields (CSV columns = store columns, in this order), its
/// key, the other records it refers to, and how it reads from and writes to text fields.
pub trait Record: Sized {
    /// Plural name: the table and the CSV file stem (`members` -> members.csv).
    const KIND: &'static str;
    const FIELDS: &'static [&'static str];
    const KEY: &'static [&'static str];
    /// (field, kind) pairs: the field holds the code of a record of that kind.
    const REFERENCES: &'static [(&'static str, &'static str)] = &[];
    /// Columns a file may leave out (read as empty): fields added after files were written.
    const OPTIONAL: &'static [&'static str] = &[];

    /// Reads a record from text fields ("" is an empty optional field).
    fn read(fields: &Fields) -> Result<Self, FieldError>;
    /// The record as canonical text, one value per field in FIELDS order.
    fn write(&self) -> Vec<String>;
}

/// The value as typed is not one of the values the field allows.
pub(crate) fn not_one_of(field: &str, value: &str, allowed: &[&str]) -> FieldError {
    let allowed = allowed.join(", ");
    let text = format!("'{value}' is not one of {allowed}");
    FieldError::new(
        field,
        Step::said("err-field-one-of", text, [("value", Value::text(value)), ("allowed", Value::text(allowed))]),
    )
}

/// Text fields by name, as a CSV row or a store row gives them.
pub struct Fields<'a> {
    pub names: &'a [&'a str],
    pub values: &'a [String],
}

impl Fields<'_> {
    pub(crate) fn raw(&self, field: &str) -> &str {
        let i = self.names.iter().position(|n| *n == field).unwrap_or_else(|| panic!("no field {field}"));
        self.values[i].trim()
    }

    pub(crate) fn text(&self, field: &str) -> Result<String, FieldError> {
        let v = self.raw(field);
        if v.is_empty() {
            return Err(FieldError::new(field, Step::said("err-field-empty", "is empty", [])));
        }
        Ok(v.to_string())
    }

    pub(crate) fn optional(&self, field: &str) -> Option<String> {
        Some(self.raw(field).to_string()).filter(|v| !v.is_empty())
    }

    pub(crate) fn code(&self, field: &str) -> Result<String, FieldError> {
        let v = self.text(field)?;
        let ok = v.chars().all(|c| c.is_alphanumeric() || matches!(c, '-' | '_' | '.'));
        if !ok {
            return Err(FieldError::value(
                field,
                "err-field-code",
                format!("'{v}' is not a code (letters, digits, - _ .)"),
                &v,
            ));
        }
        Ok(v)
    }

    pub(crate) fn date(&self, field: &str) -> Result<NaiveDate, FieldError> {
        let v = self.text(field)?;
        NaiveDate::parse_from_str(&v, "%Y-%m-%d")
            .map_err(|_| FieldError::value(field, "err-field-date", format!("'{v}' is not a date (YYYY-MM-DD)"), &v))
    }

    pub(crate) fn optional_date(&self, field: &str) -> Result<Option<NaiveDate>, FieldError> {
        self.optional(field).map(|_| self.date(field)).transpose()
    }

    pub(crate) fn decimal(&self, field: &str) -> Result<Decimal, FieldError> {
        let v = self.text(field)?;
        parse_decimal(&v)
            .map_err(|_| FieldError::value(field, "err-field-number", format!("'{v}' is not a number"), &v))
    }

    pub(crate) fn non_negative(&self, field: &str) -> Result<Decimal, FieldError> {
        let d = self.decimal(field)?;
        if d.is_sign_negative() && !d.is_zero() {
            return Err(FieldError::value(field, "err-field-negative", format!("{d} is negative"), &d.to_string()));
        }
        Ok(d)
    }

    pub(crate) fn optional_non_negative(&self, field: &str) -> Result<Option<Decimal>, FieldError> {
        self.optional(field).map(|_| self.non_negative(field)).transpose()
    }

    fn integer<T: FromStr>(&self, field: &str) -> Result<T, FieldError> {
        let v = self.text(field)?;
        v.parse().map_err(|_| FieldError::value(field, "err-field-whole", format!("'{v}' is not a whole number"), &v))
    }

    pub(crate) fn currency(&self, field: &str) -> Result<Currency, FieldError> {
        let v = self.text(field)?;
        Currency::from_code(&v).map_err(|e| FieldError::new(field, e.said()))
    }

    pub(crate) fn country(&self, field: &str) -> Result<String, FieldError> {
        let v = self.text(field)?;
        if v.len() != 2 || !v.chars().all(|c| c.is_ascii_uppercase()) {
            let text = format!("'{v}' is not an ISO 3166 country code like FI");
            return Err(FieldError::value(field, "err-field-country", text, &v));
        }
        Ok(v)
    }

    pub(crate) fn one_of(&self, field: &str, allowed: &[&str]) -> Result<String, FieldError> {
        let v = self.text(field)?;
        if !allowed.contains(&v.as_str()) {
            return Err(not_one_of(field, &v, allowed));
        }
        Ok(v)
    }
}

pub(crate) fn date_text(d: &Option<NaiveDate>) -> String {
    d.map(|d| d.to_string()).unwrap_or_default()
}

pub(crate) fn dec_text(d: &Option<Decimal>) -> String {
    d.map(|d| d.normalize().to_string()).unwrap_or_default()
}

pub(crate) fn opt(s: &Option<String>) -> String {
    s.clone().unwrap_or_default()
}

/// The consortium itself (one row).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Consortium {
    pub name: String,
    pub country: String,
    pub currency: Currency,
    pub vat_id: Option<String>,
    /// The street line of the postal address.
    pub address: Option<String>,
    pub email: Option<String>,
    pub postcode: Option<String>,
    pub city: Option<String>,
    /// Bank account for invoices (IBAN) and the bank's BIC.
    pub iban: Option<String>,
    pub bic: Option<String>,
    /// Payment terms: days from issue to due date.
    pub payment_days: u32,
    /// The letterhead's logo: a PNG file.
    pub logo: Option<String>,
}

impl Record for Consortium {
    const KIND: &'static str = "consortium";
    const FIELDS: &'static [&'static str] = &[
        "name",
        "country",
        "currency",
        "vat_id",
        "address",
        "email",
        "postcode",
        "city",
        "iban",
        "bic",
        "payment_days",
        "logo",
    ];
    const KEY: &'static [&'static str] = &[];
    const OPTIONAL: &'static [&'static str] = &["postcode", "city", "iban", "bic", "payment_days", "logo"];

    fn read(f: &Fields) -> Result<Self, FieldError> {
        Ok(Consortium {
            name: f.text("name")?,
            country: f.country("country")?,
            currency: f.currency("currency")?,
            vat_id: f.optional("vat_id"),
            address: f.optional("address"),
            email: f.optional("email"),
            postcode: f.optional("postcode"),
            city: f.optional("city"),
            iban: f.optional("iban").map(|v| v.replace(' ', "")),
            bic: f.optional("bic"),
            payment_days: if f.optional("payment_days").is_some() { f.integer("payment_days")? } else { 30 },
            logo: f.optional("logo"),
        })
    }

    fn write(&self) -> Vec<String> {
        vec![
            self.name.clone(),
            self.country.clone(),
            self.currency.to_string(),
            opt(&self.vat_id),
            opt(&self.address),
            opt(&self.email),
            opt(&self.postcode),
            opt(&self.city),
            opt(&self.iban),
            opt(&self.bic),
            self.payment_days.to_string(),
            opt(&self.logo),
        ]
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Vendor {
    pub code: String,
    pub name: String,
    pub country: String,
    pub currency: Currency,
    pub vat_id: Option<String>,
    pub email: Option<String>,
}

impl Record for Vendor {
    const KIND: &'static str = "vendors";
    const FIELDS: &'static [&'static str] = &["code", "name", "country", "currency", "vat_id", "email"];
    const KEY: &'static [&'static str] = &["code"];

    fn read(f: &Fields) -> Result<Self, FieldError> {
        Ok(Vendor {
            code: f.code("code")?,
            name: f.text("name")?,
            country: f.country("country")?,
            currency: f.currency("currency")?,
            vat_id: f.optional("vat_id"),
            email: f.optional("email"),
        })
    }

    fn write(&self) -> Vec<String> {
        vec![
            self.code.clone(),
            self.name.clone(),
            self.country.clone(),
            self.currency.to_string(),
            opt(&self.vat_id),
            opt(&self.email),
        ]
    }
}

pub const RESOURCE_KINDS: &[&str] = &["database", "ejournals", "ebooks", "other"];

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Resource {
    pub code: String,
    pub vendor: String,
    pub name: String,
    pub kind: String,
    pub platform: Option<String>,
    pub counter_platform: Option<String>,
    pub counter_database: Option<String>,
}

impl Record for Resource {
    const KIND: &'static str = "resources";
    const FIELDS: &'static [&'static str] =
        &["code", "vendor", "name", "kind", "platform", "counter_platform", "counter_database"];
    const KEY: &'static [&'static str] = &["code"];
    const REFERENCES: &'static [(&'static str, &'static str)] = &[("vendor", "vendors")];

    fn read(f: &Fields) -> Result<Self, FieldError> {
        Ok(Resource {
            code: f.code("code")?,
            vendor: f.code("vendor")?,
            name: f.text("name")?,
            kind: f.one_of("kind", RESOURCE_KINDS)?,
            platform: f.optional("platform"),
            counter_platform: f.optional("counter_platform"),
            counter_database: f.optional("counter_database"),
        })
    }

    fn write(&self) -> Vec<String> {
        vec![
            self.code.clone(),
            self.vendor.clone(),
            self.name.clone(),
            self.kind.clone(),
            opt(&self.platform),
            opt(&self.counter_platform),
            opt(&self.counter_database),
        ]
    }
}

pub const MEMBER_KINDS: &[&str] = &["university", "public", "special", "school", "research", "other"];
pub const LANGUAGES: &[&str] = &["en", "fi", "sv", "tr", "zh"];

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Member {
    pub code: String,
    pub name: String,
    pub kind: String,
    pub country: String,
    pub city: Option<String>,
    pub address: Option<String>,
    pub postcode: Option<String>,
    pub vat_id: Option<String>,
    pub language: String,
    pub currency: Currency,
    pub join_date: NaiveDate,
    pub leave_date: Option<NaiveDate>,
    pub email: Option<String>,
}

impl Record for Member {
    const KIND: &'static str = "members";
    const FIELDS: &'static [&'static str] = &[
        "code",
        "name",
        "kind",
        "country",
        "city",
        "address",
        "postcode",
        "vat_id",
        "language",
        "currency",
        "join_date",
        "leave_date",
        "email",
    ];
    const KEY: &'static [&'static str] = &["code"];

    fn read(f: &Fields) -> Result<Self, FieldError> {
        let m = Member {
            code: f.code("code")?,
            name: f.text("name")?,
            kind: f.one_of("kind", MEMBER_KINDS)?,
            country: f.country("country")?,
            city: f.optional("city"),
            address: f.optional("address"),
            postcode: f.optional("postcode"),
            vat_id: f.optional("vat_id"),
            language: f.one_of("language", LANGUAGES)?,
            currency: f.currency("currency")?,
            join_date: f.date("join_date")?,
            leave_date: f.optional_date("leave_date")?,
            email: f.optional("email"),
        };
        if m.leave_date.is_some_and(|l| l < m.join_date) {
            return Err(FieldError::before("leave_date", "join_date"));
        }
        Ok(m)
    }

    fn write(&self) -> Vec<String> {
        vec![
            self.code.clone(),
            self.name.clone(),
            self.kind.clone(),
            self.country.clone(),
            opt(&self.city),
            opt(&self.address),
            opt(&self.postcode),
            opt(&self.vat_id),
            self.language.clone(),
            self.currency.to_string(),
            self.join_date.to_string(),
            date_text(&self.leave_date),
            opt(&self.email),
        ]
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MetricValue {
    pub member: String,
    pub year: i32,
    pub metric: String,
    pub value: Decimal,
}

impl Record for MetricValue {
    const KIND: &'static str = "member_metrics";
    const FIELDS: &'static [&'static str] = &["member", "year", "metric", "value"];
    const KEY: &'static [&'static str] = &["member", "year", "metric"];
    const REFERENCES: &'static [(&'static str, &'static str)] = &[("member", "members")];

    fn read(f: &Fields) -> Result<Self, FieldError> {
        let year: i32 = f.integer("year")?;
        if !(1900..=2200).contains(&year) {
            let text = format!("{year} is not a plausible year");
            return Err(FieldError::new("year", Step::said("err-field-year", text, [("year", Value::year(year))])));
        }
        let metric = metric_name(&f.text("metric")?).map_err(|m| FieldError::new("metric", m))?;
        if is_derived_usage(&metric) {
            let text =
                format!("'{metric}' is derived from imported COUNTER reports and cannot be entered (docs/RULES.md)");
            return Err(FieldError::value("metric", "err-field-derived-metric", text, &metric));
        }
        Ok(MetricValue { member: f.code("member")?, year, metric, value: f.non_negative("value")? })
    }

    fn write(&self) -> Vec<String> {
        vec![self.member.clone(), self.year.to_string(), self.metric.clone(), self.value.normalize().to_string()]
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Licence {
    pub code: String,
    pub resource: String,
    pub title: String,
    pub start_date: NaiveDate,
    pub end_date: NaiveDate,
    pub renewal: String,
    pub notice_days: u32,
    pub governing_law: Option<String>,
    pub jurisdiction: Option<String>,
}

impl Licence {
    /// The last day to give notice of cancellation.
    pub fn notice_deadline(&self) -> NaiveDate {
        self.end_date - chrono::Days::new(u64::from(self.notice_days))
    }
}

impl Record for Licence {
    const KIND: &'static str = "licences";
    const FIELDS: &'static [&'static str] = &[
        "code",
        "resource",
        "title",
        "start_date",
        "end_date",
        "renewal",
        "notice_days",
        "governing_law",
        "jurisdiction",
    ];
    const KEY: &'static [&'static str] = &["code"];
    const REFERENCES: &'static [(&'static str, &'static str)] = &[("resource", "resources")];

    fn read(f: &Fields) -> Result<Self, FieldError> {
        let l = Licence {
            code: f.code("code")?,
            resource: f.code("resource")?,
            title: f.text("title")?,
            start_date: f.date("start_date")?,
            end_date: f.date("end_date")?,
            renewal: f.one_of("renewal", &["automatic", "explicit"])?,
            notice_days: f.integer("notice_days")?,
            governing_law: f.optional("governing_law"),
            jurisdiction: f.optional("jurisdiction"),
        };
        if l.end_date < l.start_date {
            return Err(FieldError::before("end_date", "start_date"));
        }
        Ok(l)
    }

    fn write(&self) -> Vec<String> {
        vec![
            self.code.clone(),
            self.resource.clone(),
            self.title.clone(),
            self.start_date.to_string(),
            self.end_date.to_string(),
            self.renewal.clone(),
            self.notice_days.to_string(),
            opt(&self.governing_law),
            opt(&self.jurisdiction),
        ]
    }
}

/// Licence terms (ERMI vocabulary) whose value is a permission.
pub const PERMISSION_TERMS: &[&str] = &[
    "walk_in_users",
    "remote_access",
    "alumni_access",
    "ill_print",
    "ill_electronic",
    "ill_secure_electronic",
    "course_packs",
    "e_reserves",
    "scholarly_sharing",
    "text_data_mining",
    "perpetual_access",
    "post_cancellation_access",
    "archiving_rights",
    "confidentiality",
    "annual_opt_out",
    "accessibility_compliance",
    "open_access_publishing",
];
/// Licence terms whose value is free text (or a number).
pub const TEXT_TERMS: &[&str] = &["authorised_users", "concurrent_users", "usage_statistics", "authentication"];
pub const PERMISSIONS: &[&str] = &[
    "permitted_explicit",
    "permitted_interpreted",
    "prohibited_explicit",
    "prohibited_interpreted",
    "silent",
    "not_applicable",
];

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LicenceTerm {
    pub licence: String,
    pub term: String,
    pub value: String,
    pub note: Option<String>,
}

impl Record for LicenceTerm {
    const KIND: &'static str = "licence_terms";
    const FIELDS: &'static [&'static str] = &["licence", "term", "value", "note"];
    const KEY: &'static [&'static str] = &["licence", "term"];
    const REFERENCES: &'static [(&'static str, &'static str)] = &[("licence", "licences")];

    fn read(f: &Fields) -> Result<Self, FieldError> {
        let all: Vec<&str> = PERMISSION_TERMS.iter().chain(TEXT_TERMS).copied().collect();
        let term = f.one_of("term", &all)?;
        let value =
            if PERMISSION_TERMS.contains(&term.as_str()) { f.one_of("value", PERMISSIONS)? } else { f.text("value")? };
        if term == "concurrent_users" && value != "unlimited" && value.parse::<u32>().is_err() {
            let text = format!("'{value}' is not a number of users or 'unlimited'");
            return Err(FieldError::value("value", "err-field-users", text, &value));
        }
        Ok(LicenceTerm { licence: f.code("licence")?, term, value, note: f.optional("note") })
    }

    fn write(&self) -> Vec<String> {
        vec![self.licence.clone(), self.term.clone(), self.value.clone(), opt(&self.note)]
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Amendment {
    pub licence: String,
    pub date: NaiveDate,
    pub summary: String,
}

impl Record for Amendment {
    const KIND: &'static str = "licence_amendments";
    const FIELDS: &'static [&'static str] = &["licence", "date", "summary"];
    const KEY: &'static [&'static str] = &["licence", "date", "summary"];
    const REFERENCES: &'static [(&'static str, &'static str)] = &[("licence", "licences")];

    fn read(f: &Fields) -> Result<Self, FieldError> {
        Ok(Amendment { licence: f.code("licence")?, date: f.date("date")?, summary: f.text("summary")? })
    }

    fn write(&self) -> Vec<String> {
        vec![self.licence.clone(), self.date.to_string(), self.summary.clone()]
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Deal {
    pub code: String,
    pub resource: String,
    pub title: String,
    pub start_date: NaiveDate,
    pub end_date: NaiveDate,
    /// Open: members opt in; closed: every current member takes part.
    pub open: bool,
    pub funder: Option<String>,
    pub rule: FundingRule,
}

impl Record for Deal {
    const KIND: &'static str = "deals";
    const FIELDS: &'static [&'static str] =
        &["code", "resource", "title", "start_date", "end_date", "participation", "funder", "rule"];
    const KEY: &'static [&'static str] = &["code"];
    const REFERENCES: &'static [(&'static str, &'static str)] = &[("resource", "resources")];

    fn read(f: &Fields) -> Result<Self, FieldError> {
        let rule_text = f.optional("rule").unwrap_or_default();
        let d = Deal {
            code: f.code("code")?,
            resource: f.code("resource")?,
            title: f.text("title")?,
            start_date: f.date("start_date")?,
            end_date: f.date("end_date")?,
            open: f.one_of("participation", &["open", "closed"])? == "open",
            funder: f.optional("funder"),
            rule: rule_text.parse().map_err(|e: crate::rule::RuleError| FieldError::new("rule", e.said()))?,
        };
        if d.end_date < d.start_date {
            return Err(FieldError::before("end_date", "start_date"));
        }
        Ok(d)
    }

    fn write(&self) -> Vec<String> {
        vec![
            self.code.clone(),
            self.resource.clone(),
            self.title.clone(),
            self.start_date.to_string(),
            self.end_date.to_string(),
            if self.open { "open" } else { "closed" }.into(),
            opt(&self.funder),
            self.rule.to_string(),
        ]
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OfferVersion {
    pub deal: String,
    pub version: u32,
    pub date: NaiveDate,
    pub currency: Currency,
    pub list_price: Option<Decimal>,
    pub pricing: Pricing,
    pub annual_cap_pct: Option<Decimal>,
    pub index_pct: BTreeMap<i32, Decimal>,
    pub rate: Option<ExchangeRate>,
    pub note: Option<String>,
}

impl Record for OfferVersion {
    const KIND: &'static str = "offers";
    const FIELDS: &'static [&'static str] = &[
        "deal",
        "version",
        "date",
        "currency",
        "list_price",
        "pricing",
        "annual_cap_pct",
        "index_pct",
        "rate",
        "rate_date",
        "rate_source",
        "note",
    ];
    const KEY: &'static [&'static str] = &["deal", "version"];
    const REFERENCES: &'static [(&'static str, &'static str)] = &[("deal", "deals")];

    fn read(f: &Fields) -> Result<Self, FieldError> {
        let pricing = f
            .text("pricing")?
            .parse()
            .map_err(|e: crate::pricing::PricingError| FieldError::new("pricing", e.said()))?;
        let index_pct =
            parse_index(&f.optional("index_pct").unwrap_or_default()).map_err(|m| FieldError::new("index_pct", m))?;
        let rate = match f.optional("rate") {
            None => None,
            Some(_) => Some(ExchangeRate {
                rate: positive(f, "rate")?,
                date: f.date("rate_date")?,
                source: f.text("rate_source")?,
            }),
        };
        Ok(OfferVersion {
            deal: f.code("deal")?,
            version: f.integer("version")?,
            date: f.date("date")?,
            currency: f.currency("currency")?,
            list_price: f.optional_non_negative("list_price")?,
            pricing,
            annual_cap_pct: f.optional_non_negative("annual_cap_pct")?,
            index_pct,
            rate,
            note: f.optional("note"),
        })
    }

    fn write(&self) -> Vec<String> {
        let index: Vec<String> = self.index_pct.iter().map(|(y, p)| format!("{y}={}", p.normalize())).collect();
        vec![
            self.deal.clone(),
            self.version.to_string(),
            self.date.to_string(),
            self.currency.to_string(),
            dec_text(&self.list_price),
            self.pricing.to_string(),
            dec_text(&self.annual_cap_pct),
            index.join(", "),
            self.rate.as_ref().map(|r| r.rate.normalize().to_string()).unwrap_or_default(),
            self.rate.as_ref().map(|r| r.date.to_string()).unwrap_or_default(),
            self.rate.as_ref().map(|r| r.source.clone()).unwrap_or_default(),
            opt(&self.note),
        ]
    }
}

fn positive(f: &Fields, field: &str) -> Result<Decimal, FieldError> {
    let d = f.decimal(field)?;
    if d <= Decimal::ZERO {
        return Err(FieldError::value(field, "err-field-positive", format!("{d} is not positive"), &d.to_string()));
    }
    Ok(d)
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Participation {
    pub deal: String,
    pub member: String,
    pub joined: Option<NaiveDate>,
    pub left: Option<NaiveDate>,
}

impl Record for Participation {
    const KIND: &'static str = "participations";
    const FIELDS: &'static [&'static str] = &["deal", "member", "joined", "left"];
    const KEY: &'static [&'static str] = &["deal", "member"];
    const REFERENCES: &'static [(&'static str, &'static str)] = &[("deal", "deals"), ("member", "members")];

    fn read(f: &Fields) -> Result<Self, FieldError> {
        let p = Participation {
            deal: f.code("deal")?,
            member: f.code("member")?,
            joined: f.optional_date("joined")?,
            left: f.optional_date("left")?,
        };
        if let (Some(j), Some(l)) = (p.joined, p.left) {
            if l < j {
                return Err(FieldError::before("left", "joined"));
            }
        }
        Ok(p)
    }

    fn write(&self) -> Vec<String> {
        vec![self.deal.clone(), self.member.clone(), date_text(&self.joined), date_text(&self.left)]
    }
}

/// Reads a record from its values in FIELDS order (tests and fixed tables).
pub fn read_row<R: Record>(values: &[&str]) -> Result<R, FieldError> {
    let values: Vec<String> = values.iter().map(|s| s.to_string()).collect();
    R::read(&Fields { names: R::FIELDS, values: &values })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read<R: Record>(values: &[&str]) -> Result<R, FieldError> {
        read_row(values)
    }

    #[test]
    fn records_write_back_what_they_read() {
        let member = [
            "TR-ITU",
            "İstanbul Teknik Üniversitesi",
            "university",
            "TR",
            "İstanbul",
            "Ayazağa",
            "34469",
            "1234567890",
            "tr",
            "TRY",
            "2010-01-01",
            "",
            "",
        ];
        assert_eq!(read::<Member>(&member).unwrap().write(), member);
        let offer = [
            "D1",
            "2",
            "2025-05-01",
            "USD",
            "15000",
            "per-site 1=9500, 5=8500",
            "4",
            "2025=3.1, 2026=2.4",
            "0.9234",
            "2025-01-02",
            "ECB",
            "",
        ];
        assert_eq!(read::<OfferVersion>(&offer).unwrap().write(), offer);
    }

    #[test]
    fn field_errors_name_the_field() {
        let bad = [
            (
                read::<Member>(&["M", "N", "library", "FI", "", "", "", "", "fi", "EUR", "2020-01-01", "", ""])
                    .unwrap_err(),
                ("kind", "'library' is not one of university, public, special, school, research, other"),
            ),
            (
                read::<Member>(&["M", "N", "public", "FI", "", "", "", "", "fi", "EUR", "2020-13-01", "", ""])
                    .unwrap_err(),
                ("join_date", "'2020-13-01' is not a date (YYYY-MM-DD)"),
            ),
            (read::<MetricValue>(&["M", "2025", "fte", "abc"]).unwrap_err(), ("value", "'abc' is not a number")),
            (read::<MetricValue>(&["M", "2025", "fte", "-3"]).unwrap_err(), ("value", "-3 is negative")),
            (
                read::<Vendor>(&["V", "Wiley", "USA", "USD", "", ""]).unwrap_err(),
                ("country", "'USA' is not an ISO 3166 country code like FI"),
            ),
        ];
        for (err, (field, message)) in bad {
            assert_eq!((err.field.as_str(), err.message.text.as_str()), (field, message));
        }
    }
}

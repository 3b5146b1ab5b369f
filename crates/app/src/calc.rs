//! The stateless calculator: a deal file and a members CSV in, shares out; no database.

use std::str::FromStr;

use chrono::NaiveDate;
use konsortio_core::money::parse_decimal;
use konsortio_core::pricing::parse_index;
use konsortio_core::{
    explain, split, Currency, ExchangeRate, Explanation, FundingRule, Offer, Participant, Period, Split, SplitInput,
    Step,
};
use serde::Deserialize;

use crate::csvio::CsvRows;
use crate::AppError;

/// The deal file (TOML), documented in docs/CALCULATOR.md.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct DealFile {
    title: Option<String>,
    year: i32,
    currency: String,
    pricing: String,
    offer_currency: Option<String>,
    list_price: Option<String>,
    rate: Option<String>,
    rate_date: Option<String>,
    rate_source: Option<String>,
    first_year: Option<i32>,
    annual_cap_pct: Option<String>,
    index_pct: Option<String>,
    period: Option<String>,
    funder: Option<String>,
    rule: Option<String>,
}

/// Splits a calculator input (built by `calc_input`).
pub fn calc_split(input: &SplitInput) -> Result<Split, AppError> {
    split(input).map_err(|error| AppError::Split { deal: input.deal.clone(), year: input.year, error })
}

/// Explains one member's share in a calculator input.
pub fn calc_explain(input: &SplitInput, member: &str) -> Result<Explanation, AppError> {
    explain(input, member)
        .map_err(|error| AppError::Split { deal: input.deal.clone(), year: input.year, error })?
        .ok_or_else(|| AppError::NotFound { kind: "participant", key: member.into() })
}

/// Builds the split input from the deal file's text and the members CSV, touching no database.
pub fn calc_input(
    deal_file: &str,
    deal_text: &str,
    members_file: &str,
    members_csv: &[u8],
) -> Result<SplitInput, AppError> {
    let deal: DealFile = toml::from_str(deal_text).map_err(|e| AppError::File {
        file: deal_file.into(),
        message: e.to_string().trim().replace('\n', " ").into(),
    })?;
    let field = |name: &str, message: Step| AppError::Field { file: deal_file.into(), field: name.into(), message };
    let currency = Currency::from_code(&deal.currency).map_err(|e| field("currency", e.said()))?;
    let offer_currency = match &deal.offer_currency {
        Some(c) => Currency::from_code(c).map_err(|e| field("offer_currency", e.said()))?,
        None => currency,
    };
    let rate = match &deal.rate {
        None => None,
        Some(r) => Some(ExchangeRate {
            rate: parse_decimal(r).map_err(|e| field("rate", e.said()))?,
            date: date(deal.rate_date.as_deref().unwrap_or_default()).map_err(|m| field("rate_date", m))?,
            source: deal.rate_source.clone().ok_or_else(|| field("rate_source", "is needed with a rate".into()))?,
        }),
    };
    let offer = Offer {
        currency: offer_currency,
        list_price: deal
            .list_price
            .as_deref()
            .map(parse_decimal)
            .transpose()
            .map_err(|e| field("list_price", e.said()))?,
        pricing: deal.pricing.parse().map_err(|e: konsortio_core::PricingError| field("pricing", e.said()))?,
        first_year: deal.first_year.unwrap_or(deal.year),
        annual_cap_pct: deal
            .annual_cap_pct
            .as_deref()
            .map(parse_decimal)
            .transpose()
            .map_err(|e| field("annual_cap_pct", e.said()))?,
        index_pct: parse_index(deal.index_pct.as_deref().unwrap_or_default()).map_err(|m| field("index_pct", m))?,
        rate,
    };
    let period = match &deal.period {
        None => Period::year(deal.year),
        Some(p) => period(p).map_err(|m| field("period", m))?,
    };
    let rule = deal.rule.as_deref().unwrap_or_default();
    let rule: FundingRule = rule.parse().map_err(|e: konsortio_core::RuleError| field("rule", e.said()))?;
    let participants = members(members_file, members_csv, rule.metrics_year.unwrap_or(deal.year - 1))?;
    Ok(SplitInput {
        deal: deal.title.unwrap_or_else(|| deal_file.to_string()),
        year: deal.year,
        period,
        currency,
        offer,
        funder: deal.funder,
        rule,
        participants,
    })
}

fn date(text: &str) -> Result<NaiveDate, Step> {
    NaiveDate::from_str(text.trim())
        .map_err(|_| bad("err-field-date", format!("'{text}' is not a date (YYYY-MM-DD)"), text))
}

fn period(text: &str) -> Result<Period, Step> {
    let (a, b) =
        text.split_once("..").ok_or_else(|| bad("err-period-shape", format!("'{text}' should be START..END"), text))?;
    Period::new(date(a)?, date(b)?)
        .ok_or_else(|| bad("err-period-order", format!("'{text}' ends before it starts"), text))
}

/// A value of the deal file that is not what its field takes.
fn bad(key: &str, text: String, value: &str) -> Step {
    Step::said(key, text, [("value", konsortio_core::explain::Value::text(value))])
}

const RESERVED: &[&str] = &["code", "name", "joined", "left", "last_year", "standalone"];

/// Members CSV: `code` plus optional `name, joined, left, last_year, standalone`; every other
/// column is a metric for the metrics year, or for another year when headed `metric@YEAR`.
fn members(file: &str, bytes: &[u8], metrics_year: i32) -> Result<Vec<Participant>, AppError> {
    let csv = CsvRows::parse(file, bytes)?;
    let col = |name: &str| csv.headers.iter().position(|h| h == name);
    let code_col = col("code").ok_or_else(|| AppError::Input {
        file: file.into(),
        line: 1,
        field: "code".into(),
        message: Step::said("err-csv-missing-column", "missing column", []),
    })?;
    let mut metric_cols = Vec::new();
    for (i, h) in csv.headers.iter().enumerate().filter(|(_, h)| !RESERVED.contains(&h.as_str())) {
        let (name, year) = match h.split_once('@') {
            Some((n, y)) => (n, y.parse::<i32>().ok()),
            None => (h.as_str(), Some(metrics_year)),
        };
        let name = konsortio_core::rule::metric_name(name).ok().zip(year).ok_or_else(|| AppError::Input {
            file: file.into(),
            line: 1,
            field: h.clone(),
            message: "is neither a known column nor a metric (lower-case name, optionally @YEAR)".into(),
        })?;
        metric_cols.push((i, name.0, name.1));
    }
    let mut out = Vec::new();
    for (line, cells) in &csv.rows {
        let err = |field: &str, message: Step| AppError::Input {
            file: file.into(),
            line: *line,
            field: field.into(),
            message,
        };
        let cell = |name: &str| col(name).map(|i| cells[i].trim()).filter(|v| !v.is_empty());
        let mut metrics = konsortio_core::Metrics::new();
        for (i, name, year) in &metric_cols {
            let raw = cells[*i].trim();
            if raw.is_empty() {
                continue;
            }
            let value =
                parse_decimal(raw).map_err(|_| err(&csv.headers[*i], format!("'{raw}' is not a number").into()))?;
            metrics.insert(name, *year, value);
        }
        let decimal = |name: &str| {
            cell(name)
                .map(|v| parse_decimal(v).map_err(|_| err(name, format!("'{v}' is not a number").into())))
                .transpose()
        };
        let day = |name: &str| cell(name).map(|v| date(v).map_err(|m| err(name, m))).transpose();
        let code = cells[code_col].trim().to_string();
        if code.is_empty() {
            return Err(err("code", "is empty".into()));
        }
        out.push(Participant {
            name: cell("name").unwrap_or(&code).into(),
            code: code.into(),
            metrics: std::sync::Arc::new(metrics),
            joined: day("joined")?,
            left: day("left")?,
            last_year: decimal("last_year")?,
            standalone: decimal("standalone")?,
        });
    }
    Ok(out)
}

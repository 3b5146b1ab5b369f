//! What crosses to the UI: plain serialisable shapes of the application API's results.
//! Money crosses as exact decimal text with its currency, never as a float.

use konsortio_app::{AppError, MemberShare, Renewal, SplitView, Table};
use konsortio_core::{Comparison, Explanation, Money};
use serde::Serialize;

/// An error as the UI receives it: a stable code, the message, and the field it concerns.
#[derive(Debug, Serialize)]
pub struct CommandError {
    pub code: &'static str,
    pub message: String,
    pub field: Option<String>,
}

impl From<AppError> for CommandError {
    fn from(e: AppError) -> Self {
        let field = match &e {
            AppError::Record { field, .. } | AppError::Input { field, .. } | AppError::Field { field, .. } => {
                Some(field.clone())
            }
            _ => None,
        };
        CommandError { code: e.code(), message: e.to_string(), field }
    }
}

#[derive(Serialize)]
pub struct Amount {
    /// Exact decimal text with the currency's decimals: "1234.50".
    pub amount: String,
    pub currency: String,
}

impl From<Money> for Amount {
    fn from(m: Money) -> Self {
        Amount { amount: m.plain(), currency: m.currency().code().to_string() }
    }
}

#[derive(Serialize)]
pub struct Info {
    pub database: String,
    pub consortium: Option<String>,
    pub currency: Option<String>,
    pub year: i32,
}

#[derive(Serialize)]
pub struct TableDto {
    pub headers: Vec<String>,
    pub rows: Vec<Vec<String>>,
}

impl From<Table> for TableDto {
    fn from(t: Table) -> Self {
        TableDto { headers: t.headers, rows: t.rows }
    }
}

#[derive(Serialize)]
pub struct ShareDto {
    pub code: String,
    pub name: String,
    pub payable: Amount,
    pub funded: Amount,
    pub notional: Amount,
    pub last_year: Option<Amount>,
}

#[derive(Serialize)]
pub struct SplitDto {
    pub deal: String,
    pub year: i32,
    pub rule: String,
    pub total: Amount,
    pub funder_part: Amount,
    pub list_price: Option<Amount>,
    pub shares: Vec<ShareDto>,
    /// "2026-11-21T10:00:00Z by anna" when finalised.
    pub finalised: Option<String>,
}

impl From<SplitView> for SplitDto {
    fn from(v: SplitView) -> Self {
        let cur = v.input.currency;
        let shares = v
            .split
            .shares
            .iter()
            .zip(&v.input.participants)
            .map(|(s, p)| ShareDto {
                code: s.code.to_string(),
                name: p.name.to_string(),
                payable: s.payable.into(),
                funded: s.funded.into(),
                notional: s.notional().into(),
                last_year: p.last_year.map(|d| Money::new(d, cur).into()),
            })
            .collect();
        SplitDto {
            deal: v.input.deal.clone(),
            year: v.input.year,
            rule: v.input.rule.to_string(),
            total: v.split.total.into(),
            funder_part: v.split.funder_part.into(),
            list_price: v.split.list_price.map(Into::into),
            shares,
            finalised: v.finalised.map(|(at, by)| format!("{at} by {by}")),
        }
    }
}

pub fn steps(e: Explanation) -> Vec<String> {
    e.steps.into_iter().map(|s| s.text).collect()
}

#[derive(Serialize)]
pub struct ComparisonRowDto {
    pub code: String,
    pub name: String,
    pub payable: Vec<Amount>,
    pub last_year: Option<Amount>,
    pub standalone: Option<Amount>,
}

#[derive(Serialize)]
pub struct ComparisonDto {
    pub scenarios: Vec<String>,
    pub totals: Vec<Amount>,
    pub rows: Vec<ComparisonRowDto>,
}

impl From<Comparison> for ComparisonDto {
    fn from(c: Comparison) -> Self {
        ComparisonDto {
            scenarios: c.scenarios,
            totals: c.splits.iter().map(|s| s.total.into()).collect(),
            rows: c
                .rows
                .into_iter()
                .map(|r| ComparisonRowDto {
                    code: r.code,
                    name: r.name,
                    payable: r.payable.into_iter().map(Into::into).collect(),
                    last_year: r.last_year.map(Into::into),
                    standalone: r.standalone.map(Into::into),
                })
                .collect(),
        }
    }
}

#[derive(Serialize)]
pub struct RenewalDto {
    pub kind: &'static str,
    pub code: String,
    pub title: String,
    pub end_date: String,
    pub notice_deadline: Option<String>,
    pub overdue: bool,
    pub ended: bool,
}

impl From<Renewal> for RenewalDto {
    fn from(r: Renewal) -> Self {
        RenewalDto {
            kind: r.kind,
            code: r.code,
            title: r.title,
            end_date: r.end_date.to_string(),
            notice_deadline: r.notice_deadline.map(|d| d.to_string()),
            overdue: r.overdue,
            ended: r.ended,
        }
    }
}

#[derive(Serialize)]
pub struct MemberShareDto {
    pub deal: String,
    pub title: String,
    pub year: i32,
    pub payable: Amount,
    pub funded: Amount,
    pub finalised: bool,
}

impl From<MemberShare> for MemberShareDto {
    fn from(s: MemberShare) -> Self {
        MemberShareDto {
            deal: s.deal,
            title: s.title,
            year: s.year,
            payable: s.payable.into(),
            funded: s.funded.into(),
            finalised: s.finalised,
        }
    }
}

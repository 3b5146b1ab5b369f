//! The usage report as a PDF: a year's cost per use for the consortium or one member.

use konsortio_core::records::Member;
use konsortio_core::Money;
use konsortio_pdf::{UsageReport, UsageReportRow};
use konsortio_store::Reads;

use super::cost::CostPerUse;
use crate::{App, AppError};

impl App {
    /// The usage report of `year` as a PDF: each deal's cost, uses and cost per use by the
    /// COUNTER `metric` (default Unique_Item_Requests) and a chart of the deals ranked by cost
    /// per use; consortium-wide, or one member's (amounts in the member's language).
    pub fn usage_pdf(&self, year: i32, metric: Option<&str>, member: Option<&str>) -> Result<Vec<u8>, AppError> {
        let consortium = self.store.consortium()?.ok_or_else(super::cost::no_consortium)?;
        let report = self.cost_per_use(year, metric, member)?;
        let member: Option<Member> = match member {
            None => None,
            Some(code) => self.store.all::<Member>()?.into_iter().find(|m| m.code == code),
        };
        let rows = if member.is_some() { &report.members } else { &report.consortium };
        let pdf = konsortio_pdf::usage_pdf(&UsageReport {
            consortium: consortium.name,
            language: member.as_ref().map_or_else(|| "en".to_string(), |m| m.language.clone()),
            member: member.map(|m| m.name),
            year,
            metric: report.metric.clone(),
            currency: consortium.currency,
            rows: rows.iter().map(row).collect(),
        })?;
        Ok(pdf)
    }
}

fn row(r: &CostPerUse) -> UsageReportRow {
    let share = r.share.expect("a row of a finalised split has its amount");
    UsageReportRow {
        resource: r.resource.to_string(),
        deal: r.deal.as_deref().unwrap_or_default().to_string(),
        cost: Money::new(share, r.currency),
        uses: r.uses,
        cost_per_use: r.cost_per_use,
    }
}

//! A usage report: a year's cost per use, consortium-wide (each deal's price over all uses) or
//! one member's (its shares over its uses), as a table and a chart of the deals ranked by cost
//! per use. Labels are in English; amounts and numbers in the report's language.

use konsortio_core::{Currency, Money};
use rust_decimal::Decimal;

use crate::canvas::{Canvas, Style, BOTTOM, LEFT, RIGHT};
use crate::format;
use crate::labels::Lang;
use crate::PdfError;

/// A year's usage and cost per use, for the consortium or one member.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UsageReport {
    pub consortium: String,
    /// The member's name, or None for the consortium as a whole.
    pub member: Option<String>,
    pub year: i32,
    /// The COUNTER metric type counted as a use.
    pub metric: String,
    /// The language amounts are written in ("fi", "en", ...).
    pub language: String,
    pub currency: Currency,
    pub rows: Vec<UsageReportRow>,
}

/// One deal: what it cost (the member's share, or the whole price), its uses and cost per use.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UsageReportRow {
    pub resource: String,
    pub deal: String,
    pub cost: Money,
    pub uses: Option<u64>,
    pub cost_per_use: Option<Decimal>,
}

const BODY: Style = Style::new(9.0);
const SMALL: Style = Style::new(7.5).grey(0.35);
const CELL: Style = Style::new(8.5);
const HEAD: Style = Style::new(7.5).bold();
/// The right edges of the cost, uses and cost-per-use columns.
const COLUMNS: [f32; 3] = [128.0, 154.0, RIGHT];
/// Where the chart's bars start and how long the longest is.
const BAR_X: f32 = 75.0;
const BAR_W: f32 = 90.0;

/// Renders a usage report.
pub fn usage_pdf(report: &UsageReport) -> Result<Vec<u8>, PdfError> {
    let lang = Lang::from_code(&report.language);
    let mut w = Writer { c: Canvas::new(), report, lang, y: 0.0 };
    w.heading()?;
    w.table()?;
    w.chart()?;
    let Writer { mut c, .. } = w;
    let title = title(report);
    c.decorate(|c, n, m| footer(c, report, &title, n, m))?;
    c.finish(&title)
}

fn title(report: &UsageReport) -> String {
    format!("Usage and cost per use {}", report.year)
}

struct Writer<'a> {
    c: Canvas,
    report: &'a UsageReport,
    lang: Lang,
    y: f32,
}

impl Writer<'_> {
    fn heading(&mut self) -> Result<(), PdfError> {
        let r = self.report;
        self.c.text(LEFT, 25.0, &r.consortium, BODY.bold())?;
        self.c.text(LEFT, 35.0, &title(r), Style::new(14.0).bold())?;
        let whose = r.member.clone().unwrap_or_else(|| "The consortium as a whole".into());
        self.c.text(LEFT, 43.0, &whose, Style::new(11.0))?;
        let what = match r.member {
            Some(_) => "Cost: the member's share of each finalised split",
            None => "Cost: each finalised split's whole price, over all participants' uses",
        };
        let lines = [format!("Uses: COUNTER {} from the members' imported reports", r.metric), what.to_string()];
        self.y = self.c.lines(LEFT, 50.0, &lines, SMALL)? + 4.0;
        Ok(())
    }

    fn table(&mut self) -> Result<(), PdfError> {
        self.table_head()?;
        for row in &self.report.rows {
            let name = self.c.wrap(&format!("{} · {}", row.resource, row.deal), CELL, 78.0)?;
            let height = name.len() as f32 * CELL.line_mm() + 1.5;
            if self.y + height > BOTTOM {
                self.c.new_page();
                self.y = 25.0;
                self.table_head()?;
            }
            let cells = [
                format::amount(&row.cost, self.lang),
                row.uses.map_or_else(|| "–".into(), |u| format::number(&u.to_string(), self.lang)),
                self.cost_per_use(row),
            ];
            for (x, cell) in COLUMNS.iter().zip(&cells) {
                self.c.text_right(*x, self.y, cell, CELL)?;
            }
            self.y = self.c.lines(LEFT, self.y, &name, CELL)? + 1.5;
        }
        self.c.rule(LEFT, RIGHT, self.y - 2.5, 0.3, 0.7);
        self.y += 4.0;
        Ok(())
    }

    fn table_head(&mut self) -> Result<(), PdfError> {
        let cost = if self.report.member.is_some() { "Share" } else { "Price" };
        self.c.text(LEFT, self.y, "Resource · deal", HEAD)?;
        let heads = [format!("{cost} ({})", self.report.currency), "Uses".into(), "Cost per use".into()];
        for (x, head) in COLUMNS.iter().zip(&heads) {
            self.c.text_right(*x, self.y, head, HEAD)?;
        }
        self.c.rule(LEFT, RIGHT, self.y + 1.5, 0.5, 0.3);
        self.y += 6.0;
        Ok(())
    }

    fn cost_per_use(&self, row: &UsageReportRow) -> String {
        let digits = u32::from(self.report.currency.minor_units()) + 2;
        row.cost_per_use.map_or_else(|| "–".into(), |c| format::rounded(c, digits, self.lang))
    }

    /// The deals with a cost per use, most expensive per use first, as horizontal bars.
    fn chart(&mut self) -> Result<(), PdfError> {
        let mut ranked: Vec<&UsageReportRow> = self.report.rows.iter().filter(|r| r.cost_per_use.is_some()).collect();
        if ranked.is_empty() {
            return Ok(());
        }
        ranked.sort_by(|a, b| b.cost_per_use.cmp(&a.cost_per_use).then(a.deal.cmp(&b.deal)));
        let largest = ranked[0].cost_per_use.expect("kept above");
        self.chart_head()?;
        for row in ranked {
            if self.y + 5.0 > BOTTOM {
                self.c.new_page();
                self.y = 25.0;
                self.chart_head()?;
            }
            let cost = row.cost_per_use.expect("kept above");
            let share = if largest.is_zero() { 0.0 } else { to_f32(cost / largest) };
            let label = self.c.wrap(&row.deal, CELL, BAR_X - LEFT - 2.0)?;
            self.c.text(LEFT, self.y, &label[0], CELL)?;
            self.c.shade(BAR_X, self.y - 2.8, (BAR_W * share).max(0.3), 3.4, 0.55);
            self.c.text_right(RIGHT, self.y, &self.cost_per_use(row), CELL)?;
            self.y += 5.0;
        }
        Ok(())
    }

    fn chart_head(&mut self) -> Result<(), PdfError> {
        self.y += 4.0;
        let heading = format!("Deals ranked by cost per use ({})", self.report.currency);
        self.c.text(LEFT, self.y, &heading, BODY.bold())?;
        self.y += 6.0;
        Ok(())
    }
}

/// A bar's length only: the figures printed are exact decimals.
fn to_f32(ratio: Decimal) -> f32 {
    ratio.round_dp(4).to_string().parse().unwrap_or(0.0)
}

fn footer(c: &mut Canvas, report: &UsageReport, title: &str, page: usize, pages: usize) -> Result<(), PdfError> {
    let style = Style::new(7.0).grey(0.4);
    c.rule(LEFT, RIGHT, 281.0, 0.3, 0.7);
    let who = report.member.as_deref().map_or(report.consortium.clone(), |m| format!("{} · {m}", report.consortium));
    let who = c.wrap(&who, style, 110.0)?;
    c.lines(LEFT, 285.0, &who[..who.len().min(2)], style)?;
    c.text_right(RIGHT, 285.0, &format!("{title} · page {page} of {pages}"), style)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_report_renders_with_many_rows_over_pages() {
        let eur = Currency::from_code("EUR").unwrap();
        let rows = (0..90)
            .map(|i| UsageReportRow {
                resource: format!("R-{i}"),
                deal: format!("Deal {i} 2025"),
                cost: Money::from_minor(1_000_000 + i * 1_234, eur),
                uses: (i % 7 != 0).then_some(100 + i as u64 * 13),
                cost_per_use: (i % 7 != 0).then(|| Decimal::new(10_000 + i * 17, 4)),
            })
            .collect();
        let report = UsageReport {
            consortium: "Eurasian Library Consortium".into(),
            member: Some("Helsingin yliopisto".into()),
            year: 2025,
            metric: "Unique_Item_Requests".into(),
            language: "fi".into(),
            currency: eur,
            rows,
        };
        let pdf = usage_pdf(&report).unwrap();
        assert!(pdf.starts_with(b"%PDF"));
        assert!(pdf.len() > 5_000, "{} bytes", pdf.len());
    }
}

//! A member's yearly cost statement: what it pays per agreement, what a funder paid, last year,
//! the change and cost per use, then how each share was computed.

use konsortio_core::invoice::Party;
use konsortio_core::{Currency, Money, Step};
use rust_decimal::Decimal;

use crate::canvas::{Canvas, Style, BOTTOM, LEFT, RIGHT};
use crate::format;
use crate::labels::{page_of, statement_title, step_text, Label, Lang, Words};
use crate::PdfError;

/// One member's statement for one year.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Statement {
    pub consortium: Party,
    pub member: Party,
    pub year: i32,
    /// The language to print in ("fi", "en", ...); an unknown one prints in English.
    pub language: String,
    pub currency: Currency,
    pub rows: Vec<StatementRow>,
    /// What the member pays in all: the sum of the rows' shares.
    pub total: Money,
}

/// One agreement the member takes part in.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StatementRow {
    pub deal: String,
    pub title: String,
    pub resource: String,
    /// What the member pays.
    pub share: Money,
    /// The member's whole share, where a funder paid part of it.
    pub notional: Option<Money>,
    /// The part a funder paid.
    pub funded: Option<Money>,
    pub last_year: Option<Money>,
    /// The change since last year as the caller words it ("+3.2 %", "new").
    pub change: String,
    /// Share per use, and the COUNTER metric counted as a use.
    pub cost_per_use: Option<(Decimal, String)>,
    /// How the share was computed, one step per item, printed in the statement's language.
    pub explanation: Vec<Step>,
}

const BODY: Style = Style::new(9.0);
const SMALL: Style = Style::new(7.5).grey(0.35);
const CELL: Style = Style::new(8.5);
const HEAD: Style = Style::new(7.5).bold();
const COLUMN_W: f32 = 21.0;

/// The optional numeric columns, in the order they are printed.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Column {
    WholeShare,
    FunderPaid,
    YouPay,
    LastYear,
    Change,
    CostPerUse,
}

/// Renders a member's statement.
///
/// Panics when `total` is not the sum of the rows' shares in `currency`: the caller built the
/// statement from a split whose shares add up, so a mismatch is a bug, not input to report.
pub fn statement_pdf(st: &Statement) -> Result<Vec<u8>, PdfError> {
    let sum = st.rows.iter().try_fold(Money::zero(st.currency), |a, r| a.checked_add(r.share));
    assert_eq!(sum.as_ref().ok(), Some(&st.total), "a statement's total is the sum of its shares");
    let lang = Lang::from_code(&st.language);
    let columns = columns(st);
    let mut w = Writer { c: Canvas::new(), st, lang, y: 0.0, columns };
    w.first_page()?;
    w.table()?;
    w.explanations()?;
    let Writer { mut c, .. } = w;
    let title = title(st, lang);
    c.decorate(|c, n, m| footer(c, st, &title, lang, n, m))?;
    c.finish(&format!("{title} {}", st.member.name))
}

fn title(st: &Statement, lang: Lang) -> String {
    statement_title(lang, st.year)
}

/// The columns the rows have something for; what the member pays is always there.
fn columns(st: &Statement) -> Vec<Column> {
    let any = |f: fn(&StatementRow) -> bool| st.rows.iter().any(f);
    let mut columns = Vec::new();
    if any(|r| r.notional.is_some()) {
        columns.push(Column::WholeShare);
    }
    if any(|r| r.funded.is_some()) {
        columns.push(Column::FunderPaid);
    }
    columns.push(Column::YouPay);
    if any(|r| r.last_year.is_some()) {
        columns.push(Column::LastYear);
    }
    if any(|r| !r.change.trim().is_empty()) {
        columns.push(Column::Change);
    }
    if any(|r| r.cost_per_use.is_some()) {
        columns.push(Column::CostPerUse);
    }
    columns
}

impl Column {
    fn label(self) -> Label {
        match self {
            Column::WholeShare => Label::WholeShare,
            Column::FunderPaid => Label::FunderPaid,
            Column::YouPay => Label::YouPay,
            Column::LastYear => Label::LastYear,
            Column::Change => Label::Change,
            Column::CostPerUse => Label::CostPerUse,
        }
    }

    fn cell(self, row: &StatementRow, lang: Lang) -> String {
        let amount = |m: &Option<Money>| m.as_ref().map(|m| format::amount(m, lang)).unwrap_or_default();
        match self {
            Column::WholeShare => amount(&row.notional),
            Column::FunderPaid => amount(&row.funded),
            Column::YouPay => format::amount(&row.share, lang),
            Column::LastYear => amount(&row.last_year),
            Column::Change => row.change.trim().to_string(),
            Column::CostPerUse => row
                .cost_per_use
                .as_ref()
                .map(|(cost, _)| format::rounded(*cost, u32::from(row.share.currency().minor_units()), lang))
                .unwrap_or_default(),
        }
    }
}

struct Writer<'a> {
    c: Canvas,
    st: &'a Statement,
    lang: Lang,
    y: f32,
    columns: Vec<Column>,
}

impl Writer<'_> {
    fn t(&self, label: Label) -> &'static str {
        self.lang.text(label)
    }

    /// The right edge of a numeric column.
    fn right_of(&self, i: usize) -> f32 {
        RIGHT - (self.columns.len() - 1 - i) as f32 * COLUMN_W
    }

    fn deal_width(&self) -> f32 {
        RIGHT - LEFT - self.columns.len() as f32 * COLUMN_W - 3.0
    }

    fn room(&mut self, height: f32) -> Result<bool, PdfError> {
        if self.y + height <= BOTTOM {
            return Ok(false);
        }
        self.c.new_page();
        let st = self.st;
        self.c.text(LEFT, 18.0, &st.consortium.name, BODY.bold())?;
        self.c.text_right(RIGHT, 18.0, &title(st, self.lang), BODY.bold())?;
        self.c.text(LEFT, 23.0, &st.member.name, SMALL)?;
        self.c.rule(LEFT, RIGHT, 26.0, 0.5, 0.6);
        self.y = 33.0;
        Ok(true)
    }

    fn first_page(&mut self) -> Result<(), PdfError> {
        let st = self.st;
        self.c.text(LEFT, 20.0, &st.consortium.name, Style::new(12.0).bold())?;
        let mut lines = format::address(&st.consortium, false);
        lines.extend(st.consortium.email.clone());
        let seller_end = self.c.lines(LEFT, 25.0, &lines, Style::new(8.0).grey(0.25))?;
        let heading = title(st, self.lang);
        let wrapped = self.c.wrap(&heading, Style::new(16.0).bold(), 80.0)?;
        for (i, line) in wrapped.iter().enumerate() {
            self.c.text_right(RIGHT, 22.0 + i as f32 * 7.0, line, Style::new(16.0).bold())?;
        }
        self.y = seller_end.max(40.0) + 8.0;
        self.c.text(LEFT, self.y, self.t(Label::Member), SMALL)?;
        let name_style = Style::new(10.0).bold();
        let name = self.c.wrap(&st.member.name, name_style, 100.0)?;
        let y = self.c.lines(LEFT, self.y + 5.0, &name, name_style)?;
        self.y = self.c.lines(LEFT, y, &format::address(&st.member, false), BODY)? + 8.0;
        Ok(())
    }

    fn header(&mut self) -> Result<(), PdfError> {
        let mut heads = Vec::new();
        for column in &self.columns {
            heads.push(self.c.wrap(self.t(column.label()), HEAD, COLUMN_W - 2.0)?);
        }
        let rows = heads.iter().map(Vec::len).max().unwrap_or(1) as f32;
        let height = rows * HEAD.line_mm() + 2.2;
        self.c.shade(LEFT - 1.5, self.y - 4.0, RIGHT - LEFT + 3.0, height, 0.92);
        self.c.text(LEFT, self.y, self.t(Label::Deal), HEAD)?;
        for (i, head) in heads.iter().enumerate() {
            for (j, line) in head.iter().enumerate() {
                self.c.text_right(self.right_of(i), self.y + j as f32 * HEAD.line_mm(), line, HEAD)?;
            }
        }
        self.y += height + 0.8;
        Ok(())
    }

    fn table(&mut self) -> Result<(), PdfError> {
        let (st, lang) = (self.st, self.lang);
        let metrics: Vec<&str> =
            st.rows.iter().filter_map(|r| r.cost_per_use.as_ref().map(|(_, m)| m.as_str())).collect();
        let one_metric = metrics.windows(2).all(|w| w[0] == w[1]);
        self.header()?;
        for row in &st.rows {
            let mut deal = self.c.wrap(&row.title, CELL.bold(), self.deal_width())?;
            let mut sub = vec![row.deal.clone(), row.resource.clone()];
            sub.retain(|s| !s.is_empty() && !row.title.contains(s.as_str()));
            if let (false, Some((_, metric))) = (one_metric, &row.cost_per_use) {
                sub.push(format!("{}: {metric}", self.t(Label::CostPerUse)));
            }
            let sub = self.c.wrap(&sub.join(" · "), SMALL, self.deal_width())?;
            let height = deal.len() as f32 * CELL.line_mm() + sub.len() as f32 * SMALL.line_mm() + 1.5;
            if self.room(height)? {
                self.header()?;
            }
            let y = self.y;
            for (i, column) in self.columns.clone().into_iter().enumerate() {
                self.c.text_right(self.right_of(i), y, &column.cell(row, lang), CELL)?;
            }
            deal.retain(|l| !l.is_empty());
            let end = self.c.lines(LEFT, y, &deal, CELL.bold())?;
            let end = if sub.iter().any(|s| !s.is_empty()) { self.c.lines(LEFT, end, &sub, SMALL)? } else { end };
            self.y = end.max(y + CELL.line_mm());
            self.c.rule(LEFT, RIGHT, self.y - 2.6, 0.3, 0.8);
            self.y += 1.5;
        }
        self.total_row(one_metric, metrics.first().copied())
    }

    fn total_row(&mut self, one_metric: bool, metric: Option<&str>) -> Result<(), PdfError> {
        self.room(12.0)?;
        self.c.rule(LEFT, RIGHT, self.y - 2.8, 0.8, 0.2);
        self.y += 1.0;
        let strong = CELL.bold();
        self.c.text(LEFT, self.y, self.t(Label::Total), strong)?;
        let you_pay = self.columns.iter().position(|c| *c == Column::YouPay).expect("always a column");
        self.c.text_right(self.right_of(you_pay), self.y, &format::money(&self.st.total, self.lang), strong)?;
        self.y += strong.line_mm() + 2.0;
        if let (true, Some(metric)) = (one_metric, metric) {
            let text = format!("{}: {metric}", self.t(Label::CostPerUse));
            self.c.text(LEFT, self.y, &text, SMALL)?;
            self.y += SMALL.line_mm();
        }
        self.y += 6.0;
        Ok(())
    }

    /// Per agreement, the steps from the deal's price to the member's share.
    fn explanations(&mut self) -> Result<(), PdfError> {
        let rows: Vec<&StatementRow> = self.st.rows.iter().filter(|r| !r.explanation.is_empty()).collect();
        if rows.is_empty() {
            return Ok(());
        }
        self.room(20.0)?;
        self.c.text(LEFT, self.y, self.t(Label::HowComputed), Style::new(11.0).bold())?;
        self.y += 8.0;
        let step = Style::new(8.5);
        for row in rows {
            self.room(BODY.line_mm() + 2.0 * step.line_mm())?;
            let name = if row.deal.is_empty() { row.title.clone() } else { format!("{} ({})", row.title, row.deal) };
            for line in self.c.wrap(&name, BODY.bold(), RIGHT - LEFT)? {
                self.c.text(LEFT, self.y, &line, BODY.bold())?;
                self.y += BODY.line_mm();
            }
            for (i, s) in row.explanation.iter().enumerate() {
                let number = format!("{}.", i + 1);
                let text = step_text(self.lang, s);
                for (j, line) in self.c.wrap(&text, step, RIGHT - LEFT - 8.0)?.iter().enumerate() {
                    self.room(step.line_mm())?;
                    if j == 0 {
                        self.c.text_right(LEFT + 5.5, self.y, &number, step)?;
                    }
                    self.c.text(LEFT + 7.0, self.y, line, step)?;
                    self.y += step.line_mm();
                }
            }
            self.y += 3.0;
        }
        Ok(())
    }
}

fn footer(c: &mut Canvas, st: &Statement, title: &str, lang: Lang, page: usize, pages: usize) -> Result<(), PdfError> {
    let style = Style::new(7.0).grey(0.4);
    c.rule(LEFT, RIGHT, 281.0, 0.3, 0.7);
    let who = c.wrap(&format!("{} · {}", st.consortium.name, st.member.name), style, 110.0)?;
    c.lines(LEFT, 285.0, &who[..who.len().min(2)], style)?;
    let page = page_of(lang, page, pages);
    c.text_right(RIGHT, 285.0, &format!("{title} · {page}"), style)
}
